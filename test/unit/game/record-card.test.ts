/** The record card holds its lines whole, within its width and its bound, the latest kept. */
import { describe, expect, it } from 'vitest';
import { layoutRecordCard, RECORD_TYPE } from '../../../src/game/layout/record-card';

const measure = (text: string) => text.length * 8;
const record = [
  { section: 'Money', lines: ['Paid £2,000 by Larkspur for a paper on open research.'] },
  { section: 'What he took', lines: ['Took the work laptop to London.', 'Copied the staffing list.'] },
  { section: 'Who knows', lines: ['Cho knows about the money.'] },
];

describe('the record card', () => {
  it('is not there while nothing is on record', () => {
    expect(layoutRecordCard([], { width: 280, maxHeight: 240, type: RECORD_TYPE }, measure)).toBeNull();
  });

  it('lists every line under its section, each within the width, and is as tall as they need', () => {
    const card = layoutRecordCard(record, { width: 280, maxHeight: 600, type: RECORD_TYPE }, measure)!;
    expect(card.earlier).toBe(0);
    expect(card.rows.filter((r) => r.kind === 'section').map((r) => r.text)).toEqual([
      'MONEY',
      'WHAT HE TOOK',
      'WHO KNOWS',
    ]);
    const lines = card.rows.filter((r) => r.kind === 'line');
    for (const line of lines) expect(measure(line.text)).toBeLessThanOrEqual(280 - RECORD_TYPE.inset * 2);
    expect(lines.map((l) => l.text).join(' ')).toBe(record.flatMap((p) => p.lines).join(' '));
    const baselines = card.rows.map((r) => r.baseline);
    expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
    expect(Math.max(...baselines)).toBeLessThan(card.height);
  });

  it('keeps the latest lines within its bound and counts the earlier ones', () => {
    const card = layoutRecordCard(record, { width: 280, maxHeight: 120, type: RECORD_TYPE }, measure)!;
    expect(card.height).toBeLessThanOrEqual(120);
    expect(card.earlier).toBeGreaterThan(0);
    expect(card.rows.at(-1)).toEqual(expect.objectContaining({ kind: 'line', text: 'Cho knows about the money.' }));
  });
});
