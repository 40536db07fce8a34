import { describe, expect, it } from 'vitest';
import { digitOf, isControl } from '../../../src/game/dom/keyboard';
import { documentMeta, paragraphsOf, provenanceText, readRedactions } from '../../../src/game/dom/text';

describe('text for screen readers', () => {
  it('reads redactions as "redacted", across lines too', () => {
    expect(readRedactions('Paid [[Mr X]] and [[a\nsum]].')).toBe('Paid redacted and redacted.');
    expect(readRedactions('No redaction [here].')).toBe('No redaction [here].');
  });

  it('splits paragraphs on blank lines and tidies whitespace', () => {
    expect(paragraphsOf('One\nline.\n\n  Two [[x]].  \n\n\n')).toEqual(['One line.', 'Two redacted.']);
  });

  it('describes provenance, naming who makes the claims', () => {
    expect(provenanceText({ kind: 'alleged', facts: ['F3', 'F4'] }, 'MSS')).toBe('Alleged by the MSS, facts F3, F4');
    expect(provenanceText({ kind: 'alleged', facts: ['F12'] }, 'MSS')).toBe('Alleged by the MSS, fact F12');
    expect(provenanceText({ kind: 'alleged', facts: ['F4'], quote: 'strong desire for money' }, 'MSS')).toBe(
      'Alleged by the MSS, fact F4. The report quotes: “strong desire for money”',
    );
    expect(provenanceText({ kind: 'alleged', facts: ['G1'] }, 'Tribunal')).toBe('Alleged by the Tribunal, fact G1');
    expect(provenanceText({ kind: 'alleged', facts: ['G1'] }, '')).toBe('Alleged, fact G1');
    expect(provenanceText({ kind: 'dramatized' }, 'MSS')).toBe('Dramatization');
    expect(provenanceText({ kind: 'dramatized', note: 'invented' }, 'MSS')).toBe('Dramatization: invented');
  });

  it('reads the document header', () => {
    expect(documentMeta({ kind: 'travel-record', date: '14 September 2015', place: 'London' })).toBe(
      'Travel record. 14 September 2015. London.',
    );
    expect(documentMeta({ kind: 'memo' })).toBe('Memo.');
  });
});

describe('keys', () => {
  it('maps digits from the main row and the keypad', () => {
    expect(digitOf({ key: '3', code: 'Digit3' })).toBe(3);
    expect(digitOf({ key: '&', code: 'Digit1' })).toBe(1);
    expect(digitOf({ key: 'End', code: 'Numpad1' })).toBe(1);
    expect(digitOf({ key: '0', code: 'Digit0' })).toBeNull();
    expect(digitOf({ key: 'a', code: 'KeyA' })).toBeNull();
  });

  it('does not treat plain objects as controls', () => {
    expect(isControl(null)).toBe(false);
    expect(isControl({} as EventTarget)).toBe(false);
  });
});
