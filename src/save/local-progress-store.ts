/**
 * What the player has found across cases (`Progress`), in localStorage under a key of its own
 * beside the story's run: clearing or losing a case never costs what was found, and an
 * unreadable progress never costs the case. Like the run store it never throws, and data it
 * cannot read is copied aside and reported in plain words, never deleted.
 */

import type { Progress } from '../story/progress';
import { z } from '../story/zod';
import { keepAside as keepAsideKey } from './keep-aside';
import { saveFailureMessage } from './local-run-store';
import { readKey, removeKey, STORAGE_PREFIX, writeKey } from './storage';
import { formatOf, parseJson, UNREADABLE } from './stored-data';

/** Format 1: `{ format: 1, progress: Progress }`. */
export const PROGRESS_FORMAT = 1;

/** Where a story's progress is kept. */
export function progressKey(storyId: string): string {
  return `${STORAGE_PREFIX}/stories/${storyId}/progress`;
}

/** Kept-aside copies of a story's unreadable progress live under this prefix, then a timestamp. */
export function progressCorruptPrefix(storyId: string): string {
  return `${progressKey(storyId)}/corrupt-`;
}

/** Bounds well above any story, so hostile or runaway data is refused rather than trusted. */
const MAX_ENTRIES = 100_000;
const MAX_ROUTE = 100_000;

/** Story ids (and `page>choice` keys); this also keeps out `__proto__`. */
const pageId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/), z.maxLength(500));
const choiceId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*>[A-Za-z0-9][A-Za-z0-9_.-]*$/), z.maxLength(1001));
const time = z.string().check(z.minLength(1), z.maxLength(100));
const caseNumber = z.int().check(z.gte(1));
const route = z.array(z.string().check(z.maxLength(500))).check(z.maxLength(MAX_ROUTE));

function bounded<K extends z.ZodMiniType<string, string>, V extends z.ZodMiniType>(key: K, value: V) {
  return z
    .record(key, value)
    .check(z.refine((entries) => Object.keys(entries).length <= MAX_ENTRIES, { error: 'too many entries' }));
}

const progressSchema = z.object({
  storyId: z.string().check(z.minLength(1), z.maxLength(200)),
  cases: z.int().check(z.gte(0)),
  pages: bounded(pageId, z.object({ firstAt: time, firstCase: caseNumber, lastAt: time, case: caseNumber, route })),
  choices: bounded(choiceId, z.object({ firstAt: time })),
  endings: bounded(pageId, z.object({ firstAt: time, route })),
}) satisfies z.ZodMiniType<Progress>;

const storedSchema = z.object({ format: z.literal(PROGRESS_FORMAT), progress: progressSchema });

export type LoadedProgress =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly progress: Progress }
  /** The stored data could not be read; it was kept aside under `keptAs` when storage had room. */
  | { readonly kind: 'corrupt'; readonly message: string; readonly keptAs?: string };

export interface ProgressStore {
  load(): LoadedProgress;
  /** Never throws: a full or missing storage returns a message instead. */
  save(progress: Progress): { readonly ok: true } | { readonly ok: false; readonly message: string };
  clear(): void;
}

export interface ProgressStoreOptions {
  /** The story whose progress this store keeps. */
  readonly storyId: string;
  readonly now?: () => Date;
}

type Parsed = { readonly ok: true; readonly progress: Progress } | { readonly ok: false; readonly reason: string };

export function parseStoredProgress(raw: string): Parsed {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: UNREADABLE.json };
  const current = storedSchema.safeParse(json.data);
  if (current.success) return { ok: true, progress: current.data.progress };
  const format = formatOf(json.data);
  if (format !== null && format > PROGRESS_FORMAT) return { ok: false, reason: UNREADABLE.newer };
  return { ok: false, reason: UNREADABLE.shape };
}

export function createProgressStore(storage: Storage | null, options: ProgressStoreOptions): ProgressStore {
  const now = options.now ?? (() => new Date());
  const key = progressKey(options.storyId);

  function keepAside(raw: string, reason: string): LoadedProgress {
    const kept = keepAsideKey(storage, key, progressCorruptPrefix(options.storyId), raw, now());
    if (kept.ok) {
      return {
        kind: 'corrupt',
        message: `What you have found so far could not be read (${reason}); it was kept aside as "${kept.keptAs}". Your saved case is untouched.`,
        keptAs: kept.keptAs,
      };
    }
    return {
      kind: 'corrupt',
      message: `What you have found so far could not be read (${reason}), and the browser's storage is too full to keep a copy aside. It stays where it is until new progress is saved over it. Your saved case is untouched.`,
    };
  }

  return {
    load(): LoadedProgress {
      const read = readKey(storage, key);
      if (!read.ok) {
        if (!storage) return { kind: 'none' };
        return {
          kind: 'corrupt',
          message: 'What you have found so far could not be opened: the browser refused access to its storage.',
        };
      }
      if (read.value === null) return { kind: 'none' };
      const parsed = parseStoredProgress(read.value);
      if (!parsed.ok) return keepAside(read.value, parsed.reason);
      if (parsed.progress.storyId !== options.storyId) {
        return keepAside(read.value, `it names another story, "${parsed.progress.storyId}"`);
      }
      return { kind: 'ok', progress: parsed.progress };
    },

    save(progress: Progress) {
      const checked = progressSchema.safeParse(progress);
      if (!checked.success || checked.data.storyId !== options.storyId) {
        return { ok: false, message: 'Your progress could not be saved: the data was malformed.' };
      }
      const written = writeKey(storage, key, JSON.stringify({ format: PROGRESS_FORMAT, progress: checked.data }));
      if (written.ok) return { ok: true };
      return { ok: false, message: saveFailureMessage(written.reason, 'progress') };
    },

    clear() {
      removeKey(storage, key);
    },
  };
}
