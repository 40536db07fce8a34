/**
 * The game's SoundPort on Howler. The files come through Vite (hashed URLs, webm/Opus first,
 * mp3 as the fallback); Howler's own auto-unlock resumes audio on the first gesture, and the
 * gate below holds the ambient bed back until then.
 */
import { Howl, Howler } from 'howler';
import {
  createSoundEngine,
  type HowlFactory,
  type SoundEngine,
  SoundUnavailable,
  type UnlockGate,
} from './sound-engine';
import { SOUND_FORMATS } from './sound-files';

const urls = import.meta.glob('../../assets/audio/*.{webm,mp3}', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

/** webm then mp3 URLs for a file name; empty when the file is missing. */
export function soundSources(name: string): string[] {
  const out: string[] = [];
  for (const format of SOUND_FORMATS) {
    const url = urls[`../../assets/audio/${name}.${format}`];
    if (url) out.push(url);
  }
  return out;
}

/**
 * Howler makes its audio context on first use. When the browser refuses one, Howler would fall
 * back to HTML5 Audio, which cannot loop a bed's sprite without a gap: the game stays silent.
 */
function requireWebAudio(): void {
  Howler.volume();
  if (!Howler.usingWebAudio || !Howler.ctx)
    throw new SoundUnavailable('this browser refused the game an audio context');
}

export const howlFactory: HowlFactory = (spec) => {
  requireWebAudio();
  return new Howl({
    src: [...spec.src],
    format: [...SOUND_FORMATS],
    loop: spec.loop,
    volume: spec.volume,
    preload: spec.preload,
    html5: false,
    ...(spec.sprite
      ? { sprite: Object.fromEntries(Object.entries(spec.sprite).map(([key, [a, b, loop]]) => [key, [a, b, loop]])) }
      : {}),
    onloaderror: spec.onloaderror,
    onplayerror: spec.onplayerror,
  });
};

const GESTURES = ['pointerdown', 'pointerup', 'touchend', 'click', 'keydown'] as const;

/** Unlocks on the first click, touch or key, the same gestures Howler unlocks on. */
export function gestureGate(target: EventTarget | undefined = globalThis.document): UnlockGate {
  let unlocked = !target;
  const waiting: (() => void)[] = [];
  const unlock = () => {
    if (unlocked) return;
    unlocked = true;
    for (const type of GESTURES) target?.removeEventListener(type, unlock, true);
    for (const callback of waiting.splice(0)) callback();
  };
  if (target) for (const type of GESTURES) target.addEventListener(type, unlock, true);
  return {
    isUnlocked: () => unlocked,
    onUnlock(callback) {
      if (unlocked) callback();
      else waiting.push(callback);
    },
  };
}

export interface HowlerSoundOptions {
  readonly createHowl?: HowlFactory;
  readonly gate?: UnlockGate;
  readonly warn?: (message: string) => void;
}

export function createHowlerSound(options: HowlerSoundOptions = {}): SoundEngine {
  return createSoundEngine({
    createHowl: options.createHowl ?? howlFactory,
    sources: soundSources,
    gate: options.gate ?? gestureGate(),
    ...(options.warn ? { warn: options.warn } : {}),
  });
}
