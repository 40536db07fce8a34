/** Measurements that stand in for listening: level, length, spectrum, loop seam. */
import { type Buffer, dbfs, peak, rms, SAMPLE_RATE } from './dsp';

export interface Measurement {
  readonly seconds: number;
  readonly peakDb: number;
  readonly rmsDb: number;
  /** Share of spectral energy per band, in percent. */
  readonly bands: { readonly low: number; readonly lowMid: number; readonly highMid: number; readonly high: number };
  readonly centroidHz: number;
}

export const BAND_EDGES = { low: [0, 200], lowMid: [200, 2000], highMid: [2000, 8000], high: [8000, 24000] } as const;

export function measure(samples: Buffer): Measurement {
  const spectrum = averageSpectrum(samples, 4096);
  const binHz = SAMPLE_RATE / 4096;
  const energy = { low: 0, lowMid: 0, highMid: 0, high: 0 };
  let total = 0;
  let weighted = 0;
  for (let k = 1; k < spectrum.length; k++) {
    const f = k * binHz;
    const e = spectrum[k]!;
    total += e;
    weighted += e * f;
    for (const band of Object.keys(BAND_EDGES) as (keyof typeof BAND_EDGES)[]) {
      const [lo, hi] = BAND_EDGES[band];
      if (f >= lo && f < hi) energy[band] += e;
    }
  }
  const pct = (e: number) => Math.round((1000 * e) / Math.max(total, 1e-30)) / 10;
  return {
    seconds: round(samples.length / SAMPLE_RATE, 3),
    peakDb: round(dbfs(peak(samples)), 1),
    rmsDb: round(dbfs(rms(samples)), 1),
    bands: { low: pct(energy.low), lowMid: pct(energy.lowMid), highMid: pct(energy.highMid), high: pct(energy.high) },
    centroidHz: Math.round(weighted / Math.max(total, 1e-30)),
  };
}

/**
 * How big the jump from the last sample back to the first is, compared with the
 * sample-to-sample steps inside the loop: the ratio to the 99.9th percentile step.
 * Below 1 the seam is no bigger than what happens everywhere else (no click).
 */
export function seamRatio(samples: Buffer): { jump: number; typical: number; ratio: number } {
  const steps = new Float64Array(samples.length - 1);
  for (let i = 1; i < samples.length; i++) steps[i - 1] = Math.abs(samples[i]! - samples[i - 1]!);
  steps.sort();
  const typical = steps[Math.floor(steps.length * 0.999)] ?? 0;
  const jump = Math.abs(samples[0]! - samples[samples.length - 1]!);
  return { jump, typical, ratio: typical > 0 ? round(jump / typical, 3) : 0 };
}

/**
 * Energy around the seam against energy elsewhere: RMS of the first-difference (a click
 * detector, high-passed) in a 20 ms window across the wrap, divided by its median over windows.
 */
export function seamEnergyRatio(samples: Buffer): number {
  const win = Math.round(0.02 * SAMPLE_RATE);
  const n = samples.length;
  const windowEnergy = (center: number) => {
    let s = 0;
    for (let i = center - win / 2; i < center + win / 2; i++) {
      const a = samples[((i % n) + n) % n]!;
      const b = samples[(((i - 1 + n) % n) + n) % n]!;
      s += (a - b) ** 2;
    }
    return Math.sqrt(s / win);
  };
  const energies: number[] = [];
  for (let c = win; c < n - win; c += win) energies.push(windowEnergy(c));
  energies.sort((a, b) => a - b);
  const median = energies[Math.floor(energies.length / 2)] ?? 0;
  return median > 0 ? round(windowEnergy(0) / median, 2) : 0;
}

/** Welch-averaged power spectrum with a Hann window. */
function averageSpectrum(samples: Buffer, size: number): Float64Array {
  const out = new Float64Array(size / 2);
  const window = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1)));
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  let frames = 0;
  for (let start = 0; start + size <= samples.length; start += size / 2) {
    for (let i = 0; i < size; i++) {
      re[i] = samples[start + i]! * window[i]!;
      im[i] = 0;
    }
    fft(re, im);
    for (let k = 0; k < size / 2; k++) out[k] = out[k]! + re[k]! ** 2 + im[k]! ** 2;
    frames++;
  }
  if (frames === 0) {
    // Shorter than one frame: zero-pad.
    re.fill(0);
    im.fill(0);
    for (let i = 0; i < samples.length; i++) re[i] = samples[i]!;
    fft(re, im);
    for (let k = 0; k < size / 2; k++) out[k] = re[k]! ** 2 + im[k]! ** 2;
  }
  return out;
}

/** In-place iterative radix-2 FFT. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k;
        const b = a + len / 2;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
