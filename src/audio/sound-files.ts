/**
 * The sound files the game ships, by name. Node-safe (no Vite, no Howler): the engine, the
 * asset script and the tests share these lists.
 */
import { type AmbientBed, EFFECTS, type EffectName } from './sound';

export const AMBIENT_BEDS = [
  'rain',
  'dinner',
  'office',
  'drone',
  'drone-tight',
  'city',
  'home',
  'case',
] as const satisfies readonly AmbientBed[];

/**
 * Each bed file holds its loop with a pad on both sides: the loop's last `padMs` before
 * it and its first `padMs` after it. The player loops from `padMs` for the loop's length
 * (a Howler sprite), so codec edge effects and encoder delay fall in the pads, never on
 * the loop point.
 */
export const BED_PAD_MS = 250;
export const BED_LOOP_SECONDS: Readonly<Record<AmbientBed, number>> = {
  rain: 22,
  dinner: 22,
  office: 22,
  drone: 22,
  'drone-tight': 22,
  city: 22,
  home: 22,
  case: 28,
};

/** Typewriter keys come in this many variants, `type-1` .. `type-N`. */
export const TYPE_VARIANTS = 4;

/** The file names (without extension) that play an effect. */
export function effectFiles(effect: EffectName): readonly string[] {
  if (effect === 'type') return Array.from({ length: TYPE_VARIANTS }, (_, i) => `type-${i + 1}`);
  return [effect];
}

/** The effect a file plays, or null for a bed (or a name that is no sound of the game's). */
export function effectOfFile(name: string): EffectName | null {
  return EFFECTS.find((effect) => effectFiles(effect).includes(name)) ?? null;
}

/** Every file name (without extension) the game needs; each exists as .webm and .mp3. */
export const SOUND_FILES: readonly string[] = [...AMBIENT_BEDS, ...EFFECTS.flatMap((effect) => effectFiles(effect))];

/** webm (Opus) first, mp3 for browsers without Opus-in-WebM (older Safari). */
export const SOUND_FORMATS = ['webm', 'mp3'] as const;
