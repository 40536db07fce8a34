/**
 * The bed ducks under the typewriter: while a page is typed it goes a few dB down, so that the
 * keys read clearly over the room, and when the page is done it comes back, slowly enough not
 * to draw the ear. Pure: the sound engine asks these for its targets and fade lengths.
 */
import type { SoundLevels } from './sound';

/** How far the bed goes down while a page is typed (dB). */
export const DUCK_DB = -5;
/** The way down: quick, so the room clears before the first line is out. */
export const DUCK_DOWN_MS = 250;
/** The way back up once the page is typed: slow, so it returns rather than jumps. */
export const DUCK_UP_MS = 1200;

const DUCK_GAIN = 10 ** (DUCK_DB / 20);

/** The bed's volume (0..1) for the player's levels, and whether a page is being typed. */
export function bedGain(levels: SoundLevels, typing: boolean): number {
  if (levels.muted) return 0;
  const music = clamp01(levels.music);
  return typing ? music * DUCK_GAIN : music;
}

/**
 * How long a fade between two bed volumes takes: down at the duck's pace, up at the return's,
 * in proportion to the distance against a whole duck at these levels. So a page started while
 * the bed is still coming back reverses from where it is, at the same rate, and no fade ever
 * takes longer than a whole one. Nothing to cross (muted, music at 0) takes no time.
 */
export function duckFadeMs(from: number, to: number, levels: SoundLevels): number {
  const whole = bedGain(levels, false) - bedGain(levels, true);
  if (whole <= 0 || from === to) return 0;
  const share = Math.min(1, Math.abs(to - from) / whole);
  return Math.round((to < from ? DUCK_DOWN_MS : DUCK_UP_MS) * share);
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
