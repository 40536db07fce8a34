import { describe, expect, it } from 'vitest';
import { CORRUPT_PREFIX, createRunStore, RUN_FORMAT, RUN_KEY } from '../../../src/save/local-run-store';
import type { SavedRun } from '../../../src/save/ports';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

const run: SavedRun = {
  storyId: 'the-consultant',
  storyVersion: 3,
  log: ['ch1.accept', 'ch2.dinner'],
  savedAt: '2026-11-26T05:00:00.000Z',
};
const now = () => new Date('2026-11-26T06:07:08.009Z');
const keptKey = `${CORRUPT_PREFIX}2026-11-26T06-07-08-009Z`;

describe('run store', () => {
  it('saves and loads a run in the versioned format', () => {
    const storage = new MemoryStorage();
    const store = createRunStore(storage);
    expect(store.load()).toEqual({ kind: 'none' });
    expect(store.save(run)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(RUN_KEY)!)).toEqual({ format: RUN_FORMAT, run });
    expect(store.load()).toEqual({ kind: 'ok', run });
    store.clear();
    expect(store.load()).toEqual({ kind: 'none' });
  });

  it('keeps corrupt JSON aside, reports it in plain words, and does not crash', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, '{"format":1,"run":{"story');
    const loaded = createRunStore(storage, { now }).load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.keptAs).toBe(keptKey);
    expect(loaded.message).toMatch(/^Your saved case could not be read .*; it was kept aside as /);
    expect(loaded.message).toContain(keptKey);
    expect(storage.getItem(keptKey)).toBe('{"format":1,"run":{"story');
    expect(storage.getItem(RUN_KEY)).toBeNull();
    // Nothing left to trip over next time.
    expect(createRunStore(storage, { now }).load()).toEqual({ kind: 'none' });
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a log of numbers', JSON.stringify({ format: 1, run: { ...run, log: [1, 2] } })],
    ['a missing storyId', JSON.stringify({ format: 1, run: { ...run, storyId: undefined } })],
    ['a negative version', JSON.stringify({ format: 1, run: { ...run, storyVersion: -1 } })],
    ['format 1 without a run', JSON.stringify({ format: 1 })],
  ])('keeps a save of the wrong shape aside (%s)', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, raw);
    const loaded = createRunStore(storage, { now }).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    expect(storage.getItem(keptKey)).toBe(raw);
  });

  it('does not overwrite an earlier kept-aside copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(keptKey, 'older');
    storage.setItem(RUN_KEY, 'not json');
    const loaded = createRunStore(storage, { now }).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: `${keptKey}-2` });
    expect(storage.getItem(keptKey)).toBe('older');
  });

  it('keeps a save from another story aside when the store knows its story', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: 1, run: { ...run, storyId: 'another-game' } });
    storage.setItem(RUN_KEY, raw);
    const loaded = createRunStore(storage, { storyId: 'the-consultant', now }).load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.message).toContain('another story');
    expect(storage.getItem(loaded.keptAs!)).toBe(raw);
    // Without a story to check against, the store hands it over and the caller decides.
    storage.setItem(RUN_KEY, raw);
    expect(createRunStore(storage).load()).toMatchObject({ kind: 'ok', run: { storyId: 'another-game' } });
  });

  it('migrates an unversioned (format 0) save and rewrites it in the current format', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, JSON.stringify(run));
    expect(createRunStore(storage).load()).toEqual({ kind: 'ok', run });
    expect(JSON.parse(storage.getItem(RUN_KEY)!)).toEqual({ format: RUN_FORMAT, run });
  });

  it('keeps a save from a newer format aside with a message that says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, JSON.stringify({ format: RUN_FORMAT + 1, run, extra: true }));
    const loaded = createRunStore(storage, { now }).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind === 'corrupt') expect(loaded.message).toContain('newer version');
  });

  it('stays playable with no storage at all', () => {
    const store = createRunStore(null);
    expect(store.load()).toEqual({ kind: 'none' });
    const saved = store.save(run);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/will not be saved/);
    expect(() => store.clear()).not.toThrow();
  });

  it('stays playable when every storage call throws (SecurityError)', () => {
    const store = createRunStore(new ThrowingStorage());
    const loaded = store.load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind === 'corrupt') {
      expect(loaded.message).toMatch(/refused/);
      expect(loaded.keptAs).toBeUndefined();
    }
    expect(store.save(run)).toMatchObject({ ok: false });
    expect(() => store.clear()).not.toThrow();
  });

  it('reports a full storage on save (QuotaExceededError) without throwing', () => {
    const store = createRunStore(new FullStorage(0));
    const saved = store.save(run);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/full/);
  });

  it('leaves a corrupt save in place, and says so, when storage is too full to copy it aside', () => {
    const storage = new FullStorage(0);
    storage.seed(RUN_KEY, 'garbage');
    const loaded = createRunStore(storage, { now }).load();
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind === 'corrupt') {
      expect(loaded.keptAs).toBeUndefined();
      expect(loaded.message).toMatch(/too full/);
    }
    expect(storage.getItem(RUN_KEY)).toBe('garbage');
  });

  it('refuses to write a malformed run', () => {
    const storage = new MemoryStorage();
    const saved = createRunStore(storage).save({ ...run, log: [42 as unknown as string] });
    expect(saved.ok).toBe(false);
    expect(storage.getItem(RUN_KEY)).toBeNull();
  });
});
