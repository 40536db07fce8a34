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

  it("says what a page is outside the fiction: a dramatization with the report's words, or invented", () => {
    const meta = {
      source: { outlet: 'CNN', headline: 'H', claimant: 'The ministry', claimantShort: 'MSS', response: '' },
      facts: [
        { id: 'F3', summary: 's', where: 'w', report: ['Dinners were held, the MSS says.'] },
        { id: 'F4', summary: 's', where: 'w', report: ['He wanted money.'] },
        { id: 'F5', summary: 's', where: 'w', report: ['He wanted money.'] },
        { id: 'F9', summary: 's', where: 'w' },
      ],
    };
    expect(provenanceText({ kind: 'dramatization', facts: ['F3', 'F4'] }, meta)).toBe(
      'Dramatization of facts F3, F4. From the CNN report: Dinners were held, the MSS says. He wanted money.',
    );
    // Two facts told in one sentence are read once.
    expect(provenanceText({ kind: 'dramatization', facts: ['F4', 'F5'] }, meta)).toBe(
      'Dramatization of facts F4, F5. From the CNN report: He wanted money.',
    );
    expect(provenanceText({ kind: 'dramatization', facts: ['F9'] }, meta)).toBe('Dramatization of fact F9');
    expect(provenanceText({ kind: 'invented' }, meta)).toBe('Invented: this page stages nothing from the source');
    expect(provenanceText({ kind: 'invented', note: 'A branch.' }, meta)).toBe(
      'Invented: this page stages nothing from the source. A branch.',
    );
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
