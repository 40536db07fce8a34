/**
 * Manual save slots in localStorage: three per story, beside the autosave (which stays in
 * local-run-store). Each slot is stored like the autosave, `{ format: RUN_FORMAT, run }`, and
 * read with the same parser, so a slot written by an older version loads too. A slot that
 * cannot be read is never thrown away: it is copied aside under its own key and reported in
 * plain words, and the other slots load as usual.
 */
import { keepAside as keepAsideKey } from './keep-aside';
import { parseStored, RUN_FORMAT, savedRunSchema, saveFailureMessage } from './local-run-store';
import type { SavedRun } from './ports';
import { readKey, removeKey, STORAGE_PREFIX, writeKey } from './storage';

export const SLOT_COUNT = 3;

/** Where slot `n` (1..SLOT_COUNT) of a story is kept. */
export function slotKey(storyId: string, n: number): string {
  return `${STORAGE_PREFIX}/stories/${storyId}/slots/${n}`;
}

/** Kept-aside copies of an unreadable slot live under this prefix, then a timestamp. */
export function slotCorruptPrefix(storyId: string, n: number): string {
  return `${slotKey(storyId, n)}/corrupt-`;
}

export function isSlotNumber(slot: number): boolean {
  return Number.isInteger(slot) && slot >= 1 && slot <= SLOT_COUNT;
}

export type SlotContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly run: SavedRun }
  /** The slot could not be read; it was kept aside under `keptAs` (when there was room) and nothing was lost. */
  | { readonly kind: 'corrupt'; readonly message: string; readonly keptAs?: string };

export type SlotSaved = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface SlotStore {
  /**
   * All slots, index 0 = slot 1. A slot that cannot be read is kept aside (under
   * `slotCorruptPrefix(storyId, n)`) and reported; the others load.
   */
  list(): readonly SlotContent[];
  /** Never throws: a bad slot number, a malformed run, or a full or missing storage returns a message. */
  save(slot: number, run: SavedRun): SlotSaved;
  /** Empties a slot; ignores a bad slot number or a storage that throws. */
  remove(slot: number): void;
}

export interface SlotStoreOptions {
  /** The story whose slots this store keeps. */
  readonly storyId: string;
  readonly now?: () => Date;
}

export function createSlotStore(storage: Storage | null, options: SlotStoreOptions): SlotStore {
  const now = options.now ?? (() => new Date());
  const { storyId } = options;

  function write(n: number, run: SavedRun) {
    return writeKey(storage, slotKey(storyId, n), JSON.stringify({ format: RUN_FORMAT, run }));
  }

  /** Copy an unreadable slot aside, then clear it; report either way. */
  function keepAside(n: number, raw: string, reason: string): SlotContent {
    const kept = keepAsideKey(storage, slotKey(storyId, n), slotCorruptPrefix(storyId, n), raw, now());
    if (kept.ok) {
      return {
        kind: 'corrupt',
        message: `Slot ${n} could not be read (${reason}); it was kept aside as "${kept.keptAs}". The other saves are untouched.`,
        keptAs: kept.keptAs,
      };
    }
    return {
      kind: 'corrupt',
      message: `Slot ${n} could not be read (${reason}), and the browser's storage is too full to keep a copy aside. It stays where it is until you save over it. The other saves are untouched.`,
    };
  }

  function load(n: number): SlotContent {
    const read = readKey(storage, slotKey(storyId, n));
    if (!read.ok) {
      if (!storage) return { kind: 'empty' };
      return {
        kind: 'corrupt',
        message: `Slot ${n} could not be opened: the browser refused access to its storage.`,
      };
    }
    if (read.value === null) return { kind: 'empty' };
    const parsed = parseStored(read.value);
    if (!parsed.ok) return keepAside(n, read.value, parsed.reason);
    if (parsed.run.storyId !== storyId) {
      return keepAside(n, read.value, `it names another story, "${parsed.run.storyId}"`);
    }
    // Rewrite in the current format; a failure here only means we migrate again next time.
    if (parsed.migrated) write(n, parsed.run);
    return { kind: 'ok', run: parsed.run };
  }

  return {
    list() {
      return Array.from({ length: SLOT_COUNT }, (_, index) => load(index + 1));
    },

    save(slot, run) {
      if (!isSlotNumber(slot)) {
        return { ok: false, message: `There is no slot ${String(slot)}: the slots are 1 to ${SLOT_COUNT}.` };
      }
      const checked = savedRunSchema.safeParse(run);
      if (!checked.success || checked.data.storyId !== storyId) {
        return { ok: false, message: `Slot ${slot} could not be saved: the save data was malformed.` };
      }
      const written = write(slot, checked.data);
      if (written.ok) return { ok: true };
      return { ok: false, message: saveFailureMessage(written.reason, `case in slot ${slot}`) };
    },

    remove(slot) {
      if (!isSlotNumber(slot)) return;
      removeKey(storage, slotKey(storyId, slot));
    },
  };
}
