/**
 * How each sound is heard in the game, and so how its loudness is measured: a bed as the loop it
 * is; a typewriter key in a run of keys (a page is typed, a key is never heard alone); any other
 * effect alone, in silence long enough to fill a 3 s short-term window. The placing is done
 * on decoded samples (ffmpeg's own adelay and apad upset ebur128's momentary figures).
 */
import { KEY_RUN_INTERVAL_MS } from '../../src/audio/mix';
import { AMBIENT_BEDS, effectOfFile } from '../../src/audio/sound-files';
import { type Buffer, mixInto, SAMPLE_RATE } from './dsp';

export type MeasuredAs = 'loop' | 'typed run' | 'alone';

export function measuredAs(name: string): MeasuredAs {
  if ((AMBIENT_BEDS as readonly string[]).includes(name)) return 'loop';
  return effectOfFile(name) === 'type' ? 'typed run' : 'alone';
}

/** Long enough for two seconds of full 3 s windows, so the run's steady level is read. */
export const KEY_RUN_SECONDS = 5;
/**
 * A one-shot is measured with silence before it and after it: ffmpeg's first full short-term
 * window ends just after 3 s, so a sound at the very start would fall partly outside every one.
 */
export const ALONE_LEAD_SECONDS = 1;
export const ALONE_SECONDS = 5;

/** The sound ALONE_LEAD_SECONDS into ALONE_SECONDS of silence. */
export function alone(sound: Buffer): Buffer {
  const lead = Math.round(ALONE_LEAD_SECONDS * SAMPLE_RATE);
  const out = new Float64Array(Math.max(Math.round(ALONE_SECONDS * SAMPLE_RATE), lead + sound.length));
  return mixInto(out, sound, lead);
}

/** The key struck every KEY_RUN_INTERVAL_MS for KEY_RUN_SECONDS, each strike overlapping the last's tail. */
export function keyRun(key: Buffer): Buffer {
  const out = new Float64Array(Math.round(KEY_RUN_SECONDS * SAMPLE_RATE));
  const step = Math.round((KEY_RUN_INTERVAL_MS / 1000) * SAMPLE_RATE);
  for (let at = 0; at < out.length; at += step) mixInto(out, key, at);
  return out;
}
