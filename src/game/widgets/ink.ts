/**
 * The one painter of draw operations (layout/draw-ops.ts): the typed body of a document as far
 * as the typewriter has gone, and the printed form of a sheet (header, foot, clip, holes), in
 * canvas 2D. Nothing here lays anything out: positions come from the pure layouts.
 */
import type { DocumentLayout } from '../layout/document';
import type { ColorRole, DrawOp } from '../layout/draw-ops';
import { type Palette, seededRandom } from '../theme';
import { forMode, INK_PRESSURE, PASS_BAND, PASS_BAND_INK, PASS_CARD, REPORT_NOTE } from '../widget-colours';
import { type FontTable, measureText } from './measure';
import { paintBarcode, paintClip, paintRedaction, rgba, roundedRect, shade } from './paint';

/** The dark of the desk seen through a punched hole. */
const HOLE_COLOR = 'rgba(30,20,10,0.55)';

function colorOf(role: ColorRole, palette: Palette, highContrast: boolean, alpha?: number): string {
  const color = baseColor(role, palette, highContrast);
  return alpha === undefined ? color : rgba(color, alpha);
}

/** The colour a role is drawn in (before its opacity). */
export function baseColor(role: ColorRole, palette: Palette, highContrast: boolean): string {
  switch (role) {
    case 'ink':
      return palette.ink;
    case 'inkSoft':
      return palette.inkSoft;
    case 'rule':
      return palette.rule;
    case 'margin':
      return palette.stampAlleged;
    case 'bubble':
      return shade(palette.paper, -0.05);
    case 'bubbleOwn':
      return shade(palette.paper, -0.13);
    case 'pass':
      return forMode(PASS_CARD, highContrast);
    case 'passBand':
      return forMode(PASS_BAND, highContrast);
    case 'passBandInk':
      return PASS_BAND_INK;
    case 'note':
      return forMode(REPORT_NOTE, highContrast);
  }
}

/** The lightest the ribbon types in a colour. */
function leastPressure(color: ColorRole): number {
  return color === 'inkSoft' ? INK_PRESSURE.leastSoft : INK_PRESSURE.least;
}

/** Ink pressure: each character a touch lighter or darker, as a worn ribbon types. */
function inkAlpha(random: () => number, highContrast: boolean, color: ColorRole): number {
  const least = leastPressure(color);
  return highContrast ? 1 : least + random() * (1 - least);
}

/** The faintest paintText lays a text operation at: its own opacity times the ribbon's least pressure. */
export function faintestAlpha(op: Extract<DrawOp, { type: 'text' }>, highContrast: boolean): number {
  const own = op.alpha ?? 1;
  if (op.plain || highContrast) return own;
  const typed = op.align === 'right' || op.align === 'center' || op.font.role === 'body' || op.font.role === 'bodyBold';
  if (typed) return own * leastPressure(op.color);
  return op.font.role === 'hand' ? own * INK_PRESSURE.hand : own;
}

export interface PaintLook {
  readonly palette: Palette;
  readonly fonts: FontTable;
  readonly highContrast: boolean;
}

export interface InkOptions extends PaintLook {
  /** Characters typed so far. */
  readonly typed: number;
  readonly scroll: number;
  readonly viewportHeight: number;
  readonly seed: string;
  /** Draw the typing position (a short bar under the next character). */
  readonly caret?: boolean;
}

/** What one pass of the painter shows: the characters typed and the rows in view. */
interface Pass {
  readonly look: PaintLook;
  readonly random: () => number;
  readonly typed: number;
  readonly top: number;
  readonly bottom: number;
}

/** Draw the typed layout into ctx (already translated to the body's origin). */
export function paintInk(ctx: CanvasRenderingContext2D, layout: DocumentLayout, options: InkOptions) {
  const { palette, fonts, typed, scroll, viewportHeight } = options;
  ctx.save();
  ctx.translate(0, -scroll);
  const top = scroll - 40;
  const bottom = scroll + viewportHeight + 40;
  if (layout.ruled) {
    const { spacing, first } = layout.ruled;
    ctx.strokeStyle = options.highContrast ? rgba('#000000', 0.5) : rgba('#6d8fb8', 0.45);
    ctx.lineWidth = 1;
    const start = first + Math.max(0, Math.floor((top - first) / spacing)) * spacing;
    for (let y = start; y < bottom; y += spacing) {
      ctx.beginPath();
      ctx.moveTo(-40, y + 0.5);
      ctx.lineTo(layout.width + 40, y + 0.5);
      ctx.stroke();
    }
    ctx.strokeStyle = rgba(palette.stampAlleged, options.highContrast ? 1 : 0.5);
    ctx.beginPath();
    ctx.moveTo(-8, top);
    ctx.lineTo(-8, bottom);
    ctx.stroke();
  }
  const pass: Pass = { look: options, random: seededRandom(`ink:${options.seed}`), typed, top, bottom };
  for (const op of layout.ops) paintOp(ctx, op, pass);
  if (options.caret && typed < layout.totalChars) paintCaret(ctx, layout, typed, palette, fonts);
  ctx.restore();
}

/** Draw printed operations (a sheet's form) in full, wherever they fall. */
export function paintPrinted(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[], look: PaintLook) {
  const pass: Pass = {
    look,
    random: seededRandom('printed'),
    typed: Number.POSITIVE_INFINITY,
    top: Number.NEGATIVE_INFINITY,
    bottom: Number.POSITIVE_INFINITY,
  };
  for (const op of ops) paintOp(ctx, op, pass);
}

/** The typewriter's position: just after the last character typed. */
function paintCaret(
  ctx: CanvasRenderingContext2D,
  layout: DocumentLayout,
  typed: number,
  palette: Palette,
  fonts: FontTable,
) {
  let x = 0;
  let y = 0;
  let size = 16;
  for (const op of layout.ops) {
    if (op.type === 'text' && !op.printed && op.at <= typed && op.align !== 'right') {
      const shown = Math.min(op.text.length, typed - op.at);
      x = op.x + measureText(op.text.slice(0, shown), fonts.css(op.font));
      y = op.y;
      size = op.font.size;
    } else if (op.type === 'bar' && op.at <= typed) {
      x = op.x + (op.width * Math.min(op.chars, typed - op.at)) / op.chars;
      y = op.y + op.height * 0.8;
    }
  }
  ctx.fillStyle = rgba(palette.ink, 0.75);
  ctx.fillRect(x + 1, y + 3, Math.round(size * 0.55), 2);
}

function paintText(ctx: CanvasRenderingContext2D, op: Extract<DrawOp, { type: 'text' }>, pass: Pass) {
  const { look, random, typed } = pass;
  const shown = op.printed ? op.text.length : Math.max(0, Math.min(op.text.length, typed - op.at));
  if (shown <= 0) return;
  ctx.font = look.fonts.css(op.font);
  ctx.fillStyle = colorOf(op.color, look.palette, look.highContrast, op.alpha);
  ctx.textBaseline = 'alphabetic';
  if (op.plain) {
    ctx.textAlign = op.align ?? 'left';
    ctx.fillText(op.text.slice(0, shown), op.x, op.y);
    ctx.textAlign = 'left';
    return;
  }
  if (op.align === 'right' || op.align === 'center') {
    ctx.textAlign = op.align;
    ctx.globalAlpha = inkAlpha(random, look.highContrast, op.color);
    ctx.fillText(op.text.slice(0, shown), op.x, op.y);
    ctx.textAlign = 'left';
    ctx.globalAlpha = 1;
    return;
  }
  ctx.textAlign = 'left';
  if (op.font.role === 'body' || op.font.role === 'bodyBold') {
    // Typewriter: word by word with slight pressure and baseline changes.
    let x = op.x;
    for (const word of op.text.slice(0, shown).split(/(\s+)/)) {
      if (word.length === 0) continue;
      const w = ctx.measureText(word).width;
      if (!/^\s+$/.test(word)) {
        ctx.globalAlpha = inkAlpha(random, look.highContrast, op.color);
        const dy = look.highContrast ? 0 : (random() - 0.5) * 0.8;
        ctx.fillText(word, x, op.y + dy);
        if (op.font.role === 'bodyBold') ctx.fillText(word, x + 0.7, op.y + dy);
      }
      x += w;
    }
    ctx.globalAlpha = 1;
  } else {
    ctx.globalAlpha = op.font.role === 'hand' && !look.highContrast ? INK_PRESSURE.hand : 1;
    ctx.fillText(op.text.slice(0, shown), op.x, op.y);
    ctx.globalAlpha = 1;
  }
}

function paintBox(ctx: CanvasRenderingContext2D, op: Extract<DrawOp, { type: 'box' }>, look: PaintLook) {
  roundedRect(ctx, op.x, op.y, op.width, op.height, op.radius);
  if (op.fill) {
    ctx.fillStyle = colorOf(op.fill, look.palette, look.highContrast, op.fillAlpha);
    ctx.fill();
  }
  if (op.stroke) {
    ctx.strokeStyle = colorOf(op.stroke, look.palette, look.highContrast, op.strokeAlpha);
    ctx.lineWidth = op.weight ?? 1;
    ctx.stroke();
  }
  if (op.tail && op.fill) {
    const tx = op.tail === 'left' ? op.x + 8 : op.x + op.width - 8;
    const dir = op.tail === 'left' ? -1 : 1;
    ctx.beginPath();
    ctx.moveTo(tx - 6 * dir, op.y + op.height - 2);
    ctx.lineTo(tx + 6 * dir, op.y + op.height + 7);
    ctx.lineTo(tx + 4 * dir, op.y + op.height - 6);
    ctx.closePath();
    ctx.fillStyle = colorOf(op.fill, look.palette, look.highContrast, op.fillAlpha);
    ctx.fill();
  }
}

function paintOp(ctx: CanvasRenderingContext2D, op: DrawOp, pass: Pass) {
  const { look, typed, top, bottom } = pass;
  switch (op.type) {
    case 'text':
      if (op.y < top || op.y - op.font.size > bottom) return;
      paintText(ctx, op, pass);
      return;
    case 'bar': {
      if (op.y > bottom || op.y + op.height < top) return;
      const shown = Math.max(0, Math.min(op.chars, typed - op.at));
      if (shown <= 0) return;
      const width = (op.width * shown) / op.chars;
      paintRedaction(ctx, op.x, op.y, width, op.height, look.palette, op.seed ?? `${op.at}`);
      return;
    }
    case 'rule':
      if (!op.printed && typed < op.at) return;
      ctx.strokeStyle = colorOf(op.color, look.palette, look.highContrast, op.alpha);
      ctx.lineWidth = op.weight;
      ctx.setLineDash(op.dash ? [...op.dash] : []);
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'box':
      if (typed < op.at && op.at > 0) return;
      if (op.y > bottom || op.y + op.height < top) return;
      paintBox(ctx, op, look);
      return;
    case 'barcode':
      paintBarcode(ctx, op.x, op.y, op.width, op.height, op.seed, colorOf(op.color, look.palette, look.highContrast));
      return;
    case 'clip':
      paintClip(ctx, op.x, op.y, look.highContrast);
      return;
    case 'hole':
      ctx.fillStyle = HOLE_COLOR;
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.radius, 0, Math.PI * 2);
      ctx.fill();
      return;
  }
}
