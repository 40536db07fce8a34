import { describe, expect, it } from 'vitest';
import { story as caseStory } from '../../../src/content/story';
import { chaptersLine, countWord, factRange, firstYear, yearSpan } from '../../../src/game/story-words';
import { facts, testMeta } from '../../fixtures/meta';

const chapters = (...periods: string[]) =>
  periods.map((period, i) => ({ id: `c${i}`, number: i + 1, title: `C${i}`, period, passages: [] }));

describe('words derived from a story', () => {
  it('reads the case as the cover always said', () => {
    expect(chaptersLine(caseStory)).toBe('A case file in eight chapters  \u00b7  2015\u20132024');
    expect(firstYear(caseStory)).toBe('2015');
    expect(factRange(caseStory)).toBe('F1\u2013F13');
  });

  it('spans the years every period names, in any order and form', () => {
    expect(yearSpan({ chapters: chapters('1999', '1998-1999', 'spring 2001') })).toBe('1998\u20132001');
    expect(yearSpan({ chapters: chapters('1998') })).toBe('1998');
    expect(yearSpan({ chapters: chapters('later', 'now') })).toBe('');
    expect(chaptersLine({ chapters: chapters('now') })).toBe('A case file in one chapter');
  });

  it('counts in words up to twelve, then in figures', () => {
    expect(countWord(2)).toBe('two');
    expect(countWord(12)).toBe('twelve');
    expect(countWord(13)).toBe('13');
  });

  it('gives the range of a story’s own facts, whatever their ids', () => {
    expect(factRange({ meta: testMeta({ facts: facts('G1', 'G2', 'G3', 'G4') }) })).toBe('G1\u2013G4');
    expect(factRange({ meta: testMeta({ facts: facts('G1') }) })).toBe('G1');
    expect(factRange({ meta: testMeta() })).toBe('');
  });
});
