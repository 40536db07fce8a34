/**
 * What the player is told when a run is loaded from its steps (a saved case, a route link) and
 * the story no longer fits all of them, or a link waits for "replace the saved case?". Pure.
 */
import { findPassage } from '../story/engine';
import type { PageSeen } from '../story/progress';
import type { DerivedRun } from '../story/run';
import { describeStepError } from '../story/run';
import type { Story } from '../story/types';
import { dayOf } from './lists/when';

export function joinNotices(...parts: ReadonlyArray<string | null | undefined>): string | null {
  const shown = parts.filter((part): part is string => typeof part === 'string' && part.length > 0);
  return shown.length > 0 ? shown.join(' ') : null;
}

function steps(count: number): string {
  return count === 1 ? '1 step' : `${count} steps`;
}

export function sameRoute(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** A saved case resumed: told when the story's version changed, and where a step stopped fitting. */
export function resumeNotice(derived: DerivedRun, savedVersion: number, storyVersion: number): string | null {
  const changed =
    savedVersion === storyVersion
      ? null
      : `This case was saved with version ${savedVersion} of the story, which is now at version ${storyVersion}.`;
  if (derived.failedAt === undefined) return changed && `${changed} Every step still fits.`;
  return joinNotices(
    changed ?? 'The story has changed since this case was saved.',
    `It resumes at step ${derived.failedAt + 1}.`,
    derived.error ? describeStepError(derived.error) : null,
  );
}

/** A route link replayed: nothing to say unless a step no longer fits. */
export function routeNotice(derived: DerivedRun, total: number): string | null {
  if (derived.failedAt === undefined) return null;
  return joinNotices(
    `This route link no longer fits the story: it opens after ${derived.failedAt} of its ${steps(total)}, the last that fit.`,
    derived.error ? describeStepError(derived.error) : null,
  );
}

/** A route link waiting for the answer to "replace the saved case?". */
export function routeWaitingNotice(total: number): string {
  return `The address holds a route link of ${steps(total)}: a new case from it opens where the route ends.`;
}

/** The branch map's jump: which case reached the page, and whether its route still fits. */
export function jumpNotice(story: Story, derived: DerivedRun, seen: PageSeen): string {
  const passage = findPassage(story, derived.run.state.passage);
  const title = passage ? `\u201c${passage.title}\u201d` : 'this page';
  const when = dayOf(seen.lastAt);
  return joinNotices(
    `Reopened at ${title} as it stood in case ${seen.case}, on ${when}. Every other door is open to try.`,
    derived.failedAt === undefined ? null : routeNotice(derived, seen.route.length),
  ) as string;
}
