/**
 * Saves as a file the player downloads and loads back: one slot or all of them, for one
 * story. Pure: this builds the text and the file name and reads a file's text back; the
 * download and the file picker live with the UI. Reading is bounded and validated, and every
 * way a file can be wrong gets a message in plain words; nothing is imported from a bad file.
 */
import { z } from '../story/zod';
import { savedRunSchema } from './local-run-store';
import { SLOT_COUNT } from './local-slot-store';
import type { SavedRun } from './ports';

export const SAVE_FILE_KIND = 'the-consultant-saves';
export const SAVE_FILE_FORMAT = 1;
/** A file longer than this (in characters) is refused before it is parsed. */
export const MAX_SAVE_FILE_CHARS = 5_000_000;

export interface ExportedSave {
  readonly slot: number;
  readonly run: SavedRun;
}

export type ParsedSaveFile =
  | { readonly ok: true; readonly saves: readonly ExportedSave[] }
  | { readonly ok: false; readonly message: string };

/** The file's text: pretty JSON, two spaces. */
export function saveFileText(story: { id: string; title: string }, saves: readonly ExportedSave[], now: Date): string {
  const file = {
    kind: SAVE_FILE_KIND,
    format: SAVE_FILE_FORMAT,
    exportedAt: now.toISOString(),
    storyId: story.id,
    storyTitle: story.title,
    saves: saves.map(({ slot, run }) => ({ slot, run })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A name for the file, dated by the player's local day: `the-consultant-<story>-slot-2-2026-12-03.json`
 * for one save, `...-all-saves-...` for every slot (or none), `...-slots-1-3-...` for some.
 */
export function saveFileName(story: { id: string }, saves: readonly ExportedSave[], now: Date): string {
  const slots = [...new Set(saves.map((save) => save.slot))].sort((a, b) => a - b);
  const which =
    slots.length === 1
      ? `slot-${slots[0]}`
      : slots.length === 0 || slots.length >= SLOT_COUNT
        ? 'all-saves'
        : `slots-${slots.join('-')}`;
  const day = [
    String(now.getFullYear()).padStart(4, '0'),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
  const storyPart = story.id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'story';
  return `the-consultant-${storyPart}-${which}-${day}.json`;
}

const kindSchema = z.object({ kind: z.literal(SAVE_FILE_KIND) });
const formatSchema = z.object({ format: z.number() });
const headerSchema = z.object({
  format: z.literal(SAVE_FILE_FORMAT),
  exportedAt: z.string().check(z.maxLength(100)),
  storyId: z.string().check(z.minLength(1), z.maxLength(200)),
  storyTitle: z.string().check(z.maxLength(1000)),
  saves: z.array(z.unknown()).check(z.maxLength(1000)),
});
const slotSchema = z.int().check(z.gte(1), z.lte(SLOT_COUNT));
const saveSchema = z.object({ slot: slotSchema, run: savedRunSchema });

function refused(message: string): ParsedSaveFile {
  return { ok: false, message };
}

const NOT_OURS = 'This file is not a saved case of The Consultant; nothing was imported.';

/** Read a save file's text for the story `storyId`: its saves, or why none can be imported. */
export function parseSaveFile(text: string, storyId: string): ParsedSaveFile {
  if (text.length > MAX_SAVE_FILE_CHARS) {
    return refused('This file is too large to be a saved case (over 5 MB); nothing was imported.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused('This file is not a saved case: it is not valid JSON. Nothing was imported.');
  }
  if (!kindSchema.safeParse(data).success) return refused(NOT_OURS);

  const format = formatSchema.safeParse(data);
  if (format.success && format.data.format > SAVE_FILE_FORMAT) {
    return refused(
      'These saves were made by a newer version of the game; update the game to load them. Nothing was imported.',
    );
  }
  const header = headerSchema.safeParse(data);
  if (!header.success)
    return refused('This save file is damaged: it is not in the expected shape. Nothing was imported.');
  const file = header.data;
  if (file.storyId !== storyId) {
    return refused(`These saves belong to another story, "${file.storyId}"; nothing was imported.`);
  }
  if (file.saves.length === 0) return refused('This save file holds no saves; nothing was imported.');
  if (file.saves.length > SLOT_COUNT) {
    return refused(
      `This save file holds ${file.saves.length} saves, but the game has only ${SLOT_COUNT} slots; nothing was imported.`,
    );
  }

  const saves: ExportedSave[] = [];
  const seen = new Set<number>();
  for (const [index, raw] of file.saves.entries()) {
    const slot = z.object({ slot: slotSchema }).safeParse(raw);
    if (!slot.success) {
      return refused(
        `Save ${index + 1} in this file does not name a slot from 1 to ${SLOT_COUNT}; nothing was imported.`,
      );
    }
    const n = slot.data.slot;
    const save = saveSchema.safeParse(raw);
    if (!save.success) return refused(`The save for slot ${n} in this file is damaged; nothing was imported.`);
    if (save.data.run.storyId !== file.storyId) {
      return refused(
        `The save for slot ${n} in this file belongs to another story, "${save.data.run.storyId}"; nothing was imported.`,
      );
    }
    if (seen.has(n)) return refused(`This save file holds two saves for slot ${n}; nothing was imported.`);
    seen.add(n);
    saves.push({ slot: n, run: save.data.run });
  }
  return { ok: true, saves };
}
