/**
 * A document's scroll indicator: the track and thumb down its right side, and while there is
 * more below, the last line fading into the paper with "more" printed under it.
 */
import type { FontSpec } from '../layout/draw-ops';
import type { Theme } from '../theme';
import { fontTable } from './measure';
import { rgba, roundedRect } from './paint';

/** The scrollbar: its track's width and corner radius, the shortest its thumb gets. */
const SCROLLBAR = { width: 5, radius: 3, minThumb: 30 } as const;
/** While there is more below, the body's last line fades into the paper over this height. */
const FADE = 26;

export interface ScrollbarInput {
  readonly theme: Theme;
  readonly trackX: number;
  /** What scrolls: its window on the sheet. */
  readonly window: { readonly top: number; readonly height: number };
  readonly contentHeight: number;
  readonly scroll: number;
  /** The paper's colour, for the fade. */
  readonly paper: string;
  readonly fade: { readonly x: number; readonly width: number };
  readonly hint: { readonly text: string; readonly font: FontSpec; readonly right: number; readonly baseline: number };
  /** Kept clear for the hint at the window's foot. */
  readonly hintRoom: number;
}

export function paintSheetScrollbar(ctx: CanvasRenderingContext2D, input: ScrollbarInput): void {
  const { palette } = input.theme;
  const { top: y, height } = input.window;
  ctx.fillStyle = rgba(palette.ink, 0.12);
  roundedRect(ctx, input.trackX, y, SCROLLBAR.width, height, SCROLLBAR.radius);
  ctx.fill();
  const thumb = Math.max(SCROLLBAR.minThumb, (height * height) / input.contentHeight);
  const maxScroll = input.contentHeight - height;
  const thumbY = y + ((height - thumb) * input.scroll) / maxScroll;
  ctx.fillStyle = rgba(palette.ink, 0.62);
  roundedRect(ctx, input.trackX, thumbY, SCROLLBAR.width, thumb, SCROLLBAR.radius);
  ctx.fill();
  if (input.scroll >= maxScroll - 1) return;
  // More below: fade the last line and say so.
  const bottom = y + height - input.hintRoom;
  const fade = ctx.createLinearGradient(0, bottom - FADE, 0, bottom + 4);
  fade.addColorStop(0, rgba(input.paper, 0));
  fade.addColorStop(1, rgba(input.paper, 1));
  ctx.fillStyle = fade;
  ctx.fillRect(input.fade.x, bottom - FADE, input.fade.width, FADE + 4);
  if (input.hintRoom > 0) {
    ctx.fillStyle = input.paper;
    ctx.fillRect(input.fade.x, bottom + 4, input.fade.width, input.hintRoom - 6);
  }
  const { hint } = input;
  ctx.font = fontTable(input.theme).css(hint.font);
  ctx.fillStyle = palette.inkSoft;
  ctx.textAlign = 'right';
  ctx.fillText(hint.text, hint.right, hint.baseline);
  ctx.textAlign = 'left';
}
