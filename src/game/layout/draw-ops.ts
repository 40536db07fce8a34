/**
 * The drawing operations that pure layouts produce and the canvas painter turns into pixels:
 * document bodies, the printed form of a sheet (its header and foot), the Sources view. Types
 * only, so that layouts and the painter agree on one vocabulary.
 */

/** `ui`: the interface's sans (the report's words on a slip, outside the file's fiction). */
export type FontRole = 'body' | 'bodyBold' | 'hand' | 'mono' | 'monoBold' | 'ui';
export type ColorRole =
  | 'ink'
  | 'inkSoft'
  | 'rule'
  | 'margin'
  | 'bubble'
  | 'bubbleOwn'
  /** The boarding pass's card, its coloured band, and the white print on the band. */
  | 'pass'
  | 'passBand'
  | 'passBandInk'
  /** The slip clipped to a dramatized page, with the report's words on it. */
  | 'note';

export interface FontSpec {
  readonly role: FontRole;
  readonly size: number;
}

export type MeasureFont = (text: string, font: FontSpec) => number;

/** A rectangle in a sheet's coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type TextAlign = 'left' | 'right' | 'center';

export type DrawOp =
  | {
      readonly type: 'text';
      readonly x: number;
      /** Baseline. */
      readonly y: number;
      readonly text: string;
      readonly font: FontSpec;
      readonly color: ColorRole;
      readonly at: number;
      readonly printed?: boolean;
      readonly align?: TextAlign;
      /** Opacity of the colour (1 unless said). */
      readonly alpha?: number;
      /** Printed in one even stroke, without the typewriter's uneven pressure: the form itself. */
      readonly plain?: boolean;
    }
  | {
      readonly type: 'bar';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly at: number;
      readonly chars: number;
      /** Seed of the marker's ragged edge (the typing position unless said). */
      readonly seed?: string;
    }
  | {
      readonly type: 'rule';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly weight: number;
      readonly color: ColorRole;
      readonly dash?: readonly number[];
      readonly at: number;
      readonly printed?: boolean;
      readonly alpha?: number;
    }
  | {
      /** A box with rounded corners (radius 0: square), filled, outlined or both. */
      readonly type: 'box';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius: number;
      readonly fill: ColorRole | null;
      readonly stroke: ColorRole | null;
      /** A speech bubble's tail. */
      readonly tail: 'left' | 'right' | null;
      readonly at: number;
      readonly fillAlpha?: number;
      readonly strokeAlpha?: number;
      /** Outline width (1 unless said). */
      readonly weight?: number;
      /** Part of the page from the start (a slip clipped to it), not typed: the typing never follows it. */
      readonly printed?: boolean;
    }
  | {
      /** Bars of a barcode, drawn from a seed. */
      readonly type: 'barcode';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly seed: string;
      readonly color: ColorRole;
    }
  | {
      /** The steel paper clip that holds a sheet in the file (about 18 x 58). */
      readonly type: 'clip';
      readonly x: number;
      readonly y: number;
    }
  | {
      /** A punched hole of a notebook page: the dark desk shows through. */
      readonly type: 'hole';
      readonly x: number;
      readonly y: number;
      readonly radius: number;
    };

/** Where a printed form's head lies (settings, Sources): its text's edges, two baselines and its rule. */
export interface HeadPlace {
  /** Where the text starts and the rule ends, in the form's space. */
  readonly left: number;
  readonly right: number;
  /** Baselines of the two lines, and the rule's height. */
  readonly kickerY: number;
  readonly titleY: number;
  readonly ruleY: number;
}
