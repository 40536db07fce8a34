/**
 * The history of a run and the endings gallery, as a player reads them: the history lists the
 * pages in the order they were read, each with the choice taken on it as its label read then,
 * and reopening an entry gives that very page; the gallery shows each ending found with its
 * verdict and words as the run that found it read them, and points each locked one at a
 * chapter where a door toward it was seen and not opened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../../src/content/routes';
import { story as realStory } from '../../../src/content/story';
import {
  applyStep,
  availableChoices,
  beginRun,
  choiceStep,
  choicesOf,
  deriveRun,
  findPassage,
  type Passage,
  type Run,
  type Story,
} from '../../../src/story';
import { galleryOf } from '../../../src/story/gallery';
import { historyOf } from '../../../src/story/history';
import { choiceKey, emptyProgress, noteRun, openCase, type Progress } from '../../../src/story/progress';
import { mulberry32 } from '../../../src/story/random';
import { exampleStory } from '../../fixtures/example-story';

const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-03-02T09:00:00.000Z';

/** The run these choices make; the test fails if one does not fit. */
function runOf(subject: Story, choices: readonly string[]): Run {
  const derived = deriveRun(subject, choices.map(choiceStep));
  expect(derived.failedAt, `route ${choices.join('.')} stops at ${derived.failedAt}`).toBeUndefined();
  return derived.run;
}

/** A random walk through open choices, as a player clicking at random would make. */
function walk(subject: Story, seed: number, maxSteps: number): Run {
  const random = mulberry32(seed);
  let run = beginRun(subject);
  for (let i = 0; i < maxSteps; i++) {
    const open = availableChoices(subject, run.state);
    const picked = open[Math.floor(random() * open.length)];
    if (!picked) break;
    const next = applyStep(subject, run, choiceStep(picked.id));
    if (!next.ok) throw new Error('an open choice did not fit');
    run = next.run;
  }
  return run;
}

/** Progress after playing these runs as cases 1, 2, ... in order. */
function played(subject: Story, runs: readonly Run[], at = T1): Progress {
  return runs.reduce((progress, run) => {
    const opened = openCase(progress);
    return noteRun(opened.progress, subject, run, opened.caseNumber, at);
  }, emptyProgress(subject.id));
}

const passagesOf = (subject: Story): Passage[] => subject.chapters.flatMap((chapter) => chapter.passages);

/** Every passage from which the ending can be reached along choices (conditions ignored), itself included. */
function reachesEnding(subject: Story, ending: string): Set<string> {
  const reach = new Set([ending]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const passage of passagesOf(subject)) {
      if (!reach.has(passage.id) && passage.choices.some((choice) => reach.has(choice.to))) {
        reach.add(passage.id);
        grew = true;
      }
    }
  }
  return reach;
}

/** The route from the start to the first page of chapter 3 (found once by a search of the real story). */
const TO_CONSULTING = [
  'describe-post-fully',
  'accept-the-place',
  'leave-the-card',
  'pack-work-laptop',
  'accept-the-lift',
  'let-him-pay',
  'decline-invitation',
  'decline-for-good',
  'keep-the-number',
  'open-the-message',
];

describe('historyOf', () => {
  it('lists the pages in the order read, each with the choice taken on it, the last with none', () => {
    const run = runOf(exampleStory, ['accept', 'take-envelope', 'report', 'confess-all']);
    const history = historyOf(exampleStory, run);
    expect(history.map((entry) => [entry.passage, entry.choice])).toEqual([
      ['offer-letter', 'Take the work'],
      ['offer-meeting', 'Take another envelope'],
      ['offer-meeting', 'Report the approach'],
      ['case-report', 'Hand over the money too'],
      ['case-cleared', null],
    ]);
    expect(history.map((entry) => entry.title)).toEqual([
      'A message from an old classmate',
      'A receipt from a hotel bar',
      'A receipt from a hotel bar',
      'Interview note',
      'Case closed',
    ]);
    expect(history.map((entry) => entry.chapter)).toEqual([
      { number: 1, title: 'The Offer' },
      { number: 1, title: 'The Offer' },
      { number: 1, title: 'The Offer' },
      { number: 2, title: 'The Case' },
      { number: 2, title: 'The Case' },
    ]);
    expect(history.map((entry) => entry.steps)).toEqual([0, 1, 2, 3, 4]);
  });

  it('is one entry, with no choice, on the first page of a new case', () => {
    expect(historyOf(exampleStory, beginRun(exampleStory))).toEqual([
      {
        steps: 0,
        passage: 'offer-letter',
        title: 'A message from an old classmate',
        chapter: { number: 1, title: 'The Offer' },
        choice: null,
      },
    ]);
  });

  it('gives the label a choice had when it was taken, which the state of the run decides', () => {
    // The same choice reads "two thousand" only after he named that price.
    const named = historyOf(
      realStory,
      runOf(realStory, [...TO_CONSULTING, 'ignore-it', 'name-a-price', 'accept-the-rate']),
    );
    const plain = historyOf(realStory, runOf(realStory, [...TO_CONSULTING, 'agree-to-meet', 'accept-the-rate']));
    const atCoffee = (history: ReturnType<typeof historyOf>) =>
      history.find((entry) => entry.passage === 'consulting-coffee')?.choice;
    expect(atCoffee(named)).toBe('Shake hands on two thousand');
    expect(atCoffee(plain)).toBe('Shake hands on the rate');
    expect(named.at(-1)).toMatchObject({ passage: 'consulting-first-invoice', choice: null });
  });

  it('on the alleged route, follows the run page by page to the ending it stands on', () => {
    const run = runOf(realStory, ALLEGED_ROUTE);
    const history = historyOf(realStory, run);
    expect(history.map((entry) => entry.passage)).toEqual(run.path);
    expect(history.at(-1)?.passage).toBe(run.state.passage);
    expect(findPassage(realStory, run.state.passage)?.ending).toBeDefined();
  });

  it('for any run of the real story: one entry per page, the steps counts reopen each page', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), (seed, maxSteps) => {
        const run = walk(realStory, seed, maxSteps);
        const history = historyOf(realStory, run);
        expect(history).toHaveLength(run.steps.length + 1);
        expect(history.map((entry) => entry.passage)).toEqual(run.path);
        history.forEach((entry, index) => {
          expect(entry.steps).toBe(index);
          const reopened = deriveRun(realStory, run.steps.slice(0, entry.steps));
          expect(reopened.failedAt).toBeUndefined();
          expect(reopened.run.state.passage).toBe(entry.passage);
          const passage = findPassage(realStory, entry.passage);
          expect(entry.title).toBe(passage?.title);
          const chapter = realStory.chapters.find((c) => c.id === passage?.chapter);
          expect(entry.chapter).toEqual({ number: chapter?.number, title: chapter?.title });
          const isLast = index === history.length - 1;
          if (isLast) expect(entry.choice).toBeNull();
          else expect(typeof entry.choice === 'string' && entry.choice.length > 0).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * The example story with an ending whose title and closing note depend on the money: the gallery
 * must show them as the run that found the ending read them.
 */
const moneyShows = { var: 'money', op: '>', value: 0 } as const;
const resolvedStory: Story = {
  ...exampleStory,
  chapters: exampleStory.chapters.map((chapter) => ({
    ...chapter,
    passages: chapter.passages.map((passage) =>
      passage.id === 'case-cleared'
        ? {
            ...passage,
            ending: {
              id: 'cleared',
              verdict: 'NO CHARGES',
              title: [{ first: [{ when: moneyShows, text: 'Cleared, Poorer' }, { text: 'Cleared' }] }],
              summary: ['He told them everything', { when: moneyShows, text: ' and handed the money over' }, '.'],
            },
          }
        : passage,
    ),
  })),
};

describe('galleryOf', () => {
  it('lists every ending in the order of the file, found or not', () => {
    const progress = played(exampleStory, [runOf(exampleStory, ['decline'])]);
    const gallery = galleryOf(exampleStory, progress);
    expect(gallery.map((entry) => entry.passage)).toEqual([
      'offer-refused',
      'case-ran',
      'case-cleared',
      'case-arrested',
    ]);
    expect(gallery.map((entry) => entry.found !== null)).toEqual([true, false, false, false]);
  });

  it('shows an ending found with its verdict, its words as that run read them, and when it was first found', () => {
    const withMoney = runOf(resolvedStory, ['accept', 'report', 'confess-all']);
    const without = runOf(resolvedStory, ['report-now', 'nothing-to-hide']);

    const first = played(resolvedStory, [withMoney]);
    const cleared = galleryOf(resolvedStory, first).find((entry) => entry.passage === 'case-cleared');
    expect(cleared?.found).toEqual({
      verdict: 'NO CHARGES',
      title: 'Cleared, Poorer',
      summary: 'He told them everything and handed the money over.',
      firstAt: T1,
      route: ['accept', 'report', 'confess-all'],
    });
    expect(cleared?.branchesOff).toBeNull();

    // Found again later by another road: the gallery keeps the first finding, its words and its day.
    const again = noteRun(openCase(first).progress, resolvedStory, without, 2, T2);
    expect(galleryOf(resolvedStory, again).find((entry) => entry.passage === 'case-cleared')?.found).toMatchObject({
      title: 'Cleared, Poorer',
      firstAt: T1,
    });

    // Found first the other way, it reads the other way.
    const other = played(resolvedStory, [without], T2);
    expect(galleryOf(resolvedStory, other).find((entry) => entry.passage === 'case-cleared')?.found).toMatchObject({
      title: 'Cleared',
      summary: 'He told them everything.',
      firstAt: T2,
    });
  });

  it('shows nothing of an ending only passed through: a page seen is not an ending found', () => {
    // A run still on the way (at the interview) has found no ending.
    const progress = played(exampleStory, [runOf(exampleStory, ['report-now'])]);
    expect(galleryOf(exampleStory, progress).every((entry) => entry.found === null)).toBe(true);
  });

  it('before anything is seen, points every locked ending at the chapter of the first page', () => {
    for (const subject of [exampleStory, realStory]) {
      const startChapter = subject.chapters.find((c) => c.id === findPassage(subject, subject.start)?.chapter);
      const gallery = galleryOf(subject, emptyProgress(subject.id));
      expect(gallery.length).toBeGreaterThan(0);
      for (const entry of gallery) {
        expect(entry.found).toBeNull();
        expect(entry.branchesOff).toEqual({ number: startChapter?.number, title: startChapter?.title });
      }
    }
  });

  it('points a locked ending at the chapter of the seen page whose unopened door leads to it', () => {
    // Refused at once: the way to every other ending leaves from the first letter, in chapter 1.
    const refused = played(exampleStory, [runOf(exampleStory, ['decline'])]);
    for (const entry of galleryOf(exampleStory, refused).filter((e) => !e.found)) {
      expect(entry.branchesOff).toEqual({ number: 1, title: 'The Offer' });
    }
    // Reported at once, and cleared: the arrest is a door left shut at the interview, in chapter 2.
    const cleared = played(exampleStory, [runOf(exampleStory, ['report-now', 'nothing-to-hide'])]);
    const arrested = galleryOf(exampleStory, cleared).find((e) => e.passage === 'case-arrested');
    expect(arrested?.branchesOff).toEqual({ number: 2, title: 'The Case' });
  });

  it('for any cases played in the real story, every locked ending points at a real chapter with a door toward it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ seed: fc.integer(), steps: fc.integer({ min: 0, max: 80 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (cases) => {
          const progress = played(
            realStory,
            cases.map(({ seed, steps }) => walk(realStory, seed, steps)),
          );
          const gallery = galleryOf(realStory, progress);
          expect(gallery).toHaveLength(passagesOf(realStory).filter((p) => p.ending).length);
          for (const entry of gallery) {
            if (entry.found) {
              expect(progress.endings[entry.passage]).toBeDefined();
              expect(entry.branchesOff).toBeNull();
              continue;
            }
            expect(progress.endings[entry.passage]).toBeUndefined();
            const chapter = realStory.chapters.find((c) => c.number === entry.branchesOff?.number);
            expect(chapter, `ending ${entry.passage} points at no chapter`).toBeDefined();
            expect(entry.branchesOff?.title).toBe(chapter?.title);
            const toward = reachesEnding(realStory, entry.passage);
            const doors = (c: NonNullable<typeof chapter>) =>
              c.passages.filter(
                (passage) =>
                  progress.pages[passage.id] !== undefined &&
                  passage.choices.some(
                    (choice) =>
                      toward.has(choice.to) && progress.choices[choiceKey(passage.id, choice.id)] === undefined,
                  ),
              );
            expect(
              doors(chapter as NonNullable<typeof chapter>).length,
              `chapter ${chapter?.number} holds no seen page with a door toward ${entry.passage}`,
            ).toBeGreaterThan(0);
            // Nearest the ending: no later chapter holds such a door.
            for (const later of realStory.chapters.filter((c) => c.number > (chapter?.number ?? 0))) {
              expect(doors(later)).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('counts the endings the run stands on, whatever the route taken to it', () => {
    const run = runOf(realStory, ALLEGED_ROUTE);
    const progress = played(realStory, [run]);
    const found = galleryOf(realStory, progress).filter((entry) => entry.found);
    expect(found.map((entry) => entry.passage)).toEqual([run.state.passage]);
    expect(found[0]?.found?.route).toEqual(choicesOf(run.steps));
    expect(found[0]?.found?.verdict).toBe(findPassage(realStory, run.state.passage)?.ending?.verdict);
  });
});
