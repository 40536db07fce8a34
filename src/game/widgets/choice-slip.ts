/**
 * A choice as a typed slip: its number on an index tab, its label, a lock's reason in hand
 * under a locked one (greyed, hatched, padlocked), and NEW in the corner of a door never opened.
 * Painted once per page onto a canvas of its own.
 */
import { wrapLines } from '../layout/text-fit';
import { FONTS, family, type Theme } from '../theme';
import { forMode, LOCK_REASON, LOCKED_HATCH, LOCKED_TAB, TAB_NUMBER_HIGH } from '../widget-colours';
import { renderResolution } from './canvas-image';
import { cssMeasure } from './measure';
import { paintPaper, pieceCanvas, rgba } from './paint';

export interface SlipSpec {
  readonly number: number;
  readonly label: string;
  readonly locked: boolean;
  readonly hint: string | null;
  readonly width: number;
  readonly seed: string;
  /** Never taken in any case, on a page seen before: stamped NEW in its corner. */
  readonly fresh?: boolean;
}

/** A typed choice slip with its number on an index tab; locked slips are greyed and padlocked. */
export function paintSlip(theme: Theme, spec: SlipSpec): { canvas: HTMLCanvasElement; height: number; pad: number } {
  const resolution = renderResolution();
  const { palette } = theme;
  const size = theme.uiSize + 1;
  const font = `400 ${size}px ${family(theme.bodyFont)}`;
  const tab = 40;
  const textWidth = spec.width - tab - 26;
  const lines = wrapLines(spec.label, textWidth, cssMeasure(font));
  const lineHeight = Math.round(size * 1.3);
  const handFont = `400 ${theme.uiSize + 3}px ${family(FONTS.hand)}`;
  const hintLines = spec.locked && spec.hint ? wrapLines(spec.hint, textWidth, cssMeasure(handFont)) : [];
  const handLine = Math.round((theme.uiSize + 3) * 1.05);
  const height = Math.max(
    58,
    22 + lines.length * lineHeight + (hintLines.length ? 8 + hintLines.length * handLine : 0),
  );
  const pad = 10;
  const { canvas, ctx } = pieceCanvas(spec.width, height, { pad }, resolution, { theme, blur: 8, alpha: 0.45 });
  paintPaper(ctx, spec.width, height, palette, {
    seed: spec.seed,
    color: spec.locked ? palette.slipLocked : palette.slip,
  });
  if (spec.locked) {
    ctx.save();
    ctx.strokeStyle = rgba(palette.ink, forMode(LOCKED_HATCH, theme.highContrast));
    ctx.lineWidth = 1;
    for (let hx = -height; hx < spec.width; hx += 9) {
      ctx.beginPath();
      ctx.moveTo(hx, height);
      ctx.lineTo(hx + height, 0);
      ctx.stroke();
    }
    ctx.restore();
  }
  // The index tab with the number.
  ctx.fillStyle = spec.locked ? forMode(LOCKED_TAB, theme.highContrast) : palette.ink;
  ctx.fillRect(0, 0, tab, height);
  ctx.fillStyle = theme.highContrast ? TAB_NUMBER_HIGH : palette.paper;
  ctx.font = `600 22px ${family(FONTS.mono)}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(spec.number), tab / 2, spec.locked ? height / 2 - 8 : height / 2 + 1);
  if (spec.locked) paintPadlock(ctx, tab / 2, height / 2 + 14, theme.highContrast ? TAB_NUMBER_HIGH : palette.paper);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.font = font;
  ctx.fillStyle = spec.locked ? palette.inkSoft : palette.ink;
  lines.forEach((line, index) => {
    ctx.fillText(line, tab + 14, 14 + size + index * lineHeight);
  });
  if (hintLines.length > 0) {
    ctx.font = handFont;
    ctx.fillStyle = forMode(LOCK_REASON, theme.highContrast);
    hintLines.forEach((line, index) => {
      ctx.fillText(line, tab + 14, 14 + size + lines.length * lineHeight + 4 + index * handLine);
    });
  }
  if (spec.fresh) {
    ctx.font = `600 10px ${family(FONTS.mono)}`;
    ctx.fillStyle = palette.stampAlleged;
    ctx.textAlign = 'right';
    ctx.fillText('NEW', spec.width - 8, 12);
    ctx.textAlign = 'left';
  }
  return { canvas, height, pad };
}

function paintPadlock(ctx: CanvasRenderingContext2D, cx: number, cy: number, color: string) {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(cx, cy - 4, 5, Math.PI, 0);
  ctx.stroke();
  ctx.fillRect(cx - 7, cy - 4, 14, 10);
  ctx.restore();
}
