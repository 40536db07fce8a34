/**
 * The first reading of any stored data the game wrote (a run, a slot, progress): JSON, and
 * whether its format is newer than this game knows; the reasons in the words the stores'
 * messages use ("could not be read (it is not valid data)").
 */
import { z } from '../story/zod';

export const UNREADABLE = {
  json: 'it is not valid data',
  newer: 'it was made by a newer version of the game',
  shape: 'it is not in the expected shape',
} as const;

export function parseJson(raw: string): { readonly ok: true; readonly data: unknown } | { readonly ok: false } {
  try {
    return { ok: true, data: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

const formatOnly = z.object({ format: z.number() });

/** The data's `format`, when it has a numeric one. */
export function formatOf(data: unknown): number | null {
  const parsed = formatOnly.safeParse(data);
  return parsed.success ? parsed.data.format : null;
}
