/**
 * The file's contents card, clipped inside the folder: every document so far by number and
 * kind, its title handwritten in full on the ruled lines (layout/contents.ts decides how), the
 * current one circled. Painted into a canvas that lies behind the game's canvas.
 */
import { type ContentsEntry, contentsTypeAt, layoutContents } from '../layout/contents';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { textScale } from '../layout/type-scale';
import { FONTS, family, type Theme } from '../theme';
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

export function paintIndexCard(
  theme: Theme,
  entries: readonly ContentsEntry[],
  x: number,
  y: number,
  width: number,
  height: number,
): Painted {
  const resolution = renderResolution();
  // The card's type and ruling at the text size: larger text, fewer rows, earlier ones counted.
  const type = contentsTypeAt(textScale(theme.bodySize));
  const { canvas, ctx } = pieceCanvas(width, height, { pad: PAD, above: CLIP_ROOM }, resolution);
  const { palette } = theme;
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 10, 0.4);
  paintPaper(ctx, width, height, palette, { seed: 'index-card', color: palette.slip });
  ctx.strokeStyle = rgba(theme.highContrast ? '#000000' : '#6d8fb8', 0.4);
  ctx.lineWidth = 1;
  for (let ly = type.firstBaseline + (RULED.top - FIRST_BASELINE); ly < height - RULED.bottom; ly += type.lineSpacing) {
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
  ctx.font = `400 ${type.headingSize}px ${family(FONTS.stamp)}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('CONTENTS', 14, 30);
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 ${type.countSize}px ${family(FONTS.mono)}`;
  ctx.textAlign = 'right';
  ctx.fillText(`${entries.length} DOC${entries.length === 1 ? '' : 'S'}`, width - 14, 29);
  ctx.textAlign = 'left';
  const handAt = (size: number) => `400 ${size}px ${family(FONTS.hand)}`;
  const layout = layoutContents(
    entries,
    {
      top: type.firstBaseline,
      lineSpacing: type.lineSpacing,
      lines: Math.floor((height - type.firstBaseline) / type.lineSpacing),
      titleWidth: width - type.titleX - COLUMNS.titleInset,
      titleSize: type.titleSize,
      titleMin: type.titleMin,
    },
    sizedMeasure(handAt),
  );
  for (const row of layout.rows) {
    const { entry, baseline } = row;
    ctx.fillStyle = entry.current ? palette.stampAlleged : palette.inkSoft;
    ctx.font = `600 ${type.numberSize}px ${family(FONTS.mono)}`;
    ctx.fillText(String(entry.number).padStart(3, '0'), COLUMNS.number, baseline);
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `400 ${type.kindSize}px ${family(FONTS.mono)}`;
    ctx.fillText(DOCUMENT_STYLES[entry.kind].short, type.kindX, baseline);
    ctx.fillStyle = palette.ink;
    ctx.font = handAt(row.titleSize);
    row.titleLines.forEach((line, index) => {
      ctx.fillText(line, type.titleX, baseline + 1 + index * type.lineSpacing);
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
    ctx.font = `400 10px ${family(FONTS.mono)}`;
    ctx.fillText(`\u2191 ${layout.earlier} earlier`, type.kindX, 45);
  }
  paintClip(ctx, 150, -CLIP_ROOM, theme.highContrast);
  return { canvas, x: x - PAD, y: y - PAD - CLIP_ROOM, scale: 1 / resolution };
}
