/**
 * Conditional text resolved: what a passage, its choices and its ending say in one state of a
 * run. Pure, like the engine; the controller resolves once per page, so the canvas, the
 * accessible layer, read-aloud and the tools all read the same strings. Also the helpers for
 * code that reads the story as written, without a state (tests over every passage, the graph).
 */
import { holds } from './conditions';
import type { Choice, Ending, Passage, RunState, StoryText, TextPart } from './types';

/** A passage as a state shows it: every text field a plain string. */
export type ShownPassage = Passage<string, string>;
export type ShownChoice = Choice<string, string>;
export type ShownEnding = Ending<string>;

/** What text conditions read: the same as choices' conditions. */
export type TextFacts = Pick<RunState, 'variables' | 'visits'>;

/** The string one part shows in a state: itself, its text if its condition holds, or the first alternative that holds. */
function resolvePart(part: TextPart, facts: TextFacts): string {
  if (typeof part === 'string') return part;
  if ('first' in part) {
    const chosen = part.first.find((alternative) => !alternative.when || holds(alternative.when, facts));
    return chosen?.text ?? '';
  }
  return holds(part.when, facts) ? part.text : '';
}

/** The text a state shows: the parts that hold, joined exactly as written. */
export function resolveText(text: StoryText, facts: TextFacts): string {
  if (typeof text === 'string') return text;
  let out = '';
  for (const part of text) out += resolvePart(part, facts);
  return out;
}

/** True when the text has a part that depends on the state. */
export function isConditional(text: StoryText): boolean {
  return typeof text !== 'string' && text.some((part) => typeof part !== 'string');
}

function shownEnding(ending: Ending, show: (text: StoryText) => string): ShownEnding {
  return { ...ending, title: show(ending.title), summary: show(ending.summary) };
}

function shown(passage: Passage, show: (text: StoryText) => string): ShownPassage {
  const { ending, ...rest } = passage;
  return {
    ...rest,
    body: show(passage.body),
    choices: passage.choices.map((choice) => ({ ...choice, label: show(choice.label) })),
    ...(ending ? { ending: shownEnding(ending, show) } : {}),
  };
}

/** A passage's body, choice labels and ending as a state shows them. */
export function showPassage(passage: Passage, facts: TextFacts): ShownPassage {
  return shown(passage, (text) => resolveText(text, facts));
}

/** One choice as a state shows it. */
export function showChoice(choice: Choice, facts: TextFacts): ShownChoice {
  return { ...choice, label: resolveText(choice.label, facts) };
}

/** Every string a text can show, in the order written (each alternative on its own). */
export function textPieces(text: StoryText): string[] {
  if (typeof text === 'string') return [text];
  return text.flatMap((part) => {
    if (typeof part === 'string') return [part];
    if ('first' in part) return part.first.map((alternative) => alternative.text);
    return [part.text];
  });
}

/**
 * Everything a text can show at once, every part and every alternative in: for tests and tools
 * that read the story as written (words counted, a drawing of every passage, a quote search).
 * Not a page any state shows.
 */
export function fullText(text: StoryText): string {
  return textPieces(text).join('');
}

/** A passage with every text field at its `fullText`: for tests that lay out every passage. */
export function passageWithAllText(passage: Passage): ShownPassage {
  return shown(passage, fullText);
}

/**
 * The text for an author reading without a state (the story graph): as written, with a
 * conditional part in braces and alternatives side by side, "{a / b}".
 */
export function describeText(text: StoryText): string {
  if (typeof text === 'string') return text;
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('first' in part) return `{${part.first.map((alternative) => alternative.text.trim()).join(' / ')}}`;
      return `{${part.text.trim()}}`;
    })
    .join('');
}
