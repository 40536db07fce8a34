import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';

// The report is not part of the repository (it is not ours to republish); the studio keeps it
// beside the checkout. Where it is present, every quote must be found in it word for word.
const REPORT = resolve(import.meta.dirname, '../../../shared/source/article.txt');
const normalize = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

const quotes = [
  ...story.chapters.flatMap((chapter) =>
    chapter.passages.flatMap((passage) =>
      passage.provenance.kind === 'alleged' && passage.provenance.quote
        ? [{ where: passage.id, quote: passage.provenance.quote }]
        : [],
    ),
  ),
  ...story.meta.facts.flatMap((fact) => (fact.quote ? [{ where: fact.id, quote: fact.quote }] : [])),
];

describe('quotes from the report', () => {
  it('are short phrases, not passages', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const { where, quote } of quotes) expect(quote.split(/\s+/).length, where).toBeLessThanOrEqual(8);
  });

  it.runIf(existsSync(REPORT))('appear word for word in the report', () => {
    const report = normalize(readFileSync(REPORT, 'utf8'));
    const missing = quotes.filter(({ quote }) => !report.includes(normalize(quote)));
    expect(missing).toEqual([]);
  });
});
