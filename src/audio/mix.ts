/**
 * The mix, as loudness targets (EBU R128): every bed at one integrated loudness, so that a
 * chapter change does not jump in level, and every effect at a short-term loudness of its own,
 * clearly above the beds. The asset script gains each file to these; a unit test holds the
 * measured figures (assets/audio/measurements.json) to them. Node-safe: no Howler, no Vite.
 */
import type { EffectName } from './sound';

/** Integrated loudness of every ambient bed, before the music volume (LUFS). */
export const BED_LOUDNESS_LUFS = -30;
export const BED_TOLERANCE_LU = 1;

/**
 * Short-term maximum (loudest 3 s) of each effect as the game plays it (LUFS): typewriter keys
 * in a run (a page is typed, a key is never heard alone), the others one at a time. The keys
 * carry the mix, 10 LU over the beds. A single event fills little of a 3 s window, so its
 * short-term figure is lower than its moment (the page, the carriage and the stamp reach -16 to
 * -18 LUFS momentary, louder than the typing); each is set as loud as it goes without more than a few dB
 * of limiting. The stamp and the drawer are low (K-weighting counts little below 100 Hz) and
 * the paper clip is a click of a few milliseconds.
 */
export const EFFECT_LOUDNESS_LUFS: Readonly<Record<EffectName, number>> = {
  type: -20,
  carriage: -24,
  page: -24,
  stamp: -27,
  clip: -34,
  drawer: -27,
};
export const EFFECT_TOLERANCE_LU = 2;

/** Loudness is not bought by crushing: the limiter may take at most this off a sound's peaks (dB). */
export const MAX_LIMITING_DB = 3;

/** No file's true peak may pass this, in either encoding (dBTP). */
export const TRUE_PEAK_CEILING_DBTP = -1;

/**
 * How far apart two keys are in the measured run (ms). The case file plays a key at most every
 * 45 ms (CaseFileScene's keyGapMs): at 60 frames a second, every third frame, 50 ms.
 */
export const KEY_RUN_INTERVAL_MS = 50;
