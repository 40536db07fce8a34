/**
 * How a control is known on both sides, the canvas and the accessible layer: by its visible
 * name (a button is called what it says), or, where it has none to go by, by one of these
 * keys. No Phaser here: the accessible layer imports it.
 */

export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Control key to its rectangle on the page. */
export type ControlRects = ReadonlyMap<string, PageRect>;

/** The document on the desk: the page's text lies over it. */
export const PAGE_CONTROL = 'page';
/** The heading over the choices (the focus waits there once the page is shown). */
export const CHOICES_CONTROL = 'choices';
/** A notice's card, which dismisses it. */
export const NOTICE_CONTROL = 'notice';

/**
 * The event the layer's File button sends on the document: the drawer is the canvas's picture
 * of lists the layer already reads out, so opening it is the view's business, not an intent.
 */
export const FILE_DRAWER_EVENT = 'consultant-file-drawer';

/** The desk ending's tab that swaps the last document and the record card, and the event its layer twin sends. */
export const ENDING_RECORD_CONTROL = 'ending-record';
export const ENDING_RECORD_EVENT = 'consultant-ending-record';
/** Sent by the ending scene when the swap happens (detail: true while the record lies on top), so the twin is named as the tab is. */
export const ENDING_RECORD_SHOWN_EVENT = 'consultant-ending-record-shown';

export function choiceControl(choiceId: string): string {
  return `choice:${choiceId}`;
}

/**
 * A setting's control on the settings form (a slider, a toggle, a row of options), and, with a
 * value, one option of a row.
 */
export function settingControl(setting: string, value?: string): string {
  return value === undefined ? `setting:${setting}` : `setting:${setting}:${value}`;
}
