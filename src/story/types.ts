/**
 * The story model: plain data that can be typed in TypeScript or loaded from JSON.
 * Nothing here may import Phaser or touch the DOM; the engine runs in Node.
 */

/** The allegations the report relays, by id (see docs and BRIEF). */
export const FACT_IDS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12', 'F13'] as const;
export type FactId = (typeof FACT_IDS)[number];

/** Each passage is one document in the case file. */
export const DOCUMENT_KINDS = [
  'memo',
  'invoice',
  'transcript',
  'travel-record',
  'surveillance-log',
  'message',
  'receipt',
  'interview-note',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Alleged: relays a claim from the report, citing fact ids. Dramatized: invented by the game. */
export type Provenance =
  | { readonly kind: 'alleged'; readonly facts: readonly FactId[]; readonly quote?: string }
  | { readonly kind: 'dramatized'; readonly note?: string };

export type Value = number | boolean;

export type VariableDeclaration =
  | { readonly type: 'number'; readonly initial: number; readonly description: string }
  | { readonly type: 'boolean'; readonly initial: boolean; readonly description: string };

export const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * Conditions are data, never functions, so a story can come from JSON and be analysed.
 * `var` compares a story variable; `visits` compares how often a passage was entered.
 */
export type Condition =
  | { readonly var: string; readonly op: Comparison; readonly value: Value }
  | { readonly visits: string; readonly op: Comparison; readonly value: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export type Effect = { readonly set: string; readonly value: Value } | { readonly add: string; readonly value: number };

export interface Choice<PassageId extends string = string> {
  /** Unique within its passage; saves and route links store these ids. */
  readonly id: string;
  readonly label: string;
  readonly to: PassageId;
  /** The choice is offered only when this holds; otherwise it is shown locked. */
  readonly when?: Condition;
  /** Shown to the player beside a locked choice, in the story's own voice. */
  readonly lockedHint?: string;
  readonly effects?: readonly Effect[];
}

export interface Ending {
  readonly id: string;
  readonly title: string;
  /** Stamped on the closed file, in capitals, a few words. */
  readonly verdict: string;
  readonly summary: string;
}

/** An object clipped to the file when the passage is entered (a photo, a receipt, a key). */
export interface Exhibit {
  readonly id: string;
  readonly label: string;
}

export interface Passage<PassageId extends string = string> {
  readonly id: PassageId;
  readonly chapter: string;
  readonly kind: DocumentKind;
  readonly title: string;
  /** As it would be written on the document: "14 September 2015". */
  readonly date?: string;
  readonly place?: string;
  /**
   * Paragraphs separated by blank lines. Redacted spans are written [[like this]]:
   * the game draws them as black bars and screen readers hear "redacted".
   */
  readonly body: string;
  readonly provenance: Provenance;
  readonly choices: readonly Choice<PassageId>[];
  /** A passage with an ending closes the file; it has no choices. */
  readonly ending?: Ending;
  readonly exhibit?: Exhibit;
}

export interface Chapter<PassageId extends string = string> {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Year or span the chapter covers, shown on the chapter divider. */
  readonly period: string;
  readonly passages: readonly Passage<PassageId>[];
}

export interface Story<PassageId extends string = string> {
  readonly id: string;
  readonly title: string;
  /** Bumped when passages or choices change in a way that affects saves. */
  readonly version: number;
  readonly start: PassageId;
  readonly variables: Readonly<Record<string, VariableDeclaration>>;
  readonly chapters: readonly Chapter<PassageId>[];
}

/** The whole state of a run: immutable, and plain JSON. */
export interface RunState {
  readonly passage: string;
  readonly variables: Readonly<Record<string, Value>>;
  readonly visits: Readonly<Record<string, number>>;
  /** Choice ids taken since the start, in order; replaying them rebuilds this state. */
  readonly log: readonly string[];
}
