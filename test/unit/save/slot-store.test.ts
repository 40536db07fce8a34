import { describe, expect, it } from 'vitest';
import { createRunStore, RUN_FORMAT, runKey } from '../../../src/save/local-run-store';
import { createSlotStore, SLOT_COUNT, slotCorruptPrefix, slotKey } from '../../../src/save/local-slot-store';
import type { SavedRun } from '../../../src/save/ports';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

const STORY = 'the-consultant';
const now = () => new Date('2026-12-03T10:11:12.013Z');
const STAMP = '2026-12-03T10-11-12-013Z';
const store = (storage: Storage | null) => createSlotStore(storage, { storyId: STORY, now });

function runWith(...choices: string[]): SavedRun {
  return {
    storyId: STORY,
    storyVersion: 3,
    steps: choices.map((choice) => ({ kind: 'choice', choice })),
    savedAt: '2026-12-03T09:00:00.000Z',
  };
}
const runs = [runWith('ch1.accept'), runWith('ch1.accept', 'ch2.dinner'), runWith('ch1.refuse')];

describe('slot store', () => {
  it('has three slots under the story, apart from the autosave', () => {
    expect(SLOT_COUNT).toBe(3);
    const keys = [1, 2, 3].map((n) => slotKey(STORY, n));
    expect(new Set(keys).size).toBe(3);
    expect(keys).toEqual([
      'the-consultant/stories/the-consultant/slots/1',
      'the-consultant/stories/the-consultant/slots/2',
      'the-consultant/stories/the-consultant/slots/3',
    ]);
    expect(keys).not.toContain(runKey(STORY));
  });

  it('starts with every slot empty', () => {
    expect(store(new MemoryStorage()).list()).toEqual([{ kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }]);
  });

  it.each([1, 2, 3])('saves slot %i and loads it back, leaving the other slots empty', (n) => {
    const storage = new MemoryStorage();
    const run = runs[n - 1]!;
    expect(store(storage).save(n, run)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(slotKey(STORY, n))!)).toEqual({ format: RUN_FORMAT, run });
    const listed = store(storage).list();
    expect(listed[n - 1]).toEqual({ kind: 'ok', run });
    expect(listed.filter((slot) => slot.kind === 'empty')).toHaveLength(2);
  });

  it('keeps three different runs in three slots, and overwrites a slot when saved again', () => {
    const storage = new MemoryStorage();
    const slots = store(storage);
    for (const [index, run] of runs.entries()) expect(slots.save(index + 1, run)).toEqual({ ok: true });
    expect(slots.list()).toEqual(runs.map((run) => ({ kind: 'ok', run })));
    const later = runWith('ch1.accept', 'ch2.dinner', 'ch3.confess');
    expect(slots.save(2, later)).toEqual({ ok: true });
    expect(slots.list()).toEqual([
      { kind: 'ok', run: runs[0] },
      { kind: 'ok', run: later },
      { kind: 'ok', run: runs[2] },
    ]);
  });

  it('does not touch the autosave, nor does the autosave touch the slots', () => {
    const storage = new MemoryStorage();
    const autosave = createRunStore(storage, { storyId: STORY, now });
    const auto = runWith('ch1.auto');
    expect(autosave.save(auto)).toEqual({ ok: true });
    expect(store(storage).save(1, runs[0]!)).toEqual({ ok: true });
    store(storage).remove(1);
    expect(autosave.load()).toEqual({ kind: 'ok', run: auto });
    expect(store(storage).save(1, runs[0]!)).toEqual({ ok: true });
    autosave.clear();
    expect(store(storage).list()[0]).toEqual({ kind: 'ok', run: runs[0] });
  });

  it('removes one slot and keeps the others', () => {
    const storage = new MemoryStorage();
    const slots = store(storage);
    for (const [index, run] of runs.entries()) slots.save(index + 1, run);
    slots.remove(2);
    expect(slots.list()).toEqual([{ kind: 'ok', run: runs[0] }, { kind: 'empty' }, { kind: 'ok', run: runs[2] }]);
    expect(storage.getItem(slotKey(STORY, 2))).toBeNull();
    expect(() => slots.remove(2)).not.toThrow();
  });

  it('keeps a corrupt slot aside and reports it by number; the other slots and the autosave are untouched', () => {
    const storage = new MemoryStorage();
    const slots = store(storage);
    slots.save(1, runs[0]!);
    slots.save(3, runs[2]!);
    const auto = JSON.stringify({ format: RUN_FORMAT, run: runWith('ch1.auto') });
    storage.setItem(runKey(STORY), auto);
    storage.setItem(slotKey(STORY, 2), '{"format":2,"run":{"stor');

    const listed = slots.list();
    expect(listed[0]).toEqual({ kind: 'ok', run: runs[0] });
    expect(listed[2]).toEqual({ kind: 'ok', run: runs[2] });
    const bad = listed[1];
    const keptAs = `${slotCorruptPrefix(STORY, 2)}${STAMP}`;
    expect(bad).toEqual({
      kind: 'corrupt',
      keptAs,
      message: `Slot 2 could not be read (it is not valid data); it was kept aside as "${keptAs}". The other saves are untouched.`,
    });
    expect(storage.getItem(keptAs)).toBe('{"format":2,"run":{"stor');
    expect(storage.getItem(slotKey(STORY, 2))).toBeNull();
    expect(storage.getItem(runKey(STORY))).toBe(auto);
    // Next time the slot is simply empty, and can be saved into.
    expect(slots.list()[1]).toEqual({ kind: 'empty' });
    expect(slots.save(2, runs[1]!)).toEqual({ ok: true });
    expect(slots.list()[1]).toEqual({ kind: 'ok', run: runs[1] });
    expect(storage.getItem(keptAs)).toBe('{"format":2,"run":{"stor');
  });

  it.each([
    ['a wrong shape', JSON.stringify({ format: 2, run: { steps: 'no' } }), 'it is not in the expected shape'],
    ['a newer format', JSON.stringify({ format: RUN_FORMAT + 1, run: runs[0] }), 'newer version of the game'],
    ['null', 'null', 'it is not in the expected shape'],
  ])('keeps a slot of %s aside with a message that says why', (_label, raw, why) => {
    const storage = new MemoryStorage();
    storage.setItem(slotKey(STORY, 3), raw);
    const bad = store(storage).list()[2];
    expect(bad).toMatchObject({ kind: 'corrupt', keptAs: `${slotCorruptPrefix(STORY, 3)}${STAMP}` });
    if (bad?.kind !== 'corrupt') return;
    expect(bad.message).toMatch(/^Slot 3 could not be read/);
    expect(bad.message).toContain(why);
    expect(storage.getItem(bad.keptAs!)).toBe(raw);
  });

  it("keeps aside a slot holding another story's run, naming that story", () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: RUN_FORMAT, run: { ...runs[0], storyId: 'another-story' } });
    storage.setItem(slotKey(STORY, 1), raw);
    const bad = store(storage).list()[0];
    expect(bad).toMatchObject({ kind: 'corrupt', keptAs: `${slotCorruptPrefix(STORY, 1)}${STAMP}` });
    if (bad?.kind === 'corrupt') expect(bad.message).toContain('"another-story"');
    expect(storage.getItem(`${slotCorruptPrefix(STORY, 1)}${STAMP}`)).toBe(raw);
    expect(storage.getItem(slotKey(STORY, 1))).toBeNull();
  });

  it('keeps the slots of two stories apart', () => {
    const storage = new MemoryStorage();
    const other = { ...runs[0]!, storyId: 'another-story' };
    expect(createSlotStore(storage, { storyId: 'another-story', now }).save(1, other)).toEqual({ ok: true });
    expect(store(storage).list()).toEqual([{ kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }]);
    expect(createSlotStore(storage, { storyId: 'another-story', now }).list()[0]).toEqual({ kind: 'ok', run: other });
  });

  it('loads a slot in the older format 1 as steps, and rewrites it in the current format', () => {
    const storage = new MemoryStorage();
    const { steps: _steps, ...head } = runs[1]!;
    storage.setItem(
      slotKey(STORY, 2),
      JSON.stringify({ format: 1, run: { ...head, log: ['ch1.accept', 'ch2.dinner'] } }),
    );
    expect(store(storage).list()[1]).toEqual({ kind: 'ok', run: runs[1] });
    expect(JSON.parse(storage.getItem(slotKey(STORY, 2))!)).toEqual({ format: RUN_FORMAT, run: runs[1] });
  });

  it.each([0, 4, -1, 1.5, Number.NaN])('refuses slot number %s with a message, writing nothing', (n) => {
    const storage = new MemoryStorage();
    const saved = store(storage).save(n, runs[0]!);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/slots are 1 to 3/);
    expect(storage.length).toBe(0);
    expect(() => store(storage).remove(n)).not.toThrow();
  });

  it("refuses to save another story's run or a malformed run into a slot", () => {
    const storage = new MemoryStorage();
    expect(store(storage).save(1, { ...runs[0]!, storyId: 'another-story' })).toMatchObject({ ok: false });
    const malformed = { ...runs[0]!, steps: [42 as unknown as SavedRun['steps'][number]] };
    expect(store(storage).save(1, malformed)).toMatchObject({ ok: false });
    expect(storage.length).toBe(0);
  });

  it('reports a full storage on save, naming the slot, and keeps what was there', () => {
    const storage = new FullStorage(0);
    const before = JSON.stringify({ format: RUN_FORMAT, run: runs[0] });
    storage.seed(slotKey(STORY, 2), before);
    const saved = store(storage).save(2, runs[1]!);
    expect(saved).toEqual({
      ok: false,
      message: "Your case in slot 2 could not be saved: the browser's storage for this site is full.",
    });
    expect(storage.getItem(slotKey(STORY, 2))).toBe(before);
    expect(store(storage).list()[1]).toEqual({ kind: 'ok', run: runs[0] });
  });

  it('leaves a corrupt slot in place, and says so, when storage is too full to copy it aside', () => {
    const storage = new FullStorage(0);
    storage.seed(slotKey(STORY, 1), 'garbage');
    const bad = store(storage).list()[0];
    expect(bad?.kind).toBe('corrupt');
    if (bad?.kind !== 'corrupt') return;
    expect(bad.keptAs).toBeUndefined();
    expect(bad.message).toMatch(/^Slot 1 could not be read .*too full/);
    expect(storage.getItem(slotKey(STORY, 1))).toBe('garbage');
  });

  it('stays playable with no storage: slots are empty, saving says it will not be saved', () => {
    const slots = store(null);
    expect(slots.list()).toEqual([{ kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }]);
    const saved = slots.save(1, runs[0]!);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/will not be saved/);
    expect(() => slots.remove(1)).not.toThrow();
  });

  it('never throws when every storage call throws (SecurityError)', () => {
    const slots = store(new ThrowingStorage());
    const listed = slots.list();
    expect(listed).toHaveLength(3);
    for (const [index, slot] of listed.entries()) {
      expect(slot).toMatchObject({ kind: 'corrupt' });
      if (slot.kind === 'corrupt')
        expect(slot.message).toBe(`Slot ${index + 1} could not be opened: the browser refused access to its storage.`);
    }
    expect(slots.save(1, runs[0]!)).toMatchObject({ ok: false, message: expect.stringMatching(/refused/) });
    expect(() => slots.remove(1)).not.toThrow();
  });
});
