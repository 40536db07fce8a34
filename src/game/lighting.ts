/**
 * The lamp's light on the desk and on the manila folders, as numbers: the painters
 * (widgets/desk.ts, folder-face.ts, dossier.ts) draw their gradients from these, and the same
 * gradients evaluated at a point tell the contrast test what a text lies on there (the lamp-lit
 * corner of the desk is much lighter than its walnut). Pure: no canvas.
 */
import type { Palette } from './theme';

export type Rgb = readonly [number, number, number];

/** A radial gradient's two circles, as fractions of the surface (x of its width, y of its height). */
export interface RadialGeometry {
  readonly from: { readonly x: number; readonly y: number; readonly r: number };
  readonly to: { readonly x: number; readonly y: number; readonly r: number };
}

/** Opacity stops: [offset, alpha]. */
export type Stops = readonly (readonly [number, number])[];

/**
 * The lamp over the desk, laid on with 'lighter': circles as fractions of the desk's width and
 * height (radii: the first in px, the second of the width). Its strongest light falls above the
 * top edge; the header and the title's menu lie in what reaches the desk.
 */
export const DESK_LAMP = {
  from: { x: 0.16, y: -0.12, r: 40 },
  to: { x: 0.3, y: 0.2, r: 0.95 },
  // 0.26 and 0.09 (were 0.34 and 0.12): the interface's text in the pool stands at 4.5:1.
  stops: [
    [0, 0.26],
    [0.35, 0.09],
    [1, 0],
  ] as Stops,
} as const;

/** The room's shadow: black from nothing to the palette's vignette (radii of the height, then the width). */
export const DESK_VIGNETTE = { from: { x: 0.42, y: 0.36, r: 0.35 }, to: { x: 0.5, y: 0.5, r: 0.78 } } as const;

/** Each plank of the walnut is the desk's light tone darkened by `darken`, give or take `spread` / 2. */
export const PLANK = { spread: 0.08, darken: 0.05 } as const;

/** The lamp's warm white on the manila. */
export const FOLDER_LAMP = '#fff3d2';

/** How strongly the lamp lights a folder's top left and shades its bottom right; `mid`: light fades by the middle. */
export interface FolderLight {
  readonly glow: number;
  readonly shade: number;
  readonly mid?: boolean;
}

export const OPEN_FOLDER_LIGHT: FolderLight = { glow: 0.28, shade: 0.5, mid: true };
export const CLOSED_FOLDER_LIGHT: FolderLight = { glow: 0.3, shade: 0.55 };
export const TITLE_FOLDER_LIGHT: FolderLight = { glow: 0.35, shade: 0.6 };

/**
 * The open folder on the case's desk (its rectangle in the desk's world), the lamp's pool across
 * it (px in the folder's space) and the dark towards its edges (fractions of its size, radii of
 * its height then its width).
 */
export const OPEN_FOLDER = {
  rect: { x: 18, y: 52, width: 1244, height: 662 },
  lamp: { from: { x: 120, y: -80, r: 20 }, to: { x: 260, y: 120, r: 900 }, alpha: 0.16 },
  dark: { from: { x: 0.4, y: 0.3, r: 0.5 }, to: { x: 0.5, y: 0.5, r: 0.75 }, alpha: 0.32 },
} as const;

/** The colour a channel reaches, `amount` darker (negative) or lighter (positive): as paint.ts's shade. */
export function shadeRgb(color: Rgb, amount: number): Rgb {
  const channel = (c: number) =>
    Math.max(0, Math.min(255, Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount)));
  return [channel(color[0]), channel(color[1]), channel(color[2])];
}

export function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` at `alpha` over `bottom` (source-over). */
export function overRgb(top: Rgb, bottom: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => top[i]! * alpha + bottom[i]! * (1 - alpha)) as unknown as Rgb;
}

/** Where a point falls along a two-circle radial gradient (the canvas's rule: the largest t), clamped to 0..1. */
export function radialT(
  px: number,
  py: number,
  c0: { x: number; y: number; r: number },
  c1: { x: number; y: number; r: number },
): number {
  const cdx = c1.x - c0.x;
  const cdy = c1.y - c0.y;
  const dr = c1.r - c0.r;
  const pdx = px - c0.x;
  const pdy = py - c0.y;
  const a = cdx * cdx + cdy * cdy - dr * dr;
  const b = pdx * cdx + pdy * cdy + c0.r * dr;
  const c = pdx * pdx + pdy * pdy - c0.r * c0.r;
  if (Math.abs(a) < 1e-9) return Math.max(0, Math.min(1, c / (2 * b)));
  const root = Math.sqrt(Math.max(0, b * b - a * c));
  // The larger root whose circle has a radius, as the canvas paints it.
  const roots = [(b + root) / a, (b - root) / a].filter((t) => c0.r + t * dr >= 0);
  return Math.max(0, Math.min(1, Math.max(...roots, 0)));
}

/** The opacity of `stops` at t, linearly between them. */
export function stopAt(stops: Stops, t: number): number {
  for (let i = 1; i < stops.length; i++) {
    const [t1, a1] = stops[i]!;
    const [t0, a0] = stops[i - 1]!;
    if (t <= t1) return a0 + ((a1 - a0) * (t - t0)) / (t1 - t0 || 1);
  }
  return stops.at(-1)![1];
}

/**
 * The desk's colour at (x, y) on a desk `width` x `height`, on its lightest plank: the lamp added,
 * the vignette over it. The grain's hairlines and specks (a pixel or two) are left out.
 */
export function deskTone(palette: Palette, highContrast: boolean, width: number, height: number, x: number, y: number) {
  if (highContrast) return rgbOf(palette.deskDark);
  const plank = shadeRgb(rgbOf(palette.deskLight), PLANK.spread / 2 - PLANK.darken);
  const at = (g: RadialGeometry, rFrom: number, rTo: number) =>
    radialT(
      x,
      y,
      { x: g.from.x * width, y: g.from.y * height, r: rFrom },
      { x: g.to.x * width, y: g.to.y * height, r: rTo },
    );
  const lamp = stopAt(DESK_LAMP.stops, at(DESK_LAMP, DESK_LAMP.from.r, DESK_LAMP.to.r * width));
  const glow = rgbOf(palette.lampGlow);
  const lit = plank.map((c, i) => Math.min(255, c + glow[i]! * lamp)) as unknown as Rgb;
  const dark = palette.vignette * at(DESK_VIGNETTE, DESK_VIGNETTE.from.r * height, DESK_VIGNETTE.to.r * width);
  return overRgb([0, 0, 0], lit, dark);
}

/** A folder face's colour at (x, y) in its own space: the manila, the lamp to its top left, the shade to its bottom right. */
export function folderTone(
  palette: Palette,
  highContrast: boolean,
  light: FolderLight,
  width: number,
  height: number,
  x: number,
  y: number,
): Rgb {
  const folder = rgbOf(palette.folder);
  if (highContrast) return folder;
  // The linear gradient from the top-left corner to the bottom-right one, interpolated premultiplied.
  const t = Math.max(0, Math.min(1, (x * width + y * height) / (width * width + height * height)));
  const lamp = rgbOf(FOLDER_LAMP);
  const shadow = rgbOf(palette.folderShadow);
  const stops: readonly (readonly [number, Rgb, number])[] = light.mid
    ? [
        [0, lamp, light.glow],
        [0.5, lamp, 0],
        [1, shadow, light.shade],
      ]
    : [
        [0, lamp, light.glow],
        [1, shadow, light.shade],
      ];
  let i = 1;
  while (i < stops.length - 1 && t > stops[i]![0]) i++;
  const [t0, c0, a0] = stops[i - 1]!;
  const [t1, c1, a1] = stops[i]!;
  const k = (t - t0) / (t1 - t0);
  const alpha = a0 + (a1 - a0) * k;
  const premultiplied = [0, 1, 2].map((j) => c0[j]! * a0 * (1 - k) + c1[j]! * a1 * k);
  return [0, 1, 2].map((j) => premultiplied[j]! + folder[j]! * (1 - alpha)) as unknown as Rgb;
}

/**
 * The open folder on the case's desk at (x, y) in the desk's world: its face, the lamp's pool, the
 * dark at its edges. The crease down its middle and the specks are left out (no text lies on them).
 */
export function openFolderTone(palette: Palette, highContrast: boolean, x: number, y: number): Rgb {
  const { rect, lamp, dark } = OPEN_FOLDER;
  const fx = x - rect.x;
  const fy = y - rect.y;
  const face = folderTone(palette, highContrast, OPEN_FOLDER_LIGHT, rect.width, rect.height, fx, fy);
  if (highContrast) return face;
  const pool = lamp.alpha * (1 - radialT(fx, fy, lamp.from, lamp.to));
  const lit = overRgb(rgbOf(palette.lampGlow), face, pool);
  const d = dark.alpha;
  const edge = radialT(
    fx,
    fy,
    { x: dark.from.x * rect.width, y: dark.from.y * rect.height, r: dark.from.r * rect.height },
    { x: dark.to.x * rect.width, y: dark.to.y * rect.height, r: dark.to.r * rect.width },
  );
  return overRgb([0, 0, 0], lit, d * edge);
}
