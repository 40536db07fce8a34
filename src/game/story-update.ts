/**
 * A new version of the story while the game runs (a chapter file saved under `npm start`): is it
 * sound enough to play, and where does the run stand on it? The run is re-derived from its
 * steps: when every step still fits, the page re-renders in place; when one no longer fits (its
 * choice is gone, or locked, or its page was removed), the run goes back to the last step that
 * fits and the player is told. A story with errors is not taken: its problems are listed over the
 * game (dev/story-problems.ts) until a fixed version arrives. Pure.
 */
import { deriveRun, describeStepError } from '../story/run';
import type { Run, Story } from '../story/types';
import { type Problem, validateStory } from '../story/validate';

/** Enough states for every rule a broken file breaks to be certain, in a fraction of a second. */
export const LIVE_CHECK_STATES = 20_000;

export type StoryUpdate =
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | { readonly kind: 'taken'; readonly run: Run | null; readonly notice: string | null };

export function storyUpdate(next: Story, run: Run | null, maxStates = LIVE_CHECK_STATES): StoryUpdate {
  const problems = validateStory(next, { maxStates }).filter((problem) => problem.severity === 'error');
  if (problems.length > 0) return { kind: 'refused', problems };
  if (!run) return { kind: 'taken', run: null, notice: null };
  const derived = deriveRun(next, run.steps);
  if (derived.failedAt === undefined) return { kind: 'taken', run: derived.run, notice: null };
  const kept = derived.failedAt;
  const reason = derived.error ? ` ${describeStepError(derived.error)}` : '';
  return {
    kind: 'taken',
    run: derived.run,
    notice: `The story changed: step ${kept + 1} of this case no longer fits, so it is back after step ${kept}, the last that fits.${reason}`,
  };
}
