/**
 * The look of the dossier: palette, type and sizes, in a normal and a high-contrast variant.
 * Pure data (no Phaser), so layout code and tests can use it.
 */

import type { Settings, TextSize } from '../save/settings-types';
import { mulberry32 } from '../story/random';

export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export const FONTS = {
  typewriter: 'Special Elite',
  plainType: 'Courier Prime',
  stamp: 'Black Ops One',
  hand: 'Caveat',
  ui: 'IBM Plex Sans',
  mono: 'IBM Plex Mono',
} as const;

/**
 * What the canvas draws with while a face has not loaded, or when it never does (a blocked font
 * file, an old browser): a face of the same kind, so that text measured and wrapped with it
 * still fits its box.
 */
const FALLBACKS: Readonly<Record<string, string>> = {
  [FONTS.typewriter]: '"Courier New", Courier, monospace',
  [FONTS.plainType]: '"Courier New", Courier, monospace',
  [FONTS.stamp]: 'Impact, "Arial Black", sans-serif',
  [FONTS.hand]: '"Segoe Print", "Comic Sans MS", cursive',
  [FONTS.ui]: '"Helvetica Neue", Arial, system-ui, sans-serif',
  [FONTS.mono]: 'Menlo, Consolas, ui-monospace, monospace',
};

/** A face as a CSS font-family list: the face, then its fallbacks. */
export function family(face: string): string {
  return `"${face}", ${FALLBACKS[face] ?? 'sans-serif'}`;
}

/** Every face the game draws with, as CSS font shorthands for document.fonts.load (the face alone). */
export const FONT_FACES: readonly string[] = [
  `400 16px "${FONTS.typewriter}"`,
  `400 16px "${FONTS.plainType}"`,
  `700 16px "${FONTS.plainType}"`,
  `400 16px "${FONTS.stamp}"`,
  `400 16px "${FONTS.hand}"`,
  `400 16px "${FONTS.ui}"`,
  `600 16px "${FONTS.ui}"`,
  `400 16px "${FONTS.mono}"`,
  `600 16px "${FONTS.mono}"`,
];

export interface Palette {
  readonly deskDark: string;
  readonly deskLight: string;
  readonly folder: string;
  readonly folderShadow: string;
  readonly folderEdge: string;
  readonly paper: string;
  readonly paperEdge: string;
  readonly ink: string;
  readonly inkSoft: string;
  readonly rule: string;
  readonly stampAlleged: string;
  readonly stampDramatized: string;
  readonly redaction: string;
  readonly focus: string;
  /** Interface text on the desk. */
  readonly chrome: string;
  readonly chromeDim: string;
  readonly lampGlow: string;
  readonly slip: string;
  readonly slipLocked: string;
  readonly thermal: string;
  readonly grainAlpha: number;
  readonly vignette: number;
  readonly stampAlpha: number;
}

export const NORMAL_PALETTE: Palette = {
  deskDark: '#2b1d14',
  deskLight: '#3a281b',
  folder: '#d9bf85',
  folderShadow: '#a88d55',
  folderEdge: '#c4a86c',
  paper: '#f2ead6',
  paperEdge: '#e3d6b5',
  ink: '#1d1b19',
  inkSoft: '#5b5246',
  rule: '#b9ab8c',
  stampAlleged: '#b3261e',
  stampDramatized: '#1f4e8c',
  redaction: '#0e0e0e',
  focus: '#f2c14e',
  chrome: '#efe2c4',
  // Lighter than it was (#b8a582): it is read on the lamp-lit desk, at 4.5:1 there.
  chromeDim: '#e0d2b2',
  lampGlow: '#ffd89a',
  slip: '#f6f0df',
  // Lighter than it was (#cfc6b0), so that its softer ink stands at 4.5:1 under the hatching.
  slipLocked: '#d9d1bd',
  thermal: '#f7f5ef',
  grainAlpha: 0.08,
  vignette: 0.78,
  stampAlpha: 0.86,
};

export const HIGH_CONTRAST_PALETTE: Palette = {
  deskDark: '#000000',
  deskLight: '#000000',
  folder: '#e8d39c',
  folderShadow: '#8a7440',
  folderEdge: '#ffffff',
  paper: '#ffffff',
  paperEdge: '#ffffff',
  ink: '#000000',
  inkSoft: '#000000',
  rule: '#000000',
  stampAlleged: '#d00000',
  stampDramatized: '#0044cc',
  redaction: '#000000',
  focus: '#f2c14e',
  chrome: '#ffffff',
  chromeDim: '#ffffff',
  lampGlow: '#000000',
  slip: '#ffffff',
  slipLocked: '#d9d9d9',
  thermal: '#ffffff',
  grainAlpha: 0,
  vignette: 0,
  stampAlpha: 1,
};

export interface Theme {
  readonly palette: Palette;
  readonly highContrast: boolean;
  readonly reducedMotion: boolean;
  /** The family documents are typed in. */
  readonly bodyFont: string;
  readonly bodySize: number;
  readonly lineHeight: number;
  readonly handSize: number;
  readonly uiSize: number;
  /** Multiplier for every animation duration (0.5 with reduced motion). */
  readonly motion: number;
}

const BODY_SIZES: Record<TextSize, number> = { normal: 17, large: 20, 'x-large': 23 };
const UI_SIZES: Record<TextSize, number> = { normal: 16, large: 18, 'x-large': 20 };

export function themeFor(settings: Pick<Settings, 'highContrast' | 'reducedMotion' | 'textSize'>): Theme {
  const bodySize = BODY_SIZES[settings.textSize];
  return {
    palette: settings.highContrast ? HIGH_CONTRAST_PALETTE : NORMAL_PALETTE,
    highContrast: settings.highContrast,
    reducedMotion: settings.reducedMotion,
    bodyFont: settings.textSize === 'x-large' ? FONTS.plainType : FONTS.typewriter,
    bodySize,
    lineHeight: Math.round(bodySize * 1.55),
    handSize: Math.round(bodySize * 1.45),
    uiSize: UI_SIZES[settings.textSize],
    motion: settings.reducedMotion ? 0.5 : 1,
  };
}

/** '#rrggbb' to 0xrrggbb for Phaser. */
export function hex(color: string): number {
  return Number.parseInt(color.replace('#', ''), 16);
}

/** A small stable hash of a string (FNV-1a), for per-document tilts and scuffs. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic pseudo-random generator (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashString(seed) || 1);
}

/** Stamp tilt in degrees, 3 to 6 either way, fixed per document. */
export function stampTilt(passageId: string): number {
  const random = seededRandom(`stamp:${passageId}`);
  const magnitude = 3 + random() * 3;
  return random() < 0.5 ? -magnitude : magnitude;
}
