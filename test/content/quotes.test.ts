/**
 * Words presented as the source's are the source's, word for word: every fact's excerpts (the
 * slip clipped to the pages that stage it) and every phrase given as the claimant's own (a
 * fact's quote) are checked against the report, the latter inside the report's quotation marks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';
import { reportSlipFor } from '../../src/story/provenance';

// The report is not part of the repository (it is not ours to republish whole); the studio
// keeps it beside the checkout. Where it is present, every excerpt must be found in it.
const REPORT = resolve(import.meta.dirname, '../../../shared/source/article.txt');
const normalize = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const excerpts = story.meta.facts.flatMap((fact) => (fact.report ?? []).map((words) => ({ fact: fact.id, words })));
const quotes = story.meta.facts.flatMap((fact) => (fact.quote ? [{ fact: fact.id, quote: fact.quote }] : []));

/** The spans the report puts in double quotation marks (the claimant's own words). */
function quotedSpans(report: string): string[] {
  return [...report.matchAll(/“([^”]*)”/g)].map((m) => normalize(m[1] ?? ''));
}

describe("the report's words in the game", () => {
  it('every fact the story stages has the words of the report that tell it', () => {
    const staged = new Set(
      story.chapters.flatMap((chapter) =>
        chapter.passages.flatMap((p) => (p.provenance.kind === 'dramatization' ? p.provenance.facts : [])),
      ),
    );
    for (const id of staged)
      expect(
        excerpts.some((e) => e.fact === id),
        id,
      ).toBe(true);
  });

  it("a dramatized page's slip carries the report's words for each fact it stages", () => {
    for (const passage of story.chapters.flatMap((c) => c.passages)) {
      const slip = reportSlipFor(passage.provenance, story.meta);
      if (passage.provenance.kind === 'invented') expect(slip, passage.id).toBeNull();
      else {
        expect(slip, passage.id).not.toBeNull();
        for (const fact of passage.provenance.facts) expect(slip!.heading, passage.id).toContain(fact);
      }
    }
  });

  it.runIf(existsSync(REPORT))('excerpts appear word for word in the report', () => {
    const report = normalize(readFileSync(REPORT, 'utf8'));
    expect(excerpts.filter(({ words }) => !report.includes(normalize(words)))).toEqual([]);
  });

  it.runIf(existsSync(REPORT))("the claimant's own words are words the report quotes as theirs", () => {
    const spans = quotedSpans(readFileSync(REPORT, 'utf8'));
    expect(quotes.filter(({ quote }) => !spans.some((span) => span.includes(normalize(quote))))).toEqual([]);
  });

  it('quotes are short phrases; excerpts are whole sentences', () => {
    for (const { fact, quote } of quotes) expect(quote.split(/\s+/).length, fact).toBeLessThanOrEqual(8);
    for (const { fact, words } of excerpts) expect(words.split(/\s+/).length, fact).toBeGreaterThanOrEqual(8);
  });
});
