import { describe, expect, it } from 'vitest';
import { bedGain, DUCK_DB, DUCK_DOWN_MS, DUCK_UP_MS, duckFadeMs } from '../../../src/audio/ducking';

const levels = { music: 0.8, effects: 0.9, muted: false };
const db = (ratio: number) => 20 * Math.log10(ratio);

describe('the bed under the typewriter', () => {
  it('goes a few dB down while a page is typed, and is at the music level otherwise', () => {
    expect(bedGain(levels, false)).toBe(0.8);
    const ducked = db(bedGain(levels, true) / bedGain(levels, false));
    expect(ducked).toBeCloseTo(DUCK_DB, 9);
    expect(ducked).toBeLessThanOrEqual(-3);
    expect(ducked).toBeGreaterThanOrEqual(-8);
  });

  it('is silent when muted, typed or not, and keeps to 0..1', () => {
    expect(bedGain({ ...levels, muted: true }, false)).toBe(0);
    expect(bedGain({ ...levels, muted: true }, true)).toBe(0);
    expect(bedGain({ ...levels, music: 4 }, false)).toBe(1);
    expect(bedGain({ ...levels, music: Number.NaN }, true)).toBe(0);
  });

  it('fades: down quickly, back up slowly, each a whole fade for a whole duck', () => {
    const full = bedGain(levels, false);
    const ducked = bedGain(levels, true);
    expect(duckFadeMs(full, ducked, levels)).toBe(DUCK_DOWN_MS);
    expect(duckFadeMs(ducked, full, levels)).toBe(DUCK_UP_MS);
    expect(DUCK_UP_MS).toBeGreaterThan(DUCK_DOWN_MS);
    expect(DUCK_DOWN_MS).toBeGreaterThanOrEqual(100);
  });

  it('a fade reversed halfway takes half as long, and none takes longer than a whole one', () => {
    const full = bedGain(levels, false);
    const ducked = bedGain(levels, true);
    const halfway = (full + ducked) / 2;
    expect(duckFadeMs(halfway, ducked, levels)).toBe(Math.round(DUCK_DOWN_MS / 2));
    expect(duckFadeMs(halfway, full, levels)).toBe(Math.round(DUCK_UP_MS / 2));
    // A bed fading in from silence to the ducked level is not hurried past a whole fade.
    expect(duckFadeMs(0, ducked, levels)).toBe(DUCK_UP_MS);
  });

  it('takes no time when there is nothing to cross (muted, or no music)', () => {
    expect(duckFadeMs(0, 0, { ...levels, muted: true })).toBe(0);
    expect(duckFadeMs(0.5, 0.5, levels)).toBe(0);
    expect(duckFadeMs(0, 0, { ...levels, music: 0 })).toBe(0);
  });
});
