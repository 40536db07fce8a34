/**
 * Loudness as EBU R128 defines it, measured by ffmpeg's `ebur128` filter (with `peak=true`
 * for the true peak), so that the figures are the ones any broadcast tool would give. The
 * parsing is pure (tested on ffmpeg's own output); `ebur128` runs ffmpeg on a file.
 */
import { spawnSync } from 'node:child_process';

export interface Loudness {
  /** Integrated loudness, gated (LUFS). */
  readonly integrated: number;
  /** The loudest 3 s window (LUFS); null when the input is shorter than 3 s. */
  readonly shortTermMax: number | null;
  /** The loudest 400 ms window (LUFS); null when the input is shorter than 400 ms. */
  readonly momentaryMax: number | null;
  /** True peak (dBTP), oversampled by ffmpeg; -Infinity for silence. */
  readonly truePeak: number;
}

/** What ffmpeg prints for a window that is not yet full, or for silence. */
const SILENT = -120;

/** ffmpeg's numbers, where silence is `-inf` (and a window it could not compute `nan`, skipped). */
const num = (text: string | undefined): number => (text === '-inf' ? Number.NEGATIVE_INFINITY : Number(text));

/**
 * Reads ffmpeg's log: one line per 100 ms (`M:` momentary, `S:` short-term), then a summary
 * with `I:` and the true `Peak:`. ffmpeg prints -120.7 until a window is full; those are skipped.
 */
export function parseEbur128(log: string): Loudness {
  let shortTermMax: number | null = null;
  let momentaryMax: number | null = null;
  for (const match of log.matchAll(/\bM:\s*(-?[\d.]+|-inf|nan)\s+S:\s*(-?[\d.]+|-inf|nan)/g)) {
    const m = num(match[1]);
    const s = num(match[2]);
    if (Number.isFinite(m) && m > SILENT) momentaryMax = Math.max(momentaryMax ?? m, m);
    if (Number.isFinite(s) && s > SILENT) shortTermMax = Math.max(shortTermMax ?? s, s);
  }
  const at = log.lastIndexOf('Summary:');
  if (at < 0) throw new Error('ffmpeg printed no ebur128 summary');
  const summary = log.slice(at);
  const integrated = num(/\bI:\s*(-?[\d.]+|-inf)\s*LUFS/.exec(summary)?.[1]);
  const truePeak = num(/True peak:\s*Peak:\s*(-?[\d.]+|-inf)/.exec(summary)?.[1]);
  if (Number.isNaN(integrated) || Number.isNaN(truePeak))
    throw new Error(`ffmpeg summary without I or Peak:\n${summary}`);
  return { integrated, shortTermMax, momentaryMax, truePeak };
}

/**
 * Measures `file` with ffmpeg, after `filters` (such as `apad`, so that a one-shot lies inside
 * a short-term window). Mono in, so no channel weighting is involved.
 */
export function ebur128(file: string, filters: readonly string[] = []): Loudness {
  const result = spawnSync(
    'ffmpeg',
    ['-hide_banner', '-nostats', '-i', file, '-af', [...filters, 'ebur128=peak=true'].join(','), '-f', 'null', '-'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw new Error(`ffmpeg could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`ffmpeg ebur128 on ${file} failed:\n${result.stderr}`);
  return parseEbur128(result.stderr);
}
