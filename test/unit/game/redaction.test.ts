import { describe, expect, it } from 'vitest';
import { parseRedactions, plainText, visibleLength } from '../../../src/game/layout/redaction';

describe('parseRedactions', () => {
  it('splits text around [[redacted]] spans', () => {
    expect(parseRedactions('Sent to [[the second bureau]] on Monday.')).toEqual([
      { text: 'Sent to ', redacted: false },
      { text: 'the second bureau', redacted: true },
      { text: ' on Monday.', redacted: false },
    ]);
  });

  it('handles a redaction at the start, at the end and two in a row', () => {
    expect(parseRedactions('[[A]][[B]] and [[C]]')).toEqual([
      { text: 'AB', redacted: true },
      { text: ' and ', redacted: false },
      { text: 'C', redacted: true },
    ]);
  });

  it('keeps an unterminated [[ as plain text and drops empty redactions', () => {
    expect(parseRedactions('a [[b')).toEqual([{ text: 'a [[b', redacted: false }]);
    expect(parseRedactions('a [[]] b')).toEqual([{ text: 'a  b', redacted: false }]);
  });

  it('reads redactions aloud as "redacted" and counts hidden characters', () => {
    expect(plainText('Name: [[Li Wei]].')).toBe('Name: [redacted].');
    expect(visibleLength('ab[[cd]]e')).toBe(5);
  });
});
