/**
 * The validator's rules, each with its severity and what it guards against, the shape of a
 * problem, and the words every check uses to describe a story back to its author.
 */
import type { Choice, Value, VariableDeclaration } from './types';

export type Severity = 'error' | 'warning';

/** Every rule, its severity, and what it guards against (the format guide lists these). */
export const RULES = {
  'duplicate-chapter-id': ['error', 'Two chapters share an id.'],
  'duplicate-chapter-number': ['error', 'Two chapters share a number.'],
  'duplicate-passage-id': ['error', 'Two passages share an id.'],
  'duplicate-choice-id': ['error', 'Two choices in one passage share an id.'],
  'duplicate-ending-id': ['error', 'Two endings share an id.'],
  'missing-start': ['error', 'The start passage does not exist.'],
  'missing-link': ['error', 'A choice leads to a passage that does not exist.'],
  'unknown-chapter': ['error', 'A passage names a chapter that does not exist.'],
  'chapter-mismatch': ['error', 'A passage names a different chapter from the one it sits in.'],
  'unreachable-passage': ['error', 'No playthrough reaches a passage.'],
  'unreachable-ending': ['error', 'No playthrough reaches an ending.'],
  'dead-end': ['error', 'A playthrough can stop at a passage with no available choice and no ending.'],
  'no-way-out': ['error', 'A playthrough can reach a passage from which no choices lead to an ending.'],
  'ending-with-choices': ['error', 'A passage has both an ending and choices.'],
  'choice-never-available': ['error', 'A choice is locked in every playthrough that reaches it.'],
  'impossible-comparison': ['error', 'A condition compares a variable in a way that can never make sense.'],
  'undeclared-variable': ['error', 'A condition or effect names a variable the story does not declare.'],
  'missing-visits-passage': ['error', 'A condition counts visits to a passage that does not exist.'],
  'effect-type': ['error', 'An effect gives a variable a value of the wrong type.'],
  'empty-text': ['error', 'A title, body, label or ending text is empty.'],
  'interchangeable-choices': ['error', 'Two choices in one passage lead to the same place with the same effects.'],
  'unknown-fact': ['error', 'A passage cites a fact the story does not declare.'],
  'duplicate-fact-id': ['error', 'Two facts share an id.'],
  'dramatization-without-facts': ['error', 'A passage marked as a dramatization cites no facts.'],
  'lock-without-hint': [
    'warning',
    'A choice that can be locked gives no hint: players are told it is locked, not why.',
  ],
  'fact-never-cited': ['warning', 'A fact the story declares is cited by no passage.'],
  'unknown-ambience': ['warning', 'A chapter names an ambient bed the game does not have.'],
  'summary-variable': ['error', 'A row of the closed file shows a variable that is undeclared or of the wrong type.'],
  'variable-never-written': ['warning', 'A variable is read by conditions but no effect changes it.'],
  'variable-never-read': ['warning', 'A variable is changed by effects but no condition reads it.'],
  'unused-variable': ['warning', 'A variable is declared but never read or changed.'],
  'text-never-shown': ['warning', 'A piece of conditional text is shown in no playthrough.'],
  'text-always-shown': [
    'warning',
    'A piece of conditional text is shown in every playthrough that reaches it, so it need not be conditional.',
  ],
  'record-never-shown': ['warning', 'A line of the record is kept in no playthrough.'],
  'record-always-shown': [
    'warning',
    'A line of the record is kept from the start in every playthrough, so it records no choice.',
  ],
  'inert-choice': ['warning', 'Two choices lead to the same page and differ only in what nothing from there on shows.'],
  'time-goes-back': [
    'warning',
    'A choice leads from a dated page to an earlier one that is not marked as a flashback.',
  ],
  'missing-sort-date': ['warning', 'A page has no sortable date while the story dates others.'],
  'exploration-incomplete': ['warning', 'Exploration stopped at its bound; some reachability questions stay open.'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  readonly severity: Severity;
  /** The passage the problem is in, when there is one. */
  readonly passage?: string;
  readonly message: string;
  readonly rule: RuleId;
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function showValue(value: Value): string {
  return String(value);
}

export function typeWord(declaration: VariableDeclaration): string {
  return declaration.type === 'boolean' ? 'yes/no (boolean)' : 'number';
}

export function choiceName(choice: Choice): string {
  return `Choice ${quote(choice.id)}`;
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export type Report = (rule: RuleId, message: string, passage?: string, severity?: Severity) => void;
