/**
 * The slip clipped to a page that dramatizes the source's claims: the source's own words for
 * each fact the page stages, copied exactly, and whose words they are. It is outside the file's
 * fiction (a note from whoever shows the file to the player), so it is set in the interface's
 * sans on note paper, after the document's text. Pure: the slip's words come from the story
 * (`reportSlipFor`, src/story/provenance.ts), its operations from the builder every body shares.
 */
import type { ReportSlip } from '../../story/provenance';
import type { Builder } from './builder';
import { printedText } from './printed';

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
