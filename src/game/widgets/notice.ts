/**
 * A typed note pinned to the desk for snapshot.notice; clicking it dismisses it. The card grows
 * with its message (every line is shown) and rises rather than run off the bottom of the screen.
 */
import type Phaser from 'phaser';
import { CONTROL_LABELS } from '../control-labels';
import { markControl, NOTICE_CONTROL } from '../control-rects';
import { wrapLines } from '../layout/text-fit';
import { DESIGN_HEIGHT, FONTS, family, type Theme } from '../theme';
import { NOTICE_PAPER } from '../widget-colours';
import { canvasImage, renderResolution } from './canvas-image';
import { cssMeasure } from './measure';
import { paintPaper, pieceCanvas } from './paint';

/** The card's inner margins: text starts 18 in and stops 22 short of the right edge. */
const TEXT_LEFT = 18;
const TEXT_INSET = 40;
/** The heading strip above the message, and the margin under its last line. */
const HEAD = 44;
const FOOT = 14;
/** The least room kept between the card and the bottom of the screen. */
const SCREEN_MARGIN = 8;

export function addNotice(
  scene: Phaser.Scene,
  theme: Theme,
  message: string,
  x: number,
  y: number,
  width: number,
  onDismiss: () => void,
): Phaser.GameObjects.Container {
  const resolution = renderResolution();
  const size = theme.uiSize - 1;
  const font = `400 ${size}px ${family(FONTS.ui)}`;
  const lines = wrapLines(message, width - TEXT_INSET, cssMeasure(font));
  const lineHeight = Math.round(size * 1.4);
  const height = HEAD + lines.length * lineHeight + FOOT;
  const pad = 12;
  const { canvas, ctx } = pieceCanvas(width, height, { pad }, resolution, { theme, blur: 10, alpha: 0.5 });
  paintPaper(ctx, width, height, theme.palette, { seed: 'notice', color: NOTICE_PAPER });
  ctx.fillStyle = theme.palette.stampAlleged;
  ctx.fillRect(0, 0, width, 5);
  ctx.fillStyle = theme.palette.ink;
  ctx.font = `600 11px ${family(FONTS.mono)}`;
  ctx.fillText('NOTICE', TEXT_LEFT, 26);
  ctx.textAlign = 'right';
  ctx.fillStyle = theme.palette.inkSoft;
  ctx.fillText(`${CONTROL_LABELS.dismissNotice.toUpperCase()} \u00d7`, width - 16, 26);
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.palette.ink;
  ctx.font = font;
  lines.forEach((line, index) => {
    ctx.fillText(line, TEXT_LEFT, HEAD + size + index * lineHeight - 4);
  });
  const image = canvasImage(scene, canvas, resolution, -pad, -pad, 'notice');
  image.image.setOrigin(0, 0);
  const zone = markControl(scene.add.zone(0, 0, width, height), NOTICE_CONTROL)
    .setOrigin(0, 0)
    .setInteractive({ useHandCursor: true });
  zone.on('pointerup', onDismiss);
  const top = Math.max(0, Math.min(y, DESIGN_HEIGHT - SCREEN_MARGIN - height));
  const container = scene.add.container(x, top, [image.image, zone]);
  container.once('destroy', () => image.destroy());
  return container;
}

/** Where a screen pins its notice: the card is redrawn only when the message changes. */
export class NoticeSlot {
  private card: Phaser.GameObjects.Container | null = null;
  private text: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly theme: Theme,
    private readonly place: { readonly x: number; readonly y: number; readonly width: number; readonly depth?: number },
    private readonly onDismiss: () => void,
  ) {}

  show(text: string | null): void {
    if (text === this.text) return;
    this.text = text;
    this.card?.destroy();
    const { x, y, width, depth = 40 } = this.place;
    this.card = text ? addNotice(this.scene, this.theme, text, x, y, width, this.onDismiss).setDepth(depth) : null;
  }
}
