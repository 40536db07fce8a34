/**
 * The file's contents card laid out: one row per document, the latest at the bottom, each title
 * in full. A title too long for its line is set smaller, down to a floor, then wrapped onto the
 * ruled lines below, and its row grows; the card shows as many of the latest rows as it holds and
 * counts the earlier ones. Pure, with the measure injected.
 */
import type { DocumentKind } from '../../story/types';
import { fitText, type SizedMeasure } from './text-fit';
import { scaledTable } from './type-scale';

export interface ContentsEntry {
  readonly number: number;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly current: boolean;
}

export interface ContentsOptions {
  /** Baseline of the first ruled line that holds an entry. */
  readonly top: number;
  /** From one ruled line to the next. */
  readonly lineSpacing: number;
  /** Ruled lines the card has for entries. */
  readonly lines: number;
  readonly titleWidth: number;
  /** The title's size, and the smallest it may be set in before it wraps. */
  readonly titleSize: number;
  readonly titleMin: number;
}

export interface ContentsRow {
  readonly entry: ContentsEntry;
  /** Baseline of the row's first line. */
  readonly baseline: number;
  readonly titleSize: number;
  /** The title's lines, one per ruled line from `baseline` down. */
  readonly titleLines: readonly string[];
}

export interface ContentsLayout {
  readonly rows: readonly ContentsRow[];
  /** Entries before the first row shown. */
  readonly earlier: number;
}

export function layoutContents(
  entries: readonly ContentsEntry[],
  options: ContentsOptions,
  measure: SizedMeasure,
): ContentsLayout {
  const fitted = entries.map((entry) => ({
    entry,
    title: fitText(
      entry.title,
      { size: options.titleSize, minSize: options.titleMin, width: options.titleWidth },
      measure,
    ),
  }));
  // The latest entries that the ruled lines hold, counting back from the last.
  let first = fitted.length;
  let used = 0;
  while (first > 0) {
    const lines = Math.max(1, fitted[first - 1]?.title.lines.length ?? 1);
    if (used + lines > options.lines) break;
    used += lines;
    first -= 1;
  }
  let line = 0;
  const rows = fitted.slice(first).map(({ entry, title }): ContentsRow => {
    const row = {
      entry,
      baseline: options.top + line * options.lineSpacing,
      titleSize: title.size,
      titleLines: title.lines,
    };
    line += Math.max(1, title.lines.length);
    return row;
  });
  return { rows, earlier: first };
}

/** The card's type and ruling at the normal text size: the ruled lines' spacing, the title, number and kind. */
export const CONTENTS_TYPE = {
  lineSpacing: 22,
  firstBaseline: 60,
  titleSize: 15,
  /** No smaller: the card should read evenly. */
  titleMin: 14,
  numberSize: 11,
  kindSize: 9,
  headingSize: 17,
  countSize: 10,
  /** Where the title column starts, and the kind's. */
  titleX: 106,
  kindX: 52,
} as const;

/** The card's type at a text size's scale (layout/type-scale.ts): every size grows with it. */
export function contentsTypeAt(scale: number): typeof CONTENTS_TYPE {
  return scaledTable(CONTENTS_TYPE, scale);
}

/** The file's documents as contents entries, oldest first, the last one current. */
export function contentsEntries(
  documents: readonly string[],
  find: (id: string) => { readonly kind: DocumentKind; readonly title: string } | undefined,
): ContentsEntry[] {
  return documents.flatMap((id, index) => {
    const passage = find(id);
    if (!passage) return [];
    return [{ number: index + 1, kind: passage.kind, title: passage.title, current: index === documents.length - 1 }];
  });
}
