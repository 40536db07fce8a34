import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { soundSources } from '../../../src/audio/howler-sound';
import { type AmbientBed, EFFECTS } from '../../../src/audio/sound';
import {
  AMBIENT_BEDS,
  BED_LOOP_SECONDS,
  BED_PAD_MS,
  effectFiles,
  SOUND_FILES,
  SOUND_FORMATS,
} from '../../../src/audio/sound-files';

const dir = join(import.meta.dirname, '..', '..', '..', 'assets', 'audio');

interface Entry {
  kind: 'bed' | 'effect';
  seconds: number;
  peakDb: number;
  rmsDb: number;
  webmPeakDb: number;
  mp3PeakDb: number;
  webmSeconds: number;
  centroidHz: number;
  bands: { low: number; lowMid: number; highMid: number; high: number };
  seam: { jumpRatio: number; energyRatio: number; webmEnergyRatio: number } | null;
  webmBytes: number;
  mp3Bytes: number;
}
const report = JSON.parse(readFileSync(join(dir, 'measurements.json'), 'utf8')) as {
  totalBytes: number;
  files: Record<string, Entry>;
};

describe('sound files', () => {
  it('the bed list is exactly the AmbientBed type', () => {
    expectTypeOf<(typeof AMBIENT_BEDS)[number]>().toEqualTypeOf<AmbientBed>();
    expect(new Set(AMBIENT_BEDS).size).toBe(AMBIENT_BEDS.length);
    expect(Object.keys(BED_LOOP_SECONDS).sort()).toEqual([...AMBIENT_BEDS].sort());
  });

  it('every bed and every effect has a file in assets/audio in both formats', () => {
    const names = [...AMBIENT_BEDS, ...EFFECTS.flatMap((effect) => effectFiles(effect))];
    expect(names).toEqual(SOUND_FILES);
    expect(effectFiles('type').length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      for (const format of SOUND_FORMATS) {
        const file = join(dir, `${name}.${format}`);
        expect(existsSync(file), `${name}.${format}`).toBe(true);
        expect(statSync(file).size, `${name}.${format}`).toBeGreaterThan(500);
      }
    }
  });

  it('the game finds every file through Vite, webm first then mp3', () => {
    for (const name of SOUND_FILES) {
      const urls = soundSources(name);
      expect(urls, name).toHaveLength(2);
      expect(urls[0]).toMatch(/\.webm$/);
      expect(urls[1]).toMatch(/\.mp3$/);
    }
  });

  it('files carry their format signature (WebM/EBML and MP3)', () => {
    for (const name of SOUND_FILES) {
      const webm = readFileSync(join(dir, `${name}.webm`));
      expect([...webm.subarray(0, 4)], `${name}.webm`).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
      const mp3 = readFileSync(join(dir, `${name}.mp3`));
      const id3 = mp3.subarray(0, 3).toString('latin1') === 'ID3';
      const frameSync = mp3[0] === 0xff && (mp3[1]! & 0xe0) === 0xe0;
      expect(id3 || frameSync, `${name}.mp3`).toBe(true);
    }
  });
});

describe('measured levels (assets/audio/measurements.json, written by npm run audio; loudness in mix.test.ts)', () => {
  it('covers every file', () => {
    expect(Object.keys(report.files).sort()).toEqual([...SOUND_FILES].sort());
  });

  it('nothing clips, before or after encoding', () => {
    for (const [name, entry] of Object.entries(report.files)) {
      for (const db of [entry.peakDb, entry.webmPeakDb, entry.mp3PeakDb]) expect(db, name).toBeLessThan(-1);
    }
  });

  it('each entry says what it is: a bed or an effect', () => {
    for (const name of SOUND_FILES) {
      const bed = (AMBIENT_BEDS as readonly string[]).includes(name);
      expect(report.files[name]!.kind, name).toBe(bed ? 'bed' : 'effect');
    }
  });

  it('beds are loops of the declared length, padded on both sides, with no seam at the loop point', () => {
    for (const name of AMBIENT_BEDS) {
      const entry = report.files[name]!;
      expect(entry.seconds, name).toBe(BED_LOOP_SECONDS[name]);
      expect(entry.webmSeconds, name).toBeCloseTo(BED_LOOP_SECONDS[name] + (2 * BED_PAD_MS) / 1000, 2);
      expect(entry.seconds, name).toBeGreaterThanOrEqual(20);
      expect(entry.seconds, name).toBeLessThanOrEqual(45);
      expect(entry.seam!.jumpRatio, name).toBeLessThanOrEqual(1);
      expect(entry.seam!.energyRatio, name).toBeLessThan(3);
      expect(entry.seam!.webmEnergyRatio, name).toBeLessThan(3);
    }
  });

  it('has the spectrum each sound calls for', () => {
    const f = report.files;
    // Rain is a hiss with body; typewriter keys, the clip and the page are bright; the
    // stamp, the drawer and the drones are low; the dinner murmur sits in the voice range.
    expect(f.rain!.centroidHz).toBeGreaterThan(1000);
    for (const key of effectFiles('type')) expect(f[key]!.bands.highMid, key).toBeGreaterThan(50);
    expect(f.clip!.bands.highMid).toBeGreaterThan(80);
    expect(f.page!.centroidHz).toBeGreaterThan(3000);
    expect(f.stamp!.bands.low).toBeGreaterThan(80);
    expect(f.drawer!.centroidHz).toBeLessThan(1000);
    for (const bed of ['drone', 'drone-tight'] as const) {
      expect(f[bed]!.centroidHz, bed).toBeGreaterThan(55);
      expect(f[bed]!.centroidHz, bed).toBeLessThan(400);
    }
    expect(f.dinner!.bands.lowMid).toBeGreaterThan(60);
  });

  it('stays small: under 3 MB in all', () => {
    const total = Object.values(report.files).reduce((sum, e) => sum + e.webmBytes + e.mp3Bytes, 0);
    expect(total).toBe(report.totalBytes);
    expect(total).toBeLessThan(3 * 1024 * 1024);
    for (const name of SOUND_FILES) {
      expect(statSync(join(dir, `${name}.webm`)).size).toBe(report.files[name]!.webmBytes);
    }
  });
});
