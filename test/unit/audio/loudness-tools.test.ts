/**
 * The tools `npm run audio` mixes with: the reading of ffmpeg's ebur128 log, the gain loop's
 * step, the limiter and the typed run. Pure, so tested here without ffmpeg.
 */
import { describe, expect, it } from 'vitest';
import { ALONE_LEAD_SECONDS, alone, KEY_RUN_SECONDS, keyRun, measuredAs } from '../../../scripts/audio/as-played';
import { dbfs, fromDb, limit, peak, SAMPLE_RATE, sine } from '../../../scripts/audio/dsp';
import { parseEbur128 } from '../../../scripts/audio/loudness';
import {
  type Aim,
  firstSetting,
  isBetter,
  landed,
  MAX_ATTEMPTS,
  nextSetting,
  type Reading,
  type Setting,
} from '../../../scripts/audio/normalize';
import { KEY_RUN_INTERVAL_MS } from '../../../src/audio/mix';

/** ffmpeg 5's own output, cut down: windows not yet full (-120.7), a `nan`, then the summary. */
const LOG = `
[Parsed_ebur128_0 @ 0x55] t: 0.0999792  TARGET:-23 LUFS    M:-120.7 S:-120.7     I: -70.0 LUFS       LRA:   0.0 LU  FTPK: -28.8 dBFS  TPK: -28.8 dBFS
[Parsed_ebur128_0 @ 0x55] t: 2.89998    TARGET:-23 LUFS    M: -38.5 S:-120.7     I: -38.4 LUFS       LRA:   0.0 LU  FTPK: -28.5 dBFS  TPK: -26.9 dBFS
[Parsed_ebur128_0 @ 0x55] t: 2.99998    TARGET:-23 LUFS    M:   nan S: -38.4     I: -38.4 LUFS       LRA:  20.0 LU  FTPK: -29.8 dBFS  TPK: -26.9 dBFS
[Parsed_ebur128_0 @ 0x55] t: 3.09998    TARGET:-23 LUFS    M: -36.6 S: -37.9     I: -38.4 LUFS       LRA:  20.0 LU  FTPK: -29.1 dBFS  TPK: -26.9 dBFS
[Parsed_ebur128_0 @ 0x55] Summary:

  Integrated loudness:
    I:         -38.2 LUFS
    Threshold: -48.2 LUFS

  Loudness range:
    LRA:         1.6 LU
    Threshold: -58.1 LUFS
    LRA low:   -38.7 LUFS
    LRA high:  -37.1 LUFS

  True peak:
    Peak:      -23.9 dBFS
`;

describe("reading ffmpeg's ebur128 log", () => {
  it('takes the integrated loudness and true peak from the summary, the maxima from the windows', () => {
    expect(parseEbur128(LOG)).toEqual({ integrated: -38.2, shortTermMax: -37.9, momentaryMax: -36.6, truePeak: -23.9 });
  });

  it('has no short-term figure for a sound shorter than a window, and reads silence as -Infinity', () => {
    const short = LOG.replace(/S: -3[\d.]+/g, 'S:-120.7').replace('Peak:      -23.9', 'Peak:       -inf');
    const parsed = parseEbur128(short);
    expect(parsed.shortTermMax).toBeNull();
    expect(parsed.truePeak).toBe(Number.NEGATIVE_INFINITY);
  });

  it('refuses a log without a summary rather than guessing', () => {
    expect(() => parseEbur128(LOG.slice(0, LOG.indexOf('Summary')))).toThrow(/summary/);
  });
});

describe('the gain loop', () => {
  const aim: Aim = { target: -30, truePeakCeiling: -1, landing: 0.2 };

  /** A stand-in encoder: loudness follows gain but comes out 1.3 LU low, peaks 0.4 dB high. */
  const encode = (setting: Setting): Reading => ({
    loudness: -45 + setting.gainDb - 1.3,
    truePeak: Math.min(-20 + setting.gainDb, setting.ceilingDb) + 0.4,
  });

  it('starts from the render and lands on the target within a few attempts, in 0.1 dB steps', () => {
    let setting = firstSetting({ loudness: -45, truePeak: -20 }, aim);
    expect(setting.gainDb).toBe(15);
    let attempts = 1;
    while (!landed(encode(setting), aim) && attempts < MAX_ATTEMPTS) {
      setting = nextSetting(setting, encode(setting), aim);
      attempts++;
    }
    expect(landed(encode(setting), aim)).toBe(true);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(Math.round(setting.gainDb * 10)).toBeCloseTo(setting.gainDb * 10, 6);
  });

  it('brings the limiter down when the encoded true peak passes the ceiling', () => {
    const setting = { gainDb: 0, ceilingDb: -1.5 };
    const next = nextSetting(setting, { loudness: -30, truePeak: -0.6 }, aim);
    expect(next.ceilingDb).toBeLessThan(-1.5 - 0.6);
    expect(next.gainDb).toBe(0);
  });

  it('keeps a landed setting as it is', () => {
    const setting = { gainDb: 3.2, ceilingDb: -1.5 };
    expect(nextSetting(setting, { loudness: -30.1, truePeak: -3 }, aim)).toBe(setting);
  });

  it('when nothing lands, prefers an attempt under the peak ceiling, then the nearer one', () => {
    expect(isBetter({ loudness: -31, truePeak: -2 }, { loudness: -30, truePeak: -0.5 }, aim)).toBe(true);
    expect(isBetter({ loudness: -30.4, truePeak: -2 }, { loudness: -30.6, truePeak: -2 }, aim)).toBe(true);
    expect(isBetter({ loudness: -30.6, truePeak: -2 }, { loudness: -30.6, truePeak: -2 }, aim)).toBe(false);
  });
});

describe('the limiter', () => {
  it('keeps every sample under its ceiling, from the first one on', () => {
    const loud = sine(SAMPLE_RATE / 10, 440).map((x, i) => x * (i < 200 ? 3 : 0.2));
    const out = limit(loud, -2);
    expect(dbfs(peak(out))).toBeLessThanOrEqual(-2 + 1e-9);
  });

  it('leaves a sound under the ceiling exactly as it was', () => {
    const quiet = sine(4800, 440).map((x) => x * fromDb(-6));
    expect(limit(quiet.slice(), -2)).toEqual(quiet);
  });

  it('touches only the loud part: a quiet stretch after the peak comes back to full gain', () => {
    const n = SAMPLE_RATE;
    const signal = sine(n, 440).map((x, i) => x * (i < 480 ? 2 : 0.1));
    const out = limit(signal.slice(), -2);
    const end = out.subarray(n - 4800);
    expect(peak(end) / peak(signal.subarray(n - 4800))).toBeGreaterThan(0.999);
  });
});

describe('sounds measured as they are heard', () => {
  it('beds as loops, keys in a typed run, the other effects alone', () => {
    expect(measuredAs('rain')).toBe('loop');
    expect(measuredAs('type-2')).toBe('typed run');
    expect(measuredAs('stamp')).toBe('alone');
  });

  it('a typed run strikes the key every interval, for the run length', () => {
    const click = new Float64Array(10).fill(1);
    const run = keyRun(click);
    const step = (KEY_RUN_INTERVAL_MS / 1000) * SAMPLE_RATE;
    expect(run.length).toBe(KEY_RUN_SECONDS * SAMPLE_RATE);
    const strikes = run.reduce((count, x, i) => (x > 0 && (i === 0 || run[i - 1] === 0) ? count + 1 : count), 0);
    expect(strikes).toBe(Math.ceil(run.length / step));
  });

  it('a one-shot stands alone in silence, starting after the lead', () => {
    const placed = alone(new Float64Array(5).fill(0.5));
    const lead = ALONE_LEAD_SECONDS * SAMPLE_RATE;
    expect(placed.findIndex((x) => x !== 0)).toBe(lead);
    expect(placed.reduce((a, b) => a + b, 0)).toBeCloseTo(2.5, 9);
  });
});
