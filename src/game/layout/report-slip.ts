/**
 * The slip clipped to a page that dramatizes the source's claims: the source's own words for
 * each fact the page stages, copied exactly, and whose words they are. It is outside the file's
 * fiction (a note from whoever shows the file to the player), so it is set in the interface's
 * sans on note paper, after the document's text. Pure: the slip's words come from the story's
 * metadata, its operations from the builder every body shares.
 */
import type { Provenance, StoryMeta } from '../../story/types';
import type { Builder } from './builder';
import { printedText } from './printed';

/** What a slip says. */
export interface ReportSlip {
  /** "FROM THE CNN REPORT · F4". */
  readonly heading: string;
  /** One entry per staged fact with words in the source: its id and the words. */
  readonly entries: readonly { readonly fact: string; readonly words: string }[];
  /** Whose words: the outlet and the headline. */
  readonly attribution: string;
}

/** The slip for a page, or null for an invented page or one whose facts carry no words. */
export function reportSlipFor(provenance: Provenance, meta: Pick<StoryMeta, 'facts' | 'source'>): ReportSlip | null {
  if (provenance.kind !== 'dramatization') return null;
  // Facts reported in the same words (F4 and F5 share a sentence) share one entry.
  const entries: { fact: string; words: string }[] = [];
  for (const id of provenance.facts) {
    const excerpts = meta.facts.find((fact) => fact.id === id)?.report ?? [];
    if (excerpts.length === 0) continue;
    const words = excerpts.join(' \u2026 ');
    const same = entries.find((entry) => entry.words === words);
    if (same) same.fact = `${same.fact} \u00b7 ${id}`;
    else entries.push({ fact: id, words });
  }
  if (entries.length === 0) return null;
  const { outlet, headline } = meta.source;
  const from = outlet ? `FROM THE ${outlet.toUpperCase()} REPORT` : 'FROM THE SOURCE';
  return {
    heading: `${from}  \u00b7  ${entries.map((entry) => entry.fact).join(' \u00b7 ')}`,
    entries,
    attribution: [outlet, headline ? `\u201c${headline}\u201d` : ''].filter(Boolean).join(', '),
  };
}

/** The slip's measures against the body's type size. */
const SLIP = { gap: 30, pad: 16, clipInset: 56, clipRise: 22, entryGap: 10 } as const;

/** Lay the slip out below what the builder has laid so far. */
export function layoutReportSlip(b: Builder, slip: ReportSlip): void {
  const { width, bodySize } = b.options;
  const small = { role: 'monoBold', size: Math.max(12, Math.round(bodySize * 0.7)) } as const;
  const note = { role: 'mono', size: Math.max(12, Math.round(bodySize * 0.7)) } as const;
  const words = { role: 'ui', size: Math.max(16, Math.round(bodySize * 0.9)) } as const;
  const wordsLine = Math.round(words.size * 1.45);
  const smallLine = Math.round(small.size * 1.5);
  const inner = width - SLIP.pad * 2;
  const top = b.y + SLIP.gap;
  const ops = [];
  let y = top + SLIP.pad;
  const baseline = (lineHeight: number, size: number) => y + Math.round((lineHeight + size * 0.68) / 2);
  for (const line of b.wrap(slip.heading, small, inner)) {
    ops.push(
      printedText(SLIP.pad, baseline(smallLine, small.size), line.runs.map((r) => r.text).join(''), small, 'inkSoft'),
    );
    y += smallLine;
  }
  y += 6;
  slip.entries.forEach((entry, index) => {
    if (index > 0) y += SLIP.entryGap;
    if (slip.entries.length > 1) {
      ops.push(printedText(SLIP.pad, baseline(smallLine, small.size), entry.fact, small, 'ink'));
      y += smallLine;
    }
    for (const line of b.wrap(entry.words, words, inner)) {
      ops.push(
        printedText(SLIP.pad, baseline(wordsLine, words.size), line.runs.map((r) => r.text).join(''), words, 'ink'),
      );
      y += wordsLine;
    }
  });
  y += 6;
  for (const line of b.wrap(`\u2014 ${slip.attribution}`, note, inner)) {
    ops.push(
      printedText(SLIP.pad, baseline(smallLine, note.size), line.runs.map((r) => r.text).join(''), note, 'inkSoft'),
    );
    y += smallLine;
  }
  const bottom = y + SLIP.pad;
  b.ops.push(
    {
      type: 'box',
      x: 0,
      y: top,
      width,
      height: bottom - top,
      radius: 2,
      fill: 'note',
      stroke: 'rule',
      tail: null,
      at: 0,
      printed: true,
    },
    ...ops,
    { type: 'clip', x: width - SLIP.clipInset, y: top - SLIP.clipRise },
  );
  b.y = bottom;
}
