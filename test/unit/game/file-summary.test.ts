import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { exhibitsLine, fileSummaryRows, showRow } from '../../../src/game/layout/file-summary';

describe('what ended up in the file', () => {
  it('never reads more than the top of a scale', () => {
    const scale = { label: 'Suspicion', variable: 's', show: 'scale', max: 10 } as const;
    expect(showRow(scale, 3)).toBe('3 of 10');
    expect(showRow(scale, 14)).toBe('10 of 10 (full)');
    expect(showRow(scale, -2)).toBe('0 of 10');
  });

  it('names two exhibits and counts the rest, so the label keeps its height', () => {
    expect(exhibitsLine([])).toBe('none');
    expect(exhibitsLine(['A card'])).toBe('1: A card');
    expect(exhibitsLine(['A', 'B', 'C', 'D'])).toBe('4: A; B; and 2 more');
  });

  it("types the case's rows as its story asks: money in pounds from thousands, and no meters (the record names what he did)", () => {
    const rows = Object.fromEntries(
      fileSummaryRows({
        documents: 12,
        exhibits: [],
        variables: { money: 38, evidence: 14, suspicion: 2 },
        rows: story.meta.fileSummary,
      }),
    );
    expect(rows).toEqual({
      Documents: '12 in the file',
      Exhibits: 'none',
      'Money received': '£38,000',
    });
  });

  it("shows another story's rows its way: money in its currency and unit, yes and no in its words", () => {
    const rows = fileSummaryRows({
      documents: 3,
      exhibits: ['An envelope'],
      variables: { paid: 6, copied: true, count: 4 },
      rows: [
        { label: 'Money taken', variable: 'paid', show: 'money', currency: '$', unit: 100 },
        { label: 'Second ledger', variable: 'copied', show: 'yes-no', yes: 'kept', no: 'none' },
        { label: 'Visits', variable: 'count', show: 'number' },
        { label: 'Missing', variable: 'unset', show: 'yes-no', yes: 'yes', no: 'no' },
      ],
    });
    expect(rows).toEqual([
      ['Documents', '3 in the file'],
      ['Exhibits', '1: An envelope'],
      ['Money taken', '$600'],
      ['Second ledger', 'kept'],
      ['Visits', '4'],
      ['Missing', 'no'],
    ]);
  });
});
