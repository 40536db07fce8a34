/**
 * The SoundPort's behaviour, independent of Howler and the DOM: what plays, at what volume,
 * when. Howler is reached through a small factory so that Node tests can drive this with a
 * fake; `howler-sound.ts` wires in the real Howl, the hashed file URLs and the unlock gate.
 */
import { bedGain, duckFadeMs } from './ducking';
import { type AmbientBed, EFFECTS, type EffectName, type SoundLevels, type SoundPort } from './sound';
import { BED_LOOP_SECONDS, BED_PAD_MS, effectFiles } from './sound-files';

/** The part of Howler's Howl this engine uses. */
export interface HowlLike {
  /** Starts a sprite (by name) or resumes a paused sound (by id); returns the sound's id. */
  play(spriteOrId?: string | number): number;
  stop(): unknown;
  pause(): unknown;
  load(): unknown;
  volume(): number;
  volume(value: number): unknown;
  fade(from: number, to: number, durationMs: number): unknown;
  playing(): boolean;
}

export interface HowlSpec {
  readonly name: string;
  readonly src: readonly string[];
  readonly loop: boolean;
  readonly volume: number;
  readonly preload: boolean;
  /** Beds loop a sprite, `[offsetMs, durationMs, loop]`, inside a padded file. */
  readonly sprite?: Readonly<Record<string, readonly [number, number, boolean]>>;
  readonly onloaderror: (id: number | undefined, error: unknown) => void;
  readonly onplayerror: (id: number | undefined, error: unknown) => void;
}

export type HowlFactory = (spec: HowlSpec) => HowlLike;

/**
 * Thrown by a factory when no sound can play at all (the browser refused an audio context):
 * the engine says so once and stays silent, instead of failing file by file.
 */
export class SoundUnavailable extends Error {}

/** Tells when audio may start: after the first user gesture. */
export interface UnlockGate {
  isUnlocked(): boolean;
  /** Calls back once, when unlocked (at once if already). */
  onUnlock(callback: () => void): void;
}

export interface SoundEngineDeps {
  readonly createHowl: HowlFactory;
  /** File name (without extension) -> its URLs, preferred format first. Missing names warn once. */
  readonly sources: (name: string) => readonly string[];
  readonly gate: UnlockGate;
  readonly warn?: (message: string) => void;
  readonly random?: () => number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  /** Crossfade length between ambient beds. */
  readonly crossfadeMs?: number;
}

export const CROSSFADE_MS = 1500;
/** How fast a bed follows a change of the music level. */
export const LEVEL_RAMP_MS = 120;

interface BedVoice {
  readonly howl: HowlLike;
  /** Pending stop after a fade-out, or null. */
  stopTimer: unknown;
  /** Howler's id of the looping sound once started, so that a pause can be resumed. */
  id: number | null;
}

export const BED_SPRITE = 'loop';

export interface SoundEngine extends SoundPort {
  /** For tests and diagnostics: the bed that is (or will be, once unlocked) playing. */
  readonly currentBed: AmbientBed | null;
}

export function createSoundEngine(deps: SoundEngineDeps): SoundEngine {
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const random = deps.random ?? Math.random;
  const setTimer = deps.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const crossfadeMs = deps.crossfadeMs ?? CROSSFADE_MS;

  let levels: SoundLevels = { music: 1, effects: 1, muted: false };
  let bed: AmbientBed | null = null;
  let suspended = false;
  let unlocked = deps.gate.isUnlocked();
  let lastVariant: string | null = null;
  /** A page is being typed: the bed is ducked (see ducking.ts). */
  let typing = false;

  /** Files that failed once: warned about once, never tried again. */
  const failed = new Set<string>();
  /** No sound at all (see SoundUnavailable): said once, and nothing is tried again. */
  let unavailable = false;
  const howls = new Map<string, HowlLike>();
  const beds = new Map<AmbientBed, BedVoice>();

  const bedVolume = () => bedGain(levels, typing);
  const effectVolume = () => (levels.muted ? 0 : clamp01(levels.effects));

  function fail(name: string, what: string, error?: unknown): void {
    if (failed.has(name)) return;
    failed.add(name);
    const detail = error === undefined || error === null ? '' : `: ${String(error)}`;
    warn(`Sound "${name}" ${what}${detail}; the game goes on without it.`);
    const voice = beds.get(name as AmbientBed);
    if (voice) clearTimer(voice.stopTimer);
  }

  function howlFor(name: string, loop: boolean): HowlLike | null {
    const loopSeconds = loop ? BED_LOOP_SECONDS[name as AmbientBed] : undefined;
    if (unavailable || failed.has(name)) return null;
    const existing = howls.get(name);
    if (existing) return existing;
    const src = deps.sources(name);
    if (src.length === 0) {
      fail(name, 'has no file');
      return null;
    }
    try {
      const howl = deps.createHowl({
        name,
        src,
        loop,
        volume: loop ? 0 : effectVolume(),
        // Beds load when first needed; effects are small and wanted at once.
        preload: !loop,
        ...(loopSeconds ? { sprite: { [BED_SPRITE]: [BED_PAD_MS, loopSeconds * 1000, true] as const } } : {}),
        onloaderror: (_id, error) => fail(name, 'could not be loaded', error),
        onplayerror: (_id, error) => fail(name, 'could not be played', error),
      });
      howls.set(name, howl);
      if (loop) howl.load();
      return howl;
    } catch (error) {
      if (error instanceof SoundUnavailable) {
        unavailable = true;
        warn(`Sound is off: ${error.message}; the game goes on in silence.`);
      } else {
        fail(name, 'could not be set up', error);
      }
      return null;
    }
  }

  function safely(name: string, action: () => void): void {
    if (failed.has(name)) return;
    try {
      action();
    } catch (error) {
      fail(name, 'failed', error);
    }
  }

  function stopVoice(voice: BedVoice): void {
    voice.id = null;
    voice.howl.stop();
  }

  /** Starts (or brings back) the requested bed, fading it in; fades every other bed out. */
  function applyBed(fade: boolean): void {
    const fadeMs = fade ? crossfadeMs : 0;
    for (const [name, voice] of beds) {
      if (name === bed) continue;
      if (voice.stopTimer !== null) continue;
      safely(name, () => {
        if (!voice.howl.playing()) {
          stopVoice(voice);
          return;
        }
        const from = voice.howl.volume();
        if (fadeMs > 0 && from > 0) {
          voice.howl.fade(from, 0, fadeMs);
          voice.stopTimer = setTimer(() => {
            voice.stopTimer = null;
            safely(name, () => stopVoice(voice));
          }, fadeMs);
        } else {
          stopVoice(voice);
        }
      });
    }
    if (bed === null || suspended || !unlocked) return;
    const name = bed;
    const howl = howlFor(name, true);
    if (!howl) return;
    let voice = beds.get(name);
    if (!voice) {
      voice = { howl, stopTimer: null, id: null };
      beds.set(name, voice);
    }
    const current = voice;
    if (current.stopTimer !== null) {
      clearTimer(current.stopTimer);
      current.stopTimer = null;
    }
    safely(name, () => {
      const target = bedVolume();
      if (!howl.playing()) {
        howl.volume(0);
        const resumed = current.id === null ? null : howl.play(current.id);
        current.id = typeof resumed === 'number' ? resumed : howl.play(BED_SPRITE);
        if (fadeMs > 0 && target > 0) howl.fade(0, target, fadeMs);
        else howl.volume(target);
      } else {
        const from = howl.volume();
        if (fadeMs > 0 && from !== target) howl.fade(from, target, fadeMs);
        else howl.volume(target);
      }
    });
  }

  deps.gate.onUnlock(() => {
    unlocked = true;
    applyBed(true);
    // Effects are small: load them all now, so the first key press is heard at once.
    for (const effect of EFFECTS) for (const name of effectFiles(effect)) howlFor(name, false);
  });

  return {
    get currentBed() {
      return bed;
    },

    playEffect(effect: EffectName): void {
      if (!unlocked || suspended || effectVolume() === 0) return;
      const files = effectFiles(effect).filter((name) => !failed.has(name));
      if (files.length === 0) return;
      let choices = files;
      if (files.length > 1 && lastVariant !== null) choices = files.filter((name) => name !== lastVariant);
      const name = choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))]!;
      if (files.length > 1) lastVariant = name;
      const howl = howlFor(name, false);
      if (!howl) return;
      safely(name, () => {
        howl.volume(effectVolume());
        howl.play();
      });
    },

    setAmbient(next: AmbientBed | null): void {
      if (next === bed) return;
      bed = next;
      applyBed(true);
    },

    setLevels(next: SoundLevels): void {
      levels = next;
      for (const [name, howl] of howls) {
        const voice = beds.get(name as AmbientBed);
        if (voice) {
          // A bed on its way out keeps fading to silence.
          // A short ramp rather than a jump, so that dragging a slider never clicks.
          if (voice.stopTimer === null && name === bed) {
            safely(name, () => {
              if (howl.playing()) howl.fade(howl.volume(), bedVolume(), LEVEL_RAMP_MS);
              else howl.volume(bedVolume());
            });
          }
        } else {
          safely(name, () => howl.volume(effectVolume()));
        }
      }
    },

    setTyping(next: boolean): void {
      if (next === typing) return;
      typing = next;
      if (bed === null) return;
      const name = bed;
      const voice = beds.get(name);
      // A bed not yet started (or paused) starts at the ducked or full level by itself.
      if (!voice || voice.stopTimer !== null) return;
      safely(name, () => {
        if (!voice.howl.playing()) return;
        const from = voice.howl.volume();
        const to = bedVolume();
        const ms = duckFadeMs(from, to, levels);
        if (ms > 0) voice.howl.fade(from, to, ms);
        else voice.howl.volume(to);
      });
    },

    suspend(): void {
      if (suspended) return;
      suspended = true;
      for (const [name, voice] of beds) {
        if (voice.stopTimer !== null) {
          clearTimer(voice.stopTimer);
          voice.stopTimer = null;
          safely(name, () => stopVoice(voice));
        } else {
          safely(name, () => voice.howl.pause());
        }
      }
    },

    resume(): void {
      if (!suspended) return;
      suspended = false;
      applyBed(false);
    },
  };
}

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
