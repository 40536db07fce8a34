/**
 * The record card, clipped under the contents card (or in a phone's drawer): what the file holds
 * on record, laid out by layout/record-card.ts, painted like the index card above it.
 */
import type { RecordSection } from '../../story/record';
import { layoutRecordCard, recordTypeAt } from '../layout/record-card';
import { textScale } from '../layout/type-scale';
import { FONTS, family, type Theme } from '../theme';
import { renderResolution } from './canvas-image';
import type { Painted } from './dossier';
import { cssMeasure } from './measure';
import { paintClip, paintPaper, paintShadow, pieceCanvas } from './paint';

/** Room around the card for its shadow, and above it for the clip. */
const PAD = 14;
const CLIP_ROOM = 20;

export interface RecordCardPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The most the card may take; it is as tall as its lines need. */
  readonly maxHeight: number;
}

/** The card's height for this record, or 0 when nothing is on record. */
export function recordCardHeight(
  theme: Theme,
  record: readonly RecordSection[],
  width: number,
  maxHeight: number,
): number {
  const type = recordTypeAt(textScale(theme.bodySize));
  return layoutRecordCard(record, { width, maxHeight, type }, cssMeasure(handFont(type.lineSize)))?.height ?? 0;
}

function handFont(size: number): string {
  return `400 ${size}px ${family(FONTS.hand)}`;
}

export function paintRecordCard(theme: Theme, record: readonly RecordSection[], at: RecordCardPlace): Painted | null {
  const type = recordTypeAt(textScale(theme.bodySize));
  const layout = layoutRecordCard(
    record,
    { width: at.width, maxHeight: at.maxHeight, type },
    cssMeasure(handFont(type.lineSize)),
  );
  if (!layout) return null;
  const resolution = renderResolution();
  const { width } = at;
  const { height } = layout;
  const { canvas, ctx } = pieceCanvas(width, height, { pad: PAD, above: CLIP_ROOM }, resolution);
  const { palette } = theme;
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 10, 0.4);
  paintPaper(ctx, width, height, palette, { seed: 'record-card', color: palette.slip });
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = palette.ink;
  ctx.font = `400 ${type.headingSize}px ${family(FONTS.stamp)}`;
  ctx.fillText('ON RECORD', type.inset, 28);
  if (layout.earlier > 0) {
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `400 ${type.sectionSize}px ${family(FONTS.mono)}`;
    ctx.textAlign = 'right';
    ctx.fillText(`\u2191 ${layout.earlier} earlier`, width - type.inset, 27);
    ctx.textAlign = 'left';
  }
  for (const row of layout.rows) {
    if (row.kind === 'section') {
      ctx.fillStyle = palette.inkSoft;
      ctx.font = `600 ${type.sectionSize}px ${family(FONTS.mono)}`;
    } else {
      ctx.fillStyle = palette.ink;
      ctx.font = handFont(type.lineSize);
    }
    ctx.fillText(row.text, type.inset, row.baseline);
  }
  // Clear of the heading on the left and of the count of earlier lines on the right.
  paintClip(ctx, Math.round(width * 0.55), -CLIP_ROOM, theme.highContrast);
  return { canvas, x: at.x - PAD, y: at.y - PAD - CLIP_ROOM, scale: 1 / resolution };
}
