import { describe, expect, it } from 'vitest';
import { continueNote, savedWhen } from '../../../src/game/saved-when';

// Local times, as the player's clock shows them (the words are in local time too).
const now = new Date(2026, 11, 3, 12, 5);

describe('when the case was saved, as Continue says it', () => {
  it('says the time for a save made today, and yesterday', () => {
    expect(savedWhen(new Date(2026, 11, 3, 9, 7).toISOString(), now)).toBe('saved today at 09:07');
    expect(savedWhen(new Date(2026, 11, 2, 23, 59).toISOString(), now)).toBe('saved yesterday at 23:59');
    // Across a month's end, yesterday is still yesterday.
    expect(savedWhen(new Date(2026, 10, 30, 8, 0).toISOString(), new Date(2026, 11, 1, 10, 0))).toBe(
      'saved yesterday at 08:00',
    );
  });

  it('says the date for an older save', () => {
    expect(savedWhen(new Date(2026, 10, 28, 16, 30).toISOString(), now)).toBe('saved 28 November 2026');
  });

  it('says nothing it cannot read', () => {
    expect(savedWhen(null, now)).toBeNull();
    expect(savedWhen('not a date', now)).toBeNull();
  });

  it('says a case that reached its ending is closed', () => {
    const savedAt = new Date(2026, 11, 3, 9, 7).toISOString();
    expect(continueNote({ savedAt, savedClosed: false }, now)).toBe('saved today at 09:07');
    expect(continueNote({ savedAt, savedClosed: true }, now)).toBe('closed today at 09:07');
    expect(continueNote({ savedAt: new Date(2026, 10, 28).toISOString(), savedClosed: true }, now)).toBe(
      'closed 28 November 2026',
    );
    expect(continueNote({ savedAt: null, savedClosed: true }, now)).toBe('closed');
  });
});
