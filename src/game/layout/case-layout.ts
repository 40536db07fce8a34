/**
 * Where everything sits on the case screen, in design pixels, in one place: the document on
 * the folder, the header above it, the choice column, the pile and the contents card, the
 * exhibits, the notice, and how far pages travel when they turn. The desk (1280 x 720) is the
 * constant below; `caseLayoutFor` cuts the same pieces to a phone's or a small window's stage
 * (layout/stage.ts), where the contents and the exhibits move into a drawer.
 */
import { DESIGN_WIDTH } from '../theme';
import type { Arrangement } from './stage';

export const CASE_LAYOUT = {
  /** The current document: its top edge; centred on the folder's crease, then a touch right. */
  sheet: { top: 60, crease: DESIGN_WIDTH / 2, right: 8 },
  /** The strip above the folder: the game's name, the chapter, the menu button. */
  header: {
    middle: 27,
    titleX: 418,
    chapterRight: 1140,
    // 44 px tall: a touch target, on a touch-screen laptop too.
    menu: { x: 1156, y: 5, width: 104, height: 44 },
  },
  /** The choices, typed slips in a column on the right of the folder. */
  column: {
    x: 962,
    width: 286,
    headingY: 76,
    hintY: 100,
    top: 104,
    bottom: 700,
    gap: 14,
    /** Slips slide in from this far right, and lean this far out under the pointer. */
    slideFrom: 320,
    hoverShift: 8,
  },
  /** The earlier documents fanned under the current one: how many, and how they fan. */
  pile: { shown: 3, shiftLeft: 14, stepLeft: 10, jitterX: 8, dropY: 4, jitterY: 6, tilt: 1.5, tiltStep: 1.1 },
  /** The contents card clipped inside the folder, on the left. */
  contents: { x: 38, y: 92, width: 280, height: 470, angle: -0.8 },
  /**
   * The newest exhibits as tags along the folder's bottom left, side by side from `x` to
   * `right`, `gap` apart (at most `shown`), the rest counted on a label that opens them all
   * spread over the desk in `spread`.
   */
  exhibits: {
    shown: 3,
    x: 30,
    y: 592,
    overlap: 0,
    stagger: 8,
    more: { x: 40, y: 694 },
    right: 330,
    gap: 10,
    spread: { x: 90, y: 110, width: 1100, height: 560, gap: 22 },
  },
  notice: { x: 420, y: 600, width: 440 },
  /** A page leaving for the pile, and a page arriving from the right. */
  turn: {
    out: { x: 40, y: 120, scale: 0.45, angle: -4, ms: 360, fadeMs: 150 },
    in: { fromRight: 760, angle: 4, ms: 360, fadeMs: 175 },
  },
} as const;

/** The desk's numbers as plain numbers, so a compact layout can give others. */
type Widen<T> = T extends number ? number : { readonly [K in keyof T]: Widen<T[K]> };
type Desk = Widen<typeof CASE_LAYOUT>;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The case screen's layout for one stage: the desk's numbers, or a compact cut of them. */
export interface CaseLayout {
  readonly arrangement: Arrangement;
  readonly world: { readonly width: number; readonly height: number };
  /**
   * The current document. On the desk it takes its kind's own size, on the folder's crease;
   * on a compact stage it fills `box`, and its printed header scrolls with the body.
   */
  readonly sheet: Desk['sheet'] & { readonly box: Box | null };
  readonly header: {
    readonly middle: number;
    /** Where the game's name is printed; null where there is no room for it. */
    readonly titleX: number | null;
    /** The chapter line: right-aligned on the desk, left-aligned from `chapterLeft` when compact. */
    readonly chapterRight: number;
    readonly chapterLeft: number | null;
    readonly menu: Desk['header']['menu'];
    /** The button that opens the drawer with the contents and the exhibits; null on the desk. */
    readonly drawer: Desk['header']['menu'] | null;
  };
  readonly column: Desk['column'] & {
    /** Whether the slips may be squeezed (smaller type) to fit; compact stages grow the room instead. */
    readonly squeeze: boolean;
  };
  readonly pile: Desk['pile'];
  /** The contents card on the folder; null when it lives in the drawer. */
  readonly contents: Desk['contents'] | null;
  /** The exhibit tags on the folder; null when they live in the drawer. */
  readonly exhibits: Desk['exhibits'] | null;
  readonly notice: Desk['notice'];
  readonly turn: Desk['turn'];
}

export const DESK_LAYOUT: CaseLayout = {
  ...CASE_LAYOUT,
  arrangement: 'desk',
  world: { width: 1280, height: 720 },
  sheet: { ...CASE_LAYOUT.sheet, box: null },
  header: { ...CASE_LAYOUT.header, chapterLeft: null, drawer: null },
  column: { ...CASE_LAYOUT.column, squeeze: true },
};

/** Compact stages: a margin round everything, the header's height, 44 px targets. */
const COMPACT = { margin: 8, header: 52, target: 44, menuWidth: 84, drawerWidth: 76, gap: 8 } as const;
/** The tall stage keeps at least this share of its height for the choices under the page. */
const TALL_CHOICES = { share: 0.3, min: 190, max: 320 } as const;
/** The wide stage's column of choices: a share of the width, within these bounds. */
const WIDE_COLUMN = { share: 0.36, min: 230, max: 360 } as const;

function compactHeader(world: { readonly width: number }): CaseLayout['header'] {
  const { margin, target, menuWidth, drawerWidth, gap } = COMPACT;
  const menuX = world.width - margin - menuWidth;
  return {
    middle: COMPACT.header / 2,
    titleX: null,
    chapterRight: menuX - gap - drawerWidth - gap,
    chapterLeft: margin + 4,
    menu: { x: menuX, y: (COMPACT.header - target) / 2, width: menuWidth, height: target },
    drawer: { x: menuX - gap - drawerWidth, y: (COMPACT.header - target) / 2, width: drawerWidth, height: target },
  };
}

/** The case screen's layout for a world of this arrangement and size. */
export function caseLayoutFor(world: {
  readonly arrangement: Arrangement;
  readonly width: number;
  readonly height: number;
}): CaseLayout {
  if (world.arrangement === 'desk') return DESK_LAYOUT;
  const { margin, gap } = COMPACT;
  const top = COMPACT.header;
  const base = {
    ...DESK_LAYOUT,
    arrangement: world.arrangement,
    world: { width: world.width, height: world.height },
    header: compactHeader(world),
    pile: { ...CASE_LAYOUT.pile, shown: 0 },
    contents: null,
    exhibits: null,
  };
  if (world.arrangement === 'tall') {
    const choices = Math.round(
      Math.min(TALL_CHOICES.max, Math.max(TALL_CHOICES.min, world.height * TALL_CHOICES.share)),
    );
    const sheet: Box = {
      x: margin,
      y: top,
      width: world.width - margin * 2,
      height: world.height - top - choices - gap,
    };
    const columnTop = sheet.y + sheet.height + gap;
    return {
      ...base,
      sheet: { ...CASE_LAYOUT.sheet, top: sheet.y, box: sheet },
      column: {
        ...CASE_LAYOUT.column,
        x: margin,
        width: sheet.width,
        headingY: columnTop + 4,
        hintY: columnTop + 26,
        top: columnTop + 26,
        bottom: world.height - margin,
        gap,
        slideFrom: 0,
        hoverShift: 0,
        squeeze: false,
      },
      notice: { x: margin * 2, y: top + 8, width: world.width - margin * 4 },
      turn: {
        out: { ...CASE_LAYOUT.turn.out, x: -world.width * 0.6, y: sheet.y + 40, scale: 0.8 },
        in: { ...CASE_LAYOUT.turn.in, fromRight: world.width },
      },
    };
  }
  const columnWidth = Math.round(Math.min(WIDE_COLUMN.max, Math.max(WIDE_COLUMN.min, world.width * WIDE_COLUMN.share)));
  const sheet: Box = {
    x: margin,
    y: top,
    width: world.width - margin * 2 - gap - columnWidth,
    height: world.height - top - margin,
  };
  const columnX = sheet.x + sheet.width + gap + 4;
  return {
    ...base,
    sheet: { ...CASE_LAYOUT.sheet, top: sheet.y, box: sheet },
    column: {
      ...CASE_LAYOUT.column,
      x: columnX,
      width: world.width - margin - columnX,
      headingY: top + 4,
      hintY: top + 26,
      top: top + 26,
      bottom: world.height - margin,
      gap,
      slideFrom: 120,
      hoverShift: 4,
      squeeze: false,
    },
    notice: { x: sheet.x + 16, y: top + 8, width: sheet.width - 32 },
    turn: {
      out: { ...CASE_LAYOUT.turn.out, x: -sheet.width * 0.7, y: sheet.y + 30, scale: 0.7 },
      in: { ...CASE_LAYOUT.turn.in, fromRight: world.width - sheet.x },
    },
  };
}

/** The left edge of a sheet of this width, where the current document sits. */
export function sheetLeft(width: number, layout: CaseLayout = DESK_LAYOUT): number {
  if (layout.sheet.box) return layout.sheet.box.x;
  const { crease, right } = layout.sheet;
  return Math.round(crease - width / 2) + right;
}
