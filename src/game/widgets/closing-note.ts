/**
 * The closing note: the ending's summary handwritten on a card clipped to the closed folder.
 * The whole summary, always: the hand gets smaller before any word would be cut.
 */
import type Phaser from 'phaser';
import { DEFAULT_SETTINGS } from '../../save/settings-types';
import { fitClosingNote } from '../layout/closing-note';
import { FONTS, family, type Theme, themeFor } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from './canvas-image';
import { sizedMeasure } from './measure';
import { paintClip, paintPaper, pieceCanvas } from './paint';

/** Room around the card for its shadow and, above it, for the clip. */
const PAD = { pad: 15, above: 20 } as const;
/** The text's margins inside the card, the heading's baseline, and the room under the last line. */
const TEXT = { left: 20, headingY: 20, top: 30, foot: 14, inset: 40 } as const;
/** The hand at the normal text size, below which the note is never set (layout/closing-note.ts). */
const NORMAL_HAND = themeFor(DEFAULT_SETTINGS).handSize;

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
  const { size, lines, lineHeight, headingSize } = fitClosingNote(
    note.summary,
    { width: note.width - TEXT.inset, room: note.room - TEXT.top - TEXT.foot },
    { bodySize: theme.bodySize, handSize: theme.handSize, normalHandSize: NORMAL_HAND },
    sizedMeasure((s) => `400 ${s}px ${family(FONTS.hand)}`),
  );
  const height = TEXT.top + lines.length * lineHeight + TEXT.foot;
  const { canvas, ctx } = pieceCanvas(note.width, height, PAD, resolution, { theme, blur: 8, alpha: 0.4 });
  paintPaper(ctx, note.width, height, palette, { seed: note.seed, color: palette.slip });
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 ${headingSize}px ${family(FONTS.mono)}`;
  ctx.fillText('CLOSING NOTE', TEXT.left, TEXT.headingY);
  ctx.fillStyle = palette.ink;
  ctx.font = `400 ${size}px ${family(FONTS.hand)}`;
  lines.forEach((line, index) => {
    ctx.fillText(line, TEXT.left, TEXT.top + (index + 1) * lineHeight - 4);
  });
  paintClip(ctx, note.width - 70, -30, theme.highContrast);
  const card = canvasImage(scene, canvas, resolution, x - PAD.pad, bottom - height - PAD.pad - PAD.above, 'summary');
  card.image.setOrigin(0, 0);
  return { ...card, height };
}
