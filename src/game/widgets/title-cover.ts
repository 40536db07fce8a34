/**
 * The title's picture, painted once per look: the closed folder lying on the desk with the
 * story's name typed on its label, the case number on its tab, the subject and a note in hand
 * on its cover; a dramatization stamp across it; and the statement on what the story rests on,
 * plainly, in a card along the bottom.
 */
import type { Story } from '../../story/types';
import { fitText, wrapLines } from '../layout/text-fit';
import { COVER_HAND as HAND, COVER_STAMP as STAMP, type TitleLayout } from '../layout/title-layout';
import { TITLE_FOLDER_LIGHT } from '../lighting';
import { chaptersLine } from '../story-words';
import { FONTS, family, type Theme } from '../theme';
import { COVER_NOTE_ALPHA, STATEMENT_CARD } from '../widget-colours';
import { renderResolution } from './canvas-image';
import { paintFolderFace, strokeFolderEdge } from './folder-face';
import { cssMeasure, sizedMeasure } from './measure';
import { paintPaper, paintStamp, pieceCanvas, rgba, roundedRect, shade } from './paint';

/** The folder: its size, where it lies and how it turns, its tab, its label. */
const FOLDER = { width: 600, height: 470, pad: 40, x: 90, y: 96, angle: -1.6 } as const;
const TAB = { x: 200, width: 160, height: 30, text: 186 } as const;
const LABEL = { x: 50, y: 70, height: 220, margin: 26, fileLine: 34, rule: 186, line: 206 } as const;
/** The name: its two lines' baselines, at 60 px and no smaller than 36 px. */
const NAME = { first: 104, second: 166, size: 60, min: 36 } as const;
/** The statement card along the bottom of the screen. */
const STATEMENT = { x: 90, width: 1100, bottom: 712, above: 6, inset: 20, top: 12, lineHeight: 1.45 } as const;

/** The story's name in capitals on two lines: the last word alone on the second. */
export function nameLines(title: string): [string, string] {
  const words = title.toUpperCase().trim().split(/\s+/);
  if (words.length < 2) return ['', words[0] ?? ''];
  return [words.slice(0, -1).join(' '), words.at(-1) ?? ''];
}

/** Where the cover lies: the folder's corner and scale, the statement's card (layout/title-layout.ts). */
export type CoverPlace = Pick<TitleLayout, 'folder' | 'statement'>;

const DESK_PLACE: CoverPlace = {
  folder: { x: FOLDER.x, y: FOLDER.y, scale: 1 },
  statement: { x: STATEMENT.x, width: STATEMENT.width, bottom: STATEMENT.bottom },
};

/** The statement card's height at a width: the title's layout makes room for it. */
export function statementHeight(theme: Theme, statement: string, width: number): number {
  const { lines, lineHeight } = statementLines(theme, statement, width);
  return lines.length * lineHeight + STATEMENT.top * 2 + STATEMENT.above;
}

/** Paint the cover into `bg` (the desk's canvas, at design scale). */
export function paintTitleCover(
  bg: CanvasRenderingContext2D,
  theme: Theme,
  story: Story,
  place: CoverPlace = DESK_PLACE,
): void {
  const resolution = renderResolution();
  const cover = paintFolder(theme, story, resolution);
  const { folder } = place;
  bg.save();
  bg.translate(folder.x, folder.y);
  bg.scale(folder.scale, folder.scale);
  bg.rotate((FOLDER.angle * Math.PI) / 180);
  bg.drawImage(cover, -FOLDER.pad, -FOLDER.pad, cover.width / resolution, cover.height / resolution);
  bg.restore();
  bg.save();
  // The stamp lies across the folder wherever the folder lies.
  bg.translate(folder.x, folder.y);
  bg.scale(folder.scale, folder.scale);
  bg.translate(-FOLDER.x, -FOLDER.y);
  const stamp = paintStamp(resolution, {
    lines: ['DRAMATIZATION', 'BASED ON UNVERIFIED ALLEGATIONS'],
    color: theme.palette.stampDramatized,
    seed: 'title',
    size: STAMP.size,
    alpha: 1,
    worn: !theme.highContrast,
  });
  bg.save();
  bg.translate(STAMP.x, STAMP.y);
  bg.rotate((STAMP.angle * Math.PI) / 180);
  bg.globalAlpha = theme.palette.stampAlpha;
  const w = stamp.width / resolution;
  const h = stamp.height / resolution;
  bg.drawImage(stamp, -w / 2, -h / 2, w, h);
  bg.restore();
  bg.restore();
  if (story.meta.statement) paintStatement(bg, theme, story.meta.statement, place.statement);
}

function paintFolder(theme: Theme, story: Story, resolution: number): HTMLCanvasElement {
  const { palette } = theme;
  const { width: w, height: h, pad } = FOLDER;
  const { canvas, ctx } = pieceCanvas(w, h, { pad }, resolution, { theme, blur: 30, alpha: 0.75 });
  // Folder cover with a tab.
  ctx.fillStyle = shade(palette.folder, -0.06);
  ctx.fillRect(w - TAB.x, -24, TAB.width, TAB.height);
  paintFolderFace(ctx, theme, w, h, TITLE_FOLDER_LIGHT);
  strokeFolderEdge(ctx, theme, w, h);
  const { caseNumber, subject, coverNote } = story.meta;
  ctx.fillStyle = palette.ink;
  ctx.font = `600 11px ${family(FONTS.mono)}`;
  ctx.fillText(caseNumber, w - TAB.text, -8);
  paintLabel(ctx, theme, story);
  ctx.fillStyle = palette.ink;
  ctx.font = `400 26px ${family(FONTS.hand)}`;
  ctx.fillText(subject.byline, HAND.x, HAND.byline);
  if (coverNote) {
    ctx.font = `400 22px ${family(FONTS.hand)}`;
    ctx.fillStyle = rgba(palette.ink, COVER_NOTE_ALPHA);
    ctx.fillText(coverNote, HAND.x, HAND.note);
  }
  return canvas;
}

/** The label on the cover: the file line, the name typed large, a rule, the chapters line. */
function paintLabel(ctx: CanvasRenderingContext2D, theme: Theme, story: Story): void {
  const { palette } = theme;
  const width = FOLDER.width - LABEL.x * 2;
  ctx.save();
  ctx.translate(LABEL.x, LABEL.y);
  paintPaper(ctx, width, LABEL.height, palette, { seed: 'title-label' });
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `600 12px ${family(FONTS.mono)}`;
  ctx.fillText(`CASE FILE  \u00b7  ${story.meta.caseNumber}`, LABEL.margin, LABEL.fileLine);
  const [first, second] = nameLines(story.title);
  const nameFont = (size: number) => `400 ${size}px ${family(FONTS.typewriter)}`;
  // Both lines at one size: the larger that lets the longer line fit the label.
  const longer = first.length > second.length ? first : second;
  const { size } = fitText(
    longer,
    { size: NAME.size, minSize: NAME.min, width: width - LABEL.margin * 2 },
    sizedMeasure(nameFont),
  );
  ctx.fillStyle = palette.ink;
  ctx.font = nameFont(size);
  if (first) ctx.fillText(first, LABEL.margin, NAME.first);
  // The name's last word struck twice, as a typist makes bold.
  ctx.fillText(second, LABEL.margin, NAME.second);
  ctx.fillText(second, LABEL.margin + 1, NAME.second);
  ctx.strokeStyle = palette.ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(LABEL.margin, LABEL.rule);
  ctx.lineTo(width - LABEL.margin, LABEL.rule);
  ctx.stroke();
  ctx.fillStyle = palette.inkSoft;
  ctx.font = `400 14px ${family(FONTS.mono)}`;
  ctx.fillText(chaptersLine(story), LABEL.margin, LABEL.line);
  ctx.restore();
}

/** The statement in body text (16 px at the normal size), wrapped to the card. */
function statementLines(theme: Theme, statement: string, width: number) {
  const size = theme.uiSize;
  const font = `400 ${size}px ${family(FONTS.ui)}`;
  const lines = wrapLines(statement, width - STATEMENT.inset * 2, cssMeasure(font));
  return { size, font, lines, lineHeight: Math.round(size * STATEMENT.lineHeight) };
}

function paintStatement(
  bg: CanvasRenderingContext2D,
  theme: Theme,
  statement: string,
  place: CoverPlace['statement'],
): void {
  const { palette } = theme;
  const { size, font, lines, lineHeight } = statementLines(theme, statement, place.width);
  const height = lines.length * lineHeight + STATEMENT.top * 2;
  const top = place.bottom - height - STATEMENT.above;
  bg.fillStyle = rgba('#000000', theme.highContrast ? STATEMENT_CARD.high : STATEMENT_CARD.normal);
  roundedRect(bg, place.x, top, place.width, height, 6);
  bg.fill();
  bg.strokeStyle = rgba(palette.chromeDim, 0.5);
  bg.lineWidth = 1;
  bg.stroke();
  bg.fillStyle = palette.chrome;
  bg.font = font;
  bg.textBaseline = 'alphabetic';
  lines.forEach((line, index) => {
    bg.fillText(line, place.x + STATEMENT.inset, top + STATEMENT.top + size + index * lineHeight);
  });
}
