import { describe, expect, it } from 'vitest';
import {
  applyStep,
  beginRun,
  choiceStep,
  choicesOf,
  deriveRun,
  describeStepError,
  type Run,
  type RunState,
  startRun,
  stepBack,
} from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { walkChoices } from './helpers';

const steps = (...ids: string[]) => ids.map(choiceStep);

const walk = (ids: readonly string[]): RunState => walkChoices(exampleStory, ids);

/** A run built by applying steps one at a time. */
function applied(ids: readonly string[]): Run {
  let run = beginRun(exampleStory);
  for (const id of ids) {
    const result = applyStep(exampleStory, run, choiceStep(id));
    if (!result.ok) throw new Error(describeStepError(result.error));
    run = result.run;
  }
  return run;
}

describe('a run as a list of steps', () => {
  it('begins with no steps, on the start passage, with the start as its only document', () => {
    expect(beginRun(exampleStory)).toEqual({ steps: [], state: startRun(exampleStory), path: ['offer-letter'] });
  });

  it('applies one step: one more step, the state the engine gives, one more document', () => {
    const before = applied(['accept']);
    const result = applyStep(exampleStory, before, choiceStep('take-envelope'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.run.steps).toEqual(steps('accept', 'take-envelope'));
    expect(result.run.state).toEqual(walk(['accept', 'take-envelope']));
    expect(result.run.path).toEqual(['offer-letter', 'offer-meeting', 'offer-meeting']);
    // The run it was applied to is untouched.
    expect(before.steps).toEqual(steps('accept'));
    expect(before.path).toEqual(['offer-letter', 'offer-meeting']);
  });

  it('refuses a step that does not fit, with the typed error and the run unchanged', () => {
    const before = applied(['accept']);
    const result = applyStep(exampleStory, before, choiceStep('run'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('locked');
    expect(before.steps).toHaveLength(1);
    const unknown = applyStep(exampleStory, before, choiceStep('vanished'));
    expect(!unknown.ok && unknown.error.kind).toBe('unknown-choice');
  });

  it('derives from its steps the same run that taking them one by one builds', () => {
    const ids = ['accept', 'take-envelope', 'report', 'keep-quiet'];
    expect(deriveRun(exampleStory, steps(...ids))).toEqual({ run: applied(ids) });
    expect(deriveRun(exampleStory, steps(...ids)).run.state).toEqual(walk(ids));
  });

  it('derives up to the first step that no longer fits, and says which and why', () => {
    const result = deriveRun(exampleStory, steps('accept', 'run', 'report'));
    expect(result.failedAt).toBe(1);
    expect(result.error?.kind).toBe('locked');
    expect(result.run).toEqual(applied(['accept']));
    expect(deriveRun(exampleStory, steps('vanished')).failedAt).toBe(0);
    expect(deriveRun(exampleStory, steps('vanished')).run).toEqual(beginRun(exampleStory));
  });

  it('lists the documents of the file: every passage entered, loops included, in order', () => {
    expect(applied(['accept', 'take-envelope', 'run']).path).toEqual([
      'offer-letter',
      'offer-meeting',
      'offer-meeting',
      'case-ran',
    ]);
  });

  it('steps back to a shorter list, never before the start', () => {
    const run = applied(['accept', 'take-envelope', 'report']);
    expect(stepBack(exampleStory, run)).toEqual(applied(['accept', 'take-envelope']));
    expect(stepBack(exampleStory, run, 2)).toEqual(applied(['accept']));
    expect(stepBack(exampleStory, run, 10)).toEqual(beginRun(exampleStory));
  });

  it('gives the choice ids of its steps', () => {
    expect(choicesOf(applied(['accept', 'report']).steps)).toEqual(['accept', 'report']);
  });
});
