/**
 * The save decoders on generated input: whatever text is found under a key (junk, any JSON, a
 * good save with one value replaced, a save cut short), loading never throws, never loses the
 * text (it loads, or it is kept aside exactly as found), and never disturbs the other keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProgressStore, progressKey } from '../../../src/save/local-progress-store';
import { createRunStore, RUN_FORMAT, runKey, savedRunSchema } from '../../../src/save/local-run-store';
import { createSlotStore, slotKey } from '../../../src/save/local-slot-store';
import type { SavedRun } from '../../../src/save/ports';
import { parseSaveFile, saveFileText } from '../../../src/save/save-file';
import { emptyProgress } from '../../../src/story/progress';
import { brokenTextOf, checkGenerated, GENERATED_TIMEOUT } from '../generated-cases';
import { MemoryStorage } from './fake-storage';

const STORY = 'the-consultant';
const now = () => new Date('2026-12-04T06:07:08.009Z');

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('choice' as const), choice: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant('set' as const), variable: fc.string({ maxLength: 10 }), value: fc.integer() }),
  fc.record({ kind: fc.constant('jump' as const), passage: fc.string({ maxLength: 10 }) }),
);
const runArb: fc.Arbitrary<SavedRun> = fc.record(
  {
    storyId: fc.constant(STORY),
    storyVersion: fc.nat(),
    steps: fc.array(stepArb, { maxLength: 12 }),
    savedAt: fc.string({ minLength: 1, maxLength: 30 }),
    caseNumber: fc.integer({ min: 1, max: 1_000_000 }),
  },
  { requiredKeys: ['storyId', 'storyVersion', 'steps', 'savedAt'] },
);

const storedRunText = brokenTextOf(runArb.map((run) => ({ format: RUN_FORMAT, run })));

/** The storage's entries other than the key under test and what was kept aside from it. */
function others(storage: MemoryStorage, key: string): Record<string, string | null> {
  return Object.fromEntries(
    storage
      .keys()
      .filter((k) => !k.startsWith(key))
      .map((k) => [k, storage.getItem(k)]),
  );
}

type Loaded = { readonly kind: string; readonly keptAs?: string };

/**
 * Put `raw` under `key` in a full storage and load it: it loads, or is kept aside exactly as
 * found (where the load says), and no other key changes. Returns what the load gave.
 */
function loadFrom<L extends Loaded>(key: string, raw: string, load: (storage: MemoryStorage) => L): L {
  const storage = fullStorage();
  storage.setItem(key, raw);
  const before = others(storage, key);
  const loaded = load(storage);
  expect(['ok', 'corrupt']).toContain(loaded.kind);
  if (loaded.kind === 'corrupt') {
    expect(loaded.keptAs).toBeDefined();
    expect(storage.getItem(loaded.keptAs as string)).toBe(raw);
  } else {
    expect(storage.getItem(key)).toBe(raw);
  }
  expect(others(storage, key)).toEqual(before);
  return loaded;
}

/** A storage holding a good autosave, three good slots and good progress. */
function fullStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  const run: SavedRun = { storyId: STORY, storyVersion: 1, steps: [{ kind: 'choice', choice: 'a' }], savedAt: 'x' };
  storage.setItem(runKey(STORY), JSON.stringify({ format: RUN_FORMAT, run }));
  for (const n of [1, 2, 3]) storage.setItem(slotKey(STORY, n), JSON.stringify({ format: RUN_FORMAT, run }));
  createProgressStore(storage, { storyId: STORY }).save(emptyProgress(STORY));
  return storage;
}

describe('the save decoders, on generated stored text', () => {
  it(
    'load the autosave, or keep it aside exactly as found, and touch nothing else',
    () => {
      checkGenerated(
        fc.property(storedRunText, (raw) => {
          const loaded = loadFrom(runKey(STORY), raw, (storage) =>
            createRunStore(storage, { storyId: STORY, now }).load(),
          );
          if (loaded.kind === 'ok') {
            expect(savedRunSchema.safeParse(loaded.run).success).toBe(true);
            expect(loaded.run.storyId).toBe(STORY);
          }
          if (loaded.kind === 'corrupt') expect(loaded.message).toMatch(/^Your saved case could not be read/);
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'load a slot, or keep it aside exactly as found, and the other slots still load',
    () => {
      checkGenerated(
        fc.property(storedRunText, (raw) => {
          let slots: ReturnType<ReturnType<typeof createSlotStore>['list']> = [];
          const slot = loadFrom(slotKey(STORY, 2), raw, (storage) => {
            slots = createSlotStore(storage, { storyId: STORY, now }).list();
            return slots[1] as Loaded & { message?: string };
          });
          expect(slots[0]?.kind).toBe('ok');
          expect(slots[2]?.kind).toBe('ok');
          if (slot.kind === 'corrupt') expect(slot.message).toMatch(/^Slot 2 could not be read/);
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'load progress, or keep it aside exactly as found, and the saved case is untouched',
    () => {
      const good = fc.constant({ format: 1, progress: emptyProgress(STORY) });
      checkGenerated(
        fc.property(brokenTextOf(good), (raw) => {
          const loaded = loadFrom(progressKey(STORY), raw, (storage) =>
            createProgressStore(storage, { storyId: STORY, now }).load(),
          );
          if (loaded.kind === 'corrupt') expect(loaded.message).toContain('Your saved case is untouched');
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'give back exactly the run that was saved',
    () => {
      checkGenerated(
        fc.property(runArb, (run) => {
          const runs = createRunStore(new MemoryStorage(), { storyId: STORY, now });
          expect(runs.save(run)).toEqual({ ok: true });
          expect(runs.load()).toEqual({ kind: 'ok', run });
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'read a save file to the player’s saves or to a message, never anything between',
    () => {
      const file = fc
        .uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
        .chain((slots) => fc.tuple(...slots.map((slot) => runArb.map((run) => ({ slot, run })))))
        .map((saves) => JSON.parse(saveFileText({ id: STORY, title: 'T' }, saves, now())) as unknown);
      checkGenerated(
        fc.property(brokenTextOf(file), (text) => {
          const parsed = parseSaveFile(text, STORY);
          if (!parsed.ok) {
            expect(parsed.message).toMatch(/nothing was imported/i);
            return;
          }
          const slots = parsed.saves.map((save) => save.slot);
          expect(new Set(slots).size).toBe(slots.length);
          for (const save of parsed.saves) {
            expect([1, 2, 3]).toContain(save.slot);
            expect(save.run.storyId).toBe(STORY);
            expect(savedRunSchema.safeParse(save.run).success).toBe(true);
          }
        }),
      );
    },
    GENERATED_TIMEOUT,
  );
});
