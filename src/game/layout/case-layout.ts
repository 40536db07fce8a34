/**
 * Where everything sits on the case screen, in design pixels (1280 x 720), in one place: the
 * document on the folder, the header above it, the choice column, the pile and the contents
 * card, the exhibits, the notice, and how far pages travel when they turn.
 */
import { DESIGN_WIDTH } from '../theme';

export const CASE_LAYOUT = {
  /** The current document: its top edge; centred on the folder's crease, then a touch right. */
  sheet: { top: 60, crease: DESIGN_WIDTH / 2, right: 8 },
  /** The strip above the folder: the game's name, the chapter, the menu button. */
  header: {
    middle: 27,
    titleX: 418,
    chapterRight: 1140,
    menu: { x: 1156, y: 9, width: 104, height: 36 },
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
  /** The newest exhibits as tags along the folder's bottom left, the rest counted. */
  exhibits: { shown: 3, x: 30, y: 592, overlap: 36, stagger: 8, more: { x: 40, y: 694 } },
  notice: { x: 420, y: 600, width: 440 },
  /** A page leaving for the pile, and a page arriving from the right. */
  turn: {
    out: { x: 40, y: 120, scale: 0.45, angle: -4, ms: 360, fadeMs: 150 },
    in: { fromRight: 760, angle: 4, ms: 360, fadeMs: 175 },
  },
} as const;

/** The left edge of a sheet of this width, where the current document sits. */
export function sheetLeft(width: number): number {
  const { crease, right } = CASE_LAYOUT.sheet;
  return Math.round(crease - width / 2) + right;
}
