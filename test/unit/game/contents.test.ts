import { describe, expect, it } from 'vitest';
import { type ContentsEntry, layoutContents } from '../../../src/game/layout/contents';

/** A fake measure by size: each character is half the size wide. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const options = { top: 60, lineSpacing: 22, lines: 6, titleWidth: 100, titleSize: 15, titleMin: 13 };
const entry = (number: number, title: string): ContentsEntry => ({
  number,
  kind: 'memo',
  title,
  current: false,
});

describe('layoutContents', () => {
  it('keeps a short title at its size on one line', () => {
    const { rows } = layoutContents([entry(1, 'Short title')], options, measure);
    expect(rows[0]).toMatchObject({ baseline: 60, titleSize: 15, titleLines: ['Short title'] });
  });

  it('sets a title a little too long smaller, and one much too long on two lines: never an ellipsis', () => {
    const { rows } = layoutContents(
      [entry(1, 'Fourteen chars'), entry(2, 'Application for a study exchange, with covering note')],
      options,
      measure,
    );
    expect(rows[0]?.titleSize).toBe(14);
    expect(rows[0]?.titleLines).toEqual(['Fourteen chars']);
    expect(rows[1]?.titleLines.length).toBeGreaterThan(1);
    expect(rows[1]?.titleLines.join(' ')).toBe('Application for a study exchange, with covering note');
    expect(rows.flatMap((row) => row.titleLines).some((line) => line.includes('\u2026'))).toBe(false);
  });

  it('grows a row by the lines its title takes, pushing the next row down', () => {
    const { rows } = layoutContents(
      [entry(1, 'one two three four five six seven eight nine'), entry(2, 'Next')],
      options,
      measure,
    );
    const lines = rows[0]?.titleLines.length ?? 0;
    expect(rows[1]?.baseline).toBe(60 + lines * 22);
  });

  it('shows the latest entries that fit and counts the earlier ones', () => {
    const entries = Array.from({ length: 9 }, (_, i) =>
      entry(i + 1, i % 2 ? 'Short' : 'A long title that needs two lines'),
    );
    const { rows, earlier } = layoutContents(entries, options, measure);
    expect(rows[rows.length - 1]?.entry.number).toBe(9);
    expect(earlier + rows.length).toBe(9);
    const used = rows.reduce((sum, row) => sum + row.titleLines.length, 0);
    expect(used).toBeLessThanOrEqual(options.lines);
    expect(earlier).toBeGreaterThan(0);
  });
});
