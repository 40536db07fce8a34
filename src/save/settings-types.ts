/** Player settings, kept across visits by the settings store. */
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export const TEXT_SIZES = ['normal', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  /** 0..1 */
  readonly musicVolume: number;
  /** 0..1 */
  readonly effectsVolume: number;
  readonly muted: boolean;
  readonly textSpeed: TextSpeed;
  readonly textSize: TextSize;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  /** Self-voicing: pages and choices read aloud by the browser's speech synthesis. */
  readonly readAloud: boolean;
  /** Text read in an earlier case appears at once, marked as seen. */
  readonly skipSeen: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  musicVolume: 0.8,
  effectsVolume: 0.8,
  muted: false,
  textSpeed: 'normal',
  textSize: 'normal',
  reducedMotion: false,
  highContrast: false,
  readAloud: false,
  skipSeen: false,
};

/** Characters per second for each text speed; instant shows the page at once. */
export const CHARACTERS_PER_SECOND: Record<TextSpeed, number> = {
  slow: 25,
  normal: 40,
  fast: 90,
  instant: Number.POSITIVE_INFINITY,
};

/** The sound's levels, as the settings set them. */
export function soundLevels(settings: Settings): { music: number; effects: number; muted: boolean } {
  return { music: settings.musicVolume, effects: settings.effectsVolume, muted: settings.muted };
}
