/**
 * The colours and opacities that widgets give their text (and what the text lies on) beyond
 * the palette itself, named in one place so that the contrast test measures the values drawn,
 * not copies of them (test/unit/game/widget-contrast.test.ts). Pure data, no Phaser.
 */

/** A colour for each mode. */
export interface ByMode<T = string> {
  readonly normal: T;
  readonly high: T;
}

export function forMode<T>(pair: ByMode<T>, highContrast: boolean): T {
  return highContrast ? pair.high : pair.normal;
}

/**
 * The folder's own ink: the choice column's heading and hint, the exhibits' "more" label. A touch
 * darker than it was (#3b2f1c): the column lies where the folder is shaded, at 4.5:1 there.
 */
export const FOLDER_INK: ByMode = { normal: '#2e2416', high: '#000000' };

/** The notice pinned to the desk: a yellow slip in both modes. */
export const NOTICE_PAPER = '#f4e3a4';

/** A danger button's card (New case over a saved one), in both modes. */
export const DANGER_CARD = '#e9d2c8';

/** A locked slip's index tab, and the number on every slip's tab (the paper's colour in normal mode). */
export const LOCKED_TAB: ByMode = { normal: '#7c7466', high: '#555555' };
export const TAB_NUMBER_HIGH = '#ffffff';

/** The hatching across a locked slip, in ink at this opacity (0.12 took its text under 4.5:1). */
export const LOCKED_HATCH: ByMode<number> = { normal: 0.06, high: 0.35 };

/**
 * The reason a choice is locked, handwritten under it: a deeper red than the stamp's (#b3261e,
 * 3.1:1 on the grey slip), so the reason reads at 4.5:1.
 */
export const LOCK_REASON: ByMode = { normal: '#98201a', high: '#000000' };

/** An exhibit tag's band (the alleged stamp's red in normal mode) and the white print on it. */
export const EXHIBIT_BAND_HIGH = '#000000';
export const EXHIBIT_BAND_INK = '#ffffff';

/** The boarding pass: its card, its coloured band, and the white print on the band. */
export const PASS_CARD: ByMode = { normal: '#e8eef2', high: '#ffffff' };
export const PASS_BAND: ByMode = { normal: '#2d4a63', high: '#000000' };
export const PASS_BAND_INK = '#ffffff';

/** The thermal slip's aged edge. */
export const THERMAL_EDGE = '#e9e6dc';

/** The title's cover note, handwritten in ink at this opacity. */
export const COVER_NOTE_ALPHA = 0.8;

/** The card under the title's statement: black at this opacity (opaque in high contrast). */
export const STATEMENT_CARD: ByMode<number> = { normal: 0.55, high: 1 };

/** The dark laid over the case while every exhibit is spread over the desk, under its heading. */
export const SPREAD_SHADE: ByMode<number> = { normal: 0.6, high: 0.85 };

/**
 * The settings form's controls, in ink on the form's paper: an option tab's edge, a slider's
 * empty track and its tenths. (The tick box, the pressed tab, the slider's filled track and its
 * knob's rim are in full ink.)
 */
export const CONTROL_INK = { tabEdge: 0.5, track: 0.18, ticks: 0.5 } as const;

/** The slip clipped to a dramatized page, which carries the report's own words: a pale note paper. */
export const REPORT_NOTE: ByMode = { normal: '#f3e6b0', high: '#ffffff' };

/** A quiet button (on the desk): the interface colour laid under its label at rest and hovered. */
export const QUIET_FILL = { rest: 0.06, hover: 0.14 } as const;

/**
 * The typewriter's ribbon: each word typed at between `least` and full opacity (always full in
 * high contrast); the softer ink no fainter than `leastSoft` (at 0.78 it fell to 3.5:1 on a
 * paper's aged edge); handwriting at `hand`.
 */
export const INK_PRESSURE = { least: 0.78, leastSoft: 0.92, hand: 0.92 } as const;

/**
 * A control that cannot be used now is drawn faded. WCAG 1.4.3 exempts the text of an inactive
 * control; the contrast test lists these opacities as exempt, so none is added unseen.
 */
export const DISABLED_ALPHA = { button: 0.45, control: 0.5 } as const;

/**
 * The branch map: its chapter bands (paper over the desk, alternating), threads walked and not,
 * an unseen page's silhouette and a card's shadow (the redaction black), the shade under the head,
 */
export const MAP_SHADE = {
  bandEven: 0.08,
  bandOdd: 0.04,
  walked: 0.6,
  unwalked: 0.2,
  silhouette: 0.4,
  cardShadow: 0.3,
} as const;

/** The dark the branch map lies on (the desk with the lamp turned down), and its head. */
export const MAP_BOARD: ByMode = { normal: '#160f0a', high: '#000000' };
