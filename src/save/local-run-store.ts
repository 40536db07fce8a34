/**
 * The saved run in localStorage, versioned and validated. A save that cannot be read (bad
 * JSON, a wrong shape, a newer format, another story) is never thrown away and never
 * crashes the game: it is copied aside under its own key and reported in plain words.
 */
import { z } from 'zod';
import type { LoadedRun, RunStore, SavedRun } from './ports';
import { readKey, removeKey, writeKey } from './storage';

export const RUN_KEY = 'the-consultant/run';
export const RUN_FORMAT = 1;
/** Kept-aside copies live under this prefix, followed by a timestamp. */
export const CORRUPT_PREFIX = `${RUN_KEY}/corrupt-`;

const savedRunSchema = z.object({
  storyId: z.string().min(1).max(200),
  storyVersion: z.number().int().min(0),
  log: z.array(z.string().max(500)).max(100_000),
  savedAt: z.string().min(1).max(100),
});

/** Format 1: `{ format: 1, run: SavedRun }`. */
const storedSchema = z.object({ format: z.literal(RUN_FORMAT), run: savedRunSchema });

/** Format 0 (before versioning): the bare SavedRun object. Migrated on load. */
const legacySchema = savedRunSchema;

const formatOnly = z.object({ format: z.number() });

export interface RunStoreOptions {
  /** When given, a save that belongs to another story is kept aside instead of loaded. */
  readonly storyId?: string;
  readonly now?: () => Date;
}

export function createRunStore(storage: Storage | null, options: RunStoreOptions = {}): RunStore {
  const now = options.now ?? (() => new Date());

  function occupied(key: string): boolean {
    const read = readKey(storage, key);
    return read.ok && read.value !== null;
  }

  function keepAside(raw: string, reason: string): LoadedRun {
    const base = `${CORRUPT_PREFIX}${now().toISOString().replace(/[:.]/g, '-')}`;
    let key = base;
    for (let n = 2; occupied(key); n++) key = `${base}-${n}`;
    const copied = writeKey(storage, key, raw);
    if (copied.ok) {
      removeKey(storage, RUN_KEY);
      return {
        kind: 'corrupt',
        message: `Your saved case could not be read (${reason}); it was kept aside as "${key}". You can start a new case.`,
        keptAs: key,
      };
    }
    return {
      kind: 'corrupt',
      message: `Your saved case could not be read (${reason}), and the browser's storage is too full to keep a copy aside. It stays where it is until you save a new case over it.`,
    };
  }

  return {
    load(): LoadedRun {
      const read = readKey(storage, RUN_KEY);
      if (!read.ok) {
        if (!storage) return { kind: 'none' };
        return {
          kind: 'corrupt',
          message: 'Your saved case could not be opened: the browser refused access to its storage.',
        };
      }
      const raw = read.value;
      if (raw === null) return { kind: 'none' };
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        return keepAside(raw, 'it is not valid data');
      }
      let run: SavedRun;
      const stored = storedSchema.safeParse(data);
      if (stored.success) {
        run = stored.data.run;
      } else {
        const format = formatOnly.safeParse(data);
        if (format.success && format.data.format > RUN_FORMAT) {
          return keepAside(raw, 'it was made by a newer version of the game');
        }
        const legacy = format.success ? null : legacySchema.safeParse(data);
        if (!legacy?.success) return keepAside(raw, 'it is not in the expected shape');
        run = legacy.data;
        // Rewrite in the current format; a failure here only means we migrate again next time.
        writeKey(storage, RUN_KEY, JSON.stringify({ format: RUN_FORMAT, run }));
      }
      if (options.storyId !== undefined && run.storyId !== options.storyId) {
        return keepAside(raw, `it belongs to another story, "${run.storyId}"`);
      }
      return { kind: 'ok', run };
    },

    save(run: SavedRun) {
      const checked = savedRunSchema.safeParse(run);
      if (!checked.success) return { ok: false, message: 'The case could not be saved: the save data was malformed.' };
      const written = writeKey(storage, RUN_KEY, JSON.stringify({ format: RUN_FORMAT, run: checked.data }));
      if (written.ok) return { ok: true };
      return { ok: false, message: saveFailureMessage(written.reason, 'case') };
    },

    clear() {
      removeKey(storage, RUN_KEY);
    },
  };
}

export function saveFailureMessage(reason: 'unavailable' | 'full' | 'refused', what: string): string {
  switch (reason) {
    case 'unavailable':
      return `This browser does not let the game keep your ${what}; you can play on, but it will not be saved.`;
    case 'full':
      return `Your ${what} could not be saved: the browser's storage for this site is full.`;
    case 'refused':
      return `Your ${what} could not be saved: the browser refused to write it.`;
  }
}
