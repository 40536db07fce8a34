import { FONTS, family, type Palette, seededRandom, type Theme } from '../theme';
import { measureText } from './measure';

export function makeCanvas(width: number, height: number, resolution: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * resolution));
  canvas.height = Math.max(1, Math.ceil(height * resolution));
  const ctx = context(canvas);
  ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
  return canvas;
}

/** Room around a piece of paper on its canvas: on every side for its shadow, and extra above for a clip. */
export interface PieceRoom {
  readonly pad: number;
  readonly above?: number;
}

/**
 * A canvas for a piece `width` x `height` with room around it, and its context moved to the
 * piece's top-left corner; with a shadow, the piece's drop shadow is painted first (never in
 * high contrast, where pieces are outlined instead).
 */
export function pieceCanvas(
  width: number,
  height: number,
  room: PieceRoom,
  resolution: number,
  shadow?: { readonly theme: Theme; readonly blur: number; readonly alpha: number },
): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const above = room.above ?? 0;
  const canvas = makeCanvas(width + room.pad * 2, height + room.pad * 2 + above, resolution);
  const ctx = context(canvas);
  ctx.translate(room.pad, room.pad + above);
  if (shadow && !shadow.theme.highContrast) paintShadow(ctx, 0, 0, width, height, shadow.blur, shadow.alpha);
  return { canvas, ctx };
}

export function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available.');
  return ctx;
}

const noiseCache = new Map<string, HTMLCanvasElement>();

/** A tileable grain of dark and light specks. */
export function noise(seed: string, size = 192, density = 0.5): HTMLCanvasElement {
  const key = `${seed}:${size}:${density}`;
  const cached = noiseCache.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = context(canvas);
  const image = ctx.createImageData(size, size);
  const random = seededRandom(seed);
  for (let i = 0; i < size * size; i++) {
    const value = random();
    const dark = value < density * 0.5;
    const light = value > 1 - density * 0.5;
    const shade = dark ? 0 : 255;
    image.data[i * 4] = shade;
    image.data[i * 4 + 1] = shade;
    image.data[i * 4 + 2] = shade;
    image.data[i * 4 + 3] = dark || light ? Math.floor(random() * 90) : 0;
  }
  ctx.putImageData(image, 0, 0);
  noiseCache.set(key, canvas);
  return canvas;
}

/** A tiled grain of specks over a rectangle, at `alpha`. */
export function grain(
  ctx: CanvasRenderingContext2D,
  seed: string,
  alpha: number,
  x: number,
  y: number,
  w: number,
  h: number,
) {
  if (alpha <= 0) return;
  const pattern = ctx.createPattern(noise(seed), 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = pattern;
  ctx.fillRect(x, y, w, h);
  ctx.restore();
}

export function rgba(color: string, alpha: number): string {
  const value = Number.parseInt(color.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${alpha})`;
}

/** Darken (negative) or lighten (positive) a colour by a fraction. */
export function shade(color: string, amount: number): string {
  const value = Number.parseInt(color.slice(1), 16);
  const channel = (c: number) => {
    const next = amount < 0 ? c * (1 + amount) : c + (255 - c) * amount;
    return Math.max(0, Math.min(255, Math.round(next)));
  };
  const r = channel((value >> 16) & 255);
  const g = channel((value >> 8) & 255);
  const b = channel(value & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}

export interface PaperOptions {
  readonly seed: string;
  readonly color?: string;
  readonly edge?: string;
  readonly zigzag?: boolean;
  readonly fold?: boolean;
}

/** A sheet of paper: fill, aged edges, grain, a faint fold; zigzag edges for thermal slips. */
export function paintPaper(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  palette: Palette,
  options: PaperOptions,
) {
  const random = seededRandom(`paper:${options.seed}`);
  const color = options.color ?? palette.paper;
  const edge = options.edge ?? palette.paperEdge;
  ctx.save();
  ctx.beginPath();
  if (options.zigzag) {
    const tooth = 8;
    ctx.moveTo(0, tooth);
    for (let x = 0; x < w; x += tooth * 2) {
      ctx.lineTo(x + tooth, 0);
      ctx.lineTo(Math.min(w, x + tooth * 2), tooth);
    }
    ctx.lineTo(w, h - tooth);
    for (let x = w; x > 0; x -= tooth * 2) {
      ctx.lineTo(x - tooth, h);
      ctx.lineTo(Math.max(0, x - tooth * 2), h - tooth);
    }
    ctx.closePath();
  } else {
    ctx.rect(0, 0, w, h);
  }
  ctx.fillStyle = color;
  ctx.fill();
  ctx.clip();
  if (palette.grainAlpha > 0) {
    // Aged edges: a warm tint that fades inward, uneven.
    const inner = Math.min(w, h) * 0.09;
    for (const [x0, y0, x1, y1] of [
      [0, 0, inner, 0],
      [w, 0, w - inner, 0],
      [0, 0, 0, inner],
      [0, h, 0, h - inner],
    ] as const) {
      const gradient = ctx.createLinearGradient(x0, y0, x1, y1);
      gradient.addColorStop(0, rgba(edge, 0.95));
      gradient.addColorStop(1, rgba(edge, 0));
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, w, h);
    }
    for (let i = 0; i < 5; i++) {
      const x = random() * w;
      const y = random() * h;
      const r = 30 + random() * 90;
      const blot = ctx.createRadialGradient(x, y, 0, x, y, r);
      blot.addColorStop(0, rgba(edge, 0.28));
      blot.addColorStop(1, rgba(edge, 0));
      ctx.fillStyle = blot;
      ctx.fillRect(x - r, y - r, r * 2, r * 2);
    }
    grain(ctx, `grain:${options.seed.length % 3}`, palette.grainAlpha * 1.6, 0, 0, w, h);
    if (options.fold) {
      const y = h * (0.3 + random() * 0.1);
      const fold = ctx.createLinearGradient(0, y - 6, 0, y + 6);
      fold.addColorStop(0, 'rgba(0,0,0,0)');
      fold.addColorStop(0.5, 'rgba(90,70,40,0.10)');
      fold.addColorStop(0.52, 'rgba(255,255,255,0.25)');
      fold.addColorStop(1, 'rgba(0,0,0,0)');
      ctx.fillStyle = fold;
      ctx.fillRect(0, y - 6, w, 12);
    }
  } else {
    ctx.strokeStyle = palette.ink;
    ctx.lineWidth = 2;
    ctx.strokeRect(1, 1, w - 2, h - 2);
  }
  ctx.restore();
}

export function paintRedaction(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  palette: Palette,
  seed: string,
) {
  const random = seededRandom(`bar:${seed}`);
  ctx.save();
  ctx.beginPath();
  // Marker edges are never quite straight.
  ctx.moveTo(x, y + random());
  ctx.lineTo(x + w, y + random() * 1.2);
  ctx.lineTo(x + w + random() * 1.5, y + h - random());
  ctx.lineTo(x, y + h - random() * 1.2);
  ctx.closePath();
  ctx.fillStyle = palette.redaction;
  ctx.fill();
  if (palette.grainAlpha > 0) {
    ctx.clip();
    grain(ctx, 'bar', 0.22, x, y, w + 2, h);
  }
  ctx.restore();
}

export function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  const radius = Math.min(r, w / 2, h / 2);
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

export interface StampSpec {
  readonly lines: readonly string[];
  readonly color: string;
  readonly seed: string;
  readonly size?: number;
  readonly alpha: number;
  readonly worn: boolean;
}

/** A rubber stamp: double border, capitals in Black Ops One, ink worn in places. Returns its size. */
export function paintStamp(resolution: number, spec: StampSpec): HTMLCanvasElement {
  const size = spec.size ?? 28;
  const small = Math.round(size * 0.62);
  const fontMain = `400 ${size}px ${family(FONTS.stamp)}`;
  const fontSmall = `400 ${small}px ${family(FONTS.stamp)}`;
  const widths = spec.lines.map((line, index) => measureText(line, index === 0 ? fontMain : fontSmall));
  const w = Math.ceil(Math.max(...widths) + size * 1.3);
  const h = Math.ceil(size * 1.35 + (spec.lines.length - 1) * small * 1.45 + size * 0.6);
  const canvas = makeCanvas(w + 8, h + 8, resolution);
  const ctx = context(canvas);
  ctx.translate(4, 4);
  ctx.strokeStyle = spec.color;
  ctx.fillStyle = spec.color;
  ctx.lineWidth = Math.max(2, size * 0.11);
  roundedRect(ctx, 1, 1, w - 2, h - 2, size * 0.18);
  ctx.stroke();
  ctx.lineWidth = 1.2;
  roundedRect(ctx, size * 0.2, size * 0.2, w - size * 0.4, h - size * 0.4, size * 0.1);
  ctx.stroke();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  let y = size * 0.3 + size;
  spec.lines.forEach((line, index) => {
    ctx.font = index === 0 ? fontMain : fontSmall;
    ctx.fillText(line, w / 2, y);
    y += small * 1.45;
  });
  if (spec.worn) {
    // Knock out specks where the rubber took no ink.
    const random = seededRandom(`stamp-wear:${spec.seed}`);
    ctx.globalCompositeOperation = 'destination-out';
    for (let i = 0; i < (w * h) / 60; i++) {
      ctx.globalAlpha = 0.3 + random() * 0.7;
      const r = random() * 1.3 + 0.2;
      ctx.beginPath();
      ctx.arc(random() * w, random() * h, r, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.globalAlpha = 0.35;
    const streakY = random() * h;
    ctx.fillRect(0, streakY, w, 2 + random() * 3);
    ctx.globalCompositeOperation = 'source-over';
    ctx.globalAlpha = 1;
  }
  return canvas;
}

/** A steel paper clip, seen from above, drawn vertically (about 18 x 58). */
export function paintClip(ctx: CanvasRenderingContext2D, x: number, y: number, highContrast: boolean) {
  ctx.save();
  ctx.translate(x, y);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const path = () => {
    ctx.beginPath();
    ctx.moveTo(12, 44);
    ctx.lineTo(12, 10);
    ctx.arc(7.5, 10, 4.5, 0, Math.PI, true);
    ctx.lineTo(3, 50);
    ctx.arc(9, 50, 6, Math.PI, 0, true);
    ctx.lineTo(15, 6);
    ctx.arc(9, 6, 6, 0, Math.PI, true);
    ctx.lineTo(3, 36);
  };
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 3;
  ctx.shadowOffsetX = 1.5;
  ctx.shadowOffsetY = 2;
  path();
  ctx.strokeStyle = highContrast ? '#ffffff' : '#8e9499';
  ctx.lineWidth = 2.6;
  ctx.stroke();
  ctx.shadowColor = 'transparent';
  path();
  ctx.strokeStyle = highContrast ? '#000000' : '#d9dde0';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
}

/** A drop shadow under a sheet, drawn before it. */
export function paintShadow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  blur = 18,
  alpha = 0.55,
) {
  ctx.save();
  ctx.shadowColor = `rgba(0,0,0,${alpha})`;
  ctx.shadowBlur = blur;
  ctx.shadowOffsetX = 4;
  ctx.shadowOffsetY = 8;
  ctx.fillStyle = 'rgba(0,0,0,1)';
  ctx.fillRect(x, y, w, h);
  ctx.restore();
}

/** A barcode from a seed: the stub of a boarding pass. */
export function paintBarcode(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  seed: string,
  ink: string,
) {
  const random = seededRandom(`barcode:${seed}`);
  ctx.fillStyle = ink;
  let cx = x;
  while (cx < x + w) {
    const bar = 1 + Math.floor(random() * 3);
    if (random() > 0.4) ctx.fillRect(cx, y, bar, h);
    cx += bar + 1 + Math.floor(random() * 2);
  }
}
