/**
 * What the game asks of sound. Scenes talk to this interface only; the Howler
 * implementation lives beside it, and tests use a fake.
 */
export const EFFECTS = ['type', 'carriage', 'page', 'stamp', 'clip', 'drawer'] as const;
export type EffectName = (typeof EFFECTS)[number];

/** One ambient bed per chapter (1-8). */
export type AmbientBed = 'rain' | 'dinner' | 'office' | 'drone' | 'drone-tight' | 'city' | 'home' | 'case';

export interface SoundLevels {
  /** 0..1 */
  readonly music: number;
  /** 0..1 */
  readonly effects: number;
  readonly muted: boolean;
}

export interface SoundPort {
  /** Play a one-shot effect; typewriter keys pick a variant, never the same twice in a row. */
  playEffect(effect: EffectName): void;
  /** Crossfade to a chapter's ambient bed, or to silence with null. */
  setAmbient(bed: AmbientBed | null): void;
  setLevels(levels: SoundLevels): void;
  /** A page is being typed (true) or not: the bed ducks under the typewriter meanwhile. */
  setTyping(typing: boolean): void;
  /** Pause everything (tab hidden) and resume. */
  suspend(): void;
  resume(): void;
}
