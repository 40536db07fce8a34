/**
 * The saved run of one story in localStorage, versioned and validated. Each story keeps its
 * run under a key of its own, so a save of another story is never taken for a broken one. A
 * save that cannot be read (bad JSON, a wrong shape, a newer format) is never thrown away and
 * never crashes the game: it is copied aside under its own key and reported in plain words.
 */

import type { Step } from '../story/types';
import { z } from '../story/zod';
import { copyAside, keepAside as keepAsideKey } from './keep-aside';
import type { LoadedRun, RunStore, SavedRun } from './ports';
import { readKey, removeKey, STORAGE_PREFIX, writeKey } from './storage';
import { formatOf, parseJson, UNREADABLE } from './stored-data';
/** Format 2: `{ format: 2, run: SavedRun }`, with the run as a list of steps. */
export const RUN_FORMAT = 2;

/** Where a story's run is kept. */
export function runKey(storyId: string): string {
  return `${STORAGE_PREFIX}/stories/${storyId}/run`;
}

/** Kept-aside copies of a story's unreadable run live under this prefix, then a timestamp. */
export function corruptPrefix(storyId: string): string {
  return `${runKey(storyId)}/corrupt-`;
}

/**
 * Before runs were kept per story (formats 0 and 1) there was one key for whichever story was
 * played. A run found there is moved to its story's key when that story loads; another story's
 * run is left where it is.
 */
export const LEGACY_RUN_KEY = `${STORAGE_PREFIX}/run`;
export const LEGACY_CORRUPT_PREFIX = `${LEGACY_RUN_KEY}/corrupt-`;

const name = z.string().check(z.maxLength(500));
const stepSchema: z.ZodMiniType<Step> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choice'), choice: name }),
  // Author mode's moves.
  z.strictObject({ kind: z.literal('set'), variable: name, value: z.union([z.number(), z.boolean()]) }),
  z.strictObject({ kind: z.literal('jump'), passage: name }),
]);

const storyId = z.string().check(z.minLength(1), z.maxLength(200));
const storyVersion = z.int().check(z.gte(0));
const savedAt = z.string().check(z.minLength(1), z.maxLength(100));

export const savedRunSchema = z.object({
  storyId,
  storyVersion,
  steps: z.array(stepSchema).check(z.maxLength(100_000)),
  savedAt,
  caseNumber: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
});

const storedSchema = z.object({ format: z.literal(RUN_FORMAT), run: savedRunSchema });

/** Formats 0 (a bare object) and 1 (`{ format: 1, run }`): the run as a list of choice ids. */
const logRunSchema = z.object({
  storyId,
  storyVersion,
  log: z.array(name).check(z.maxLength(100_000)),
  savedAt,
});
const formatOneSchema = z.object({ format: z.literal(1), run: logRunSchema });

export type Parsed =
  | { readonly ok: true; readonly run: SavedRun; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

function fromLog(run: z.infer<typeof logRunSchema>): SavedRun {
  const { log, ...rest } = run;
  return { ...rest, steps: log.map((choice) => ({ kind: 'choice', choice })) };
}

/** Read a stored run of any format the game has written. */
export function parseStored(raw: string): Parsed {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: UNREADABLE.json };
  const { data } = json;
  const current = storedSchema.safeParse(data);
  if (current.success) return { ok: true, run: current.data.run, migrated: false };
  const format = formatOf(data);
  if (format !== null && format > RUN_FORMAT) return { ok: false, reason: UNREADABLE.newer };
  const one = formatOneSchema.safeParse(data);
  if (one.success) return { ok: true, run: fromLog(one.data.run), migrated: true };
  const zero = format !== null ? null : logRunSchema.safeParse(data);
  if (zero?.success) return { ok: true, run: fromLog(zero.data), migrated: true };
  return { ok: false, reason: UNREADABLE.shape };
}

export interface RunStoreOptions {
  /** The story whose run this store keeps. */
  readonly storyId: string;
  readonly now?: () => Date;
}

export function createRunStore(storage: Storage | null, options: RunStoreOptions): RunStore {
  const now = options.now ?? (() => new Date());
  const key = runKey(options.storyId);

  /** Copy an unreadable run aside, then clear its key; report either way. */
  function keepAside(from: string, prefix: string, raw: string, reason: string): LoadedRun {
    const kept = keepAsideKey(storage, from, prefix, raw, now());
    if (kept.ok) {
      return {
        kind: 'corrupt',
        message: `Your saved case could not be read (${reason}); it was kept aside as "${kept.keptAs}". You can start a new case.`,
        keptAs: kept.keptAs,
      };
    }
    return {
      kind: 'corrupt',
      message: `Your saved case could not be read (${reason}), and the browser's storage is too full to keep a copy aside. It stays where it is until you save a new case over it.`,
    };
  }

  function write(run: SavedRun) {
    return writeKey(storage, key, JSON.stringify({ format: RUN_FORMAT, run }));
  }

  /** A run left under the legacy key: moved here if it is this story's, left alone if not. */
  function loadLegacy(): LoadedRun {
    const read = readKey(storage, LEGACY_RUN_KEY);
    if (!read.ok || read.value === null) return { kind: 'none' };
    const parsed = parseStored(read.value);
    if (!parsed.ok) return keepAside(LEGACY_RUN_KEY, LEGACY_CORRUPT_PREFIX, read.value, parsed.reason);
    if (parsed.run.storyId !== options.storyId) return { kind: 'none' };
    // Moved only once the new copy is written: a failed write loses nothing and tries again next time.
    if (write(parsed.run).ok) removeKey(storage, LEGACY_RUN_KEY);
    return { kind: 'ok', run: parsed.run };
  }

  return {
    load(): LoadedRun {
      const read = readKey(storage, key);
      if (!read.ok) {
        if (!storage) return { kind: 'none' };
        return {
          kind: 'corrupt',
          message: 'Your saved case could not be opened: the browser refused access to its storage.',
        };
      }
      if (read.value === null) return loadLegacy();
      const parsed = parseStored(read.value);
      if (!parsed.ok) return keepAside(key, corruptPrefix(options.storyId), read.value, parsed.reason);
      if (parsed.run.storyId !== options.storyId) {
        return keepAside(
          key,
          corruptPrefix(options.storyId),
          read.value,
          `it names another story, "${parsed.run.storyId}"`,
        );
      }
      // Rewrite in the current format; a failure here only means we migrate again next time.
      if (parsed.migrated) write(parsed.run);
      return { kind: 'ok', run: parsed.run };
    },

    save(run: SavedRun) {
      const checked = savedRunSchema.safeParse(run);
      if (!checked.success || checked.data.storyId !== options.storyId) {
        return { ok: false, message: 'The case could not be saved: the save data was malformed.' };
      }
      const written = write(checked.data);
      if (written.ok) return { ok: true };
      return { ok: false, message: saveFailureMessage(written.reason, 'case') };
    },

    clear() {
      removeKey(storage, key);
    },

    keepCopy(run: SavedRun) {
      const kept = copyAside(storage, `${key}/earlier-`, JSON.stringify({ format: RUN_FORMAT, run }), now());
      return kept.ok ? kept.keptAs : null;
    },
  };
}

export function saveFailureMessage(reason: 'unavailable' | 'full' | 'refused', what: string): string {
  switch (reason) {
    case 'unavailable':
      // The same words for everything kept: told once, it covers the case, progress and settings.
      return 'This browser does not let the game keep anything (private browsing, or storage blocked): you can play on, but it will not be saved.';
    case 'full':
      return `Your ${what} could not be saved: the browser's storage for this site is full.`;
    case 'refused':
      return `Your ${what} could not be saved: the browser refused to write it.`;
  }
}
