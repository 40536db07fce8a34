/**
 * Runs as lists of steps. A run's state, and the documents in its file, are derived from its
 * steps: taking a step applies that one step to the run so far, and loading a saved run (or a
 * route link, or a run after the story changed) derives it from the start, stopping at the
 * first step that no longer fits. A step back is a shorter list.
 */
import { type AuthorStepError, describeAuthorStepError, jumpTo, setVariable } from './author-steps';
import { type ChoiceError, choose, describeChoiceError, startRun } from './engine';
import type { Run, RunState, Step, Story, Value } from './types';

export function choiceStep(choice: string): Step {
  return { kind: 'choice', choice };
}

export function beginRun(story: Story): Run {
  const state = startRun(story);
  return { steps: [], state, path: [state.passage] };
}

/** An author's step (author mode): a variable set to a value. */
export function setStep(variable: string, value: Value): Step {
  return { kind: 'set', variable, value };
}

/** An author's step (author mode): a jump to any passage. */
export function jumpStep(passage: string): Step {
  return { kind: 'jump', passage };
}

export type StepError = ChoiceError | AuthorStepError;

export function describeStepError(error: StepError): string {
  switch (error.kind) {
    case 'unknown-variable':
    case 'wrong-type':
    case 'unknown-passage':
      return describeAuthorStepError(error);
    default:
      return describeChoiceError(error);
  }
}

export type StepResult = { readonly ok: true; readonly run: Run } | { readonly ok: false; readonly error: StepError };

/** Apply one step to a run: the new run, or why the step does not fit here. */
export function applyStep(story: Story, run: Run, step: Step): StepResult {
  const result = stepState(story, run.state, step);
  if (!result.ok) return result;
  // A variable set stays on the page; a choice or a jump adds the page it arrives at to the file.
  const path = step.kind === 'set' ? run.path : [...run.path, result.state.passage];
  return { ok: true, run: { steps: [...run.steps, step], state: result.state, path } };
}

function stepState(
  story: Story,
  state: RunState,
  step: Step,
): { readonly ok: true; readonly state: RunState } | { readonly ok: false; readonly error: StepError } {
  switch (step.kind) {
    case 'choice':
      return choose(story, state, step.choice);
    case 'set':
      return setVariable(story, state, step.variable, step.value);
    case 'jump':
      return jumpTo(story, state, step.passage);
  }
}

export interface DerivedRun {
  /** The run made of every step that fitted, in order. */
  readonly run: Run;
  /** Index of the first step that no longer fits, if any: it and the steps after it are dropped. */
  readonly failedAt?: number;
  readonly error?: StepError;
}

/** Derive a run from its steps, from the start; stops at the first step that does not fit. */
export function deriveRun(story: Story, steps: readonly Step[]): DerivedRun {
  let run = beginRun(story);
  for (let index = 0; index < steps.length; index++) {
    const result = applyStep(story, run, steps[index] as Step);
    if (!result.ok) return { run, failedAt: index, error: result.error };
    run = result.run;
  }
  return { run };
}

/** The run as it was `count` steps ago (never before the start). */
export function stepBack(story: Story, run: Run, count = 1): Run {
  return deriveRun(story, run.steps.slice(0, Math.max(0, run.steps.length - count))).run;
}

/** The choice ids of a run's choice steps, in order. */
export function choicesOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => (step.kind === 'choice' ? [step.choice] : []));
}
