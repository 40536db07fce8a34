/**
 * The story model: plain data that can be typed in TypeScript or loaded from JSON.
 * Nothing here may import Phaser or touch the DOM; the engine runs in Node.
 */

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

/**
 * Every document in the file is invented; what differs is whether it stages the source's claims.
 * A dramatization stages the facts it cites (the page carries the source's own words for them);
 * an invented page stages none.
 */
export type Provenance =
  | { readonly kind: 'dramatization'; readonly facts: readonly string[] }
  | { readonly kind: 'invented'; readonly note?: string };

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

/** A piece of text shown only when its condition holds. */
export interface ConditionalText {
  readonly when: Condition;
  readonly text: string;
}

/** One of a set of alternatives; the last may leave out `when` ("otherwise"). */
export interface TextAlternative {
  readonly when?: Condition;
  readonly text: string;
}

/** Alternatives: the first whose condition holds is shown, and none when none holds. */
export interface TextAlternatives {
  readonly first: readonly TextAlternative[];
}

export type TextPart = string | ConditionalText | TextAlternatives;

/**
 * Text that may read the run's state: a plain string, or parts joined exactly as written (put
 * the space, line break or blank line that separates a part inside the part). Conditions are
 * the same data as choices'; `resolveText` (text.ts) gives what a state shows.
 */
export type StoryText = string | readonly TextPart[];

/**
 * `T` is the type of the text fields: `StoryText` as written, `string` once resolved for a
 * state (`ShownPassage`, text.ts). The same shape, so the game and the tools share it.
 */
export interface Choice<PassageId extends string = string, T extends StoryText = StoryText> {
  /** Unique within its passage; saves and route links store these ids. */
  readonly id: string;
  readonly label: T;
  readonly to: PassageId;
  /** The choice is offered only when this holds; otherwise it is shown locked. */
  readonly when?: Condition;
  /** Shown to the player beside a locked choice, in the story's own voice. */
  readonly lockedHint?: string;
  readonly effects?: readonly Effect[];
}

export interface Ending<T extends StoryText = StoryText> {
  readonly id: string;
  readonly title: T;
  /** Stamped on the closed file, in capitals, a few words. */
  readonly verdict: string;
  readonly summary: T;
}

/** An object clipped to the file when the passage is entered (a photo, a receipt, a key). */
export interface Exhibit {
  readonly id: string;
  readonly label: string;
}

export interface Passage<PassageId extends string = string, T extends StoryText = StoryText> {
  readonly id: PassageId;
  readonly chapter: string;
  readonly kind: DocumentKind;
  readonly title: string;
  /** As it would be written on the document: "14 September 2015". */
  readonly date?: string;
  readonly place?: string;
  /**
   * Paragraphs separated by blank lines. Redacted spans are written [[like this]]:
   * the game draws them as black bars and screen readers hear "redacted". May vary with the
   * state (`StoryText`).
   */
  readonly body: T;
  /**
   * When the page is dated, sortable: "2015", "2015-03" or "2015-03-09". A path never goes back
   * in time (story:check), unless the page is marked as a flashback.
   */
  readonly sortDate?: string;
  /** The page looks back to an earlier time on purpose: the timeline check lets it. */
  readonly flashback?: boolean;
  readonly provenance: Provenance;
  readonly choices: readonly Choice<PassageId, T>[];
  /** A passage with an ending closes the file; it has no choices. */
  readonly ending?: Ending<T>;
  readonly exhibit?: Exhibit;
}

export interface Chapter<PassageId extends string = string> {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Year or span the chapter covers, shown on the chapter divider. */
  readonly period: string;
  /** The ambient bed that plays under the chapter, by name; silence when absent or unknown. */
  readonly ambience?: string;
  readonly passages: readonly Passage<PassageId>[];
}

/** One claim of the source that passages dramatize and cite by id. */
export interface Fact {
  readonly id: string;
  /** The claim in the story's own words, as the source relays it. */
  readonly summary: string;
  /** The claimant's own words for it, as the source quotes them (in its quotation marks). */
  readonly quote?: string;
  /**
   * The source's own words for it, copied exactly: the sentence or sentences that report it, each
   * an excerpt of the source. Clipped to every page that stages it; a test checks each against
   * the source, word for word.
   */
  readonly report?: readonly string[];
  /** Where in the source it stands, for a reader who wants to check: "report, paragraph 8". */
  readonly where: string;
}

/** The source the story rests on, and who makes the claims it relays. */
export interface Source {
  /** Who published it: "CNN". */
  readonly outlet: string;
  readonly headline: string;
  /** Who makes the claims, in full and in the short form a stamp can carry. */
  readonly claimant: string;
  readonly claimantShort: string;
  /** What the other side said, or that it did not comment. */
  readonly response: string;
}

/** A named fact the file keeps on record once its condition holds in the run. */
export interface RecordLine {
  /** The heading it is listed under ("Money", "What he took", "Who knows"), in first-seen order. */
  readonly section: string;
  /** The line as the file keeps it, in the file's voice. */
  readonly text: string;
  readonly when: Condition;
}

/**
 * A line on the closed file's cover: a variable, shown the way the story says (money in its
 * currency and unit, a reading on a scale, a plain number, or yes and no in words).
 */
export type SummaryRow = { readonly label: string; readonly variable: string } & (
  | { readonly show: 'money'; readonly currency: string; readonly unit: number }
  | { readonly show: 'scale'; readonly max: number }
  | { readonly show: 'number' }
  | { readonly show: 'yes-no'; readonly yes: string; readonly no: string }
);

/**
 * What is specific to this story and not to any passage: the file it fills, whom it is
 * about, what it rests on and how it says so. The game's screens read these; the engine
 * and the game's code know no story of their own.
 */
export interface StoryMeta {
  /** Printed on the folder's tab and on every document: "MSS/2024-0417". */
  readonly caseNumber: string;
  readonly subject: {
    /** The person the player decides as, as the file names them. */
    readonly name: string;
    /** Handwritten on the cover. */
    readonly byline: string;
    /** The name as travel documents print it ("WANG / MR"); the name in capitals when absent. */
    readonly passenger?: string;
    /** Senders of messages printed on the subject's side of a phone printout. */
    readonly senders: readonly string[];
  };
  /** One line under the title: what kind of thing this is. */
  readonly tagline: string;
  /** Handwritten on the cover, under the byline: what the player does. */
  readonly coverNote: string;
  /** The statement on the title screen: what the story rests on and what it invents. */
  readonly statement: string;
  readonly source: Source;
  /** The claims passages cite, in the order the source makes them. */
  readonly facts: readonly Fact[];
  /** What the closed file's cover lists, after the documents and exhibits. */
  readonly fileSummary: readonly SummaryRow[];
  /**
   * What the file keeps on record as the case grows, shown while the player reads: named facts
   * the player's choices put there ("Took the work laptop to London"), each under its section,
   * kept once its condition holds.
   */
  readonly record: readonly RecordLine[];
  /** For the Sources view: what a reader can check, what not, and what the story invents. */
  readonly notes: {
    readonly verifiable: readonly string[];
    readonly unverifiable: readonly string[];
    readonly invented: readonly string[];
  };
}

export interface Story<PassageId extends string = string> {
  readonly id: string;
  readonly title: string;
  /** Bumped when passages or choices change in a way that affects saves. */
  readonly version: number;
  readonly start: PassageId;
  readonly meta: StoryMeta;
  readonly variables: Readonly<Record<string, VariableDeclaration>>;
  readonly chapters: readonly Chapter<PassageId>[];
}

/** What conditions can read at one moment of a run: immutable, and plain JSON. */
export interface RunState {
  readonly passage: string;
  readonly variables: Readonly<Record<string, Value>>;
  readonly visits: Readonly<Record<string, number>>;
}

/**
 * One step of a run, as saves keep it: a choice taken, or an author's move in author mode (a
 * variable set to a value, a jump to any passage), which are steps so that they survive a
 * reload and show in the history like any other. Route links carry only the choices.
 */
export type Step =
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'set'; readonly variable: string; readonly value: Value }
  | { readonly kind: 'jump'; readonly passage: string };

/** A run is the list of its steps from the start; the rest is derived from them. */
export interface Run {
  readonly steps: readonly Step[];
  /** The state after the last step. */
  readonly state: RunState;
  /** The passage the run started on and the one each step arrived at: the file's documents. */
  readonly path: readonly string[];
}
