/** WCAG 2.2's contrast ratio, for the tests that measure what the canvas draws (axe sees only the HTML). */
import { type Rgb, rgbOf } from '../../../src/game/lighting';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(color: Rgb): number {
  const [r, g, b] = color.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export type Colour = string | Rgb;

const asRgb = (color: Colour): Rgb => (typeof color === 'string' ? rgbOf(color) : color);

export function rgb(hex: string): Rgb {
  return rgbOf(hex);
}

/** `top` laid over `bottom` at `alpha`, rounded to whole channels as the canvas stores them. */
export function over(top: Colour, bottom: Colour, alpha: number): Rgb {
  const a = asRgb(top);
  const b = asRgb(bottom);
  return [0, 1, 2].map((i) => Math.round(a[i]! * alpha + b[i]! * (1 - alpha))) as unknown as Rgb;
}

export function ratio(a: Colour, b: Colour): number {
  const [hi, lo] = [luminance(asRgb(a)), luminance(asRgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text at `alpha` over `under`, against `under`. */
export function textRatio(text: Colour, alpha: number, under: Colour): number {
  return ratio(over(text, under, alpha), under);
}
