import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { bedFor } from '../../../src/game/ambience';
import { HIGH_CONTRAST_PALETTE, stampTilt, themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';

describe('bedFor', () => {
  it('plays the bed each chapter of the case names, chapters 1-8 in order', () => {
    expect(story.chapters.map(bedFor)).toEqual([
      'rain',
      'dinner',
      'office',
      'drone',
      'drone-tight',
      'city',
      'home',
      'case',
    ]);
  });

  it('is silent outside a chapter, for a chapter with no bed, and for a bed the game does not have', () => {
    expect(bedFor(null)).toBeNull();
    expect(bedFor(undefined)).toBeNull();
    expect(bedFor({})).toBeNull();
    expect(bedFor({ ambience: 'jungle' })).toBeNull();
    expect(bedFor({ ambience: '__proto__' })).toBeNull();
  });
});

describe('theme', () => {
  it('switches to the high-contrast palette and the plain typewriter face at x-large', () => {
    const theme = themeFor({ ...DEFAULT_SETTINGS, highContrast: true, textSize: 'x-large' });
    expect(theme.palette).toBe(HIGH_CONTRAST_PALETTE);
    expect(theme.palette.paper).toBe('#ffffff');
    expect(theme.palette.ink).toBe('#000000');
    expect(theme.palette.focus).toBe('#f2c14e');
    expect(theme.bodyFont).toBe('Courier Prime');
    expect(themeFor(DEFAULT_SETTINGS).bodyFont).toBe('Special Elite');
  });

  it('halves motion with reduced motion', () => {
    expect(themeFor({ ...DEFAULT_SETTINGS, reducedMotion: true }).motion).toBe(0.5);
  });

  it('tilts each stamp 3 to 6 degrees, the same every time for the same document', () => {
    for (const id of ['a', 'exchange-application', 'case-opened', 'x'.repeat(40)]) {
      const tilt = stampTilt(id);
      expect(Math.abs(tilt)).toBeGreaterThanOrEqual(3);
      expect(Math.abs(tilt)).toBeLessThanOrEqual(6);
      expect(stampTilt(id)).toBe(tilt);
    }
  });
});
