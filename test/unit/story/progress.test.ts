import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../../src/content/routes';
import { story } from '../../../src/content/story';
import {
  applyStep,
  availableChoices,
  beginRun,
  choiceStep,
  choicesOf,
  deriveRun,
  findPassage,
  type Run,
  type Story,
} from '../../../src/story';
import {
  choiceKey,
  completion,
  emptyProgress,
  hasSeenPage,
  isNewChoice,
  noteRun,
  openCase,
  type Progress,
  routeToPage,
  seenBeforeCase,
} from '../../../src/story/progress';
import { mulberry32 } from '../../../src/story/random';
import { choice, ending, passage, story as testStory } from './helpers';

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-02T10:00:00.000Z';
const T3 = '2026-01-03T10:00:00.000Z';

/** The run made of these choices; fails the test if one does not fit. */
function runOf(choices: readonly string[], on: Story = story): Run {
  const derived = deriveRun(on, choices.map(choiceStep));
  expect(derived.failedAt).toBeUndefined();
  return derived.run;
}

/** A seeded random walk through the real story, taking only choices that are open. */
function walk(seed: number, maxSteps: number): Run {
  const random = mulberry32(seed);
  let run = beginRun(story);
  for (let i = 0; i < maxSteps; i++) {
    const open = availableChoices(story, run.state);
    const picked = open[Math.floor(random() * open.length)];
    if (!picked) break;
    const next = applyStep(story, run, choiceStep(picked.id));
    if (!next.ok) throw new Error('an open choice did not fit');
    run = next.run;
  }
  return run;
}

const fresh = () => openCase(emptyProgress(story.id));
const alleged = runOf(ALLEGED_ROUTE);
const endingId = alleged.state.passage;

describe('openCase', () => {
  it('numbers cases from 1 and counts them', () => {
    const first = openCase(emptyProgress(story.id));
    expect(first.caseNumber).toBe(1);
    const second = openCase(first.progress);
    expect(second.caseNumber).toBe(2);
    expect(second.progress.cases).toBe(2);
    expect(emptyProgress(story.id).cases).toBe(0);
  });
});

describe('noteRun', () => {
  it('notes every page on the path and every choice taken, on the passage it was taken on', () => {
    const { progress, caseNumber } = fresh();
    const run = runOf(ALLEGED_ROUTE.slice(0, 5));
    const noted = noteRun(progress, story, run, caseNumber, T1);
    expect(Object.keys(noted.pages).sort()).toEqual([...new Set(run.path)].sort());
    for (const id of run.path) expect(hasSeenPage(noted, id)).toBe(true);
    expect(hasSeenPage(noted, endingId)).toBe(false);
    ALLEGED_ROUTE.slice(0, 5).forEach((choiceId, index) => {
      expect(isNewChoice(noted, run.path[index]!, choiceId)).toBe(false);
    });
    expect(Object.keys(noted.choices)).toHaveLength(5);
    // The start offers more than the choice taken: the others are still new.
    const start = findPassage(story, story.start)!;
    const untaken = start.choices.filter((c) => c.id !== ALLEGED_ROUTE[0]);
    expect(untaken.length).toBeGreaterThan(0);
    for (const c of untaken) expect(isNewChoice(noted, story.start, c.id)).toBe(true);
    expect(noted.endings).toEqual({});
  });

  it('gives every page a route that leads back to it', () => {
    const { progress, caseNumber } = fresh();
    const noted = noteRun(progress, story, alleged, caseNumber, T1);
    for (const id of alleged.path) {
      const found = routeToPage(noted, id);
      expect(found?.caseNumber).toBe(1);
      expect(runOf(found!.route).state.passage).toBe(id);
    }
    expect(routeToPage(noted, story.start)?.route).toEqual([]);
    expect(routeToPage(noted, 'no-such-page')).toBeNull();
  });

  it('notes the ending the run closes on, with its route', () => {
    const { progress, caseNumber } = fresh();
    const noted = noteRun(progress, story, alleged, caseNumber, T1);
    expect(findPassage(story, endingId)?.ending).toBeDefined();
    expect(noted.endings).toEqual({ [endingId]: { firstAt: T1, route: [...ALLEGED_ROUTE] } });
    expect(runOf(noted.endings[endingId]!.route).state.passage).toBe(endingId);
    // Found again in a later case: still found first then, by that route.
    const next = openCase(noted);
    const again = noteRun(next.progress, story, alleged, next.caseNumber, T2);
    expect(again.endings[endingId]).toEqual({ firstAt: T1, route: [...ALLEGED_ROUTE] });
  });

  it('keeps when and in which case a page was first reached, and moves its latest reach to the new run', () => {
    const viaFully = runOf(['describe-post-fully']);
    const viaInterview = deriveRun(story, [choiceStep('describe-post-vaguely')]).run;
    const next = availableChoices(story, viaInterview.state).find((c) => c.to === 'exchange-approval');
    expect(next).toBeDefined();
    const viaVaguely = runOf(['describe-post-vaguely', next!.id]);
    expect(viaFully.state.passage).toBe('exchange-approval');
    expect(viaVaguely.state.passage).toBe('exchange-approval');

    const one = fresh();
    const first = noteRun(one.progress, story, viaFully, one.caseNumber, T1);
    const two = openCase(first);
    const second = noteRun(two.progress, story, viaVaguely, two.caseNumber, T2);
    expect(second.pages['exchange-approval']).toEqual({
      firstAt: T1,
      firstCase: 1,
      lastAt: T2,
      case: 2,
      route: ['describe-post-vaguely', next!.id],
    });
    expect(second.pages[story.start]).toMatchObject({ firstAt: T1, firstCase: 1, lastAt: T2, case: 2, route: [] });
    // A page only the first run reached keeps that run's route.
    expect(routeToPage(second, 'exchange-interview')).toEqual({ route: ['describe-post-vaguely'], caseNumber: 2 });

    // A step back and another branch in the same case: the page now reopens by the newer route.
    const third = noteRun(second, story, viaFully, two.caseNumber, T3);
    expect(third.pages['exchange-approval']).toMatchObject({ firstAt: T1, lastAt: T3, case: 2 });
    expect(routeToPage(third, 'exchange-approval')?.route).toEqual(['describe-post-fully']);

    // A run of an earlier case does not take the place of a later one.
    const older = noteRun(second, story, viaFully, 1, T3);
    expect(routeToPage(older, 'exchange-approval')).toEqual({
      route: ['describe-post-vaguely', next!.id],
      caseNumber: 2,
    });
  });

  it('returns the very same object when the run shows nothing new', () => {
    const { progress, caseNumber } = fresh();
    const noted = noteRun(progress, story, alleged, caseNumber, T1);
    expect(noted).not.toBe(progress);
    expect(noteRun(noted, story, alleged, caseNumber, T1)).toBe(noted);
    // Later, or only part of the same run: still nothing new to save.
    expect(noteRun(noted, story, alleged, caseNumber, T2)).toBe(noted);
    expect(noteRun(noted, story, runOf(ALLEGED_ROUTE.slice(0, 10)), caseNumber, T2)).toBe(noted);
    // One more step is something new.
    const short = noteRun(progress, story, runOf(ALLEGED_ROUTE.slice(0, 3)), caseNumber, T1);
    expect(noteRun(short, story, runOf(ALLEGED_ROUTE.slice(0, 4)), caseNumber, T2)).not.toBe(short);
  });

  it('does not change the progress it is given', () => {
    const { progress, caseNumber } = fresh();
    const before = JSON.stringify(progress);
    noteRun(progress, story, alleged, caseNumber, T1);
    expect(JSON.stringify(progress)).toBe(before);
  });

  it('tells apart choices with the same id on different passages', () => {
    const small = testStory([
      passage('a', [choice('go', 'b')]),
      passage('b', [choice('go', 'c')]),
      ending('c'),
    ]) as Story;
    const noted = noteRun(emptyProgress(small.id), small, runOf(['go'], small), 1, T1);
    expect(isNewChoice(noted, 'a', 'go')).toBe(false);
    expect(isNewChoice(noted, 'b', 'go')).toBe(true);
    expect(Object.keys(noted.choices)).toEqual([choiceKey('a', 'go')]);
  });

  it('reopens a page a run came back to by its first arrival, and keeps it as the run grows', () => {
    const looped = testStory([
      passage('desk', [choice('open', 'file')]),
      passage('file', [choice('back', 'desk'), choice('close', 'shut')]),
      ending('shut'),
    ]) as Story;
    const twice = runOf(['open', 'back', 'open'], looped);
    const noted = noteRun(emptyProgress(looped.id), looped, twice, 1, T1);
    expect(routeToPage(noted, 'file')?.route).toEqual(['open']);
    expect(routeToPage(noted, 'desk')?.route).toEqual([]);
    const closed = noteRun(noted, looped, runOf(['open', 'back', 'open', 'close'], looped), 1, T2);
    expect(closed.pages.file).toBe(noted.pages.file);
    expect(closed.endings.shut?.route).toEqual(['open', 'back', 'open', 'close']);
  });

  it('noting the prefixes of a run, in any order, finds what noting the whole run finds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer(),
        (seed, steps, shuffleSeed) => {
          const run = walk(seed, steps);
          const choices = choicesOf(run.steps);
          const prefixes = choices.map((_, n) => runOf(choices.slice(0, n))).concat(run);
          const random = mulberry32(shuffleSeed);
          const shuffled = prefixes
            .map((prefix) => ({ prefix, order: random() }))
            .sort((a, b) => a.order - b.order)
            .map(({ prefix }) => prefix);
          const { progress, caseNumber } = fresh();
          const whole = noteRun(progress, story, run, caseNumber, T1);
          const piecewise = shuffled.reduce((p, prefix) => noteRun(p, story, prefix, caseNumber, T1), progress);
          expect(piecewise).toEqual(whole);
          expect(new Set(Object.keys(whole.pages))).toEqual(new Set(run.path));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('seenBeforeCase', () => {
  it('counts a page as seen only from the case after the one that first reached it', () => {
    const one = fresh();
    const first = noteRun(one.progress, story, runOf(ALLEGED_ROUTE.slice(0, 2)), one.caseNumber, T1);
    const two = openCase(first);
    const second = noteRun(two.progress, story, runOf(ALLEGED_ROUTE.slice(0, 4)), two.caseNumber, T2);
    const early = alleged.path[1]!;
    const late = alleged.path[4]!;
    expect(seenBeforeCase(second, early, 1)).toBe(false);
    expect(seenBeforeCase(second, early, 2)).toBe(true);
    expect(seenBeforeCase(second, late, 2)).toBe(false);
    expect(seenBeforeCase(second, late, 3)).toBe(true);
    expect(seenBeforeCase(second, endingId, 3)).toBe(false);
  });
});

describe('completion', () => {
  it('counts what was found against the whole story', () => {
    const empty = completion(emptyProgress(story.id), story);
    expect(empty).toEqual({
      pages: { seen: 0, total: 97 },
      choices: { taken: 0, total: 184 },
      endings: { found: 0, total: 11 },
      percent: 0,
    });
    const { progress, caseNumber } = fresh();
    const found = completion(noteRun(progress, story, alleged, caseNumber, T1), story);
    expect(found.pages).toEqual({ seen: new Set(alleged.path).size, total: 97 });
    expect(found.choices).toEqual({ taken: ALLEGED_ROUTE.length, total: 184 });
    expect(found.endings).toEqual({ found: 1, total: 11 });
    const sum = found.pages.seen + found.choices.taken + found.endings.found;
    expect(found.percent).toBe(Math.floor((sum * 100) / (97 + 184 + 11)));
    expect(found.percent).toBeGreaterThan(0);
  });

  it('reaches 100 only when every page, choice and ending is found', () => {
    const all = everything(story);
    expect(completion(all, story).percent).toBe(100);
    const { [choiceKey(story.start, findPassage(story, story.start)!.choices[0]!.id)]: _gone, ...fewer } = all.choices;
    expect(completion({ ...all, choices: fewer }, story).percent).toBe(99);
  });

  it('does not count ids the story no longer has, and loses none of them', () => {
    const { progress, caseNumber } = fresh();
    const noted = noteRun(progress, story, alleged, caseNumber, T1);
    const seen = { firstAt: T1, firstCase: 1, lastAt: T1, case: 1, route: [] };
    const withGone: Progress = {
      ...noted,
      pages: { ...noted.pages, 'page-cut-long-ago': seen },
      choices: { ...noted.choices, [choiceKey(story.start, 'cut-choice')]: { firstAt: T1 } },
      endings: { ...noted.endings, 'page-cut-long-ago': { firstAt: T1, route: [] } },
    };
    expect(completion(withGone, story)).toEqual(completion(noted, story));

    // The story drops a page the player saw: it no longer counts, but it is still in the progress.
    const dropped = alleged.path[3]!;
    const shorter: Story = {
      ...story,
      chapters: story.chapters.map((ch) => ({ ...ch, passages: ch.passages.filter((p) => p.id !== dropped) })),
    };
    const counted = completion(noted, shorter);
    expect(counted.pages).toEqual({ seen: new Set(alleged.path).size - 1, total: 96 });
    expect(counted.choices.taken).toBe(ALLEGED_ROUTE.length - 1);
    expect(hasSeenPage(noted, dropped)).toBe(true);
  });
});

/** A progress that has found everything in a story. */
function everything(on: Story): Progress {
  const pages: Record<string, Progress['pages'][string]> = {};
  const choices: Record<string, { firstAt: string }> = {};
  const endings: Record<string, Progress['endings'][string]> = {};
  for (const chapter of on.chapters) {
    for (const p of chapter.passages) {
      pages[p.id] = { firstAt: T1, firstCase: 1, lastAt: T1, case: 1, route: [] };
      for (const c of p.choices) choices[choiceKey(p.id, c.id)] = { firstAt: T1 };
      if (p.ending) endings[p.id] = { firstAt: T1, route: [] };
    }
  }
  return { storyId: on.id, cases: 1, pages, choices, endings };
}
