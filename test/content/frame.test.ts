/**
 * The frame holds: the file is the ministry's own case file, as the game imagines it, so inside it
 * nobody hedges ("the ministry alleges", "these are allegations"); hedging belongs to the stamps,
 * the slips, the title statement and the Sources view. And words anyone gives as the ministry's,
 * or as the report's, are words the report itself puts in quotation marks, word for word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';
import { fullText } from '../../src/story/text';

const REPORT = resolve(import.meta.dirname, '../../../shared/source/article.txt');

/** Straight quotes for curly ones, one space for any run of white space. */
const normalize = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

interface Text {
  readonly where: string;
  readonly text: string;
}

/** Every piece of the story the player reads as part of the file: the fiction. */
function fictionTexts(): Text[] {
  const texts: Text[] = [];
  for (const chapter of story.chapters)
    for (const p of chapter.passages) {
      texts.push({ where: `${p.id} title`, text: p.title }, { where: `${p.id} body`, text: fullText(p.body) });
      for (const c of p.choices) {
        texts.push({ where: `${p.id} / ${c.id} label`, text: fullText(c.label) });
        if (c.lockedHint) texts.push({ where: `${p.id} / ${c.id} lockedHint`, text: c.lockedHint });
      }
      if (p.exhibit) texts.push({ where: `${p.id} exhibit`, text: p.exhibit.label });
      if (p.ending)
        texts.push(
          { where: `${p.ending.id} ending title`, text: fullText(p.ending.title) },
          { where: `${p.ending.id} ending verdict`, text: p.ending.verdict },
          { where: `${p.ending.id} ending summary`, text: fullText(p.ending.summary) },
        );
    }
  return texts;
}

/** What speaks about the fiction from outside it: stamps' notes, the title statement, Sources. */
function outsideTexts(): Text[] {
  const { statement, notes, facts } = story.meta;
  const provenanceNotes = story.chapters.flatMap((c) =>
    c.passages.flatMap((p) =>
      p.provenance.kind === 'invented' && p.provenance.note
        ? [{ where: `${p.id} provenance note`, text: p.provenance.note }]
        : [],
    ),
  );
  return [
    ...(statement ? [{ where: 'statement', text: statement }] : []),
    ...Object.entries(notes).flatMap(([part, items]) =>
      items.map((text, i) => ({ where: `notes.${part}[${i}]`, text })),
    ),
    ...facts.map((fact) => ({ where: `${fact.id} summary`, text: fact.summary })),
    ...provenanceNotes,
  ];
}

/**
 * Hedging that would step outside the ministry's own file. Each names a way of reporting the
 * ministry's claims as claims, which its own investigators would not do:
 */
const HEDGES: readonly RegExp[] = [
  // allege, alleged, allegation, "(alleged)", "these are allegations"
  /\balleg/i,
  // reported speech about the ministry: "the ministry says", "the ministry would later call"
  /\b(ministry|MSS|agency)\s+(says|said|claims|claimed|believes|believed|alleges|speaks of|spoke of|would (later )?(say|speak|call))\b/i,
  // whose version it is: "the ministry's account", "in the ministry's words", "in its telling"
  /\b(ministry|MSS)['’]s (account|words|telling|version)\b/i,
  /\bin its (account|telling|words)\b/i,
  /\baccording to (the )?(ministry|MSS|agency)\b/i,
  /\bas the (ministry|MSS) reconstructs\b/i,
  // hearsay: "Officer A is said to have asked"
  /\b(is|are|was|were) said to\b/i,
];

/**
 * The spans a text puts in double quotation marks, with the index each opens at. A quotation that
 * runs over several paragraphs opens each and closes only the last, so quotes pair within a
 * paragraph and one left open runs to the paragraph's end.
 */
function quotedSpans(text: string): { span: string; at: number; after: number }[] {
  const spans: { span: string; at: number; after: number }[] = [];
  const straight = text.replace(/[“”]/g, '"');
  let offset = 0;
  for (const paragraph of straight.split(/(\n\s*\n)/)) {
    const marks = [...paragraph.matchAll(/"/g)].map((m) => m.index);
    for (let i = 0; i < marks.length; i += 2) {
      const open = marks[i] as number;
      const close = marks[i + 1] ?? paragraph.length;
      spans.push({ span: paragraph.slice(open + 1, close), at: offset + open, after: offset + close + 1 });
    }
    offset += paragraph.length;
  }
  return spans;
}

/**
 * The 120 characters before a quotation (back to the end of the one before it, if nearer) give it
 * to the ministry, the agency or the report (the noun: "report himself" is not a source), or to
 * the ministry's official account or public statement.
 */
const ATTRIBUTION = /\b(ministry|MSS|the agency|(the|a|its|news) report|official account|public statement)\b/i;
/** Redacted spans are black bars to the player: they attribute nothing. */
const unredacted = (text: string) => text.replace(/\[\[[^\]]*\]\]/g, '█');

function attributedQuotes(texts: readonly Text[]): { where: string; quote: string }[] {
  return texts.flatMap(({ where, text }) => {
    const plain = unredacted(text);
    const spans = quotedSpans(plain);
    return spans
      .filter(({ at }, i) => {
        const from = Math.max(0, at - 120, i > 0 ? (spans[i - 1]?.after ?? 0) : 0);
        return ATTRIBUTION.test(plain.slice(from, at));
      })
      .map(({ span }) => ({ where, quote: normalize(span) }));
  });
}

/** Lines a document gives the ministry to speak, as in a transcript: "MINISTRY OF STATE SECURITY: ...". */
const MINISTRY_SPEAKS = /^[^\S\n]*(?:\[[^\]\n]*\][^\S\n]*)?(?:MINISTRY OF STATE SECURITY|MINISTRY|MSS)[^\S\n]*:(.*)$/gm;

function ministryLines(texts: readonly Text[]): { where: string; quote: string }[] {
  return texts.flatMap(({ where, text }) =>
    [...unredacted(text).matchAll(MINISTRY_SPEAKS)].map((m) => ({
      where,
      quote: normalize((m[1] ?? '').replace(/^\s*"|"\s*$/g, '')),
    })),
  );
}

/** The report's own quotation-marked spans: the only words it gives as the ministry's. */
function reportSpans(report: string): string[] {
  return [...report.matchAll(/“([^”]*)”/g)].map((m) => normalize(m[1] ?? '').toLowerCase());
}

describe('the frame: the ministry’s own file, as the game imagines it', () => {
  it('nothing inside the file hedges its claims as claims', () => {
    const hedged = fictionTexts().flatMap(({ where, text }) =>
      HEDGES.filter((hedge) => hedge.test(text)).map((hedge) => `${where}: ${text.match(hedge)?.[0]}`),
    );
    expect(hedged).toEqual([]);
  });

  it.runIf(existsSync(REPORT))(
    'words quoted as the ministry’s or the report’s are inside the report’s own quotation marks',
    () => {
      const spans = reportSpans(readFileSync(REPORT, 'utf8'));
      const found = (quote: string) => {
        const words = quote.replace(/[.,;:!?]+$/, '').toLowerCase();
        return spans.some((span) => span.includes(words));
      };
      const texts = [...fictionTexts(), ...outsideTexts()];
      const quotes = [...attributedQuotes(texts), ...ministryLines(texts)];
      expect(quotes.filter(({ quote }) => !found(quote))).toEqual([]);
    },
  );

  it('every note the investigators add to a document has the one label, FILE NOTE', () => {
    const labels = fictionTexts().flatMap(({ where, text }) =>
      [...text.matchAll(/FILE NOTE([^:\n]*):/g)].map((m) => ({ where, label: m[1] ?? '' })),
    );
    expect(labels.length).toBeGreaterThan(30);
    // "FILE NOTE, added 2019:" dates a note written later; no other variant names its writer.
    expect(labels.filter(({ label }) => label !== '' && !/^, added \d{4}$/.test(label))).toEqual([]);
  });

  it('the quotation finder pairs quotes within paragraphs and sees attribution before them', () => {
    const text = 'The ministry calls it "quickly approved".\n\nCHO: "One.\n\n"Two," she said. The report: "x"';
    expect(quotedSpans(text).map((s) => s.span)).toEqual(['quickly approved', 'One.', 'Two,', 'x']);
    expect(attributedQuotes([{ where: 't', text }]).map((q) => q.quote)).toEqual(['quickly approved', 'x']);
    const post = '[09:00] MINISTRY OF STATE SECURITY: Be careful.\nWANG: MSS: no.';
    expect(ministryLines([{ where: 't', text: post }]).map((q) => q.quote)).toEqual(['Be careful.']);
  });
});
