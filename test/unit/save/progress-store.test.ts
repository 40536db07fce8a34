import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../../src/content/routes';
import { story } from '../../../src/content/story';
import {
  createProgressStore,
  PROGRESS_FORMAT,
  progressCorruptPrefix,
  progressKey,
} from '../../../src/save/local-progress-store';
import { createRunStore, runKey } from '../../../src/save/local-run-store';
import type { SavedRun } from '../../../src/save/ports';
import { choiceStep, deriveRun } from '../../../src/story';
import { emptyProgress, noteRun, openCase, type Progress } from '../../../src/story/progress';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

const STORY = story.id;
const now = () => new Date('2026-11-26T06:07:08.009Z');
const KEY = progressKey(STORY);
const keptKey = `${progressCorruptPrefix(STORY)}2026-11-26T06-07-08-009Z`;
const store = (storage: Storage | null) => createProgressStore(storage, { storyId: STORY, now });

/** Real progress: one case that followed the alleged route to its end. */
function played(): Progress {
  const { progress, caseNumber } = openCase(emptyProgress(STORY));
  const { run } = deriveRun(story, ALLEGED_ROUTE.map(choiceStep));
  return noteRun(progress, story, run, caseNumber, '2026-11-26T05:00:00.000Z');
}

const savedRun: SavedRun = {
  storyId: STORY,
  storyVersion: story.version,
  steps: ALLEGED_ROUTE.slice(0, 3).map(choiceStep),
  savedAt: '2026-11-26T05:00:00.000Z',
};

describe('progress store', () => {
  it('saves and loads what was found, under its story and apart from the run', () => {
    const storage = new MemoryStorage();
    const progress = played();
    const found = store(storage);
    expect(found.load()).toEqual({ kind: 'none' });
    expect(found.save(progress)).toEqual({ ok: true });
    expect(KEY).toBe(`the-consultant/stories/${STORY}/progress`);
    expect(KEY).not.toBe(runKey(STORY));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ format: PROGRESS_FORMAT, progress });
    expect(store(storage).load()).toEqual({ kind: 'ok', progress });
    expect(storage.getItem(runKey(STORY))).toBeNull();
    found.clear();
    expect(found.load()).toEqual({ kind: 'none' });
  });

  it('keeps corrupt JSON aside, says so in plain words, and leaves the saved case alone', () => {
    const storage = new MemoryStorage();
    expect(createRunStore(storage, { storyId: STORY, now }).save(savedRun)).toEqual({ ok: true });
    const runRaw = storage.getItem(runKey(STORY));
    storage.setItem(KEY, '{"format":1,"progress":{"pag');
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.message).toMatch(/^What you have found so far could not be read \(.+\); it was kept aside as /);
    expect(loaded.message).toContain(keptKey);
    expect(loaded.message).toContain('Your saved case is untouched.');
    expect(storage.getItem(keptKey)).toBe('{"format":1,"progress":{"pag');
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.getItem(runKey(STORY))).toBe(runRaw);
    expect(createRunStore(storage, { storyId: STORY, now }).load()).toEqual({ kind: 'ok', run: savedRun });
    // Nothing left to trip over next time.
    expect(store(storage).load()).toEqual({ kind: 'none' });
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['a bare progress without its format', JSON.stringify(played())],
    ['pages that are not pages', JSON.stringify({ format: 1, progress: { ...played(), pages: { a: 1 } } })],
    [
      'a case number below 1',
      JSON.stringify({
        format: 1,
        progress: { ...played(), pages: { a: { firstAt: 'x', firstCase: 0, lastAt: 'x', case: 0, route: [] } } },
      }),
    ],
    [
      'a key that is no id',
      JSON.stringify({ format: 1, progress: { ...played(), endings: { '': { firstAt: 'x', route: [] } } } }),
    ],
    [
      'a route of numbers',
      JSON.stringify({ format: 1, progress: { ...played(), endings: { a: { firstAt: 'x', route: [1] } } } }),
    ],
  ])('keeps progress of the wrong shape aside (%s)', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind === 'corrupt') expect(loaded.message).toContain('not in the expected shape');
    expect(storage.getItem(keptKey)).toBe(raw);
  });

  it('keeps progress that names another story aside, and never touches that story’s own', () => {
    const storage = new MemoryStorage();
    const other = createProgressStore(storage, { storyId: 'another-story', now });
    const theirs = { ...emptyProgress('another-story'), cases: 4 };
    expect(other.save(theirs)).toEqual({ ok: true });
    const theirRaw = storage.getItem(progressKey('another-story'));

    const misplaced = JSON.stringify({ format: 1, progress: theirs });
    storage.setItem(KEY, misplaced);
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind === 'corrupt') expect(loaded.message).toContain('"another-story"');
    expect(storage.getItem(keptKey)).toBe(misplaced);

    expect(store(storage).save(played())).toEqual({ ok: true });
    store(storage).clear();
    expect(storage.getItem(progressKey('another-story'))).toBe(theirRaw);
    expect(other.load()).toEqual({ kind: 'ok', progress: theirs });
  });

  it('refuses to save another story’s progress, or malformed progress, under this one', () => {
    const storage = new MemoryStorage();
    expect(store(storage).save(emptyProgress('another-story'))).toMatchObject({ ok: false });
    expect(store(storage).save({ ...played(), cases: -1 })).toMatchObject({ ok: false });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps progress from a newer format aside with a message that says so', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: PROGRESS_FORMAT + 1, progress: played(), extra: true });
    storage.setItem(KEY, raw);
    const loaded = store(storage).load();
    expect(loaded).toMatchObject({ kind: 'corrupt', keptAs: keptKey });
    if (loaded.kind === 'corrupt') expect(loaded.message).toContain('newer version');
    expect(storage.getItem(keptKey)).toBe(raw);
  });

  it('does not overwrite an earlier kept-aside copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(keptKey, 'older');
    storage.setItem(KEY, 'not json');
    expect(store(storage).load()).toMatchObject({ kind: 'corrupt', keptAs: `${keptKey}-2` });
    expect(storage.getItem(keptKey)).toBe('older');
  });

  it('reports a full storage on save without throwing', () => {
    const saved = store(new FullStorage(0)).save(played());
    expect(saved).toEqual({ ok: false, message: expect.stringMatching(/^Your progress could not be saved: .*full/) });
  });

  it('leaves unreadable progress in place, and says so, when storage is too full to copy it aside', () => {
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

  it('stays playable with no storage at all', () => {
    const found = store(null);
    expect(found.load()).toEqual({ kind: 'none' });
    const saved = found.save(played());
    expect(saved).toEqual({
      ok: false,
      message: expect.stringMatching(/does not let the game keep anything.*will not be saved/),
    });
    expect(() => found.clear()).not.toThrow();
  });

  it('stays playable when every storage call throws', () => {
    const found = store(new ThrowingStorage());
    const loaded = found.load();
    expect(loaded).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/refused/) });
    expect(found.save(played())).toMatchObject({ ok: false });
    expect(() => found.clear()).not.toThrow();
  });
});
