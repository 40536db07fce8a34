import { describe, expect, it } from 'vitest';
import { fitRuns, fitText, wrapLines, wrapText } from '../../../src/game/layout/text-fit';

/** A fake monospace measure: 10 units per character. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('wraps words greedily within the width', () => {
    const lines = wrapText('the quick brown fox jumps', { width: 100 }, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(lines.every((l) => l.width <= 100)).toBe(true);
  });

  it('keeps redacted runs as separate runs with their own widths and offsets', () => {
    const [line] = wrapText('to [[the bureau]] now', { width: 400 }, measure);
    expect(line?.runs).toEqual([
      { text: 'to ', redacted: false, x: 0, width: 30 },
      { text: 'the bureau', redacted: true, x: 30, width: 100 },
      { text: ' now', redacted: false, x: 130, width: 40 },
    ]);
    expect(line?.chars).toBe(17);
  });

  it('splits a redaction that crosses a line end into two bars', () => {
    const lines = wrapText('aaaa [[bbbb cccc]]', { width: 90 }, measure);
    expect(lines.map((l) => l.runs.map((r) => [r.text, r.redacted]))).toEqual([
      [
        ['aaaa ', false],
        ['bbbb', true],
      ],
      [['cccc', true]],
    ]);
  });

  it('draws a redaction that touches other characters as a bar, the word kept whole at a break', () => {
    const cases: [string, string, string][] = [
      ['paid £[[withheld]]', '£', ''],
      ['the sum [[x]].', '', '.'],
      ['note ([[x]])', '(', ')'],
    ];
    for (const [text, before, after] of cases) {
      const runs = wrapText(text, { width: 400 }, measure).flatMap((l) => l.runs);
      expect(runs.some((r) => r.text.includes('[[') || r.text.includes(']]'))).toBe(false);
      const bar = runs.findIndex((r) => r.redacted);
      expect(bar).toBeGreaterThan(0);
      expect(runs[bar - 1]?.text.endsWith(before)).toBe(true);
      if (after) expect(runs[bar + 1]?.text).toBe(after);
      // At a line end, the mark and its bar (and what follows it) move together.
      const narrow = wrapText(text, { width: measure(runs.map((r) => r.text).join('')) - 10 }, measure);
      const last = narrow[narrow.length - 1];
      expect(last?.runs.map((r) => r.text).join('')).toBe(`${before}${runs[bar]?.text}${after}`);
    }
  });

  it('breaks a word longer than the line and keeps hard line breaks', () => {
    const lines = wrapText('abcdefghijkl\nxy', { width: 50 }, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['abcde', 'fghij', 'kl', 'xy']);
  });

  it('gives the first line its own width (text after a speaker label)', () => {
    const lines = wrapText('one two three', { firstWidth: 40, width: 100 }, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['one', 'two three']);
  });
});

describe('wrapLines', () => {
  it('wraps plain text at spaces, keeping the spacing within a line and dropping it at a break', () => {
    expect(wrapLines('the quick brown fox jumps', 100, measure)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapLines('FILE 1  \u00b7  DOC 2', 200, measure)).toEqual(['FILE 1  \u00b7  DOC 2']);
    expect(wrapLines('one   two', 50, measure)).toEqual(['one', 'two']);
  });

  it('keeps hard line breaks and returns nothing for blank text', () => {
    expect(wrapLines('one\ntwo three', 100, measure)).toEqual(['one', 'two three']);
    expect(wrapLines('  ', 100, measure)).toEqual([]);
  });

  it('breaks a word longer than the line where it would leave it, and goes on after it', () => {
    expect(wrapLines('see the-consultant/run/x now', 100, measure)).toEqual(['see', 'the-consul', 'tant/run/x', 'now']);
    expect(wrapLines('abcdefghijkl and', 100, measure)).toEqual(['abcdefghij', 'kl and']);
  });

  it('never returns a line wider than the width', () => {
    const lines = wrapLines('a'.repeat(57), 100, measure);
    expect(lines.every((line) => measure(line) <= 100)).toBe(true);
    expect(lines.join('')).toBe('a'.repeat(57));
  });
});

/** A fake measure by size: each character is 0.6 of the size wide. */
const sized = (text: string, size: number) => text.length * size * 0.6;

describe('fitText', () => {
  it('keeps the size when the text fits on a line', () => {
    expect(fitText('short', { size: 20, minSize: 10, width: 100 }, sized)).toEqual({
      size: 20,
      lines: ['short'],
      fits: true,
      cut: false,
    });
  });

  it('shrinks step by step to the largest size at which the line fits', () => {
    // 12 characters: 12 * 0.6 * size <= 100 from size 13.
    const fitted = fitText('twelve chars', { size: 20, minSize: 10, width: 100 }, sized);
    expect(fitted.size).toBe(13);
    expect(fitted.lines).toEqual(['twelve chars']);
  });

  it('wraps at the floor, every word kept, when even the smallest size is too wide', () => {
    const text = 'a title much too long for one line of the card';
    const fitted = fitText(text, { size: 15, minSize: 12, width: 100 }, sized);
    expect(fitted.size).toBe(12);
    expect(fitted.fits).toBe(false);
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.lines.every((line) => sized(line, 12) <= 100)).toBe(true);
  });

  it('fits a block in a number of lines or a height', () => {
    const text = 'one two three four five six seven eight';
    expect(fitText(text, { size: 20, minSize: 8, width: 120, maxLines: 2 }, sized).lines).toHaveLength(2);
    const inHeight = fitText(text, { size: 20, minSize: 8, width: 120, maxHeight: 40, lineHeight: (s) => s }, sized);
    expect(inHeight.fits).toBe(true);
    expect(inHeight.lines.length * inHeight.size).toBeLessThanOrEqual(40);
  });

  it('cuts with an ellipsis only when asked to', () => {
    const text = 'a title much too long for one line of the card';
    const fitted = fitText(text, { size: 15, minSize: 12, width: 100, ellipsis: true }, sized);
    expect(fitted.cut).toBe(true);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]?.endsWith('\u2026')).toBe(true);
    expect(sized(fitted.lines[0] ?? '', fitted.size)).toBeLessThanOrEqual(100);
  });
});

describe('fitRuns', () => {
  it('shrinks then wraps a text with redactions, keeping them as runs', () => {
    const fitted = fitRuns('Beijing, [[the bureau]], room 4', { size: 12, minSize: 10, width: 100 }, sized);
    expect(fitted.size).toBe(10);
    expect(fitted.lines.length).toBeGreaterThan(1);
    const runs = fitted.lines.flatMap((line) => line.runs);
    expect(
      runs
        .filter((run) => run.redacted)
        .map((run) => run.text)
        .join(' '),
    ).toBe('the bureau');
    expect(runs.some((run) => !run.redacted && run.text.includes('bureau'))).toBe(false);
    expect(fitted.lines.every((line) => line.width <= 100)).toBe(true);
  });
});
