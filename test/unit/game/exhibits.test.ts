import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { CASE_LAYOUT } from '../../../src/game/layout/case-layout';
import type { Rect } from '../../../src/game/layout/draw-ops';
import { layoutTag, layoutTagRow, layoutTagSpread } from '../../../src/game/layout/exhibits';
import { textScale } from '../../../src/game/layout/type-scale';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS, TEXT_SIZES } from '../../../src/save/settings-types';

/** A fake handwriting measure: each character is half the size wide. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const scales = TEXT_SIZES.map((textSize) => textScale(themeFor({ ...DEFAULT_SETTINGS, textSize }).bodySize));
const exhibits = story.chapters.flatMap((c) => c.passages.flatMap((p) => (p.exhibit ? [p.exhibit] : [])));

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('exhibit tags', () => {
  it('has the seven or more exhibits of the case to lay out', () => {
    expect(exhibits.length).toBeGreaterThanOrEqual(7);
  });

  it('writes every label whole, never with an ellipsis, the tag as tall as its lines', () => {
    for (const scale of scales) {
      for (const exhibit of exhibits) {
        const tag = layoutTag(exhibit.label, scale, measure);
        expect(tag.lines.join(' ')).toBe(exhibit.label);
        expect(tag.lines.some((line) => line.includes('\u2026'))).toBe(false);
        for (const line of tag.lines) expect(tag.textLeft + measure(line, tag.size)).toBeLessThanOrEqual(tag.width);
        expect(tag.textTop + tag.lines.length * tag.lineHeight).toBeLessThanOrEqual(tag.height);
      }
    }
  });

  it('never sets a tag smaller as the text size grows', () => {
    for (const exhibit of exhibits) {
      const tags = scales.map((scale) => layoutTag(exhibit.label, scale, measure));
      for (let i = 1; i < tags.length; i++) {
        expect(tags[i]?.size).toBeGreaterThanOrEqual(tags[i - 1]?.size ?? 0);
        expect(tags[i]?.bandSize).toBeGreaterThanOrEqual(tags[i - 1]?.bandSize ?? 0);
        expect(tags[i]?.width).toBeGreaterThanOrEqual(tags[i - 1]?.width ?? 0);
      }
    }
    expect(layoutTag(exhibits[0]?.label ?? '', scales[scales.length - 1] ?? 1, measure).size).toBeGreaterThan(
      layoutTag(exhibits[0]?.label ?? '', 1, measure).size,
    );
  });

  it('puts on the folder only tags that do not cover one another, the newest last, and counts the rest', () => {
    const row = { ...CASE_LAYOUT.exhibits, most: CASE_LAYOUT.exhibits.shown };
    for (const scale of scales) {
      const tags = exhibits.map((e) => layoutTag(e.label, scale, measure));
      const { placed, hidden } = layoutTagRow(tags, row);
      expect(placed.length).toBeGreaterThan(0);
      expect(placed.length + hidden).toBe(exhibits.length);
      expect(placed[placed.length - 1]?.index).toBe(exhibits.length - 1);
      for (const [i, a] of placed.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(row.x);
        if (placed.length > 1) expect(a.x + a.width).toBeLessThanOrEqual(row.right);
        for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it('spreads every exhibit of the file, opened from the row, with none covering another', () => {
    const { spread } = CASE_LAYOUT.exhibits;
    for (const scale of scales) {
      const tags = exhibits.map((e) => layoutTag(e.label, scale, measure));
      const { placed, height } = layoutTagSpread(tags, spread, spread.gap);
      expect(placed.map((p) => p.index)).toEqual(exhibits.map((_, i) => i));
      for (const [i, a] of placed.entries()) {
        expect(a.x + a.width).toBeLessThanOrEqual(spread.x + spread.width);
        for (const b of placed.slice(i + 1)) expect(overlaps(a, b), `${a.index} and ${b.index}`).toBe(false);
      }
      expect(height).toBeGreaterThan(0);
    }
  });
});
