/**
 * A small, deterministic DSP kit for the sound script: a seeded PRNG, noises, filters,
 * envelopes and mixing. Everything works on mono Float64Array buffers at SAMPLE_RATE.
 */

export const SAMPLE_RATE = 48_000;
export type Buffer = Float64Array;

export const seconds = (s: number): number => Math.round(s * SAMPLE_RATE);

/** mulberry32: small, fast, good enough for audio, and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of a name: each sound gets its own stable seed. */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = () => number;
export const between = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng();

export function white(rng: Rng, n: number): Buffer {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng() * 2 - 1;
  return out;
}

/** Pink noise (Paul Kellet's economy filter), roughly -3 dB per octave. */
export function pink(rng: Rng, n: number): Buffer {
  const out = new Float64Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = rng() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

/** Brown noise: leaky integrated white noise, -6 dB per octave. */
export function brown(rng: Rng, n: number): Buffer {
  const out = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.998 * y + (rng() * 2 - 1) * 0.05;
    // Scaled so its level is near pink noise's (raw, it is about 0.8 RMS).
    out[i] = y * 0.15;
  }
  return out;
}

/** RBJ biquad. Coefficients can be changed while running (for swept filters). */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  constructor(
    private kind: 'lowpass' | 'highpass' | 'bandpass',
    frequency: number,
    q = Math.SQRT1_2,
  ) {
    this.set(frequency, q);
  }

  set(frequency: number, q = Math.SQRT1_2): this {
    const f = Math.min(frequency, SAMPLE_RATE * 0.45);
    const w = (2 * Math.PI * f) / SAMPLE_RATE;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number;
    let b1: number;
    let b2: number;
    if (this.kind === 'lowpass') {
      b0 = (1 - cos) / 2;
      b1 = 1 - cos;
      b2 = (1 - cos) / 2;
    } else if (this.kind === 'highpass') {
      b0 = (1 + cos) / 2;
      b1 = -(1 + cos);
      b2 = (1 + cos) / 2;
    } else {
      // Constant 0 dB peak gain.
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
    return this;
  }

  step(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }

  run(buffer: Buffer): Buffer {
    for (let i = 0; i < buffer.length; i++) buffer[i] = this.step(buffer[i]!);
    return buffer;
  }
}

export const lowpass = (buffer: Buffer, f: number, q?: number): Buffer => new Biquad('lowpass', f, q).run(buffer);
export const highpass = (buffer: Buffer, f: number, q?: number): Buffer => new Biquad('highpass', f, q).run(buffer);
export const bandpass = (buffer: Buffer, f: number, q?: number): Buffer => new Biquad('bandpass', f, q).run(buffer);

/** Smoothly varying random values in [0, 1] (cosine-interpolated points every `stepSeconds`). */
export function smoothRandom(rng: Rng, n: number, stepSeconds: number): Buffer {
  const step = Math.max(1, seconds(stepSeconds));
  const points = Array.from({ length: Math.ceil(n / step) + 2 }, () => rng());
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / step);
    const t = (i - k * step) / step;
    const u = (1 - Math.cos(Math.PI * t)) / 2;
    out[i] = points[k]! * (1 - u) + points[k + 1]! * u;
  }
  return out;
}

/** A frequency rounded so that a whole number of cycles fits in `loopSamples`: it loops without a seam. */
export function loopFrequency(frequency: number, loopSamples: number): number {
  const loopSeconds = loopSamples / SAMPLE_RATE;
  return Math.max(1, Math.round(frequency * loopSeconds)) / loopSeconds;
}

/** A sine at a loop-safe frequency, for `n` samples. */
export function sine(n: number, frequency: number, phase = 0): Buffer {
  const out = new Float64Array(n);
  const w = (2 * Math.PI * frequency) / SAMPLE_RATE;
  for (let i = 0; i < n; i++) out[i] = Math.sin(w * i + phase);
  return out;
}

/** Exponential decay envelope with a short linear attack. */
export function decay(n: number, tauSeconds: number, attackSeconds = 0.0005): Buffer {
  const out = new Float64Array(n);
  const attack = Math.max(1, seconds(attackSeconds));
  const tau = tauSeconds * SAMPLE_RATE;
  for (let i = 0; i < n; i++) out[i] = Math.min(1, i / attack) * Math.exp(-i / tau);
  return out;
}

/** Piecewise-linear envelope from [time, value] points. */
export function envelope(n: number, points: readonly (readonly [number, number])[]): Buffer {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    let value = points[points.length - 1]![1];
    for (let k = 0; k < points.length - 1; k++) {
      const [t0, v0] = points[k]!;
      const [t1, v1] = points[k + 1]!;
      if (t < t0) {
        value = v0;
        break;
      }
      if (t <= t1) {
        value = t1 === t0 ? v1 : v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
        break;
      }
    }
    out[i] = value;
  }
  return out;
}

export function multiply(a: Buffer, b: Buffer): Buffer {
  for (let i = 0; i < a.length; i++) a[i] = a[i]! * (b[i] ?? 0);
  return a;
}

export function scale(a: Buffer, gain: number): Buffer {
  for (let i = 0; i < a.length; i++) a[i] = a[i]! * gain;
  return a;
}

/** Adds `source * gain` into `target` starting at `offset`; with `wrap`, what runs off the end re-enters at the start. */
export function mixInto(target: Buffer, source: Buffer, offset = 0, gain = 1, wrap = false): Buffer {
  for (let i = 0; i < source.length; i++) {
    let j = offset + i;
    if (wrap) j = ((j % target.length) + target.length) % target.length;
    if (j < 0 || j >= target.length) continue;
    target[j] = target[j]! + source[i]! * gain;
  }
  return target;
}

export function peak(buffer: Buffer): number {
  let p = 0;
  for (const x of buffer) p = Math.max(p, Math.abs(x));
  return p;
}

export function rms(buffer: Buffer): number {
  let sum = 0;
  for (const x of buffer) sum += x * x;
  return Math.sqrt(sum / Math.max(1, buffer.length));
}

export const dbfs = (amplitude: number): number => (amplitude > 0 ? 20 * Math.log10(amplitude) : -Infinity);
export const fromDb = (db: number): number => 10 ** (db / 20);

/** Scales a buffer so that its peak is `db` dBFS. */
export function normalizePeak(buffer: Buffer, db: number): Buffer {
  const p = peak(buffer);
  return p > 0 ? scale(buffer, fromDb(db) / p) : buffer;
}

/** Removes DC with a gentle high-pass (a few Hz). */
export function removeDc(buffer: Buffer): Buffer {
  return highpass(buffer, 12);
}

/**
 * Makes a seamless loop of `loopSamples` from a longer render: the last `fadeSamples`
 * (past the loop length) are crossfaded (equal power) over the first `fadeSamples`, so the
 * loop's end runs straight back into its start.
 */
export function seamlessLoop(render: Buffer, loopSamples: number, fadeSamples: number): Buffer {
  if (render.length < loopSamples + fadeSamples) throw new Error('render too short for the loop');
  const out = render.slice(0, loopSamples);
  for (let i = 0; i < fadeSamples; i++) {
    const t = (i + 0.5) / fadeSamples;
    const fadeIn = Math.sin((t * Math.PI) / 2);
    const fadeOut = Math.cos((t * Math.PI) / 2);
    out[i] = render[i]! * fadeIn + render[loopSamples + i]! * fadeOut;
  }
  return out;
}

/** Fades the first and last samples of a one-shot to zero so it starts and ends without a click. */
export function edgeFades(buffer: Buffer, inSeconds = 0.0005, outSeconds = 0.01): Buffer {
  const a = Math.max(1, seconds(inSeconds));
  const b = Math.max(1, seconds(outSeconds));
  for (let i = 0; i < a && i < buffer.length; i++) buffer[i] = buffer[i]! * (i / a);
  for (let i = 0; i < b && i < buffer.length; i++) {
    const j = buffer.length - 1 - i;
    buffer[j] = buffer[j]! * (i / b);
  }
  return buffer;
}

/** A simple Schroeder reverb (four combs, two all-passes), mono; returns only the wet signal. */
export function reverb(input: Buffer, roomSeconds = 1.2, damping = 0.3): Buffer {
  const combs = [0.0297, 0.0371, 0.0411, 0.0437].map((s) => Math.round(s * SAMPLE_RATE));
  const out = new Float64Array(input.length);
  for (const delay of combs) {
    const feedback = 10 ** ((-3 * (delay / SAMPLE_RATE)) / roomSeconds);
    const line = new Float64Array(delay);
    let lp = 0;
    for (let i = 0; i < input.length; i++) {
      const k = i % delay;
      const y = line[k]!;
      lp = y * (1 - damping) + lp * damping;
      line[k] = input[i]! + lp * feedback;
      out[i] = out[i]! + y * 0.25;
    }
  }
  for (const delay of [Math.round(0.005 * SAMPLE_RATE), Math.round(0.0017 * SAMPLE_RATE)]) {
    const line = new Float64Array(delay);
    const g = 0.7;
    for (let i = 0; i < out.length; i++) {
      const k = i % delay;
      const buffered = line[k]!;
      const x = out[i]!;
      const y = -g * x + buffered;
      line[k] = x + g * y;
      out[i] = y;
    }
  }
  return out;
}

/** The loop with its own end before it and its own start after it (see BED_PAD_MS). */
export function padLoop(loop: Buffer, padSamples: number): Buffer {
  const out = new Float64Array(loop.length + 2 * padSamples);
  for (let i = 0; i < out.length; i++) {
    const j = (((i - padSamples) % loop.length) + loop.length) % loop.length;
    out[i] = loop[j]!;
  }
  return out;
}

/**
 * A look-ahead peak limiter: no sample comes out above `ceilingDb`. The gain each sample needs
 * is taken as the least over the next `lookahead` samples and averaged over as many, so that it
 * has come down smoothly by the time the peak arrives; it recovers exponentially. Only the
 * few loudest transients are touched, so a one-shot can be as loud as its body allows.
 */
export function limit(buffer: Buffer, ceilingDb: number, lookaheadSeconds = 0.0015, releaseSeconds = 0.06): Buffer {
  const ceiling = fromDb(ceilingDb);
  if (peak(buffer) <= ceiling) return buffer;
  const span = Math.max(1, seconds(lookaheadSeconds));
  // The gain each sample needs, after `span` samples of silence (so the start has its look-ahead too).
  const n = buffer.length + span;
  const need = new Float64Array(n).fill(1);
  for (let i = span; i < n; i++) need[i] = Math.min(1, ceiling / Math.max(1e-12, Math.abs(buffer[i - span]!)));
  // The least gain needed over [i, i + span): a peak is seen `span` samples early.
  const ahead = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let least = 1;
    for (let k = i; k < Math.min(n, i + span); k++) least = Math.min(least, need[k]!);
    ahead[i] = least;
  }
  // Averaged over the last `span` samples: each of them already covers the peak at i, so the
  // average is no more than the gain the peak needs, and the way down has no step.
  const release = Math.exp(-1 / (releaseSeconds * SAMPLE_RATE));
  let sum = 0;
  let gain = 1;
  for (let i = 0; i < n; i++) {
    sum += ahead[i]! - (i >= span ? ahead[i - span]! : 0);
    if (i < span) continue;
    const smooth = sum / span;
    gain = smooth < gain ? smooth : smooth + (gain - smooth) * release;
    buffer[i - span] = buffer[i - span]! * gain;
  }
  return buffer;
}
