import { describe, expect, it } from 'vitest';
import {
  corruptPrefix,
  createRunStore,
  LEGACY_CORRUPT_PREFIX,
  LEGACY_RUN_KEY,
  RUN_FORMAT,
  runKey,
} from '../../../src/save/local-run-store';
import type { SavedRun } from '../../../src/save/ports';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

const STORY = 'the-consultant';
const run: SavedRun = {
  storyId: STORY,
  storyVersion: 3,
  steps: [
    { kind: 'choice', choice: 'ch1.accept' },
    { kind: 'choice', choice: 'ch2.dinner' },
  ],
  savedAt: '2026-11-26T05:00:00.000Z',
};
/** The same run as formats 0 and 1 wrote it: a log of choice ids. */
const { steps: _steps, ...runHead } = run;
const logRun = { ...runHead, log: ['ch1.accept', 'ch2.dinner'] };
const now = () => new Date('2026-11-26T06:07:08.009Z');
const KEY = runKey(STORY);
const keptKey = `${corruptPrefix(STORY)}2026-11-26T06-07-08-009Z`;
const store = (storage: Storage | null) => createRunStore(storage, { storyId: STORY, now });

describe('run store', () => {
  it('saves and loads a run of steps in the versioned format, under its story', () => {
    const storage = new MemoryStorage();
    const runs = store(storage);
    expect(runs.load()).toEqual({ kind: 'none' });
    expect(runs.save(run)).toEqual({ ok: true });
    expect(KEY).toContain(STORY);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ format: RUN_FORMAT, run });
    expect(runs.load()).toEqual({ kind: 'ok', run });
    runs.clear();
    expect(runs.load()).toEqual({ kind: 'none' });
  });

  it('keeps the runs of two stories apart: neither sees, nor breaks, the other', () => {
    const storage = new MemoryStorage();
    const other: SavedRun = { ...run, storyId: 'another-story', steps: [{ kind: 'choice', choice: 'x' }] };
    expect(store(storage).save(run)).toEqual({ ok: true });
    expect(createRunStore(storage, { storyId: 'another-story', now }).save(other)).toEqual({ ok: true });
    expect(store(storage).load()).toEqual({ kind: 'ok', run });
    expect(createRunStore(storage, { storyId: 'another-story', now }).load()).toEqual({ kind: 'ok', run: other });
    store(storage).clear();
    expect(createRunStore(storage, { storyId: 'another-story', now }).load()).toEqual({ kind: 'ok', run: other });
  });

  it('refuses to save a run of another story under this one', () => {
    const storage = new MemoryStorage();
    expect(store(storage).save({ ...run, storyId: 'another-story' })).toMatchObject({ ok: false });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps corrupt JSON aside, reports it in plain words, and does not crash', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{"format":2,"run":{"story');
    const loaded = store(storage).load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.keptAs).toBe(keptKey);
    expect(loaded.message).toMatch(/^Your saved case could not be read .*; it was kept aside as /);
    expect(loaded.message).toContain(keptKey);
    expect(storage.getItem(keptKey)).toBe('{"format":2,"run":{"story');
    expect(storage.getItem(KEY)).toBeNull();
    // Nothing left to trip over next time.
    expect(store(storage).load()).toEqual({ kind: 'none' });
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['steps that are numbers', JSON.stringify({ format: 2, run: { ...run, steps: [1, 2] } })],
    ['a step of an unknown kind', JSON.stringify({ format: 2, run: { ...run, steps: [{ kind: 'teleport' }] } })],
    ['a log of numbers', JSON.stringify({ format: 1, run: { ...logRun, log: [1, 2] } })],
    ['a missing storyId', JSON.stringify({ format: 2, run: { ...run, storyId: undefined } })],
    ['a negative version', JSON.stringify({ format: 2, run: { ...run, storyVersion: -1 } })],
    ['format 2 without a run', JSON.stringify({ format: 2 })],
    ['a run that names another story', JSON.stringify({ format: 2, run: { ...run, storyId: 'another-story' } })],
  ])('keeps a save of the wrong shape aside (%s)', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    expect(storage.getItem(keptKey)).toBe(raw);
  });

  it('keeps a very large save aside (more steps than any case takes, megabytes of text), whole', () => {
    const storage = new MemoryStorage();
    const steps = Array.from({ length: 150_000 }, (_, i) => ({ kind: 'choice', choice: `choice-${i}` }));
    const raw = JSON.stringify({ format: 2, run: { ...run, steps } });
    expect(raw.length).toBeGreaterThan(4_000_000);
    storage.setItem(KEY, raw);
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    expect(storage.getItem(keptKey)).toBe(raw);
    expect(store(storage).save(run)).toEqual({ ok: true });
    expect(store(storage).load()).toEqual({ kind: 'ok', run });
  });

  it('does not overwrite an earlier kept-aside copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(keptKey, 'older');
    storage.setItem(KEY, 'not json');
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: `${keptKey}-2` });
    expect(storage.getItem(keptKey)).toBe('older');
  });

  it('migrates a format 1 save from the one key of earlier versions to its story, as steps', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_RUN_KEY, JSON.stringify({ format: 1, run: logRun }));
    expect(store(storage).load()).toEqual({ kind: 'ok', run });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ format: RUN_FORMAT, run });
    expect(storage.getItem(LEGACY_RUN_KEY)).toBeNull();
  });

  it('migrates an unversioned (format 0) save the same way', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_RUN_KEY, JSON.stringify(logRun));
    expect(store(storage).load()).toEqual({ kind: 'ok', run });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ format: RUN_FORMAT, run });
  });

  it('leaves a save of another story in the old key alone: not loaded, not kept aside, not reported', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: 1, run: { ...logRun, storyId: 'another-game' } });
    storage.setItem(LEGACY_RUN_KEY, raw);
    expect(store(storage).load()).toEqual({ kind: 'none' });
    expect(storage.getItem(LEGACY_RUN_KEY)).toBe(raw);
    expect(storage.length).toBe(1);
    // Saving this story's run does not touch it either; the other story still finds it.
    expect(store(storage).save(run)).toEqual({ ok: true });
    expect(storage.getItem(LEGACY_RUN_KEY)).toBe(raw);
    expect(createRunStore(storage, { storyId: 'another-game', now }).load()).toMatchObject({
      kind: 'ok',
      run: { storyId: 'another-game', steps: [{ kind: 'choice', choice: 'ch1.accept' }, expect.anything()] },
    });
  });

  it('keeps an unreadable save in the old key aside, and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_RUN_KEY, '{"format":1,"run":{"storyId": broken');
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt' });
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.keptAs?.startsWith(LEGACY_CORRUPT_PREFIX)).toBe(true);
    expect(storage.getItem(loaded.keptAs!)).toBe('{"format":1,"run":{"storyId": broken');
  });

  it('loads its own key before the old one', () => {
    const storage = new MemoryStorage();
    store(storage).save(run);
    const older = JSON.stringify({ format: 1, run: { ...logRun, log: ['old'] } });
    storage.setItem(LEGACY_RUN_KEY, older);
    expect(store(storage).load()).toEqual({ kind: 'ok', run });
    expect(storage.getItem(LEGACY_RUN_KEY)).toBe(older);
  });

  it('keeps a save from a newer format aside with a message that says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ format: RUN_FORMAT + 1, run, extra: true }));
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind === 'corrupt') expect(loaded.message).toContain('newer version');
  });

  it('stays playable with no storage at all', () => {
    const runs = store(null);
    expect(runs.load()).toEqual({ kind: 'none' });
    const saved = runs.save(run);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/will not be saved/);
    expect(() => runs.clear()).not.toThrow();
  });

  it('stays playable when every storage call throws (SecurityError)', () => {
    const runs = store(new ThrowingStorage());
    const loaded = runs.load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind === 'corrupt') {
      expect(loaded.message).toMatch(/refused/);
      expect(loaded.keptAs).toBeUndefined();
    }
    expect(runs.save(run)).toMatchObject({ ok: false });
    expect(() => runs.clear()).not.toThrow();
  });

  it('reports a full storage on save (QuotaExceededError) without throwing', () => {
    const saved = store(new FullStorage(0)).save(run);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/full/);
  });

  it('leaves a corrupt save in place, and says so, when storage is too full to copy it aside', () => {
    const storage = new FullStorage(0);
    storage.seed(KEY, 'garbage');
    const loaded = store(storage).load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind === 'corrupt') {
      expect(loaded.keptAs).toBeUndefined();
      expect(loaded.message).toMatch(/too full/);
    }
    expect(storage.getItem(KEY)).toBe('garbage');
  });

  it('refuses to write a malformed run', () => {
    const storage = new MemoryStorage();
    const saved = store(storage).save({ ...run, steps: [42 as unknown as SavedRun['steps'][number]] });
    expect(saved.ok).toBe(false);
    expect(storage.getItem(KEY)).toBeNull();
  });
});
