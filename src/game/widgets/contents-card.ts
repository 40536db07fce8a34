/**
 * The file's contents card, clipped inside the folder: every document so far by number and
 * kind, its title handwritten in full on the ruled lines (layout/contents.ts decides how), the
 * current one circled. Painted into a canvas that lies behind the game's canvas.
 */
import { type ContentsEntry, layoutContents } from '../layout/contents';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { FONTS, type Theme } from '../theme';
import { renderResolution } from './canvas-image';
import type { Painted } from './dossier';
import { sizedMeasure } from './measure';
import { paintClip, paintPaper, paintShadow, pieceCanvas, rgba } from './paint';

/** Room around the card for its shadow, and above it for the clip. */
const PAD = 14;
const CLIP_ROOM = 20;
/** The ruled lines: the first, their spacing, how far short of the bottom they stop, their side margins. */
const RULED = { top: 64, spacing: 22, bottom: 8, inset: 10 } as const;
/** The red margin line, and where it starts under the heading. */
const MARGIN = { x: 44, top: 40 } as const;
/** Columns: the number, the kind, the title (which stops `titleInset` short of the right edge). */
const COLUMNS = { number: 10, kind: 52, title: 106, titleInset: 10 } as const;
/** The first entry's baseline, sitting on the first ruled line. */
const FIRST_BASELINE = 60;
/** Titles are written at 15 and may be set at 14 (no smaller: the card should read evenly) before they wrap. */
const TITLE = { size: 15, min: 14 } as const;

export function paintIndexCard(
  theme: Theme,
  entries: readonly ContentsEntry[],
  x: number,
  y: number,
  width: number,
  height: number,
): Painted {
  const resolution = renderResolution();
  const { canvas, ctx } = pieceCanvas(width, height, { pad: PAD, above: CLIP_ROOM }, resolution);
  const { palette } = theme;
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 10, 0.4);
  paintPaper(ctx, width, height, palette, { seed: 'index-card', color: palette.slip });
  ctx.strokeStyle = rgba(theme.highContrast ? '#000000' : '#6d8fb8', 0.4);
  ctx.lineWidth = 1;
  for (let ly = RULED.top; ly < height - RULED.bottom; ly += RULED.spacing) {
    ctx.beginPath();
    ctx.moveTo(RULED.inset, ly + 0.5);
    ctx.lineTo(width - RULED.inset, ly + 0.5);
    ctx.stroke();
  }
  ctx.strokeStyle = rgba(palette.stampAlleged, theme.highContrast ? 1 : 0.55);
  ctx.beginPath();
  ctx.moveTo(MARGIN.x, MARGIN.top);
  ctx.lineTo(MARGIN.x, height);
  ctx.stroke();
  ctx.fillStyle = palette.ink;
  ctx.font = `400 17px "${FONTS.stamp}"`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('CONTENTS', 14, 30);
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 10px "${FONTS.mono}"`;
  ctx.textAlign = 'right';
  ctx.fillText(`${entries.length} DOC${entries.length === 1 ? '' : 'S'}`, width - 14, 29);
  ctx.textAlign = 'left';
  const handAt = (size: number) => `400 ${size}px "${FONTS.hand}"`;
  const layout = layoutContents(
    entries,
    {
      top: FIRST_BASELINE,
      lineSpacing: RULED.spacing,
      lines: Math.floor((height - FIRST_BASELINE) / RULED.spacing),
      titleWidth: width - COLUMNS.title - COLUMNS.titleInset,
      titleSize: TITLE.size,
      titleMin: TITLE.min,
    },
    sizedMeasure(handAt),
  );
  for (const row of layout.rows) {
    const { entry, baseline } = row;
    ctx.fillStyle = entry.current ? palette.stampAlleged : palette.inkSoft;
    ctx.font = `600 11px "${FONTS.mono}"`;
    ctx.fillText(String(entry.number).padStart(3, '0'), COLUMNS.number, baseline);
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `400 9px "${FONTS.mono}"`;
    ctx.fillText(DOCUMENT_STYLES[entry.kind].short, COLUMNS.kind, baseline);
    ctx.fillStyle = palette.ink;
    ctx.font = handAt(row.titleSize);
    row.titleLines.forEach((line, index) => {
      ctx.fillText(line, COLUMNS.title, baseline + 1 + index * RULED.spacing);
    });
    if (entry.current) {
      ctx.strokeStyle = palette.stampAlleged;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.ellipse(COLUMNS.number + 11, baseline - 4, 17, 10, -0.05, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  if (layout.earlier > 0) {
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `400 10px "${FONTS.mono}"`;
    ctx.fillText(`\u2191 ${layout.earlier} earlier`, COLUMNS.kind, 45);
  }
  paintClip(ctx, 150, -CLIP_ROOM, theme.highContrast);
  return { canvas, x: x - PAD, y: y - PAD - CLIP_ROOM, scale: 1 / resolution };
}
