/** The head of a printed form (settings, sources): a small line of capitals, the title, a rule. */
import type { HeadPlace } from '../layout/draw-ops';
import { FONTS, family, type Theme } from '../theme';

export interface FormHead extends HeadPlace {
  readonly kicker: string;
  readonly title: string;
}

export function paintFormHead(ctx: CanvasRenderingContext2D, theme: Theme, head: FormHead): void {
  const { palette } = theme;
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 11px ${family(FONTS.mono)}`;
  ctx.fillText(head.kicker, head.left, head.kickerY);
  ctx.fillStyle = palette.ink;
  ctx.font = `400 30px ${family(theme.bodyFont)}`;
  ctx.fillText(head.title, head.left, head.titleY);
  ctx.strokeStyle = palette.ink;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(head.left, head.ruleY);
  ctx.lineTo(head.right, head.ruleY);
  ctx.stroke();
}
