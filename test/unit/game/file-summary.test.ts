import { describe, expect, it } from 'vitest';
import { exhibitsLine, fileSummaryRows, outOfTen } from '../../../src/game/layout/file-summary';

describe('what ended up in the file', () => {
  it('never reads more than 10 on a 0-10 scale', () => {
    expect(outOfTen(3)).toBe('3 of 10');
    expect(outOfTen(14)).toBe('10 of 10 (full)');
    expect(outOfTen(-2)).toBe('0 of 10');
  });

  it('names two exhibits and counts the rest, so the label keeps its height', () => {
    expect(exhibitsLine([])).toBe('none');
    expect(exhibitsLine(['A card'])).toBe('1: A card');
    expect(exhibitsLine(['A', 'B', 'C', 'D'])).toBe('4: A; B; and 2 more');
  });

  it('types money in pounds from thousands, and the documents in the file', () => {
    const rows = Object.fromEntries(
      fileSummaryRows({ documents: 12, exhibits: [], variables: { money: 38, evidence: 14, suspicion: 2 } }),
    );
    expect(rows).toEqual({
      Documents: '12 in the file',
      Exhibits: 'none',
      'Money received': '£38,000',
      'Evidence held': '10 of 10 (full)',
      Suspicion: '2 of 10',
    });
  });
});
