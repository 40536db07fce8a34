/**
 * What exploration sees of conditional text: for every reachable passage, which variants of
 * its text some state shows and some state hides, and which text fields some state shows
 * empty. Kept apart from explore.ts, which only calls `see` for each distinct state.
 */
import { fullText, resolveText, type TextFacts } from './text';
import { type TextField, type TextVariant, textSites, textVariants, variantShown } from './text-sites';
import type { Passage } from './types';

/** One variant of a reachable passage's text, and whether reachable states show it. */
export interface TextReach {
  readonly passage: string;
  readonly variant: TextVariant;
  /** Some reachable state at the passage shows it. */
  readonly everShown: boolean;
  /** Some reachable state at the passage does not. */
  readonly everHidden: boolean;
}

/** A conditional text field that some reachable state shows empty (a blank page, an unnamed button). */
export interface BlankText {
  readonly passage: string;
  readonly field: TextField;
}

interface Watched {
  readonly variants: readonly TextVariant[];
  readonly shown: boolean[];
  readonly hidden: boolean[];
  /** The fields that can vary, and whether one was seen blank. */
  readonly fields: readonly { readonly field: TextField; readonly text: Passage['body']; blank: boolean }[];
}

export interface TextWatch {
  /** Note what this state, at this passage, shows. */
  see(passage: Passage, facts: TextFacts): void;
  /** In the order passages were first seen. */
  results(): { texts: TextReach[]; blank: BlankText[] };
}

export function watchText(): TextWatch {
  const watched = new Map<string, Watched>();
  return {
    see(passage, facts) {
      let seen = watched.get(passage.id);
      if (!seen) {
        const variants = textVariants(passage);
        // Text that can never show anything is validation's (empty-text) without exploring.
        const fields = textSites(passage)
          .filter((site) => typeof site.text !== 'string' && fullText(site.text).trim() !== '')
          .map((site) => ({ ...site, blank: false }));
        seen = { variants, shown: variants.map(() => false), hidden: variants.map(() => false), fields };
        watched.set(passage.id, seen);
      }
      const { shown, hidden } = seen;
      seen.variants.forEach((variant, i) => {
        if (variantShown(variant, facts)) shown[i] = true;
        else hidden[i] = true;
      });
      for (const field of seen.fields) {
        if (!field.blank && resolveText(field.text, facts).trim() === '') field.blank = true;
      }
    },
    results() {
      const texts: TextReach[] = [];
      const blank: BlankText[] = [];
      for (const [passage, { variants, shown, hidden, fields }] of watched) {
        variants.forEach((variant, i) => {
          texts.push({ passage, variant, everShown: shown[i] === true, everHidden: hidden[i] === true });
        });
        for (const { field, blank: isBlank } of fields) if (isBlank) blank.push({ passage, field });
      }
      return { texts, blank };
    },
  };
}
