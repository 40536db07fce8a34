/**
 * The record card, clipped under the contents card: what the file holds on record, section by
 * section (story/record.ts), each line handwritten in full on the ruled lines. The card is as
 * tall as its lines need, up to a bound; past it, the latest lines are kept and the earlier
 * counted. Pure, with the measure injected; tested in Node.
 */
import type { RecordSection } from '../../story/record';
import { type Measure, wrapLines } from './text-fit';
import { scaledTable } from './type-scale';

/** The card's type and ruling at the normal text size. */
export const RECORD_TYPE = {
  headingSize: 17,
  sectionSize: 10,
  lineSize: 16,
  lineSpacing: 21,
  /** From the card's top to where its rows start (under the heading); the room under the last. */
  top: 38,
  bottom: 12,
  /** A row's baseline sits this far above the row's bottom. */
  descent: 5,
  inset: 14,
  /** A section's label takes a row of this height. */
  sectionRow: 18,
} as const;

export function recordTypeAt(scale: number): typeof RECORD_TYPE {
  return scaledTable(RECORD_TYPE, scale);
}

export type RecordRow =
  | { readonly kind: 'section'; readonly text: string; readonly baseline: number }
  | { readonly kind: 'line'; readonly text: string; readonly baseline: number };

export interface RecordCardLayout {
  readonly height: number;
  readonly rows: readonly RecordRow[];
  /** Lines kept out for want of room (the earliest). */
  readonly earlier: number;
}

export interface RecordCardOptions {
  readonly width: number;
  readonly maxHeight: number;
  readonly type: typeof RECORD_TYPE;
}

/** Lay the card out; null when nothing is on record (no card at all). */
export function layoutRecordCard(
  record: readonly RecordSection[],
  options: RecordCardOptions,
  measure: Measure,
): RecordCardLayout | null {
  const { type } = options;
  const textWidth = options.width - type.inset * 2;
  // Every line, wrapped, with its section; the latest last.
  const items = record.flatMap((part) =>
    part.lines.map((line) => ({ section: part.section, lines: wrapLines(line, textWidth, measure) })),
  );
  if (items.length === 0) return null;
  const room = options.maxHeight - type.top - type.bottom;
  const heightOf = (kept: typeof items) => {
    let height = 0;
    let section: string | null = null;
    for (const item of kept) {
      if (item.section !== section) height += type.sectionRow;
      section = item.section;
      height += item.lines.length * type.lineSpacing;
    }
    return height;
  };
  let first = 0;
  while (first < items.length - 1 && heightOf(items.slice(first)) > room) first += 1;
  const kept = items.slice(first);
  const rows: RecordRow[] = [];
  let y = type.top;
  let section: string | null = null;
  for (const item of kept) {
    if (item.section !== section) {
      y += type.sectionRow;
      rows.push({ kind: 'section', text: item.section.toUpperCase(), baseline: y - type.descent });
      section = item.section;
    }
    for (const line of item.lines) {
      y += type.lineSpacing;
      rows.push({ kind: 'line', text: line, baseline: y - type.descent });
    }
  }
  return { height: Math.ceil(y + type.bottom), rows, earlier: first };
}
