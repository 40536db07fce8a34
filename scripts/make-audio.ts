/**
 * Makes every sound the game plays, from nothing: synthesizes PCM with the project's own DSP
 * (scripts/audio/), then mixes it by loudness: each sound is gained (and limited) until its
 * ENCODED file, webm/Opus and mp3 each, measures on its target with ffmpeg's ebur128 (src/audio/
 * mix.ts), measured as the game plays it (scripts/audio/as-played.ts). Deterministic: the same
 * code and the same ffmpeg give the same samples (gains move in 0.1 dB steps). Writes
 * assets/audio/measurements.json (loudness, levels, spectrum, loop seams, sizes).
 *
 *   npm run audio                 all sounds
 *   npm run audio -- --only rain  some sounds (comma-separated)
 *   npm run audio -- --keep-wav   keep the WAVs and print where they are
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  BED_LOUDNESS_LUFS,
  BED_TOLERANCE_LU,
  EFFECT_LOUDNESS_LUFS,
  EFFECT_TOLERANCE_LU,
  KEY_RUN_INTERVAL_MS,
  MAX_LIMITING_DB,
  TRUE_PEAK_CEILING_DBTP,
} from '../src/audio/mix';
import { BED_LOOP_SECONDS, BED_PAD_MS, effectOfFile, SOUND_FILES, type SOUND_FORMATS } from '../src/audio/sound-files';
import { measure, seamEnergyRatio, seamRatio } from './audio/analyze';
import { alone, keyRun, type MeasuredAs, measuredAs } from './audio/as-played';
import { BEDS, renderBed } from './audio/beds';
import {
  type Buffer,
  dbfs,
  fromDb,
  limit,
  padLoop,
  peak,
  prng,
  SAMPLE_RATE,
  scale,
  seconds,
  seedOf,
} from './audio/dsp';
import { EFFECT_RECIPES, renderEffect } from './audio/effects';
import { ebur128, type Loudness } from './audio/loudness';
import {
  type Aim,
  BED_LANDING_LU,
  EFFECT_LANDING_LU,
  firstSetting,
  isBetter,
  landed,
  MAX_ATTEMPTS,
  nextSetting,
  type Reading,
  type Setting,
} from './audio/normalize';
import { readF32, writeWav } from './audio/wav';

const OUT_DIR = resolve(import.meta.dirname, '..', 'assets', 'audio');
const REPORT = join(OUT_DIR, 'measurements.json');

/** Encoder settings: beds are mono and quiet, so low bitrates hold up. */
const OPUS_BITRATE = '48k';
const MP3_BITRATE = '64k';

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set((args[args.indexOf('--only') + 1] ?? '').split(',')) : null;
const keepWav = args.includes('--keep-wav');

function run(command: string, commandArgs: string[]): string {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

function requireTools(): void {
  const probe = spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error('npm run audio needs ffmpeg (with libopus and libmp3lame). On Debian: apt-get install -y ffmpeg');
    process.exit(1);
  }
  for (const encoder of ['libopus', 'libmp3lame']) {
    if (!probe.stdout.includes(encoder)) {
      console.error(`ffmpeg here has no ${encoder} encoder; install Debian's ffmpeg.`);
      process.exit(1);
    }
  }
}

type Format = (typeof SOUND_FORMATS)[number];

function encode(wav: string, name: string, format: Format): string {
  const out = join(OUT_DIR, `${name}.${format}`);
  const common = ['-hide_banner', '-v', 'error', '-y', '-i', wav, '-map_metadata', '-1', '-fflags', '+bitexact'];
  if (format === 'webm')
    run('ffmpeg', [...common, '-c:a', 'libopus', '-b:a', OPUS_BITRATE, '-application', 'audio', '-ac', '1', out]);
  else run('ffmpeg', [...common, '-c:a', 'libmp3lame', '-b:a', MP3_BITRATE, '-ac', '1', '-flags:a', '+bitexact', out]);
  return out;
}

function decode(file: string, dir: string): Float64Array {
  const raw = join(dir, 'decoded.f32');
  run('ffmpeg', [
    '-hide_banner',
    '-v',
    'error',
    '-y',
    '-i',
    file,
    '-f',
    'f32le',
    '-ac',
    '1',
    '-ar',
    String(SAMPLE_RATE),
    raw,
  ]);
  return readF32(raw);
}

/** sox's own view of the WAV, as a cross-check of the script's measurements. */
function soxStat(wav: string): { maxAmplitude: number; rmsAmplitude: number } | null {
  const result = spawnSync('sox', [wav, '-n', 'stat'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const find = (label: string) => Number(new RegExp(`${label}:\\s+([-0-9.e]+)`).exec(result.stderr)?.[1] ?? Number.NaN);
  const maxAmplitude = Math.max(Math.abs(find('Maximum amplitude')), Math.abs(find('Minimum amplitude')));
  return { maxAmplitude, rmsAmplitude: find('RMS\\s+amplitude') };
}

function render(name: string): Buffer {
  const rng = prng(seedOf(name));
  const bed = BEDS[name];
  const loopSeconds = BED_LOOP_SECONDS[name as keyof typeof BED_LOOP_SECONDS];
  if (bed && loopSeconds) return renderBed(bed, loopSeconds, rng);
  const effect = EFFECT_RECIPES[name];
  if (effect) return renderEffect(effect, rng);
  throw new Error(`No recipe for sound "${name}"`);
}

/** The figures of one encoding, as the game plays it (see as-played.ts). */
interface Figures extends Loudness {
  readonly measuredAs: MeasuredAs;
}

/** Measures a file (encoded, or the render's WAV) the way its sound is heard. */
function figuresOf(file: string, name: string, work: string): Figures {
  const as = measuredAs(name);
  if (as === 'loop') return { measuredAs: as, ...ebur128(file) };
  // A one-shot alone, or keys in a run, are placed from the decoded file: the loudness of the
  // placing, the true peak of the file itself (a run's overlapping tails are not the file's).
  const placedWav = join(work, 'placed.wav');
  const decoded = decode(file, work);
  writeWav(placedWav, as === 'alone' ? alone(decoded) : keyRun(decoded));
  return { measuredAs: as, ...ebur128(placedWav), truePeak: ebur128(file).truePeak };
}

function readingOf(figures: Figures): Reading {
  const loudness =
    figures.measuredAs === 'loop' ? figures.integrated : (figures.shortTermMax ?? Number.NEGATIVE_INFINITY);
  return { loudness, truePeak: figures.truePeak };
}

function aimFor(name: string): Aim {
  const effect = effectOfFile(name);
  const target = effect === null ? BED_LOUDNESS_LUFS : EFFECT_LOUDNESS_LUFS[effect];
  return {
    target,
    truePeakCeiling: TRUE_PEAK_CEILING_DBTP,
    landing: effect === null ? BED_LANDING_LU : EFFECT_LANDING_LU,
  };
}

interface Levelled {
  readonly setting: Setting;
  readonly limitedDb: number;
  readonly attempts: number;
  readonly landed: boolean;
  readonly figures: Figures;
  /** The samples as encoded (after gain and limiter, before padding). */
  readonly samples: Buffer;
}

/** How many dB the limiter takes off the loudest sample at this setting (0 when it does nothing). */
function limitedDb(samples: Buffer, setting: Setting): number {
  return Math.max(0, Math.round((dbfs(peak(samples)) + setting.gainDb - setting.ceilingDb) * 10) / 10);
}

/** The render at a gain, through the limiter. */
function apply(samples: Buffer, setting: Setting): Buffer {
  return limit(scale(samples.slice(), fromDb(setting.gainDb)), setting.ceilingDb);
}

/**
 * Encodes one format, measures it, corrects the gain, and again, until it lands on its target;
 * if it never does, the attempt that came nearest is encoded again and kept.
 */
function level(samples: Buffer, name: string, format: Format, start: Setting, work: string): Levelled {
  const aim = aimFor(name);
  const pad = measuredAs(name) === 'loop' ? seconds(BED_PAD_MS / 1000) : 0;
  const wav = join(work, `${name}.${format}.wav`);
  const attemptAt = (setting: Setting) => {
    const out = apply(samples, setting);
    writeWav(wav, pad > 0 ? padLoop(out, pad) : out);
    const figures = figuresOf(encode(wav, name, format), name, work);
    return { setting, out, figures, reading: readingOf(figures) };
  };
  let last = attemptAt(start);
  let best = last;
  let attempts = 1;
  while (!landed(last.reading, aim) && attempts < MAX_ATTEMPTS) {
    last = attemptAt(nextSetting(last.setting, last.reading, aim));
    attempts++;
    if (isBetter(last.reading, best.reading, aim)) best = last;
  }
  // The last attempt is the one on disk; the best one is encoded again (the same input gives the same file).
  const kept = best === last ? last : attemptAt(best.setting);
  return {
    setting: kept.setting,
    limitedDb: limitedDb(samples, kept.setting),
    attempts,
    landed: landed(kept.reading, aim),
    figures: kept.figures,
    samples: kept.out,
  };
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function main(): void {
  requireTools();
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'the-consultant-audio-'));
  const previous = (() => {
    try {
      return JSON.parse(readFileSync(REPORT, 'utf8')) as { files: Record<string, unknown> };
    } catch {
      return { files: {} };
    }
  })();
  const files: Record<string, unknown> = { ...previous.files };
  const problems: string[] = [];
  console.log(
    'name            kind    target   webm: gain  loud   TP   mp3: gain  loud   TP   peak dBFS  seam      webm KB  mp3 KB',
  );
  for (const name of SOUND_FILES) {
    if (only && !only.has(name)) continue;
    const samples = render(name);
    const isBed = measuredAs(name) === 'loop';
    const pad = isBed ? seconds(BED_PAD_MS / 1000) : 0;
    const aim = aimFor(name);
    // The first gain comes from the render itself, measured the same way before any encoding.
    const renderWav = join(work, `${name}.wav`);
    writeWav(renderWav, isBed ? padLoop(samples, pad) : samples);
    const start = firstSetting(readingOf(figuresOf(renderWav, name, work)), aim);
    const webmLevel = level(samples, name, 'webm', start, work);
    const mp3Level = level(samples, name, 'mp3', webmLevel.setting, work);
    const webm = join(OUT_DIR, `${name}.webm`);
    const mp3 = join(OUT_DIR, `${name}.mp3`);
    // The WAV-side figures describe the webm's render (the mp3's differs by a fraction of a dB).
    const final = webmLevel.samples;
    const finalWav = join(work, `${name}.webm.wav`);
    const m = measure(final);
    const sox = soxStat(finalWav);
    const decodedWebm = decode(webm, work);
    const decodedMp3 = decode(mp3, work);
    const seam = isBed ? { wav: seamRatio(final), energy: seamEnergyRatio(final) } : null;
    // The loop as the player plays it: cut from the decoded webm at the sprite's bounds.
    const webmSeam = isBed ? seamEnergyRatio(decodedWebm.subarray(pad, pad + final.length)) : null;
    const loudnessOf = (l: Levelled) => ({
      gainDb: l.setting.gainDb,
      limiterCeilingDb: l.setting.ceilingDb,
      limitedDb: l.limitedDb,
      attempts: l.attempts,
      landed: l.landed,
      integrated: round1(l.figures.integrated),
      shortTermMax: round1(l.figures.shortTermMax),
      momentaryMax: round1(l.figures.momentaryMax),
      truePeak: round1(l.figures.truePeak),
    });
    const entry = {
      kind: isBed ? 'bed' : 'effect',
      ...m,
      soxMaxAmplitude: sox?.maxAmplitude ?? null,
      soxPeakDb: sox ? Math.round(dbfs(sox.maxAmplitude) * 10) / 10 : null,
      webmPeakDb: Math.round(dbfs(peak(decodedWebm)) * 10) / 10,
      mp3PeakDb: Math.round(dbfs(peak(decodedMp3)) * 10) / 10,
      webmSeconds: Math.round((decodedWebm.length / SAMPLE_RATE) * 1000) / 1000,
      seam: seam ? { jumpRatio: seam.wav.ratio, energyRatio: seam.energy, webmEnergyRatio: webmSeam } : null,
      webmBytes: statSync(webm).size,
      mp3Bytes: statSync(mp3).size,
      loudness: {
        measuredAs: measuredAs(name),
        figure: isBed ? 'integrated' : 'shortTermMax',
        target: aim.target,
        webm: loudnessOf(webmLevel),
        mp3: loudnessOf(mp3Level),
      },
    };
    files[name] = entry;
    for (const [format, l] of [
      ['webm', webmLevel],
      ['mp3', mp3Level],
    ] as const) {
      const reading = readingOf(l.figures);
      const tolerance = isBed ? BED_TOLERANCE_LU : EFFECT_TOLERANCE_LU;
      if (Math.abs(reading.loudness - aim.target) > tolerance)
        problems.push(
          `${name}.${format} is not within ${tolerance} LU of ${aim.target} LUFS after ${l.attempts} attempts (${reading.loudness.toFixed(1)}, true peak ${reading.truePeak})`,
        );
      if (l.limitedDb > MAX_LIMITING_DB)
        problems.push(
          `${name}.${format}: the limiter takes ${l.limitedDb} dB off its peaks (at most ${MAX_LIMITING_DB})`,
        );
      if (reading.truePeak > TRUE_PEAK_CEILING_DBTP)
        problems.push(`${name}.${format}: true peak ${reading.truePeak} dBTP, above ${TRUE_PEAK_CEILING_DBTP}`);
    }
    for (const [label, db] of [
      ['wav', entry.peakDb],
      ['webm', entry.webmPeakDb],
      ['mp3', entry.mp3PeakDb],
    ] as const) {
      if (db > TRUE_PEAK_CEILING_DBTP)
        problems.push(`${name} (${label}) peaks at ${db} dBFS, above ${TRUE_PEAK_CEILING_DBTP}`);
    }
    if (seam && (seam.wav.ratio > 1 || seam.energy > 3 || (webmSeam ?? 0) > 3))
      problems.push(`${name}: the loop seam stands out (${JSON.stringify(seam)})`);
    const cells = (l: Levelled) =>
      [
        l.setting.gainDb.toFixed(1).padStart(10),
        readingOf(l.figures).loudness.toFixed(1).padStart(6),
        l.figures.truePeak.toFixed(1).padStart(5),
      ].join(' ');
    console.log(
      [
        name.padEnd(15),
        entry.kind.padEnd(6),
        aim.target.toFixed(1).padStart(7),
        cells(webmLevel),
        cells(mp3Level),
        entry.peakDb.toFixed(1).padStart(10),
        (seam ? `${seam.wav.ratio}/${seam.energy}/${webmSeam}` : '-').padStart(16),
        (entry.webmBytes / 1024).toFixed(1).padStart(8),
        (entry.mp3Bytes / 1024).toFixed(1).padStart(7),
      ].join(' '),
    );
  }
  const totalBytes = Object.values(files).reduce<number>((sum, f) => {
    const e = f as { webmBytes: number; mp3Bytes: number };
    return sum + e.webmBytes + e.mp3Bytes;
  }, 0);
  const targets = {
    bedIntegratedLufs: BED_LOUDNESS_LUFS,
    effectShortTermMaxLufs: EFFECT_LOUDNESS_LUFS,
    truePeakCeilingDbtp: TRUE_PEAK_CEILING_DBTP,
    keyRunIntervalMs: KEY_RUN_INTERVAL_MS,
    maxLimitingDb: MAX_LIMITING_DB,
  };
  writeFileSync(
    REPORT,
    `${JSON.stringify({ sampleRate: SAMPLE_RATE, opusBitrate: OPUS_BITRATE, mp3Bitrate: MP3_BITRATE, targets, totalBytes, files }, null, 2)}\n`,
  );
  console.log(`\ntotal encoded size: ${(totalBytes / 1024 / 1024).toFixed(2)} MB; report in ${REPORT}`);
  if (keepWav) console.log(`WAVs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(`\nProblems:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
}

main();
