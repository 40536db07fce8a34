import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/game/layout/text-fit';

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

  it('breaks a word longer than the line and keeps hard line breaks', () => {
    const lines = wrapText('abcdefghijkl\nxy', { width: 50 }, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['abcde', 'fghij', 'kl', 'xy']);
  });

  it('gives the first line its own width (text after a speaker label)', () => {
    const lines = wrapText('one two three', { firstWidth: 40, width: 100 }, measure);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['one', 'two three']);
  });
});
