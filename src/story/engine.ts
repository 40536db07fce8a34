/**
 * The story engine: pure, deterministic functions from a story and a state to a new state.
 * States are immutable plain objects, so they serialize to JSON and compare structurally.
 */
import { applyEffects, holds, own, whyNot } from './conditions';
import { type ShownChoice, showChoice } from './text';
import type { Passage, RunState, Story, Value } from './types';

export interface StoryIndex {
  readonly passages: ReadonlyMap<string, Passage>;
  readonly chapterOf: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Story, StoryIndex>();

/** Passages by id, built once per story object. */
export function indexStory(story: Story): StoryIndex {
  const cached = indexes.get(story);
  if (cached) return cached;
  const passages = new Map<string, Passage>();
  const chapterOf = new Map<string, number>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      if (!passages.has(passage.id)) passages.set(passage.id, passage);
      chapterOf.set(passage.id, chapter.number);
    }
  }
  const index = { passages, chapterOf };
  indexes.set(story, index);
  return index;
}

export function findPassage(story: Story, id: string): Passage | undefined {
  return indexStory(story).passages.get(id);
}

/** The passage a state stands on; throws only if the state does not belong to the story. */
export function currentPassage(story: Story, state: RunState): Passage {
  const passage = findPassage(story, state.passage);
  if (!passage) throw new Error(`The run stands on "${state.passage}", which this story has no passage for.`);
  return passage;
}

export function initialVariables(story: Story): Record<string, Value> {
  const variables: Record<string, Value> = {};
  for (const [name, declaration] of Object.entries(story.variables)) variables[name] = declaration.initial;
  return variables;
}

export function startRun(story: Story): RunState {
  return { passage: story.start, variables: initialVariables(story), visits: { [story.start]: 1 } };
}

export interface ChoiceView {
  /** The choice with its label as this state shows it. */
  readonly choice: ShownChoice;
  /** 1-based position among all choices shown, locked ones included. */
  readonly number: number;
  readonly available: boolean;
  /**
   * Why a locked choice is locked, in the story's words (its lockedHint): what players and
   * screen readers are told. Empty when the choice is open or the author gave no hint.
   */
  readonly lockedReasons: readonly string[];
  /** The conditions that fail, as rules ("needs doubt at least 5"): for authors' tools, never for players. */
  readonly failingRules: readonly string[];
}

/** Every choice of the current passage as this state shows it, each available or locked with its reasons. */
export function listChoices(story: Story, state: RunState): ChoiceView[] {
  return currentPassage(story, state).choices.map((choice, index) => {
    const failing = choice.when ? whyNot(choice.when, state) : [];
    const reasons = failing.length > 0 && choice.lockedHint ? [choice.lockedHint] : [];
    return {
      choice: showChoice(choice, state),
      number: index + 1,
      available: failing.length === 0,
      lockedReasons: reasons,
      failingRules: failing,
    };
  });
}

export function availableChoices(story: Story, state: RunState): ShownChoice[] {
  return listChoices(story, state)
    .filter((view) => view.available)
    .map((view) => view.choice);
}

export function isEnded(story: Story, state: RunState): boolean {
  return currentPassage(story, state).ending !== undefined;
}

export type ChoiceError =
  | { readonly kind: 'unknown-choice'; readonly choiceId: string; readonly passage: string }
  | {
      readonly kind: 'locked';
      readonly choiceId: string;
      readonly passage: string;
      readonly reasons: readonly string[];
    }
  | { readonly kind: 'missing-target'; readonly choiceId: string; readonly passage: string; readonly target: string };

export type ChoiceResult =
  | { readonly ok: true; readonly state: RunState }
  | { readonly ok: false; readonly error: ChoiceError };

export function describeChoiceError(error: ChoiceError): string {
  switch (error.kind) {
    case 'unknown-choice':
      return `Passage "${error.passage}" has no choice "${error.choiceId}".`;
    case 'locked':
      return `Choice "${error.choiceId}" in "${error.passage}" is locked: ${error.reasons.join('; ')}.`;
    case 'missing-target':
      return `Choice "${error.choiceId}" in "${error.passage}" leads to "${error.target}", which does not exist.`;
  }
}

/** Take a choice: the new state, or a typed error if the choice is not available here. */
export function choose(story: Story, state: RunState, choiceId: string): ChoiceResult {
  const passage = currentPassage(story, state);
  const choice = passage.choices.find((c) => c.id === choiceId);
  if (!choice) return { ok: false, error: { kind: 'unknown-choice', choiceId, passage: passage.id } };
  if (choice.when && !holds(choice.when, state)) {
    return { ok: false, error: { kind: 'locked', choiceId, passage: passage.id, reasons: whyNot(choice.when, state) } };
  }
  if (!findPassage(story, choice.to)) {
    return { ok: false, error: { kind: 'missing-target', choiceId, passage: passage.id, target: choice.to } };
  }
  return {
    ok: true,
    state: {
      passage: choice.to,
      variables: applyEffects(state.variables, choice.effects ?? []),
      visits: { ...state.visits, [choice.to]: (own(state.visits, choice.to) ?? 0) + 1 },
    },
  };
}
