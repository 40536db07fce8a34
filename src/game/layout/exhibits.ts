/**
 * Exhibit tags laid out, pure: one tag's label fitted (every word of it, on as many lines as it
 * takes, the tag growing to hold them), the row of tags along the folder that fit side by side
 * without covering one another, and the spread of every exhibit in the file, opened from the
 * row, where none overlaps another. The measure is injected.
 */
import type { Rect } from './draw-ops';
import { fitText, type SizedMeasure } from './text-fit';
import { scaled } from './type-scale';

/** A tag at the normal text size: its width, least height, band, label type and margins. */
export const TAG_TYPE = {
  width: 132,
  height: 84,
  band: 20,
  bandSize: 12,
  hand: { size: 19, min: 14, lines: 3, leading: 0.95 },
  /** The label's left margin, its room short of the tag's width, and below its last line. */
  text: { left: 9, inset: 18, top: 22, bottom: 10 },
} as const;

export interface TagLayout {
  readonly width: number;
  readonly height: number;
  readonly band: number;
  readonly bandSize: number;
  readonly textLeft: number;
  readonly textTop: number;
  readonly size: number;
  readonly lineHeight: number;
  readonly lines: readonly string[];
}

function fitLabel(label: string, scale: number, floor: number, measure: SizedMeasure) {
  const { hand, text } = TAG_TYPE;
  return fitText(
    label,
    {
      size: Math.max(floor, scaled(hand.size, scale)),
      minSize: Math.max(floor, scaled(hand.min, scale)),
      width: scaled(TAG_TYPE.width, scale) - scaled(text.inset, scale),
      maxLines: hand.lines,
    },
    measure,
  );
}

/** One tag with its whole label: at a larger text size every part is larger, never smaller. */
export function layoutTag(label: string, scale: number, measure: SizedMeasure): TagLayout {
  const { hand, text } = TAG_TYPE;
  // Never set smaller than the normal text size would set this label.
  const floor = scale > 1 ? fitLabel(label, 1, 0, measure).size : 0;
  const { size, lines } = fitLabel(label, scale, floor, measure);
  const lineHeight = Math.round(size * hand.leading);
  const band = scaled(TAG_TYPE.band, scale);
  const textTop = scaled(text.top, scale);
  return {
    width: scaled(TAG_TYPE.width, scale),
    height: Math.max(scaled(TAG_TYPE.height, scale), textTop + lines.length * lineHeight + scaled(text.bottom, scale)),
    band,
    bandSize: scaled(TAG_TYPE.bandSize, scale),
    textLeft: scaled(text.left, scale),
    textTop,
    size,
    lineHeight,
    lines,
  };
}

export interface Placed extends Rect {
  /** The exhibit's place in the file, from 0. */
  readonly index: number;
}

/**
 * The newest tags that fit side by side from `x` to `right`, `gap` apart, at most `most`:
 * the oldest of them on the left. The rest are counted, a click away.
 */
export function layoutTagRow(
  tags: readonly { readonly width: number; readonly height: number }[],
  row: { readonly x: number; readonly y: number; readonly right: number; readonly gap: number; readonly most: number },
): { readonly placed: readonly Placed[]; readonly hidden: number } {
  const chosen: number[] = [];
  let used = 0;
  for (let index = tags.length - 1; index >= 0 && chosen.length < row.most; index--) {
    const width = tags[index]?.width ?? 0;
    const next = used + (chosen.length > 0 ? row.gap : 0) + width;
    if (chosen.length > 0 && row.x + next > row.right) break;
    chosen.unshift(index);
    used = next;
  }
  let x = row.x;
  const placed = chosen.map((index): Placed => {
    const tag = tags[index] ?? { width: 0, height: 0 };
    const box = { index, x, y: row.y, width: tag.width, height: tag.height };
    x += tag.width + row.gap;
    return box;
  });
  return { placed, hidden: tags.length - placed.length };
}

/**
 * Every tag in rows across `area`, `gap` apart, oldest first; a row as tall as its tallest tag.
 * Past the area's foot the rows go on (the caller scales the spread to fit).
 */
export function layoutTagSpread(
  tags: readonly { readonly width: number; readonly height: number }[],
  area: Rect,
  gap: number,
): { readonly placed: readonly Placed[]; readonly height: number } {
  const placed: Placed[] = [];
  let x = area.x;
  let y = area.y;
  let rowHeight = 0;
  tags.forEach((tag, index) => {
    if (x > area.x && x + tag.width > area.x + area.width) {
      x = area.x;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placed.push({ index, x, y, width: tag.width, height: tag.height });
    x += tag.width + gap;
    rowHeight = Math.max(rowHeight, tag.height);
  });
  return { placed, height: placed.length > 0 ? y + rowHeight - area.y : 0 };
}
