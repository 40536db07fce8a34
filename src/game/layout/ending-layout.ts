/**
 * Where the ending's pieces sit, for each arrangement of the stage: the closed folder (its
 * cover label, the verdict stamped across it, the closing note clipped to it), the last
 * document, the heading and the two ways out. The desk's numbers are as they have always been;
 * a tall stage stacks folder, document and buttons in one column, a wide one puts the folder
 * and its buttons beside the document. What the pieces measure (the label, the note, the whole
 * document) comes in; where they go, and how tall the page is (it scrolls past the screen's
 * height), comes out. The record card (what the file holds on record) goes into a compact
 * stage's column; on the desk, where the folder and the last document fill the screen, it lies
 * where the document does and a tab at the top right swaps the two. Pure, tested in Node.
 */
import type { Rect } from './draw-ops';
import type { Arrangement } from './stage';

export interface EndingFrame {
  readonly arrangement: Arrangement;
  readonly world: { readonly width: number; readonly height: number };
  /** The folder's left edge and width (and on the desk its fixed top and height). */
  readonly folder: Rect;
  /** A phone's folder: its label's rows stacked, values in larger type. */
  readonly narrowCover: boolean;
  /** The closing note: its inset on the cover, width, the room under it, its tilt. */
  readonly note: { readonly inset: number; readonly width: number; readonly above: number; readonly angle: number };
  /** The verdict stamp: its type size, the margin it keeps to the cover's edges, its drop, its tilt. */
  readonly verdict: { readonly size: number; readonly margin: number; readonly below: number; readonly angle: number };
  /** The last document: its corner and its width (0 on the desk: its kind's own sheet). */
  readonly sheet: { readonly x: number; readonly y: number; readonly width: number };
  readonly headingY: number;
}

/** What the scene measured, in design px. */
export interface EndingMeasures {
  /** Where the cover label ends, from the folder's top. */
  readonly labelBottom: number;
  readonly noteHeight: number;
  /** The last document's height (on a compact stage, whole). */
  readonly sheetHeight: number;
  /** The record card's height with all its lines (0: nothing on record); the desk gives it a fixed room. */
  readonly recordHeight: number;
}

/** Where the record card goes: its top-left corner, width and the most height it may take. */
export interface RecordPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly maxHeight: number;
}

export interface EndingPlaces {
  readonly folder: Rect;
  /** The closing note's left edge and bottom edge. */
  readonly note: { readonly x: number; readonly bottom: number };
  /** The middle of the verdict stamp. */
  readonly verdict: { readonly x: number; readonly y: number };
  readonly sheet: Rect;
  readonly heading: { readonly x: number; readonly y: number };
  readonly buttons: readonly Rect[];
  /** The record card, or null when nothing is on record. */
  readonly record: RecordPlace | null;
  /** The desk's tab that swaps the last document and the record card; null elsewhere, or with no record. */
  readonly recordToggle: Rect | null;
  /** The desk's Step back tab, beside the record's (a compact stage has Step back among its buttons). */
  readonly stepBackTab: Rect | null;
  /** The desk's History and Branch map tabs, left of Step back (a compact stage has them among its buttons). */
  readonly replayTabs: readonly Rect[];
  /** How tall the page is: more than the world's height when it scrolls. */
  readonly pageHeight: number;
}

const DESK: EndingFrame = {
  arrangement: 'desk',
  world: { width: 1280, height: 720 },
  folder: { x: 70, y: 84, width: 520, height: 540 },
  narrowCover: false,
  note: { inset: 40, width: 440, above: 30, angle: 1.2 },
  verdict: { size: 36, margin: 30, below: 6, angle: -3.5 },
  sheet: { x: 650, y: 52, width: 0 },
  headingY: 24,
};
/** The desk's closing note leaves this much of the cover for the label and the verdict. */
const DESK_NOTE_RESERVE = 110;
const DESK_BUTTONS = { y: 650, width: 250, height: 50, gap: 20 } as const;
/** The desk's record card, where the last document lies, and the tab above it that swaps them. */
const DESK_RECORD = { x: 650, y: 66, width: 600, maxHeight: 650 } as const;
const DESK_RECORD_TOGGLE = { x: 1030, y: 4, width: 220, height: 44 } as const;
const DESK_STEP_BACK = { x: 830, y: 4, width: 180, height: 44 } as const;
const DESK_REPLAY_TABS = [
  { x: 690, y: 4, width: 128, height: 44 },
  { x: 528, y: 4, width: 150, height: 44 },
] as const;
/** Room above the record card for its clip. */
const RECORD_CLIP_ROOM = 20;

/**
 * Compact stages: the margin round everything and between pieces, the heading's room and the
 * folder's tab above the cover, the verdict's band on the cover, the note's inset and the room
 * under it, the buttons, the widest a tall column gets.
 */
const COMPACT = {
  edge: 12,
  gap: 20,
  heading: 14,
  tabRoom: 52,
  verdictBand: 96,
  noteInset: 14,
  noteAbove: 22,
  button: { height: 48, gap: 12, minWidth: 170 },
  maxColumn: 560,
  wideFolder: { share: 0.46, max: 440 },
} as const;

export function endingFrameFor(world: {
  readonly arrangement: Arrangement;
  readonly width: number;
  readonly height: number;
}): EndingFrame {
  if (world.arrangement === 'desk') return DESK;
  const { edge, gap, heading, tabRoom, noteInset } = COMPACT;
  const base = {
    arrangement: world.arrangement,
    world: { width: world.width, height: world.height },
    narrowCover: true,
    verdict: { ...DESK.verdict, margin: 20 },
    headingY: heading,
  };
  if (world.arrangement === 'tall') {
    const width = Math.min(COMPACT.maxColumn, world.width - edge * 2);
    const x = Math.round((world.width - width) / 2);
    return {
      ...base,
      folder: { x, y: heading + tabRoom, width, height: 0 },
      note: { inset: noteInset, width: width - noteInset * 2, above: COMPACT.noteAbove, angle: 0.8 },
      sheet: { x, y: 0, width },
    };
  }
  const folderWidth = Math.round(
    Math.min(COMPACT.wideFolder.max, (world.width - edge * 2 - gap) * COMPACT.wideFolder.share),
  );
  const sheetX = edge + folderWidth + gap;
  return {
    ...base,
    folder: { x: edge, y: heading + tabRoom, width: folderWidth, height: 0 },
    note: { inset: noteInset, width: folderWidth - noteInset * 2, above: COMPACT.noteAbove, angle: 0.8 },
    sheet: { x: sheetX, y: edge, width: world.width - edge - sheetX },
  };
}

/** How tall the closing note may be: on the desk what the cover leaves it; on a phone, as tall as it needs. */
export function noteRoom(frame: EndingFrame, labelBottom: number): number {
  return frame.arrangement === 'desk'
    ? frame.folder.height - labelBottom - DESK_NOTE_RESERVE
    : Number.POSITIVE_INFINITY;
}

/** Buttons of `count` in a row from `x` if they fit `width`, else one under another. */
function buttonRow(x: number, y: number, width: number, count: number): Rect[] {
  const { height, gap, minWidth } = COMPACT.button;
  const across = (width - gap * (count - 1)) / count >= minWidth;
  const each = across ? (width - gap * (count - 1)) / count : width;
  return Array.from({ length: count }, (_, i) => ({
    x: across ? x + i * (each + gap) : x,
    y: across ? y : y + i * (height + gap),
    width: each,
    height,
  }));
}

export function endingPlaces(frame: EndingFrame, measured: EndingMeasures, buttons: number): EndingPlaces {
  const { folder: at, note } = frame;
  if (frame.arrangement === 'desk') {
    const noteBottom = at.y + at.height - note.above;
    return {
      folder: at,
      note: { x: at.x + note.inset, bottom: noteBottom },
      verdict: { x: at.x + at.width / 2, y: (at.y + measured.labelBottom + (noteBottom - measured.noteHeight)) / 2 },
      sheet: { x: frame.sheet.x, y: frame.sheet.y, width: frame.sheet.width, height: measured.sheetHeight },
      heading: { x: at.x, y: frame.headingY },
      buttons: Array.from({ length: buttons }, (_, i) => ({
        x: at.x + i * (DESK_BUTTONS.width + DESK_BUTTONS.gap),
        y: DESK_BUTTONS.y,
        width: DESK_BUTTONS.width,
        height: DESK_BUTTONS.height,
      })),
      record: measured.recordHeight > 0 ? DESK_RECORD : null,
      recordToggle: measured.recordHeight > 0 ? DESK_RECORD_TOGGLE : null,
      stepBackTab: DESK_STEP_BACK,
      replayTabs: DESK_REPLAY_TABS,
      pageHeight: frame.world.height,
    };
  }
  const { edge, gap } = COMPACT;
  const height = measured.labelBottom + COMPACT.verdictBand + measured.noteHeight + note.above;
  const folder = { ...at, height };
  const noteBottom = folder.y + height - note.above;
  const verdict = { x: at.x + at.width / 2, y: folder.y + measured.labelBottom + COMPACT.verdictBand / 2 - 4 };
  const afterFolder = folder.y + height + gap;
  // Tall: the document under the folder, the buttons under it; wide: the buttons under the
  // folder, the document beside them.
  const tall = frame.arrangement === 'tall';
  const sheet = {
    x: frame.sheet.x,
    y: tall ? afterFolder : frame.sheet.y,
    width: frame.sheet.width,
    height: measured.sheetHeight,
  };
  // Tall: the record card after the document, then the buttons; wide: the record card under the
  // buttons, beside the document.
  const hasRecord = measured.recordHeight > 0;
  const recordWidth = tall ? sheet.width : at.width;
  const recordAt = (y: number): RecordPlace => ({
    x: tall ? sheet.x : at.x,
    y: y + RECORD_CLIP_ROOM,
    width: recordWidth,
    maxHeight: measured.recordHeight,
  });
  const afterSheet = sheet.y + sheet.height + gap;
  const tallRecord = tall && hasRecord ? recordAt(afterSheet) : null;
  const rowY = tall ? (tallRecord ? tallRecord.y + tallRecord.maxHeight + gap : afterSheet) : afterFolder;
  const row = buttonRow(at.x, rowY, at.width, buttons);
  const last = row[row.length - 1]!;
  const record = tall ? tallRecord : hasRecord ? recordAt(last.y + last.height + gap) : null;
  const recordBottom = record ? record.y + record.maxHeight + edge : 0;
  return {
    folder,
    note: { x: at.x + note.inset, bottom: noteBottom },
    verdict,
    sheet,
    heading: { x: at.x, y: frame.headingY },
    buttons: row,
    record,
    recordToggle: null,
    stepBackTab: null,
    replayTabs: [],
    pageHeight: Math.max(frame.world.height, last.y + last.height + edge, sheet.y + sheet.height + edge, recordBottom),
  };
}
