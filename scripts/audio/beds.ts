/**
 * The ambient beds, one per chapter. Each is rendered longer than its loop and folded with
 * `seamlessLoop`, and every steady tone uses a loop-safe frequency, so nothing jumps at the
 * loop point.
 */
import {
  Biquad,
  type Buffer,
  between,
  brown,
  decay,
  envelope,
  highpass,
  loopFrequency,
  lowpass,
  mixInto,
  multiply,
  normalizePeak,
  pink,
  type Rng,
  removeDc,
  reverb,
  SAMPLE_RATE,
  seamlessLoop,
  seconds,
  sine,
  smoothRandom,
  white,
} from './dsp';

/**
 * Every bed is rendered to this peak, a fixed starting point; its level in the game is set
 * afterwards by loudness (make-audio.ts gains it to BED_LOUDNESS_LUFS, measured encoded).
 */
export const RENDER_PEAK_DB = -24;

export interface BedRecipe {
  /**
   * Renders two layers of `totalSamples` (loop + fade): `varying` (noise, random events),
   * which the caller folds into a loop with a crossfade, and `steady`, which must already
   * repeat every `loopSamples` (tones at loop-safe frequencies, events on a loop-safe grid)
   * and is simply cut at the loop length, so that it is never crossfaded with itself.
   */
  readonly render: (rng: Rng, loopSamples: number, totalSamples: number) => Layers;
}

export interface Layers {
  readonly varying: Buffer;
  readonly steady?: Buffer;
}

/** Runs a filter over a loop-periodic signal in its steady state (no start-up transient at the loop point). */
function periodicFilter(signal: Buffer, loopSamples: number, filter: (b: Buffer) => Buffer): Buffer {
  const twice = new Float64Array(loopSamples * 2);
  for (let i = 0; i < twice.length; i++) twice[i] = signal[i % loopSamples]!;
  const filtered = filter(twice);
  const out = new Float64Array(signal.length);
  for (let i = 0; i < out.length; i++) out[i] = filtered[loopSamples + (i % loopSamples)]!;
  return out;
}

export const LOOP_FADE_SECONDS = 2;

/** A steady, loop-periodic tone made of partials [multiple, gain] of a fundamental. */
function tone(n: number, loopSamples: number, fundamental: number, partials: readonly (readonly [number, number])[]) {
  const out = new Float64Array(n);
  for (const [multiple, gain] of partials) {
    mixInto(out, sine(n, loopFrequency(fundamental * multiple, loopSamples), multiple), 0, gain);
  }
  return out;
}

/** A slow loop-periodic amplitude wobble between `lo` and `hi`. */
function wobble(n: number, loopSamples: number, hz: number, lo: number, hi: number, phase = 0): Buffer {
  const s = sine(n, loopFrequency(hz, loopSamples), phase);
  for (let i = 0; i < n; i++) s[i] = lo + ((hi - lo) * (s[i]! + 1)) / 2;
  return s;
}

/** Scatters `count` events (made by `make`) at random times over `n` samples. */
function scatter(rng: Rng, target: Buffer, perSecond: number, make: (rng: Rng) => Buffer, gain: (rng: Rng) => number) {
  const count = Math.round((target.length / SAMPLE_RATE) * perSecond);
  for (let k = 0; k < count; k++) {
    const at = Math.floor(rng() * target.length);
    mixInto(target, make(rng), at, gain(rng));
  }
}

/** A short resonant ping: a decaying sine with a touch of noise at the onset. */
function ping(rng: Rng, frequency: number, tau: number, noise = 0.3): Buffer {
  const n = seconds(tau * 6);
  const out = sine(n, frequency, rng() * Math.PI * 2);
  const burst = highpass(white(rng, n), 2000);
  for (let i = 0; i < n; i++) out[i] = out[i]! + burst[i]! * noise * Math.exp(-i / (SAMPLE_RATE * 0.0015));
  return multiply(out, decay(n, tau));
}

/** A vehicle passing at a distance: filtered noise that swells and fades, a little brighter at its closest. */
function pass(rng: Rng, lengthSeconds: number, brightness: number): Buffer {
  const n = seconds(lengthSeconds);
  const body = pink(rng, n);
  const filter = new Biquad('lowpass', 300, 0.8);
  const env = envelope(n, [
    [0, 0],
    [lengthSeconds * 0.55, 1],
    [lengthSeconds, 0],
  ]);
  for (let i = 0; i < n; i++) {
    if (i % 64 === 0) filter.set(200 + brightness * env[i]! * env[i]!, 0.8);
    body[i] = filter.step(body[i]!) * env[i]! * env[i]!;
  }
  return body;
}

export const BEDS: Record<string, BedRecipe> = {
  /** London at night in the rain: steady rain, patter, a gutter, far traffic, a car on wet road. */
  rain: {
    render(rng, loop, n) {
      const out = new Float64Array(n);
      const hiss = highpass(lowpass(white(rng, n), 6500), 500);
      multiply(
        hiss,
        smoothRandom(rng, n, 1.7).map((v) => 0.75 + 0.25 * v),
      );
      mixInto(out, hiss, 0, 0.35);
      mixInto(out, lowpass(pink(rng, n), 1200), 0, 0.35);
      mixInto(out, lowpass(brown(rng, n), 140), 0, 0.5);
      // Patter: hundreds of tiny drops a second.
      const patter = new Float64Array(n);
      scatter(
        rng,
        patter,
        260,
        (r) => ping(r, between(r, 1800, 6500), between(r, 0.0015, 0.005), 0.8),
        (r) => between(r, 0.02, 0.12) * (r() < 0.05 ? 2.5 : 1),
      );
      mixInto(out, patter, 0, 0.9);
      // A gutter dripping nearby.
      const drips = new Float64Array(n);
      scatter(
        rng,
        drips,
        0.9,
        (r) => ping(r, between(r, 700, 1400), between(r, 0.02, 0.05), 0.1),
        (r) => between(r, 0.08, 0.18),
      );
      mixInto(out, drips, 0, 1);
      for (let k = 0; k < 2; k++)
        mixInto(out, pass(rng, between(rng, 4, 6), 2500), Math.floor(rng() * (loop - seconds(6))), 0.5);
      return { varying: out };
    },
  },

  /** A restaurant dinner: a murmur of voices in a room and cutlery on plates. */
  dinner: {
    render(rng, _loop, n) {
      const voices = new Float64Array(n);
      for (let v = 0; v < 9; v++) mixInto(voices, voice(rng, n, between(rng, 95, 230)), 0, between(rng, 0.5, 1));
      const dry = lowpass(voices, 2600);
      const cutlery = new Float64Array(n);
      scatter(
        rng,
        cutlery,
        1.3,
        (r) => clink(r),
        (r) => between(r, 0.05, 0.25),
      );
      const room = reverb(
        Float64Array.from(dry, (x, i) => x + cutlery[i]! * 0.6),
        1.1,
        0.4,
      );
      const out = new Float64Array(n);
      mixInto(out, dry, 0, 0.45);
      mixInto(out, cutlery, 0, 0.5);
      mixInto(out, room, 0, 0.6);
      mixInto(out, lowpass(pink(rng, n), 500), 0, 0.04);
      return { varying: out };
    },
  },

  /** A consulting office: mains hum, a fluorescent buzz, air handling, a wall clock ticking each second. */
  office: {
    render(rng, loop, n) {
      const steady = new Float64Array(n);
      const out = new Float64Array(n);
      mixInto(
        steady,
        tone(n, loop, 50, [
          [1, 0.5],
          [2, 0.35],
          [3, 0.15],
          [4, 0.08],
          [6, 0.04],
        ]),
        0,
        0.05,
      );
      const buzz = tone(
        n,
        loop,
        100,
        Array.from({ length: 24 }, (_, k) => [k + 1, 1 / (k + 1)] as const),
      );
      mixInto(
        steady,
        periodicFilter(buzz, loop, (b) => lowpass(highpass(b, 300), 2500)),
        0,
        0.006,
      );
      mixInto(out, lowpass(pink(rng, n), 500), 0, 0.08);
      // Ticks on whole seconds: the loop is a whole (even) number of seconds, so tick and tock stay in step.
      for (let s = 0; s * SAMPLE_RATE < loop; s++) {
        mixInto(steady, tick(rng, s % 2 === 0), Math.round((s + 0.5) * SAMPLE_RATE), 0.3, true);
      }
      return { steady, varying: out };
    },
  },

  /** A low drone: A1 and its fifth, slowly breathing. */
  drone: {
    render(rng, loop, n) {
      const out = new Float64Array(n);
      const a = tone(n, loop, 55, [
        [1, 1],
        [2, 0.8],
        [3, 0.55],
        [4, 0.45],
        [5, 0.25],
        [6, 0.22],
        [8, 0.12],
        [10, 0.05],
      ]);
      multiply(a, wobble(n, loop, 1 / 11, 0.7, 1));
      mixInto(out, a, 0, 0.5);
      const fifth = tone(n, loop, 82.5, [
        [1, 1],
        [2, 0.35],
        [4, 0.12],
      ]);
      multiply(fifth, wobble(n, loop, 1 / 22, 0.2, 0.8, 1.3));
      mixInto(out, fifth, 0, 0.3);
      // A slow beating partner an eighth of a hertz away.
      mixInto(out, tone(n, loop, 55 + 2 / 22, [[2, 1]]), 0, 0.12);
      return { steady: out, varying: lowpass(brown(rng, n), 250).map((x) => x * 0.4) };
    },
  },

  /** The drone tightened: a minor second and a tritone rub against it, a slow pulse, a thin high tremble. */
  'drone-tight': {
    render(rng, loop, n) {
      const out = new Float64Array(n);
      mixInto(
        out,
        tone(n, loop, 55, [
          [1, 1],
          [2, 0.8],
          [3, 0.6],
          [4, 0.4],
          [5, 0.3],
          [7, 0.15],
          [9, 0.08],
        ]),
        0,
        0.45,
      );
      const rub = tone(n, loop, 58.27, [
        [1, 1],
        [2, 0.6],
        [3, 0.4],
        [4, 0.25],
      ]);
      multiply(rub, wobble(n, loop, 1 / 5.5, 0.4, 1));
      mixInto(out, rub, 0, 0.3);
      mixInto(out, tone(n, loop, 77.78, [[2, 1]]), 0, 0.08);
      const tremble = tone(n, loop, 880, [
        [1, 1],
        [1.5, 0.3],
      ]);
      multiply(tremble, wobble(n, loop, 6, 0, 1));
      multiply(tremble, wobble(n, loop, 1 / 11, 0.2, 1));
      mixInto(out, tremble, 0, 0.04);
      // A pulse every 0.8 s (75 a minute): 27.5 per loop would drift, so fit a whole number.
      const beats = Math.round(loop / (0.8 * SAMPLE_RATE));
      for (let b = 0; b < beats; b++) mixInto(out, thump(rng), Math.round(b * (loop / beats)), 0.35, true);
      for (let i = loop; i < n; i++) out[i] = out[i - loop]!;
      return { steady: out, varying: lowpass(brown(rng, n), 200).map((x) => x * 0.35) };
    },
  },

  /** A city hum: far traffic, a bus, a car passing, the rumble under it all. */
  city: {
    render(rng, loop, n) {
      const out = new Float64Array(n);
      const rumble = lowpass(brown(rng, n), 160);
      mixInto(out, rumble, 0, 0.8);
      const traffic = lowpass(pink(rng, n), 750);
      multiply(
        traffic,
        smoothRandom(rng, n, 2.5).map((v) => 0.6 + 0.4 * v),
      );
      mixInto(out, traffic, 0, 0.5);
      mixInto(out, lowpass(highpass(white(rng, n), 1500), 5000), 0, 0.01);
      for (let k = 0; k < 4; k++) {
        mixInto(out, pass(rng, between(rng, 3.5, 7), between(rng, 900, 2200)), Math.floor(rng() * loop), 0.7);
      }
      // A horn, far off.
      mixInto(out, horn(rng), Math.floor(between(rng, 0.3, 0.7) * loop), 0.05);
      return { varying: out };
    },
  },

  /** A quiet room at home: room tone, a fridge's faint hum, a car now and then outside. */
  home: {
    render(rng, loop, n) {
      const out = new Float64Array(n);
      mixInto(out, lowpass(pink(rng, n), 450), 0, 0.25);
      const steady = new Float64Array(n);
      mixInto(
        steady,
        tone(n, loop, 50, [
          [1, 0.3],
          [2, 1],
          [4, 0.2],
        ]),
        0,
        0.012,
      );
      for (let k = 0; k < 2; k++) {
        mixInto(out, lowpass(pass(rng, between(rng, 5, 8), 700), 600), Math.floor(rng() * loop), 0.9);
      }
      // A single creak of the house.
      mixInto(
        out,
        lowpass(ping(rng, between(rng, 160, 240), 0.09, 0.6), 800),
        Math.floor(between(rng, 0.2, 0.8) * loop),
        0.12,
      );
      return { steady, varying: out };
    },
  },

  /** The case: near silence, then one held note that swells, holds and lets go before the loop. */
  case: {
    render(rng, _loop, n) {
      const out = new Float64Array(n);
      mixInto(out, lowpass(pink(rng, n), 300), 0, 0.01);
      const start = 9;
      const length = 17;
      const noteSamples = seconds(length);
      const f = 146.83; // D3
      const note = new Float64Array(noteSamples);
      const vibrato = sine(noteSamples, 4.8);
      const vibratoDepth = envelope(noteSamples, [
        [0, 0],
        [4, 0],
        [8, 0.004],
        [length, 0.004],
      ]);
      for (let h = 1; h <= 10; h++) {
        let phase = rng() * Math.PI * 2;
        const gain = 1 / h ** 1.4;
        for (let i = 0; i < noteSamples; i++) {
          phase += (2 * Math.PI * f * h * (1 + vibratoDepth[i]! * vibrato[i]!)) / SAMPLE_RATE;
          note[i] = note[i]! + Math.sin(phase) * gain;
        }
      }
      lowpass(note, 1400);
      multiply(
        note,
        envelope(noteSamples, [
          [0, 0],
          [4.5, 1],
          [12, 0.85],
          [length, 0],
        ]),
      );
      mixInto(out, note, seconds(start), 1);
      mixInto(out, reverb(note, 2.5, 0.5), seconds(start), 0.25);
      return { varying: out };
    },
  },
};

/** One distant voice: a buzzy pitch through two moving formants, in syllables and phrases. */
function voice(rng: Rng, n: number, pitch: number): Buffer {
  const out = new Float64Array(n);
  const f1 = new Biquad('bandpass', 500, 4);
  const f2 = new Biquad('bandpass', 1500, 5);
  let phase = 0;
  let i = Math.floor(rng() * seconds(1.5));
  while (i < n) {
    // A phrase of a few syllables, then a pause.
    const syllables = 3 + Math.floor(rng() * 9);
    for (let s = 0; s < syllables && i < n; s++) {
      const length = seconds(between(rng, 0.09, 0.26));
      const formant1 = between(rng, 300, 800);
      const formant2 = between(rng, 900, 2300);
      const glide = between(rng, 0.9, 1.12);
      const loud = between(rng, 0.4, 1);
      for (let k = 0; k < length && i + k < n; k++) {
        if (k % 64 === 0) {
          f1.set(formant1, 4);
          f2.set(formant2, 5);
        }
        const t = k / length;
        const f = pitch * (1 + (glide - 1) * t);
        phase += f / SAMPLE_RATE;
        phase -= Math.floor(phase);
        const buzz = 2 * phase - 1 + (rng() * 2 - 1) * 0.3;
        const env = Math.sin(Math.PI * t) ** 1.5 * loud;
        out[i + k] = (f1.step(buzz) + f2.step(buzz) * 0.6) * env;
      }
      i += length + seconds(between(rng, 0.01, 0.06));
    }
    i += seconds(between(rng, 0.3, 2));
  }
  return out;
}

/** Cutlery: a fork or knife on china, a few inharmonic partials. */
function clink(rng: Rng): Buffer {
  const base = between(rng, 1800, 3800);
  const tau = between(rng, 0.03, 0.11);
  const n = seconds(tau * 6);
  const out = new Float64Array(n);
  for (const [ratio, gain] of [
    [1, 1],
    [2.76, 0.5],
    [5.4, 0.25],
  ] as const) {
    mixInto(out, multiply(sine(n, base * ratio, rng() * 6), decay(n, tau / ratio ** 0.5)), 0, gain);
  }
  mixInto(out, multiply(highpass(white(rng, n), 3000), decay(n, 0.002)), 0, 0.4);
  return out;
}

/** A wall clock tick (or tock). */
function tick(rng: Rng, high: boolean): Buffer {
  const n = seconds(0.08);
  const out = new Float64Array(n);
  const [a, b] = high ? [3100, 4700] : [2500, 3900];
  mixInto(out, multiply(sine(n, a, 0), decay(n, 0.006)), 0, 0.6);
  mixInto(out, multiply(sine(n, b, 1), decay(n, 0.003)), 0, 0.4);
  mixInto(out, multiply(sine(n, 900, 2), decay(n, 0.012)), 0, 0.3);
  mixInto(out, multiply(highpass(white(rng, n), 2000), decay(n, 0.0008)), 0, 0.5);
  return out;
}

/** A soft low pulse. */
function thump(rng: Rng): Buffer {
  const n = seconds(0.4);
  const out = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    phase += (2 * Math.PI * (48 + 30 * Math.exp(-t / 0.05))) / SAMPLE_RATE;
    out[i] = Math.sin(phase) * Math.min(1, t / 0.01) * Math.exp(-t / 0.12);
  }
  mixInto(out, multiply(lowpass(white(rng, n), 200), decay(n, 0.05)), 0, 0.2);
  return out;
}

/** A far car horn: two detuned buzzes, dull with distance. */
function horn(rng: Rng): Buffer {
  const n = seconds(0.5);
  const out = new Float64Array(n);
  for (const f of [392, 494]) {
    let phase = rng();
    for (let i = 0; i < n; i++) {
      phase += f / SAMPLE_RATE;
      phase -= Math.floor(phase);
      out[i] = out[i]! + (2 * phase - 1);
    }
  }
  lowpass(out, 1200);
  return multiply(
    out,
    envelope(n, [
      [0, 0],
      [0.03, 1],
      [0.42, 1],
      [0.5, 0],
    ]),
  );
}

/** Renders a bed into its final seamless loop, at the render peak. */
export function renderBed(recipe: BedRecipe, loopSeconds: number, rng: Rng): Buffer {
  const loop = seconds(loopSeconds);
  const fade = seconds(LOOP_FADE_SECONDS);
  const layers = recipe.render(rng, loop, loop + fade);
  const out = seamlessLoop(removeDc(layers.varying), loop, fade);
  if (layers.steady) mixInto(out, layers.steady.subarray(0, loop));
  return normalizePeak(out, RENDER_PEAK_DB);
}
