/** The one-shot effects: typewriter keys, carriage return, page, stamp, paper clip, drawer. */
import {
  Biquad,
  type Buffer,
  between,
  decay,
  edgeFades,
  envelope,
  highpass,
  lowpass,
  mixInto,
  multiply,
  normalizePeak,
  pink,
  type Rng,
  removeDc,
  reverb,
  SAMPLE_RATE,
  seconds,
  sine,
  smoothRandom,
  white,
} from './dsp';

/**
 * Every effect is rendered to this peak, a fixed starting point; its level in the game is set
 * afterwards by loudness (make-audio.ts gains it to its EFFECT_LOUDNESS_LUFS, measured encoded).
 */
export const RENDER_PEAK_DB = -6;

export interface EffectRecipe {
  readonly render: (rng: Rng) => Buffer;
}

/** A decaying sine partial. */
const partial = (n: number, f: number, tau: number, phase = 0): Buffer => multiply(sine(n, f, phase), decay(n, tau));

/** A short noise burst through a band, decaying. */
function burst(rng: Rng, n: number, f: number, q: number, tau: number): Buffer {
  return multiply(new Biquad('bandpass', f, q).run(white(rng, n)), decay(n, tau, 0.0002));
}

/** A little room around dry sounds, so they sit on a desk rather than in a vacuum. */
function desk(dry: Buffer, amount = 0.12): Buffer {
  const wet = reverb(dry, 0.35, 0.5);
  return mixInto(dry, wet, 0, amount);
}

/** One typewriter key: the key's click, the typebar striking the platen, the body's thunk. */
function key(variant: number): EffectRecipe {
  return {
    render(rng) {
      const n = seconds(0.16);
      const out = new Float64Array(n);
      const strikeAt = seconds(0.012 + variant * 0.002);
      // The key going down: a soft click.
      mixInto(out, burst(rng, seconds(0.01), 3500 + variant * 400, 1.5, 0.0015), 0, 0.35);
      // The typebar on the platen: sharp, with a ring that differs per key.
      const ring = [2350, 2900, 2600, 3300][variant % 4]!;
      mixInto(out, burst(rng, seconds(0.05), 1800 + variant * 250, 0.9, 0.004), strikeAt, 1);
      mixInto(out, partial(seconds(0.08), ring, 0.012, rng()), strikeAt, 0.35);
      mixInto(out, partial(seconds(0.08), ring * 1.83, 0.007, rng()), strikeAt, 0.15);
      // The machine's body: a short low thunk and a rattle.
      mixInto(out, partial(seconds(0.1), 160 + variant * 18, 0.012, 0), strikeAt, 0.12);
      mixInto(out, burst(rng, seconds(0.08), 420 + variant * 60, 2, 0.015), strikeAt, 0.15);
      // The key coming back up.
      mixInto(out, burst(rng, seconds(0.02), 2800, 2, 0.002), strikeAt + seconds(0.07 + variant * 0.006), 0.12);
      return edgeFades(desk(out));
    },
  };
}

export const EFFECT_RECIPES: Record<string, EffectRecipe> = {
  'type-1': key(0),
  'type-2': key(1),
  'type-3': key(2),
  'type-4': key(3),

  /** The bell at the end of the line, the carriage ratcheting back, the stop. */
  carriage: {
    render(rng) {
      const n = seconds(1.3);
      const out = new Float64Array(n);
      // The bell.
      mixInto(out, partial(seconds(1.2), 2093, 0.35, 0), 0, 0.32);
      mixInto(out, partial(seconds(1.2), 2093 * 2.71, 0.12, 1), 0, 0.12);
      mixInto(out, partial(seconds(1.2), 2093 * 4.1, 0.05, 2), 0, 0.05);
      // The ratchet: clicks that speed up then slow as the carriage runs home.
      const start = seconds(0.18);
      const length = 0.5;
      let t = 0;
      while (t < length) {
        const progress = t / length;
        mixInto(out, burst(rng, seconds(0.012), between(rng, 2400, 3200), 3, 0.0015), start + seconds(t), 0.22);
        t += 0.045 - 0.03 * Math.sin(Math.PI * progress);
      }
      // The slide's friction under the ratchet.
      const slideN = seconds(length);
      const slide = multiply(
        lowpass(highpass(white(rng, slideN), 500), 2500),
        envelope(slideN, [
          [0, 0],
          [0.1, 1],
          [length - 0.05, 0.8],
          [length, 0],
        ]),
      );
      mixInto(out, slide, start, 0.12);
      // The stop: a solid knock.
      const stop = start + seconds(length);
      mixInto(out, partial(seconds(0.2), 120, 0.03, 0), stop, 0.9);
      mixInto(out, burst(rng, seconds(0.1), 900, 1, 0.01), stop, 0.8);
      mixInto(out, partial(seconds(0.2), 1400, 0.02, 1), stop, 0.15);
      return edgeFades(desk(removeDc(out)), 0.0005, 0.05);
    },
  },

  /** A sheet of paper sliding across a desk. */
  page: {
    render(rng) {
      const n = seconds(0.7);
      const grain = smoothRandom(rng, n, 0.006).map((v) => 0.55 + 0.45 * v);
      const swish = new Float64Array(n);
      const source = white(rng, n);
      const filter = new Biquad('bandpass', 3000, 0.7);
      const env = envelope(n, [
        [0, 0],
        [0.12, 0.7],
        [0.35, 1],
        [0.6, 0.25],
        [0.7, 0],
      ]);
      for (let i = 0; i < n; i++) {
        if (i % 64 === 0) filter.set(1800 + 4200 * env[i]!, 0.7);
        swish[i] = filter.step(source[i]!) * env[i]! * grain[i]!;
      }
      const body = multiply(lowpass(pink(rng, n), 700), env);
      mixInto(swish, body, 0, 0.5);
      // The sheet settling at the end.
      mixInto(swish, burst(rng, seconds(0.05), 1200, 1, 0.008), seconds(0.6), 0.25);
      return edgeFades(desk(removeDc(swish), 0.08), 0.002, 0.03);
    },
  },

  /** A rubber stamp thumped onto paper on a wooden desk. */
  stamp: {
    render(rng) {
      const n = seconds(0.5);
      const out = new Float64Array(n);
      let phase = 0;
      for (let i = 0; i < n; i++) {
        const t = i / SAMPLE_RATE;
        phase += (2 * Math.PI * (75 + 70 * Math.exp(-t / 0.02))) / SAMPLE_RATE;
        out[i] = Math.sin(phase) * Math.min(1, t / 0.002) * Math.exp(-t / 0.07);
      }
      mixInto(out, multiply(lowpass(white(rng, n), 500), decay(n, 0.03)), 0, 0.6);
      mixInto(out, burst(rng, seconds(0.02), 2500, 1, 0.002), 0, 0.25);
      // The desk's woody knock.
      mixInto(out, partial(seconds(0.2), 310, 0.04, 0), 0, 0.3);
      mixInto(out, partial(seconds(0.2), 720, 0.02, 1), 0, 0.12);
      return edgeFades(desk(removeDc(out), 0.1), 0.0003, 0.05);
    },
  },

  /** A paper clip clicked onto a sheaf: two small metallic clicks. */
  clip: {
    render(rng) {
      const n = seconds(0.16);
      const out = new Float64Array(n);
      for (const [at, gain] of [
        [0, 0.6],
        [0.035, 1],
      ] as const) {
        const start = seconds(at);
        mixInto(out, burst(rng, seconds(0.02), 5000, 2, 0.001), start, gain);
        mixInto(out, partial(seconds(0.05), between(rng, 4200, 4600), 0.006, rng()), start, gain * 0.4);
        mixInto(out, partial(seconds(0.05), between(rng, 6800, 7400), 0.004, rng()), start, gain * 0.25);
      }
      return edgeFades(desk(out, 0.06), 0.0002, 0.02);
    },
  },

  /** A metal filing drawer rolled shut: the runners, then the stop. */
  drawer: {
    render(rng) {
      const n = seconds(1.2);
      const out = new Float64Array(n);
      const rollN = seconds(0.6);
      const roll = lowpass(highpass(white(rng, rollN), 200), 1800);
      const rattle = sine(rollN, 34).map((v) => 0.6 + 0.4 * Math.abs(v));
      multiply(roll, rattle);
      multiply(
        roll,
        envelope(rollN, [
          [0, 0],
          [0.08, 0.7],
          [0.5, 1],
          [0.6, 0.9],
        ]),
      );
      mixInto(out, roll, 0, 0.35);
      const stop = rollN;
      mixInto(out, partial(seconds(0.3), 95, 0.05, 0), stop, 0.9);
      mixInto(out, burst(rng, seconds(0.1), 700, 1, 0.012), stop, 0.7);
      // The steel cabinet ringing.
      for (const [f, gain, tau] of [
        [410, 0.2, 0.18],
        [930, 0.12, 0.12],
        [1730, 0.06, 0.08],
      ] as const) {
        mixInto(out, partial(seconds(0.6), f, tau, rng()), stop, gain);
      }
      return edgeFades(desk(removeDc(out), 0.1), 0.002, 0.05);
    },
  },
};

export function renderEffect(recipe: EffectRecipe, rng: Rng): Buffer {
  return normalizePeak(recipe.render(rng), RENDER_PEAK_DB);
}
