/**
 * The contrast of every text a widget draws in colours or opacities of its own, against what it
 * really lies on, in both colour modes, by WCAG's formula (axe sees only the HTML layer). What a
 * text lies on is taken at its worst: a paper's aged edge, the lamp-lit desk under the widget's
 * place on every stage the tests use (the lamp's gradients evaluated from src/game/lighting.ts,
 * the numbers the painter draws from), the folder's shaded corner under it. Normal text needs
 * 4.5:1, large text (24 px, or 18.66 px bold) and stamps 3:1.
 *
 * The table cannot fall behind the sources: a scan (text-colour-scan.ts) lists every colour a
 * text is given in src/game, and each must be a row of the table; every colour literal outside
 * the colour modules must be a row too or be named below as not text.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { caseLayoutFor } from '../../../src/game/layout/case-layout';
import { DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import type { DrawOp } from '../../../src/game/layout/draw-ops';
import { endingFrameFor } from '../../../src/game/layout/ending-layout';
import { FOOT_ALPHA } from '../../../src/game/layout/header';
import { layoutSources } from '../../../src/game/layout/sources';
import { type Frame, frameFor, stageFor } from '../../../src/game/layout/stage';
import { COVER_HAND, COVER_STAMP, TITLE_FOLDER, titleLayoutFor } from '../../../src/game/layout/title-layout';
import { deskTone, folderTone, openFolderTone, type Rgb, rgbOf, TITLE_FOLDER_LIGHT } from '../../../src/game/lighting';
import { HIGH_CONTRAST_PALETTE, NORMAL_PALETTE, type Palette } from '../../../src/game/theme';
import {
  COVER_NOTE_ALPHA,
  DANGER_CARD,
  DISABLED_ALPHA,
  EXHIBIT_BAND_HIGH,
  EXHIBIT_BAND_INK,
  FOLDER_INK,
  forMode,
  LOCK_REASON,
  LOCKED_HATCH,
  LOCKED_TAB,
  MAP_BOARD,
  MAP_SHADE,
  NOTICE_PAPER,
  QUIET_FILL,
  SPREAD_SHADE,
  STATEMENT_CARD,
  TAB_NUMBER_HIGH,
  THERMAL_EDGE,
} from '../../../src/game/widget-colours';
import { baseColor, faintestAlpha } from '../../../src/game/widgets/ink';
import { passageWithAllText } from '../../../src/story/text';
import { drawn } from './drawn-passage';
import { bareAlphas, colourLiterals, textColours } from './text-colour-scan';
import { luminance, over, textRatio } from './wcag';

interface Look {
  readonly palette: Palette;
  readonly high: boolean;
}

const LOOKS: readonly (readonly [string, Look])[] = [
  ['normal', { palette: NORMAL_PALETTE, high: false }],
  ['high contrast', { palette: HIGH_CONTRAST_PALETTE, high: true }],
];

const NEEDS = { normal: 4.5, large: 3 } as const;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every window the layout and browser tests use, as the stage and frame each scene gets there. */
const FRAMES: readonly Frame[] = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1180, height: 820 },
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
  { width: 320, height: 568 },
  { width: 844, height: 390 },
  { width: 667, height: 375 },
].map((window) => frameFor(stageFor(window), ['desk', 'tall', 'wide']));

function lightest(colours: Iterable<Rgb>): Rgb {
  let best: Rgb = [0, 0, 0];
  for (const c of colours) if (luminance(c) > luminance(best)) best = c;
  return best;
}

function darkest(colours: Iterable<Rgb>): Rgb {
  let best: Rgb = [255, 255, 255];
  for (const c of colours) if (luminance(c) < luminance(best)) best = c;
  return best;
}

function* samples(rect: Rect, step = 2): Generator<[number, number]> {
  for (let x = rect.x; x <= rect.x + rect.width; x += step) {
    for (let y = rect.y; y <= rect.y + rect.height; y += step) yield [x, y];
  }
}

/** The lightest desk under `region` (world rectangles) on each frame: the worst for light text. */
function deskUnder(look: Look, region: (frame: Frame) => readonly Rect[]): Rgb[] {
  return FRAMES.flatMap((frame) => {
    const rects = region(frame);
    if (rects.length === 0) return [];
    const { stage, box } = frame;
    const tones = function* () {
      for (const rect of rects) {
        for (const [x, y] of samples(rect)) {
          yield deskTone(
            look.palette,
            look.high,
            stage.width,
            stage.height,
            box.x + x * box.scale,
            box.y + y * box.scale,
          );
        }
      }
    };
    return [lightest(tones())];
  });
}

/** A paper and, outside high contrast, its aged edge (painted at 0.95 along every side). */
function paper(look: Look, fill: string, edge = look.palette.paperEdge): Rgb[] {
  return look.high ? [rgbOf(fill)] : [rgbOf(fill), over(edge, fill, 0.95)];
}

/** A locked slip, under its hatching. */
function lockedSlip(look: Look): Rgb[] {
  const hatched = over(look.palette.ink, look.palette.slipLocked, forMode(LOCKED_HATCH, look.high));
  return [rgbOf(look.palette.slipLocked), hatched];
}

/** The branch map's dark, one flat colour. */
const mapBoard = (look: Look): Rgb[] => [rgbOf(forMode(MAP_BOARD, look.high))];

// Where the interface's texts lie on the desk, from the layouts the scenes use.
const header = (frame: Frame) => caseLayoutFor(frame.world).header;
const REGION = {
  chapter: (frame: Frame): Rect[] => {
    const h = header(frame);
    const left = h.chapterLeft ?? (h.titleX ?? 0) + 150;
    return [{ x: left, y: h.middle - 18, width: h.chapterRight - left, height: 36 }];
  },
  caseTitle: (frame: Frame): Rect[] => {
    const h = header(frame);
    return h.titleX === null ? [] : [{ x: h.titleX, y: h.middle - 8, width: 150, height: 16 }];
  },
  headerButtons: (frame: Frame): Rect[] => {
    const h = header(frame);
    return [h.menu, ...(h.drawer ? [h.drawer] : [])];
  },
  /** The Menu button's key hint, at its right end (only on the desk: a compact header has none). */
  menuHint: (frame: Frame): Rect[] => {
    const h = header(frame);
    return h.chapterLeft !== null
      ? []
      : [{ x: h.menu.x + h.menu.width - 44, y: h.menu.y, width: 44, height: h.menu.height }];
  },
  titleMenu: (frame: Frame) => titleLayoutFor({ ...frame.world, buttons: 4, statementHeight: () => 140 }).menu,
  titleHeading: (frame: Frame): Rect[] => {
    const menu = REGION.titleMenu(frame);
    return [{ x: menu.x, y: menu.y, width: 240, height: 18 }];
  },
  confirm: (frame: Frame): Rect[] => {
    const menu = REGION.titleMenu(frame);
    return [{ x: menu.x, y: menu.y + menu.headingGap, width: menu.width, height: 130 }];
  },
  statement: (frame: Frame): Rect[] => {
    const { statement } = titleLayoutFor({ ...frame.world, buttons: 4, statementHeight: () => 140 });
    return [{ x: statement.x, y: statement.bottom - 140, width: statement.width, height: 134 }];
  },
  endingHeading: (frame: Frame): Rect[] => {
    const at = endingFrameFor(frame.world);
    return [{ x: at.folder.x, y: at.headingY, width: 150, height: 18 }];
  },
  fileClosed: (frame: Frame): Rect[] => [
    { x: frame.world.width / 2 - 110, y: frame.world.height / 2 - 15, width: 220, height: 30 },
  ],
  compactColumn: (frame: Frame): Rect[] => {
    const layout = caseLayoutFor(frame.world);
    if (layout.arrangement === 'desk') return [];
    const { column } = layout;
    return [{ x: column.x, y: column.headingY, width: column.width, height: column.hintY + 70 - column.headingY }];
  },
};

/** The open folder under the choice column's heading and hint, and under the exhibits' "more" label. */
function openFolderUnder(look: Look, rect: Rect): Rgb[] {
  const tones = function* () {
    for (const [x, y] of samples(rect)) yield openFolderTone(look.palette, look.high, x, y);
  };
  return [darkest(tones())];
}

/** The title's cover under a rectangle of its own space. */
function coverUnder(look: Look, rect: Rect): Rgb[] {
  const { width, height } = TITLE_FOLDER;
  const tones = function* () {
    for (const [x, y] of samples(rect))
      yield folderTone(look.palette, look.high, TITLE_FOLDER_LIGHT, width, height, x, y);
  };
  return [darkest(tones())];
}

const DESK_COLUMN = caseLayoutFor({ arrangement: 'desk', width: 1280, height: 720 }).column;
const DESK_MORE = caseLayoutFor({ arrangement: 'desk', width: 1280, height: 720 }).exhibits!.more;
const COVER_AT = titleLayoutFor({
  arrangement: 'desk',
  width: 1280,
  height: 720,
  buttons: 4,
  statementHeight: () => 0,
}).folder;

/** The lightest paper anything is laid on (under a shade, the worst for light text). */
const lightestPaper = (look: Look) =>
  lightest([look.palette.paper, look.palette.slip, look.palette.thermal].map(rgbOf));

interface Row {
  readonly where: string;
  /** How the sources give the text its colour: file (from src/game) and expression, as the scan reads them. */
  readonly drawnAs: readonly (readonly [string, string])[];
  readonly size: keyof typeof NEEDS;
  readonly text: (look: Look) => { readonly colour: string; readonly alpha?: number };
  /** What it lies on: the worst is taken. */
  readonly under: (look: Look) => readonly Rgb[];
}

const ink = (look: Look) => ({ colour: look.palette.ink });
const inkSoft = (look: Look) => ({ colour: look.palette.inkSoft });
const chrome = (look: Look) => ({ colour: look.palette.chrome });
const chromeDim = (look: Look) => ({ colour: look.palette.chromeDim });
const onPaper = (look: Look) => paper(look, look.palette.paper);
const onSlip = (look: Look) => paper(look, look.palette.slip);

const TABLE: readonly Row[] = [
  // The interface on the desk.
  {
    where: 'case header: the chapter line (16 px semibold)',
    drawnAs: [['widgets/case-header.ts', 'palette.chrome']],
    size: 'normal',
    text: chrome,
    under: (look) => deskUnder(look, REGION.chapter),
  },
  {
    where: "case header: the story's name (12 px mono, the lamp-lit top of the desk)",
    drawnAs: [['widgets/case-header.ts', 'palette.chromeDim']],
    size: 'normal',
    text: chromeDim,
    under: (look) => deskUnder(look, REGION.caseTitle),
  },
  {
    where: 'quiet buttons (Menu, File): the label over the desk, hovered',
    drawnAs: [['widgets/ui.ts', 'this.textColor()']],
    size: 'normal',
    text: chrome,
    under: (look) =>
      deskUnder(look, REGION.headerButtons).map((desk) => over(look.palette.chrome, desk, QUIET_FILL.hover)),
  },
  {
    where: 'quiet buttons: the key hint ("Esc"), hovered',
    drawnAs: [
      [
        'widgets/ui.ts',
        "options.variant === 'quiet' ? options.theme.palette.chromeDim : options.theme.palette.inkSoft",
      ],
    ],
    size: 'normal',
    text: chromeDim,
    under: (look) => deskUnder(look, REGION.menuHint).map((desk) => over(look.palette.chrome, desk, QUIET_FILL.hover)),
  },
  {
    where: "title: the menu's heading (13 px semibold)",
    drawnAs: [['scenes/TitleScene.ts', 'theme.palette.chromeDim']],
    size: 'normal',
    text: chromeDim,
    under: (look) => deskUnder(look, REGION.titleHeading),
  },
  {
    where: 'title: the question before a new case replaces a saved one (20 px semibold)',
    drawnAs: [['widgets/confirm-card.ts', 'palette.chrome']],
    size: 'large',
    text: chrome,
    under: (look) => deskUnder(look, REGION.confirm),
  },
  {
    where: 'title: what the question means (16 px)',
    drawnAs: [['widgets/confirm-card.ts', 'palette.chromeDim']],
    size: 'normal',
    text: chromeDim,
    under: (look) => deskUnder(look, REGION.confirm),
  },
  {
    where: 'title: the statement, on its card of black at 55% (opaque in high contrast)',
    drawnAs: [['widgets/title-cover.ts', 'palette.chrome']],
    size: 'normal',
    text: chrome,
    under: (look) =>
      deskUnder(look, REGION.statement).map((desk) => over('#000000', desk, forMode(STATEMENT_CARD, look.high))),
  },
  {
    where: 'ending: "CASE CLOSED" over the folder (13 px mono)',
    drawnAs: [['scenes/EndingScene.ts', 'this.theme.palette.chromeDim']],
    size: 'normal',
    text: chromeDim,
    under: (look) => deskUnder(look, REGION.endingHeading),
  },
  {
    where: 'ending: "The file is closed." (24 px)',
    drawnAs: [['scenes/EndingScene.ts', 'this.theme.palette.chrome']],
    size: 'large',
    text: chrome,
    under: (look) => deskUnder(look, REGION.fileClosed),
  },
  {
    where: "choice column's heading and hint, on a compact stage's desk (and on the desk's folder)",
    drawnAs: [['widgets/choice-column.ts', 'inkOnFolder']],
    size: 'normal',
    text: chrome,
    under: (look) => deskUnder(look, REGION.compactColumn),
  },
  {
    where: 'exhibits spread over the desk: the heading, over the shade laid on the case',
    drawnAs: [['widgets/exhibit-row.ts', 'theme.palette.chrome']],
    size: 'normal',
    text: chrome,
    under: (look) => [over('#000000', lightestPaper(look), forMode(SPREAD_SHADE, look.high))],
  },
  // On the folders.
  {
    where: "choice column's heading and hint in the folder's ink, on the open folder's right",
    drawnAs: [['widgets/choice-column.ts', 'inkOnFolder']],
    size: 'normal',
    text: (look) => ({ colour: forMode(FOLDER_INK, look.high) }),
    under: (look) =>
      openFolderUnder(look, {
        x: DESK_COLUMN.x,
        y: DESK_COLUMN.headingY,
        width: DESK_COLUMN.width,
        height: DESK_COLUMN.hintY + 70 - DESK_COLUMN.headingY,
      }),
  },
  {
    where: 'exhibits: "+ n more in the file" on the open folder\'s foot (13 px semibold)',
    drawnAs: [['widgets/exhibit-row.ts', 'forMode(FOLDER_INK, this.theme.highContrast)']],
    size: 'normal',
    text: (look) => ({ colour: forMode(FOLDER_INK, look.high) }),
    under: (look) => openFolderUnder(look, { x: DESK_MORE.x, y: DESK_MORE.y - 9, width: 260, height: 18 }),
  },
  {
    where: "title cover: the subject's byline in hand (26 px)",
    drawnAs: [['widgets/title-cover.ts', 'palette.ink']],
    size: 'large',
    text: ink,
    under: (look) => coverUnder(look, { x: COVER_HAND.x, y: COVER_HAND.byline - 22, width: 480, height: 28 }),
  },
  {
    where: 'title cover: the note in hand at 80% (22 px)',
    drawnAs: [['widgets/title-cover.ts', 'rgba(palette.ink, COVER_NOTE_ALPHA)']],
    size: 'normal',
    text: (look) => ({ colour: look.palette.ink, alpha: COVER_NOTE_ALPHA }),
    under: (look) => coverUnder(look, { x: COVER_HAND.x, y: COVER_HAND.note - 18, width: 480, height: 24 }),
  },
  {
    where: 'title cover: the dramatization stamp across the cover',
    drawnAs: [['widgets/paint.ts', 'spec.color']],
    size: 'large',
    text: (look) => ({ colour: look.palette.stampDramatized, alpha: look.palette.stampAlpha }),
    under: (look) =>
      coverUnder(look, {
        x: COVER_STAMP.x - COVER_AT.x - 170,
        y: COVER_STAMP.y - COVER_AT.y - 38,
        width: 340,
        height: 76,
      }),
  },
  // On papers, slips and cards.
  {
    where: 'papers: printed and typed ink (form heads, labels, notes, cards, controls, the title cover label and tab)',
    drawnAs: [
      ['scenes/MenuScene.ts', 'palette.ink'],
      ['widgets/chapter-divider.ts', 'palette.ink'],
      ['widgets/closed-folder.ts', 'palette.ink'],
      ['widgets/closing-note.ts', 'palette.ink'],
      ['widgets/contents-card.ts', 'palette.ink'],
      ['widgets/record-card.ts', 'palette.ink'],
      ['widgets/dossier.ts', 'palette.ink'],
      ['widgets/form-controls.ts', 'palette.ink'],
      ['widgets/form-head.ts', 'palette.ink'],
      ['widgets/notice.ts', 'theme.palette.ink'],
      ['scenes/list-scene.ts', 'palette.ink'],
      ['widgets/question-card.ts', 'palette.ink'],
      ['widgets/map-board.ts', 'palette.ink'],
      ['widgets/map-page-card.ts', 'palette.ink'],
    ],
    size: 'normal',
    text: ink,
    under: (look) => [...onPaper(look), ...onSlip(look), ...paper(look, NOTICE_PAPER), rgbOf(shadeFolderTab(look))],
  },
  {
    where: 'papers: the softer ink (kickers, row names, hints, scroll hints, counts)',
    drawnAs: [
      ['scenes/MenuScene.ts', 'palette.inkSoft'],
      ['scenes/SettingsScene.ts', 'palette.inkSoft'],
      ['scenes/SourcesScene.ts', 'palette.inkSoft'],
      ['widgets/chapter-divider.ts', 'palette.inkSoft'],
      ['widgets/closed-folder.ts', 'palette.inkSoft'],
      ['widgets/closing-note.ts', 'palette.inkSoft'],
      ['widgets/contents-card.ts', 'palette.inkSoft'],
      ['widgets/record-card.ts', 'palette.inkSoft'],
      ['widgets/form-head.ts', 'palette.inkSoft'],
      ['widgets/notice.ts', 'theme.palette.inkSoft'],
      ['widgets/sheet-scrollbar.ts', 'palette.inkSoft'],
      ['widgets/title-cover.ts', 'palette.inkSoft'],
      ['widgets/map-page-card.ts', 'palette.inkSoft'],
      ['scenes/list-scene.ts', 'row.dim ? palette.inkSoft : palette.ink'],
    ],
    size: 'normal',
    text: inkSoft,
    under: (look) => [
      ...onPaper(look),
      ...onSlip(look),
      ...paper(look, NOTICE_PAPER),
      ...paper(look, look.palette.thermal, THERMAL_EDGE),
    ],
  },
  {
    where: 'list sheets and map cards: a stamp in red (FOUND, NOW, CLOSED; 11 px mono semibold)',
    drawnAs: [
      [
        'scenes/list-scene.ts',
        "row.mark === 'LOCKED' || row.mark === 'DAMAGED' ? palette.inkSoft : palette.stampAlleged",
      ],
      ['widgets/map-board.ts', 'palette.stampAlleged'],
    ],
    size: 'normal',
    text: (look) => ({ colour: look.palette.stampAlleged }),
    under: onPaper,
  },
  {
    where: "branch map: the head's title, on the shade over the desk",
    drawnAs: [['scenes/MapScene.ts', 'palette.chrome']],
    size: 'large',
    text: chrome,
    under: mapBoard,
  },
  {
    where: "branch map: the chapters' names on their bands (13 px mono semibold)",
    drawnAs: [['widgets/map-board.ts', 'palette.chrome']],
    size: 'normal',
    text: chrome,
    under: (look) => mapBoard(look).map((board) => over(look.palette.paper, board, MAP_SHADE.bandEven)),
  },
  {
    where: "branch map: the head's counts and hint, the loading line, an unseen ending's mark",
    drawnAs: [
      ['scenes/MapScene.ts', 'palette.chromeDim'],
      ['widgets/map-board.ts', 'palette.chromeDim'],
    ],
    size: 'normal',
    text: chromeDim,
    under: mapBoard,
  },
  {
    where: "contents card: the current document's number in red",
    drawnAs: [['widgets/contents-card.ts', 'entry.current ? palette.stampAlleged : palette.inkSoft']],
    size: 'normal',
    text: (look) => ({ colour: look.palette.stampAlleged }),
    under: onSlip,
  },
  {
    where: 'buttons on a card: the label, on the slip and on the danger card',
    drawnAs: [['widgets/ui.ts', 'this.textColor()']],
    size: 'normal',
    text: ink,
    under: (look) => [...onSlip(look), rgbOf(DANGER_CARD)],
  },
  {
    where: 'buttons on a card: the key hint ("Esc", "saved", "from 2015")',
    drawnAs: [
      [
        'widgets/ui.ts',
        "options.variant === 'quiet' ? options.theme.palette.chromeDim : options.theme.palette.inkSoft",
      ],
    ],
    size: 'normal',
    text: inkSoft,
    under: (look) => [rgbOf(look.palette.slip)],
  },
  {
    where: 'settings: the pressed option, in paper on ink',
    drawnAs: [['widgets/form-controls.ts', 'pressed ? palette.paper : palette.ink']],
    size: 'normal',
    text: (look) => ({ colour: look.palette.paper }),
    under: (look) => [rgbOf(look.palette.ink)],
  },
  {
    where: "choice slips: the number on the tab (22 px semibold), on ink and on a locked slip's grey",
    drawnAs: [['widgets/choice-slip.ts', 'theme.highContrast ? TAB_NUMBER_HIGH : palette.paper']],
    size: 'large',
    text: (look) => ({ colour: look.high ? TAB_NUMBER_HIGH : look.palette.paper }),
    under: (look) => [rgbOf(look.palette.ink), rgbOf(forMode(LOCKED_TAB, look.high))],
  },
  {
    where: 'choice slips: the label, and a locked one in the softer ink under the hatching',
    drawnAs: [['widgets/choice-slip.ts', 'spec.locked ? palette.inkSoft : palette.ink']],
    size: 'normal',
    text: inkSoft,
    under: (look) => [...onSlip(look), ...lockedSlip(look)],
  },
  {
    where: "choice slips: a lock's reason in hand (19 px), under the hatching",
    drawnAs: [['widgets/choice-slip.ts', 'forMode(LOCK_REASON, theme.highContrast)']],
    size: 'normal',
    text: (look) => ({ colour: forMode(LOCK_REASON, look.high) }),
    under: lockedSlip,
  },
  {
    where: 'choice slips: NEW, stamped on a door never opened (10 px mono semibold)',
    drawnAs: [['widgets/choice-slip.ts', 'palette.stampAlleged']],
    size: 'normal',
    text: (look) => ({ colour: look.palette.stampAlleged }),
    under: onSlip,
  },
  {
    where: "exhibit tags: the band's white print",
    drawnAs: [['widgets/dossier.ts', 'EXHIBIT_BAND_INK']],
    size: 'normal',
    text: () => ({ colour: EXHIBIT_BAND_INK }),
    under: (look) => [rgbOf(look.high ? EXHIBIT_BAND_HIGH : look.palette.stampAlleged)],
  },
  {
    where: 'document sheets and the Sources: every printed and typed operation (measured op by op below)',
    drawnAs: [['widgets/ink.ts', 'colorOf(op.color, look.palette, look.highContrast, op.alpha)']],
    size: 'normal',
    text: ink,
    under: onPaper,
  },
];

/** The title cover's tab, where its case number is typed (the folder a shade darker). */
function shadeFolderTab(look: Look): string {
  const [r, g, b] = rgbOf(look.palette.folder).map((c) => Math.round(c * 0.94));
  return `#${(((r! << 16) | (g! << 8) | b!) >>> 0).toString(16).padStart(6, '0')}`;
}

describe.each(LOOKS)('every widget text in %s', (_mode, look) => {
  it.each(TABLE.map((row) => [row.where, row] as const))('%s', (_where, row) => {
    const { colour, alpha = 1 } = row.text(look);
    const under = row.under(look);
    expect(under.length).toBeGreaterThan(0);
    const worst = Math.min(...under.map((bg) => textRatio(colour, alpha, bg)));
    expect(worst).toBeGreaterThanOrEqual(NEEDS[row.size]);
  });
});

/** What a text op lies on: the last filled box under its baseline drawn before it, or the paper. */
function opUnder(ops: readonly DrawOp[], index: number, look: Look, paperColour: Rgb[]): Rgb[] {
  const op = ops[index]!;
  if (op.type !== 'text') return paperColour;
  for (let i = index - 1; i >= 0; i--) {
    const box = ops[i]!;
    if (box.type !== 'box' || !box.fill) continue;
    const inside = op.x >= box.x && op.x <= box.x + box.width && op.y > box.y && op.y <= box.y + box.height;
    if (!inside) continue;
    const fill = baseColor(box.fill, look.palette, look.high);
    return paperColour.map((p) => over(fill, p, box.fillAlpha ?? 1));
  }
  return paperColour;
}

function opFailures(ops: readonly DrawOp[], look: Look, paperColour: Rgb[], label: string): string[] {
  return ops.flatMap((op, index) => {
    if (op.type !== 'text') return [];
    const colour = baseColor(op.color, look.palette, look.high);
    const alpha = faintestAlpha(op, look.high);
    const needs = op.font.size >= 24 || (op.font.size >= 18.66 && op.font.role === 'monoBold') ? 3 : 4.5;
    const worst = Math.min(...opUnder(ops, index, look, paperColour).map((bg) => textRatio(colour, alpha, bg)));
    return worst < needs ? [`${label}: "${op.text}" (${op.color} at ${alpha.toFixed(2)}) ${worst.toFixed(2)}:1`] : [];
  });
}

describe.each(LOOKS)('every line drawn on the documents and the Sources in %s', (_mode, look) => {
  it('stands at its threshold against what it lies on (paper, aged edge, bubble, pass), at its faintest', () => {
    const failures = new Set<string>();
    story.chapters
      .flatMap((chapter) => chapter.passages)
      .forEach((passage, index) => {
        const thermal = DOCUMENT_STYLES[passage.kind].paper === 'thermal';
        const sheet = thermal ? paper(look, look.palette.thermal, THERMAL_EDGE) : onPaper(look);
        const { header, body } = drawn(passageWithAllText(passage), index + 1);
        for (const failure of [
          ...opFailures(header, look, sheet, passage.kind),
          ...opFailures(body, look, sheet, passage.kind),
        ]) {
          failures.add(failure);
        }
      });
    expect([...failures].slice(0, 12)).toEqual([]);
  });

  it('the Sources appendix too', () => {
    const layout = layoutSources(
      story.meta,
      { width: 560, bodySize: 16, lineHeight: 24 },
      (text, font) => text.length * font.size * 0.6,
    );
    expect(opFailures(layout.ops, look, onPaper(look), 'sources').slice(0, 12)).toEqual([]);
  });

  it("the foot's faded print is one of them (its opacity is the header's own)", () => {
    expect(FOOT_ALPHA).toBeGreaterThan(0);
    expect(
      textRatio(look.palette.ink, FOOT_ALPHA, over(look.palette.paperEdge, look.palette.paper, 0.95)),
    ).toBeGreaterThanOrEqual(4.5);
  });
});

/** Colour literals in src/game that are not text nor under text, and why. Anything else fails. */
const NOT_TEXT: Readonly<Record<string, string>> = {
  "canvas-boot.ts '#0c0805'": 'the page behind the canvas before the first frame',
  'scenes/MenuScene.ts 0x000000': 'the shade over the case behind the menu card (no text on it)',
  'widgets/question-card.ts 0x000000': 'the shade over a sheet behind its question card (no text on it)',
  "scenes/PreloadScene.ts '#140d08'": 'the loading screen, no text',
  'scenes/PreloadScene.ts 0xd9bf85': 'the loading bar',
  "widgets/contents-card.ts '#000000'": "the card's ruled lines in high contrast",
  "widgets/contents-card.ts '#6d8fb8'": "the card's ruled lines",
  "widgets/desk.ts '#000000'": 'the dark seam between planks',
  "widgets/desk.ts '#120a05'": 'dark grain hairlines',
  "widgets/desk.ts '#7a5638'": 'light grain hairlines',
  "widgets/desk.ts '#140904'": 'the coffee ring',
  "widgets/desk.ts 'rgba(0,0,0,0)'": "the vignette's clear centre (measured: lighting.ts)",
  'widgets/dossier.ts 0x000000': 'the lamp flicker',
  "widgets/dossier.ts '#8a6d3b'": 'specks on the folder',
  "widgets/dossier.ts '#fff4d6'": 'specks on the folder',
  "widgets/dossier.ts '#fff3d2'": 'the crease down the folder (no text on it)',
  "widgets/dossier.ts '#000000'": "the dark towards the folder's edges (measured: lighting.ts)",
  'widgets/exhibit-row.ts 0x000000': 'the shade under the spread exhibits (measured: SPREAD_SHADE)',
  'widgets/file-drawer.ts 0x000000': 'the shade under the drawer (only cards and tags on it)',
  "widgets/folder-face.ts '#ffffff'": "the folder's edge in high contrast",
  "widgets/form-controls.ts '#000000'": "the slider's knob in high contrast",
  "widgets/form-controls.ts '#b08d3c'": "the slider's brass knob",
  "widgets/ink.ts 'rgba(30,20,10,0.55)'": 'a punched hole',
  "widgets/ink.ts '#000000'": 'ruled lines in high contrast',
  "widgets/ink.ts '#6d8fb8'": 'ruled lines of a notebook page',
  "widgets/paint.ts 'rgba(0,0,0,0)'": 'the fold across a sheet',
  "widgets/paint.ts 'rgba(90,70,40,0.10)'": 'the fold across a sheet',
  "widgets/paint.ts 'rgba(255,255,255,0.25)'": 'the fold across a sheet',
  "widgets/paint.ts 'rgba(0,0,0,0.45)'": "a clip's shadow",
  "widgets/paint.ts 'rgba(0,0,0,1)'": "a sheet's drop shadow",
  "widgets/paint.ts '#ffffff'": 'a clip in high contrast',
  "widgets/paint.ts '#8e9499'": "a clip's steel",
  "widgets/paint.ts '#000000'": 'a clip in high contrast',
  "widgets/paint.ts '#d9dde0'": "a clip's shine",
  "widgets/title-cover.ts '#000000'": "the statement's card (measured: STATEMENT_CARD)",
  'widgets/ui.ts 0x000000': "a card button's shadow and high-contrast outline",
};

describe('the table cannot miss a text colour', () => {
  const measured = new Set(TABLE.flatMap((row) => row.drawnAs.map(([file, expr]) => `${file} ${expr}`)));

  it('every colour a text is given in src/game is a row of the table', () => {
    const found = textColours().map(({ file, expr }) => `${file} ${expr}`);
    expect(found.filter((key) => !measured.has(key))).toEqual([]);
  });

  it('and every row still names a colour the sources give (no stale rows)', () => {
    const found = new Set(textColours().map(({ file, expr }) => `${file} ${expr}`));
    expect([...measured].filter((key) => !found.has(key))).toEqual([]);
  });

  it('every colour literal outside the colour modules is named as not text', () => {
    const unknown = colourLiterals()
      .map(({ file, expr }) => `${file} ${expr}`)
      .filter((key) => !(key in NOT_TEXT));
    expect(unknown).toEqual([]);
  });

  it('no opacity is given to a text or its container as a bare number', () => {
    expect(bareAlphas()).toEqual([]);
  });

  it("a faded control is one that cannot be used (WCAG 1.4.3 exempts an inactive control's text)", () => {
    expect(DISABLED_ALPHA.button).toBeLessThan(1);
    expect(DISABLED_ALPHA.control).toBeLessThan(1);
  });
});
