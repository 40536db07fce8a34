/**
 * Words the screens derive from a story's data rather than write themselves: the span of
 * years its chapters cover, how many chapters there are, the range of its facts. Pure, so that
 * every story reads right (and tests can say so).
 */
import type { Story } from '../story/types';

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "eight", or the figure past twelve, as house style writes counts in prose. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** Every four-digit year named in the chapters' periods, in story order. */
function years(story: Pick<Story, 'chapters'>): number[] {
  return story.chapters.flatMap((chapter) => [...chapter.period.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1])));
}

/** "2015–2024", "1998", or "" when no period names a year. */
export function yearSpan(story: Pick<Story, 'chapters'>): string {
  const all = years(story);
  if (all.length === 0) return '';
  const first = Math.min(...all);
  const last = Math.max(...all);
  return first === last ? String(first) : `${first}\u2013${last}`;
}

/** The first year the story opens in, or "". */
export function firstYear(story: Pick<Story, 'chapters'>): string {
  const all = years(story);
  return all.length > 0 ? String(Math.min(...all)) : '';
}

/** "A case file in eight chapters · 2015–2024". */
export function chaptersLine(story: Pick<Story, 'chapters'>): string {
  const count = story.chapters.length;
  const span = yearSpan(story);
  const chapters = `${countWord(count)} chapter${count === 1 ? '' : 's'}`;
  return `A case file in ${chapters}${span ? `  \u00b7  ${span}` : ''}`;
}

/** "F1–F13" (first to last fact), "G1" for one, "" for none. */
export function factRange(story: Pick<Story, 'meta'>): string {
  const facts = story.meta.facts;
  const first = facts[0];
  const last = facts.at(-1);
  if (!first || !last) return '';
  return first === last ? first.id : `${first.id}\u2013${last.id}`;
}

/** "3 of 11", beside Endings on the title, once one is found; nothing before. */
export function endingsFound(story: Pick<Story, 'chapters'>, found: number): string {
  if (found === 0) return '';
  const total = story.chapters.flatMap((chapter) => chapter.passages).filter((passage) => passage.ending).length;
  return `${found} of ${total}`;
}
