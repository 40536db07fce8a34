/**
 * The closed file for the ending: the manila cover with its tab and the pages peeking out, and
 * the typed label on the cover: the case number, the ending's title (set smaller, then wrapped,
 * never cut) and what ended up in the file, every value in full.
 */
import type Phaser from 'phaser';
import { fitText, wrapLines } from '../layout/text-fit';
import { CLOSED_FOLDER_LIGHT } from '../lighting';
import { FONTS, family, type Theme } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from './canvas-image';
import { paintFolderFace, strokeFolderEdge } from './folder-face';
import { cssMeasure, sizedMeasure } from './measure';
import { paintShadow, pieceCanvas, rgba, roundedRect, shade } from './paint';

export interface ClosedFolderSpec {
  /** The folder's top-left corner and size, in design space. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Label and value of each row typed on the cover. */
  readonly rows: readonly (readonly [string, string])[];
  readonly title: string;
  readonly caseNumber: string;
  /**
   * A narrow cover (a phone's): each row's label over its value, the values in larger type,
   * the label nearer the cover's edges. Left out, the desk's label, values beside the labels.
   */
  readonly narrow?: boolean;
}

export interface ClosedFolder extends CanvasImage {
  /** Where the cover label ends, from the folder's top. */
  readonly labelBottom: number;
}

/** Room around the folder for its shadow, and above it for the tab. */
const PAD = 30;
const TAB_ROOM = 30;
/**
 * The cover label: its corner and side margins on the cover; the text's inset; the heading's
 * and the title's baselines; where the rows start; the values' column and right margin.
 */
const LABEL = { x: 36, y: 40, inset: 14, heading: 20, title: 48, rows: 80, valueX: 150, valueRight: 20 } as const;
/** The label's height before its rows, and the margin under them. */
const LABEL_HEAD = 64;
const LABEL_FOOT = 2;
/** The rows: the line spacing of a value, and the rule's drop under it. */
const ROW = { line: 18, rule: 8 } as const;
/** The title is typed at 22 and may be set as small as 18 before it wraps. */
const TITLE = { size: 22, min: 18, leading: 1.25 } as const;
/** A narrow cover: the label's corner, the values' size and spacing, their drop under the row's label. */
const NARROW = { x: 16, valueSize: 16, line: 21, drop: 20 } as const;

interface CoverLabel {
  readonly x: number;
  readonly width: number;
  readonly valueFont: string;
  readonly valueX: number;
  /** How far under its row's label a value's first line is, and a value's line spacing. */
  readonly drop: number;
  readonly line: number;
  readonly rows: readonly (readonly [string, readonly string[]])[];
  readonly title: { readonly size: number; readonly lines: readonly string[] };
  readonly titleFont: (size: number) => string;
  readonly titleLine: number;
  readonly titleExtra: number;
  readonly height: number;
}

/** The cover label's lines and height, before anything is painted. */
function coverLabel(theme: Theme, spec: ClosedFolderSpec): CoverLabel {
  const narrow = spec.narrow === true;
  const x = narrow ? NARROW.x : LABEL.x;
  const width = spec.width - x * 2;
  const valueFont = `400 ${narrow ? NARROW.valueSize : 14}px ${family(FONTS.mono)}`;
  const valueX = narrow ? LABEL.inset : LABEL.valueX;
  const valueWidth = narrow ? width - LABEL.inset * 2 : width - LABEL.valueX - LABEL.valueRight;
  const rows = spec.rows.map(([label, value]) => [label, wrapLines(value, valueWidth, cssMeasure(valueFont))] as const);
  const titleFont = (size: number) => `400 ${size}px ${family(theme.bodyFont)}`;
  const title = fitText(
    spec.title.toUpperCase(),
    { size: TITLE.size, minSize: TITLE.min, width: width - LABEL.inset * 2 },
    sizedMeasure(titleFont),
  );
  const titleLine = Math.round(title.size * TITLE.leading);
  const titleExtra = (title.lines.length - 1) * titleLine;
  const line = narrow ? NARROW.line : ROW.line;
  const drop = narrow ? NARROW.drop : 0;
  const height =
    LABEL_HEAD +
    titleExtra +
    rows.reduce((sum, [, value]) => sum + ROW.rule + drop + value.length * line, 0) +
    LABEL_FOOT +
    (narrow ? ROW.rule : 0);
  return { x, width, valueFont, valueX, drop, line, rows, title, titleFont, titleLine, titleExtra, height };
}

/** Where the cover label of this folder ends, from the folder's top, without painting it. */
export function closedLabelBottom(theme: Theme, spec: ClosedFolderSpec): number {
  return LABEL.y + coverLabel(theme, spec).height;
}

export function addClosedFolder(scene: Phaser.Scene, theme: Theme, spec: ClosedFolderSpec): ClosedFolder {
  const { x, y, width, height } = spec;
  const resolution = renderResolution();
  const { canvas, ctx } = pieceCanvas(width, height, { pad: PAD, above: TAB_ROOM }, resolution);
  const { palette } = theme;
  // Pages inside, peeking.
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 24, 0.7);
  for (let i = 3; i > 0; i--) {
    ctx.fillStyle = shade(palette.paper, -0.04 * i);
    ctx.fillRect(width - 6 + i * 2, 12 + i * 3, 8, height - 30);
  }
  ctx.fillStyle = shade(palette.folder, -0.06);
  roundedRect(ctx, width - 200, -26, 170, 40, 8);
  ctx.fill();
  paintFolderFace(ctx, theme, width, height, CLOSED_FOLDER_LIGHT);
  strokeFolderEdge(ctx, theme, width, height);
  ctx.fillStyle = palette.paper;
  ctx.fillRect(width - 190, -20, 150, 18);
  ctx.fillStyle = palette.ink;
  ctx.font = `600 11px ${family(FONTS.mono)}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(spec.caseNumber, width - 182, -10.5);
  // Cover label: the title and every value in full, wrapped.
  const label = coverLabel(theme, spec);
  const lx = label.x;
  const ly = LABEL.y;
  const lw = label.width;
  const { title, titleLine, titleExtra } = label;
  const labelHeight = label.height;
  ctx.fillStyle = palette.paper;
  ctx.fillRect(lx, ly, lw, labelHeight);
  ctx.strokeStyle = rgba(palette.ink, 0.6);
  ctx.lineWidth = 1;
  ctx.strokeRect(lx, ly, lw, labelHeight);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 11px ${family(FONTS.mono)}`;
  ctx.fillText(`CASE FILE ${spec.caseNumber}  \u00b7  CLOSED`, lx + LABEL.inset, ly + LABEL.heading);
  ctx.fillStyle = palette.ink;
  ctx.font = label.titleFont(title.size);
  title.lines.forEach((line, index) => {
    ctx.fillText(line, lx + LABEL.inset, ly + LABEL.title + index * titleLine);
  });
  let rowY = ly + LABEL.rows + titleExtra;
  for (const [name, value] of label.rows) {
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `600 11px ${family(FONTS.mono)}`;
    ctx.fillText(name.toUpperCase(), lx + LABEL.inset, rowY);
    ctx.fillStyle = palette.ink;
    ctx.font = label.valueFont;
    value.forEach((line, i) => {
      ctx.fillText(line, lx + label.valueX, rowY + label.drop + i * label.line);
    });
    const ruleY = rowY + label.drop + (value.length - 1) * label.line + ROW.rule;
    ctx.strokeStyle = rgba(palette.ink, 0.2);
    ctx.beginPath();
    ctx.moveTo(lx + LABEL.inset, ruleY);
    ctx.lineTo(lx + lw - LABEL.inset, ruleY);
    ctx.stroke();
    rowY = ruleY + ROW.line;
  }
  const image = canvasImage(scene, canvas, resolution, x - PAD, y - PAD - TAB_ROOM, 'closed');
  image.image.setOrigin(0, 0);
  return { ...image, labelBottom: ly + labelHeight };
}
