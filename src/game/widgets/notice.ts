/** A typed note pinned to the desk for snapshot.notice; clicking it dismisses it. */
import type Phaser from 'phaser';
import { FONTS, type Theme } from '../theme';
import { canvasImage, renderResolution } from './canvas-image';
import { context, makeCanvas, measureText, paintPaper, paintShadow } from './paint';

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
  const font = `400 ${size}px "${FONTS.ui}"`;
  const lines: string[] = [];
  let current = '';
  const words = message.split(/\s+/).flatMap((word) => {
    // A long file name has no spaces: cut it where it would leave the card.
    const pieces: string[] = [];
    let rest = word;
    while (measureText(rest, font) > width - 40 && rest.length > 8) {
      let cut = rest.length - 1;
      while (cut > 4 && measureText(rest.slice(0, cut), font) > width - 40) cut--;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    pieces.push(rest);
    return pieces;
  });
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (measureText(next, font) > width - 40 && current) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  const shown = lines.slice(0, 5);
  const lineHeight = Math.round(size * 1.4);
  const height = 44 + shown.length * lineHeight + 14;
  const pad = 12;
  const canvas = makeCanvas(width + pad * 2, height + pad * 2, resolution);
  const ctx = context(canvas);
  ctx.translate(pad, pad);
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 10, 0.5);
  paintPaper(ctx, width, height, theme.palette, { seed: 'notice', color: '#f4e3a4' });
  ctx.fillStyle = theme.palette.stampAlleged;
  ctx.fillRect(0, 0, width, 5);
  ctx.fillStyle = theme.palette.ink;
  ctx.font = `600 11px "${FONTS.mono}"`;
  ctx.fillText('NOTICE', 18, 26);
  ctx.textAlign = 'right';
  ctx.fillStyle = theme.palette.inkSoft;
  ctx.fillText('CLICK TO DISMISS \u00d7', width - 16, 26);
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.palette.ink;
  ctx.font = font;
  shown.forEach((line, index) => {
    ctx.fillText(line, 18, 44 + size + index * lineHeight - 4);
  });
  const image = canvasImage(scene, canvas, resolution, -pad, -pad, 'notice');
  image.image.setOrigin(0, 0);
  const zone = scene.add.zone(0, 0, width, height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  zone.on('pointerup', onDismiss);
  const container = scene.add.container(x, y, [image.image, zone]);
  container.once('destroy', () => image.destroy());
  return container;
}
