/**
 * The author's steps (author mode): set a variable to a value, or open any passage. Each gives
 * the new state or says why it does not fit this story (a variable it does not declare, a value
 * of the wrong type, a passage it does not have). Pure, like the rest of the engine.
 */
import { findPassage } from './engine';
import type { RunState, Story, Value } from './types';

export type AuthorStepError =
  | { readonly kind: 'unknown-variable'; readonly variable: string }
  | { readonly kind: 'wrong-type'; readonly variable: string; readonly expected: 'number' | 'boolean' }
  | { readonly kind: 'unknown-passage'; readonly passage: string };

export type AuthorStepResult =
  | { readonly ok: true; readonly state: RunState }
  | { readonly ok: false; readonly error: AuthorStepError };

export function setVariable(story: Story, state: RunState, variable: string, value: Value): AuthorStepResult {
  const declared = Object.hasOwn(story.variables, variable) ? story.variables[variable] : undefined;
  if (!declared) return { ok: false, error: { kind: 'unknown-variable', variable } };
  if (typeof value !== declared.type || (typeof value === 'number' && !Number.isFinite(value))) {
    return { ok: false, error: { kind: 'wrong-type', variable, expected: declared.type } };
  }
  return { ok: true, state: { ...state, variables: { ...state.variables, [variable]: value } } };
}

/** Open a passage as if a choice had led there: it is counted as visited once more. */
export function jumpTo(story: Story, state: RunState, passage: string): AuthorStepResult {
  if (!findPassage(story, passage)) return { ok: false, error: { kind: 'unknown-passage', passage } };
  return {
    ok: true,
    state: { ...state, passage, visits: { ...state.visits, [passage]: (state.visits[passage] ?? 0) + 1 } },
  };
}

export function describeAuthorStepError(error: AuthorStepError): string {
  switch (error.kind) {
    case 'unknown-variable':
      return `The story has no variable "${error.variable}".`;
    case 'wrong-type':
      return `The variable "${error.variable}" holds a ${error.expected}.`;
    case 'unknown-passage':
      return `The story has no passage "${error.passage}".`;
  }
}
