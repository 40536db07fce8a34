/**
 * The closing note: the ending's summary handwritten on a card clipped to the closed folder.
 * The whole summary, always: the hand gets smaller before any word would be cut.
 */
import type Phaser from 'phaser';
import { fitText } from '../layout/text-fit';
import { FONTS, type Theme } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from './canvas-image';
import { sizedMeasure } from './measure';
import { paintClip, paintPaper, pieceCanvas } from './paint';

/** Room around the card for its shadow and, above it, for the clip. */
const PAD = { pad: 15, above: 20 } as const;
/** The text's margins inside the card, the heading's baseline, and the room under the last line. */
const TEXT = { left: 20, headingY: 20, top: 30, foot: 14, inset: 40, lineHeight: 1.1 } as const;
/** The hand starts at up to 24 px (85% of the theme's) and may shrink to 14 px. */
const HAND = { max: 24, ofTheme: 0.85, min: 14 } as const;

export interface ClosingNote extends CanvasImage {
  readonly height: number;
}

/** The card with its left edge at `x` and its bottom edge at `bottom`, at most `room` tall. */
export function addClosingNote(
  scene: Phaser.Scene,
  theme: Theme,
  note: { readonly summary: string; readonly seed: string; readonly width: number; readonly room: number },
  x: number,
  bottom: number,
): ClosingNote {
  const { palette } = theme;
  const resolution = renderResolution();
  const { size, lines } = fitText(
    note.summary,
    {
      size: Math.min(HAND.max, Math.round(theme.handSize * HAND.ofTheme)),
      minSize: HAND.min,
      width: note.width - TEXT.inset,
      maxHeight: note.room - TEXT.top - TEXT.foot,
      lineHeight: (s) => Math.round(s * TEXT.lineHeight),
    },
    sizedMeasure((s) => `400 ${s}px "${FONTS.hand}"`),
  );
  const lineHeight = Math.round(size * TEXT.lineHeight);
  const height = TEXT.top + lines.length * lineHeight + TEXT.foot;
  const { canvas, ctx } = pieceCanvas(note.width, height, PAD, resolution, { theme, blur: 8, alpha: 0.4 });
  paintPaper(ctx, note.width, height, palette, { seed: note.seed, color: palette.slip });
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 10px "${FONTS.mono}"`;
  ctx.fillText('CLOSING NOTE', TEXT.left, TEXT.headingY);
  ctx.fillStyle = palette.ink;
  ctx.font = `400 ${size}px "${FONTS.hand}"`;
  lines.forEach((line, index) => {
    ctx.fillText(line, TEXT.left, TEXT.top + (index + 1) * lineHeight - 4);
  });
  paintClip(ctx, note.width - 70, -30, theme.highContrast);
  const card = canvasImage(scene, canvas, resolution, x - PAD.pad, bottom - height - PAD.pad - PAD.above, 'summary');
  card.image.setOrigin(0, 0);
  return { ...card, height };
}
