/**
 * What a player has found across all their cases of one story: pages read, choices taken,
 * endings reached. It outlives any one run (a new case or a step back must not forget what was
 * found), so it is kept apart from saves, and it is plain JSON the stores can validate.
 * Pages remember the latest route that reached them, so a seen page can be reopened by deriving
 * that route again. Everything here is pure: the caller decides when to note and when to save.
 */
import { findPassage } from './engine';
import { choicesOf, deriveRun } from './run';
import type { Run, Story } from './types';

export interface PageSeen {
  /** ISO time the page was first reached. */
  readonly firstAt: string;
  /** The case number (1-based) that first reached it. */
  readonly firstCase: number;
  /** ISO time it was most recently reached by a new route or in a new case. */
  readonly lastAt: string;
  /** The case number of the most recent run that reached it. */
  readonly case: number;
  /** That run's choice ids from the start up to arriving here. */
  readonly route: readonly string[];
}

export interface EndingFound {
  readonly firstAt: string;
  /** The route that first reached the ending. */
  readonly route: readonly string[];
}

export interface Progress {
  readonly storyId: string;
  /** How many cases were opened so far. */
  readonly cases: number;
  /** By passage id. */
  readonly pages: Readonly<Record<string, PageSeen>>;
  /** By `choiceKey(passageId, choiceId)`: choice ids are unique only within their passage. */
  readonly choices: Readonly<Record<string, { readonly firstAt: string }>>;
  /** By the passage id of the ending passage. */
  readonly endings: Readonly<Record<string, EndingFound>>;
}

export function emptyProgress(storyId: string): Progress {
  return { storyId, cases: 0, pages: {}, choices: {}, endings: {} };
}

/** Story ids never contain `>`, so the key names one choice of one passage and nothing else. */
export function choiceKey(passageId: string, choiceId: string): string {
  return `${passageId}>${choiceId}`;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function sameRoute(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** A new case was opened: returns the progress with cases+1 and that new case's number. */
export function openCase(progress: Progress): { progress: Progress; caseNumber: number } {
  const caseNumber = progress.cases + 1;
  return { progress: { ...progress, cases: caseNumber }, caseNumber };
}

/**
 * Note everything a run shows: each page on its path, each choice taken and the ending it stands
 * on, if any. Idempotent, and the same object comes back when nothing changed, so a caller can
 * note after every step and save only when something is new.
 *
 * A page keeps its first arrival in this run (noting a run as it grows never moves a route),
 * and a run of an earlier case never overwrites the route of a later one.
 */
export function noteRun(progress: Progress, story: Story, whole: Run, caseNumber: number, at: string): Progress {
  // Only play counts: from an author's first move on (author mode), nothing is noted.
  const authored = whole.steps.findIndex((step) => step.kind !== 'choice');
  const run = authored < 0 ? whole : deriveRun(story, whole.steps.slice(0, authored)).run;
  const route = choicesOf(run.steps);
  let pages: Record<string, PageSeen> | undefined;
  let choices: Record<string, { readonly firstAt: string }> | undefined;
  let endings: Record<string, EndingFound> | undefined;

  const arrived = new Set<string>();
  run.path.forEach((passageId, index) => {
    if (arrived.has(passageId)) return;
    arrived.add(passageId);
    const routeHere = route.slice(0, index);
    const seen = own(pages ?? progress.pages, passageId);
    if (seen && (seen.case > caseNumber || (seen.case === caseNumber && sameRoute(seen.route, routeHere)))) return;
    pages ??= { ...progress.pages };
    pages[passageId] = seen
      ? { ...seen, lastAt: at, case: caseNumber, route: routeHere }
      : { firstAt: at, firstCase: caseNumber, lastAt: at, case: caseNumber, route: routeHere };
  });

  run.steps.forEach((step, index) => {
    const takenOn = run.path[index];
    if (step.kind !== 'choice' || takenOn === undefined) return;
    const key = choiceKey(takenOn, step.choice);
    if (own(choices ?? progress.choices, key)) return;
    choices ??= { ...progress.choices };
    choices[key] = { firstAt: at };
  });

  const standsOn = run.state.passage;
  if (findPassage(story, standsOn)?.ending && !own(progress.endings, standsOn)) {
    endings = { ...progress.endings, [standsOn]: { firstAt: at, route } };
  }

  const cases = Math.max(progress.cases, caseNumber);
  if (!pages && !choices && !endings && cases === progress.cases) return progress;
  return {
    ...progress,
    cases,
    pages: pages ?? progress.pages,
    choices: choices ?? progress.choices,
    endings: endings ?? progress.endings,
  };
}

export function hasSeenPage(progress: Progress, passageId: string): boolean {
  return own(progress.pages, passageId) !== undefined;
}

/** Seen in an earlier case than `caseNumber` (for the "skip seen text" setting). */
export function seenBeforeCase(progress: Progress, passageId: string, caseNumber: number): boolean {
  const seen = own(progress.pages, passageId);
  return seen !== undefined && seen.firstCase < caseNumber;
}

export function isNewChoice(progress: Progress, passageId: string, choiceId: string): boolean {
  return own(progress.choices, choiceKey(passageId, choiceId)) === undefined;
}

export interface Completion {
  pages: { seen: number; total: number };
  choices: { taken: number; total: number };
  endings: { found: number; total: number };
  /** 0..100, whole, over pages, choices and endings together; floored, so 100 only when all are found. */
  percent: number;
}

/**
 * Counts only ids that are still in the story: a story that changed loses none of the
 * progress, but an id that is gone does not count.
 */
export function completion(progress: Progress, story: Story): Completion {
  const pageIds = new Set<string>();
  const choiceKeys = new Set<string>();
  const endingIds = new Set<string>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      pageIds.add(passage.id);
      for (const choice of passage.choices) choiceKeys.add(choiceKey(passage.id, choice.id));
      if (passage.ending) endingIds.add(passage.id);
    }
  }
  const counted = (ids: Set<string>, record: Readonly<Record<string, unknown>>) =>
    [...ids].filter((id) => own(record, id) !== undefined).length;
  const pages = { seen: counted(pageIds, progress.pages), total: pageIds.size };
  const choices = { taken: counted(choiceKeys, progress.choices), total: choiceKeys.size };
  const endings = { found: counted(endingIds, progress.endings), total: endingIds.size };
  const found = pages.seen + choices.taken + endings.found;
  const total = pages.total + choices.total + endings.total;
  const percent = total === 0 ? 100 : Math.floor((found * 100) / total);
  return { pages, choices, endings, percent };
}

/** Where to reopen a seen page: the most recent route that reached it and its case, or null when never seen. */
export function routeToPage(
  progress: Progress,
  passageId: string,
): { route: readonly string[]; caseNumber: number } | null {
  const seen = own(progress.pages, passageId);
  return seen ? { route: seen.route, caseNumber: seen.case } : null;
}
