/**
 * The mix, checked like the rest: the loudness figures `npm run audio` measured on the encoded
 * files (ffmpeg's ebur128, in assets/audio/measurements.json) held to the targets in
 * src/audio/mix.ts. A sound added to sound-files.ts without being mixed and measured fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUCK_DB } from '../../../src/audio/ducking';
import {
  BED_LOUDNESS_LUFS,
  BED_TOLERANCE_LU,
  EFFECT_LOUDNESS_LUFS,
  EFFECT_TOLERANCE_LU,
  KEY_RUN_INTERVAL_MS,
  MAX_LIMITING_DB,
  TRUE_PEAK_CEILING_DBTP,
} from '../../../src/audio/mix';
import { AMBIENT_BEDS, effectOfFile, SOUND_FILES, SOUND_FORMATS } from '../../../src/audio/sound-files';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';

interface Figures {
  gainDb: number;
  limitedDb: number;
  integrated: number;
  shortTermMax: number | null;
  momentaryMax: number | null;
  truePeak: number;
}
interface Loudness {
  measuredAs: 'loop' | 'typed run' | 'alone';
  target: number;
  webm?: Figures;
  mp3?: Figures;
}
const report = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'assets', 'audio', 'measurements.json'), 'utf8'),
) as { targets?: Record<string, unknown>; files: Record<string, { loudness?: Loudness } | undefined> };

const beds = AMBIENT_BEDS as readonly string[];
const effects = SOUND_FILES.filter((name) => !beds.includes(name));

/** The figures of one file in one encoding; a file never measured fails where it is asked for. */
function figures(name: string, format: (typeof SOUND_FORMATS)[number]): Figures {
  const loudness = report.files[name]?.loudness;
  expect(loudness?.[format], `${name}.${format} has no loudness figures: run npm run audio`).toBeDefined();
  return loudness![format]!;
}

function targetOf(name: string): number {
  const effect = effectOfFile(name);
  return effect === null ? BED_LOUDNESS_LUFS : EFFECT_LOUDNESS_LUFS[effect];
}

describe('the mix by loudness (EBU R128, measured on the encoded files)', () => {
  it('every sound the game plays has figures in both encodings, measured as it is heard', () => {
    for (const name of SOUND_FILES) {
      for (const format of SOUND_FORMATS) {
        const f = figures(name, format);
        expect(Number.isFinite(f.integrated), `${name}.${format}`).toBe(true);
        expect(Number.isFinite(f.truePeak), `${name}.${format}`).toBe(true);
      }
      const expected = beds.includes(name) ? 'loop' : effectOfFile(name) === 'type' ? 'typed run' : 'alone';
      expect(report.files[name]!.loudness!.measuredAs, name).toBe(expected);
    }
  });

  it('was mixed to the targets the game declares (a changed target needs npm run audio again)', () => {
    expect(report.targets).toEqual({
      bedIntegratedLufs: BED_LOUDNESS_LUFS,
      effectShortTermMaxLufs: EFFECT_LOUDNESS_LUFS,
      truePeakCeilingDbtp: TRUE_PEAK_CEILING_DBTP,
      keyRunIntervalMs: KEY_RUN_INTERVAL_MS,
      maxLimitingDb: MAX_LIMITING_DB,
    });
    for (const name of SOUND_FILES) expect(report.files[name]?.loudness?.target, name).toBe(targetOf(name));
  });

  it(`every bed is within ${BED_TOLERANCE_LU} LU of ${BED_LOUDNESS_LUFS} LUFS integrated, so no chapter change jumps`, () => {
    for (const name of beds) {
      for (const format of SOUND_FORMATS) {
        const { integrated } = figures(name, format);
        expect(Math.abs(integrated - BED_LOUDNESS_LUFS), `${name}.${format}: ${integrated} LUFS`).toBeLessThanOrEqual(
          BED_TOLERANCE_LU,
        );
      }
    }
  });

  it(`every effect's short-term maximum is within ${EFFECT_TOLERANCE_LU} LU of its own target`, () => {
    for (const name of effects) {
      for (const format of SOUND_FORMATS) {
        const { shortTermMax } = figures(name, format);
        expect(shortTermMax, `${name}.${format}`).not.toBeNull();
        expect(Math.abs(shortTermMax! - targetOf(name)), `${name}.${format}: ${shortTermMax} LUFS`).toBeLessThanOrEqual(
          EFFECT_TOLERANCE_LU,
        );
      }
    }
  });

  it('the effects sit clearly above the beds: the typing by 8 LU and more, every effect at its loudest moment by 4', () => {
    for (const format of SOUND_FORMATS) {
      const loudestBed = Math.max(...beds.map((name) => figures(name, format).integrated));
      for (const name of effects) {
        const f = figures(name, format);
        if (effectOfFile(name) === 'type') expect(f.shortTermMax! - loudestBed, name).toBeGreaterThanOrEqual(8);
        expect(f.momentaryMax! - loudestBed, `${name}.${format}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it(`no true peak above ${TRUE_PEAK_CEILING_DBTP} dBTP, in either encoding`, () => {
    for (const name of SOUND_FILES) {
      for (const format of SOUND_FORMATS) {
        const { truePeak } = figures(name, format);
        expect(truePeak, `${name}.${format}`).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DBTP);
      }
    }
  });

  it(`loudness is not bought by crushing: the limiter takes at most ${MAX_LIMITING_DB} dB off any peak`, () => {
    for (const name of SOUND_FILES) {
      for (const format of SOUND_FORMATS) {
        expect(figures(name, format).limitedDb, `${name}.${format}`).toBeLessThanOrEqual(MAX_LIMITING_DB);
      }
    }
  });

  it('at the default volumes the room is heard at once, and the typing clearly over it', () => {
    const db = (volume: number) => 20 * Math.log10(volume);
    const room = BED_LOUDNESS_LUFS + db(DEFAULT_SETTINGS.musicVolume);
    const typing = EFFECT_LOUDNESS_LUFS.type + db(DEFAULT_SETTINGS.effectsVolume);
    // No more than 3 LU under the mix's own level (the old default took 4.4 dB off beds at -34 to -49).
    expect(room).toBeGreaterThanOrEqual(BED_LOUDNESS_LUFS - 3);
    expect(typing - room).toBeGreaterThanOrEqual(8);
    // And further while the page is typed, when the bed ducks.
    expect(typing - (room + DUCK_DB)).toBeGreaterThanOrEqual(12);
  });
});
