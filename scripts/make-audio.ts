/**
 * Makes every sound the game plays, from nothing: synthesizes PCM with the project's own DSP
 * (scripts/audio/), writes WAVs to a temporary folder, measures them, and encodes each to
 * webm/Opus and mp3 in assets/audio/ with ffmpeg. Deterministic: the same code gives the same
 * samples. Writes assets/audio/measurements.json (levels, spectrum, loop seams, sizes).
 *
 *   npm run audio                 all sounds
 *   npm run audio -- --only rain  some sounds (comma-separated)
 *   npm run audio -- --keep-wav   keep the WAVs and print where they are
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AMBIENT_BEDS, BED_LOOP_SECONDS, BED_PAD_MS, SOUND_FILES } from '../src/audio/sound-files';
import { measure, seamEnergyRatio, seamRatio } from './audio/analyze';
import { BEDS, renderBed } from './audio/beds';
import { type Buffer, dbfs, padLoop, peak, prng, SAMPLE_RATE, seconds, seedOf } from './audio/dsp';
import { EFFECT_RECIPES, renderEffect } from './audio/effects';
import { readF32, writeWav } from './audio/wav';

const OUT_DIR = resolve(import.meta.dirname, '..', 'assets', 'audio');
const REPORT = join(OUT_DIR, 'measurements.json');

/** Encoder settings: beds are mono and quiet, so low bitrates hold up. */
const OPUS_BITRATE = '48k';
const MP3_BITRATE = '64k';
/** Nothing may come closer to full scale than this, after encoding too. */
const CEILING_DB = -1;

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

function encode(wav: string, name: string): { webm: string; mp3: string } {
  const webm = join(OUT_DIR, `${name}.webm`);
  const mp3 = join(OUT_DIR, `${name}.mp3`);
  const common = ['-hide_banner', '-v', 'error', '-y', '-i', wav, '-map_metadata', '-1', '-fflags', '+bitexact'];
  run('ffmpeg', [...common, '-c:a', 'libopus', '-b:a', OPUS_BITRATE, '-application', 'audio', '-ac', '1', webm]);
  run('ffmpeg', [...common, '-c:a', 'libmp3lame', '-b:a', MP3_BITRATE, '-ac', '1', '-flags:a', '+bitexact', mp3]);
  return { webm, mp3 };
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
  const beds = new Set<string>(AMBIENT_BEDS);
  console.log(
    'name            kind    secs   peak dBFS  rms dBFS  sox peak  webm peak  mp3 peak  seam  webm seam   webm KB  mp3 KB',
  );
  for (const name of SOUND_FILES) {
    if (only && !only.has(name)) continue;
    const samples = render(name);
    const isBed = beds.has(name);
    const pad = isBed ? seconds(BED_PAD_MS / 1000) : 0;
    const wav = join(work, `${name}.wav`);
    writeWav(wav, isBed ? padLoop(samples, pad) : samples);
    const m = measure(samples);
    const sox = soxStat(wav);
    const { webm, mp3 } = encode(wav, name);
    const decodedWebm = decode(webm, work);
    const decodedMp3 = decode(mp3, work);
    const seam = isBed ? { wav: seamRatio(samples), energy: seamEnergyRatio(samples) } : null;
    // The loop as the player plays it: cut from the decoded webm at the sprite's bounds.
    const webmSeam = isBed ? seamEnergyRatio(decodedWebm.subarray(pad, pad + samples.length)) : null;
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
    };
    files[name] = entry;
    for (const [label, db] of [
      ['wav', entry.peakDb],
      ['webm', entry.webmPeakDb],
      ['mp3', entry.mp3PeakDb],
    ] as const) {
      if (db > CEILING_DB) problems.push(`${name} (${label}) peaks at ${db} dBFS, above ${CEILING_DB}`);
    }
    if (seam && (seam.wav.ratio > 1 || seam.energy > 3 || (webmSeam ?? 0) > 3))
      problems.push(`${name}: the loop seam stands out (${JSON.stringify(seam)})`);
    console.log(
      [
        name.padEnd(15),
        entry.kind.padEnd(6),
        entry.seconds.toFixed(2).padStart(6),
        entry.peakDb.toFixed(1).padStart(10),
        entry.rmsDb.toFixed(1).padStart(9),
        (entry.soxPeakDb ?? Number.NaN).toFixed(1).padStart(9),
        entry.webmPeakDb.toFixed(1).padStart(10),
        entry.mp3PeakDb.toFixed(1).padStart(9),
        (seam ? `${seam.wav.ratio}/${seam.energy}` : '-').padStart(10),
        String(webmSeam ?? '-').padStart(6),
        (entry.webmBytes / 1024).toFixed(1).padStart(9),
        (entry.mp3Bytes / 1024).toFixed(1).padStart(7),
      ].join(' '),
    );
  }
  const totalBytes = Object.values(files).reduce<number>((sum, f) => {
    const e = f as { webmBytes: number; mp3Bytes: number };
    return sum + e.webmBytes + e.mp3Bytes;
  }, 0);
  writeFileSync(
    REPORT,
    `${JSON.stringify({ sampleRate: SAMPLE_RATE, opusBitrate: OPUS_BITRATE, mp3Bitrate: MP3_BITRATE, totalBytes, files }, null, 2)}\n`,
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
