/**
 * Where a passage holds text that may vary, and each piece of it that a condition decides (a
 * variant): what validation checks like choice conditions, what exploration keys states by
 * and watches, and what the story check reports as never or always shown.
 */
import { holds } from './conditions';
import type { Condition, Passage, StoryText } from './types';

/** A text-bearing field of a passage. */
export type TextField =
  | { readonly kind: 'body' }
  | { readonly kind: 'label'; readonly choice: string; readonly index: number }
  | { readonly kind: 'ending-title' }
  | { readonly kind: 'ending-summary' };

export interface TextSite {
  readonly field: TextField;
  readonly text: StoryText;
}

/** Every text field of a passage that may read the state, in the order the page shows them. */
export function textSites(passage: Passage): TextSite[] {
  const sites: TextSite[] = [{ field: { kind: 'body' }, text: passage.body }];
  passage.choices.forEach((choice, index) => {
    sites.push({ field: { kind: 'label', choice: choice.id, index }, text: choice.label });
  });
  if (passage.ending) {
    sites.push({ field: { kind: 'ending-title' }, text: passage.ending.title });
    sites.push({ field: { kind: 'ending-summary' }, text: passage.ending.summary });
  }
  return sites;
}

/** The field as a message names it: "the body", `the label of choice "x"`. */
export function describeField(field: TextField): string {
  switch (field.kind) {
    case 'body':
      return 'the body';
    case 'label':
      return `the label of choice ${JSON.stringify(field.choice)}`;
    case 'ending-title':
      return "the ending's title";
    case 'ending-summary':
      return "the ending's summary";
  }
}

/** One piece of text a condition decides: a conditional part, or one of a part's alternatives. */
export interface TextVariant {
  readonly field: TextField;
  /** Position of the part in the field, from 0. */
  readonly part: number;
  /** Position among the part's alternatives, from 0; absent for a plain conditional part. */
  readonly alternative?: number;
  /** Its own condition; absent for an "otherwise" alternative. */
  readonly when?: Condition;
  /** The conditions of the alternatives before it, all of which must fail for it to show. */
  readonly before: readonly Condition[];
  readonly text: string;
}

/** Every variant of a passage's text, in the order written. */
export function textVariants(passage: Passage): TextVariant[] {
  const variants: TextVariant[] = [];
  for (const { field, text } of textSites(passage)) {
    if (typeof text === 'string') continue;
    text.forEach((part, index) => {
      if (typeof part === 'string') return;
      if (!('first' in part)) {
        variants.push({ field, part: index, when: part.when, before: [], text: part.text });
        return;
      }
      const before: Condition[] = [];
      part.first.forEach((alternative, at) => {
        variants.push({
          field,
          part: index,
          alternative: at,
          ...(alternative.when ? { when: alternative.when } : {}),
          before: [...before],
          text: alternative.text,
        });
        // An alternative without a condition always holds: nothing after it can show.
        before.push(alternative.when ?? { all: [] });
      });
    });
  }
  return variants;
}

/** True when the variant is what its part shows in this state. */
export function variantShown(variant: TextVariant, facts: Parameters<typeof holds>[1]): boolean {
  if (variant.before.some((condition) => holds(condition, facts))) return false;
  return variant.when === undefined || holds(variant.when, facts);
}

/** Every condition a passage's text reads, with the field it sits in. */
export function forEachTextCondition(passage: Passage, visit: (condition: Condition, field: TextField) => void): void {
  for (const variant of textVariants(passage)) if (variant.when) visit(variant.when, variant.field);
}

/** A variant as a message names it: `The text "He kept the laptop..." (the body, part 2, alternative 1)`. */
export function describeVariant(variant: TextVariant): string {
  const snippet = variant.text.trim().replace(/\s+/g, ' ');
  const shown = snippet.length > 40 ? `${snippet.slice(0, 40)}...` : snippet;
  const alternative = variant.alternative === undefined ? '' : `, alternative ${variant.alternative + 1}`;
  return `The text ${JSON.stringify(shown)} (${describeField(variant.field)}, part ${variant.part + 1}${alternative})`;
}
