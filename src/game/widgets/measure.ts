/**
 * Measuring text in the game's faces: the CSS font of each role of a layout, a cached canvas
 * measure, and the adapters that hand the pure layout code (text-fit, documents) a measure.
 */
import type { FontSpec, MeasureFont } from '../layout/draw-ops';
import type { Measure, SizedMeasure } from '../layout/text-fit';
import { recentCache } from '../recent-cache';
import { FONTS, family, type Theme } from '../theme';

export interface FontTable {
  css(spec: FontSpec): string;
}

export function fontTable(theme: Theme): FontTable {
  return {
    css(spec) {
      switch (spec.role) {
        case 'body':
          return `400 ${spec.size}px ${family(theme.bodyFont)}`;
        case 'bodyBold':
          return theme.bodyFont === FONTS.plainType
            ? `700 ${spec.size}px ${family(FONTS.plainType)}`
            : `400 ${spec.size}px ${family(FONTS.typewriter)}`;
        case 'hand':
          return `400 ${spec.size}px ${family(FONTS.hand)}`;
        case 'mono':
          return `400 ${spec.size}px ${family(FONTS.mono)}`;
        case 'monoBold':
          return `600 ${spec.size}px ${family(FONTS.mono)}`;
        case 'ui':
          return `400 ${spec.size}px ${family(FONTS.ui)}`;
      }
    },
  };
}

let measureCanvas: CanvasRenderingContext2D | null = null;
/**
 * Widths by font and text. The pages of the whole story take about 8,000 entries; the bound
 * keeps what recent pages need, and nothing a finished run no longer shows.
 */
const measureCache = recentCache<number>(4096);

/** Measure text in a given CSS font, cached. */
export function measureText(text: string, font: string): number {
  const key = `${font}|${text}`;
  const cached = measureCache.get(key);
  if (cached !== undefined) return cached;
  if (!measureCanvas) {
    measureCanvas = document.createElement('canvas').getContext('2d');
    if (!measureCanvas) throw new Error('Canvas 2D is not available.');
  }
  measureCanvas.font = font;
  const width = measureCanvas.measureText(text).width;
  measureCache.set(key, width);
  return width;
}

/** A CSS font as the measure that layout/text-fit wants, so canvas widgets fit text with the pure module. */
export function cssMeasure(font: string): Measure {
  return (text) => measureText(text, font);
}

/** One face at any size as a measure: `fontAt(size)` gives its CSS font. */
export function sizedMeasure(fontAt: (size: number) => string): SizedMeasure {
  return (text, size) => measureText(text, fontAt(size));
}

/** The theme's font roles as the measure that the pure layouts take. */
export function fontMeasure(fonts: FontTable): MeasureFont {
  return (text, font) => measureText(text, fonts.css(font));
}
