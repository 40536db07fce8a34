/**
 * The loudness loop's one step, pure: from what the encoded file measured to the next gain
 * and limiter ceiling, and which attempt to keep when none lands. Encoders shift loudness and peaks a little (Opus takes up to 2 LU off a
 * hiss), so the script measures the encoded file, corrects, and encodes again until it lands.
 * Gains are kept to 0.1 dB steps, so that the same measurements give the same samples.
 */

export interface Setting {
  /** Gain applied to the rendered sound (dB). */
  readonly gainDb: number;
  /** The limiter's sample-peak ceiling (dBFS), below the true-peak ceiling to leave room. */
  readonly ceilingDb: number;
}

export interface Reading {
  /** The figure held to the target: integrated for a bed, short-term maximum for an effect. */
  readonly loudness: number;
  /** The file's true peak (dBTP). */
  readonly truePeak: number;
}

export interface Aim {
  readonly target: number;
  readonly truePeakCeiling: number;
  /**
   * How close is close enough, well inside the test's tolerance. A bed lands within 0.2 LU;
   * an effect of a fifth of a second through LAME moves by a whole LU for a tenth of a dB of
   * gain (its frames are few and each decision shows), so it is given more.
   */
  readonly landing: number;
}

export const BED_LANDING_LU = 0.2;
export const EFFECT_LANDING_LU = 0.5;
/** The true peak is kept this far under its ceiling, for decoders that round differently. */
export const PEAK_MARGIN_DB = 0.2;
export const MAX_ATTEMPTS = 8;
/** The limiter's ceiling goes no lower: a sound that needs more is reported, not crushed. */
export const LOWEST_CEILING_DB = -12;

const tenth = (x: number) => Math.round(x * 10) / 10;

/** The limiter starts this far under the true-peak ceiling: encoders overshoot by a few tenths. */
export const FIRST_CEILING_MARGIN_DB = 0.5;

/** Where the first attempt starts: the gain the unencoded render calls for. */
export function firstSetting(rendered: Reading, aim: Aim): Setting {
  if (!Number.isFinite(rendered.loudness)) throw new Error('the render measured silent: nothing to gain');
  return { gainDb: tenth(aim.target - rendered.loudness), ceilingDb: aim.truePeakCeiling - FIRST_CEILING_MARGIN_DB };
}

/** True when the reading is on target and under the peak ceiling. */
export function landed(reading: Reading, aim: Aim): boolean {
  return (
    Math.abs(reading.loudness - aim.target) <= aim.landing && reading.truePeak <= aim.truePeakCeiling - PEAK_MARGIN_DB
  );
}

/** The next attempt after `reading`; the same setting back when it has landed. */
export function nextSetting(setting: Setting, reading: Reading, aim: Aim): Setting {
  if (landed(reading, aim)) return setting;
  const excess = reading.truePeak - (aim.truePeakCeiling - PEAK_MARGIN_DB);
  // A peak over the ceiling brings the limiter's ceiling down by as much (and a little more).
  const ceilingDb =
    excess > 0 ? Math.max(LOWEST_CEILING_DB, tenth(setting.ceilingDb - excess - 0.1)) : setting.ceilingDb;
  const miss = aim.target - reading.loudness;
  const gainDb = Math.abs(miss) > aim.landing ? tenth(setting.gainDb + miss) : setting.gainDb;
  return { gainDb, ceilingDb };
}

/**
 * Of two readings, the one to keep when none lands: under the peak ceiling first, then the
 * nearer to the target (the earlier on a tie, so the choice does not wander).
 */
export function isBetter(candidate: Reading, best: Reading, aim: Aim): boolean {
  const ceiling = aim.truePeakCeiling - PEAK_MARGIN_DB;
  const underCandidate = candidate.truePeak <= ceiling;
  const underBest = best.truePeak <= ceiling;
  if (underCandidate !== underBest) return underCandidate;
  return Math.abs(candidate.loudness - aim.target) < Math.abs(best.loudness - aim.target);
}
