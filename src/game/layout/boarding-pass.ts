/**
 * The boarding-pass stub printed on a travel record, laid out as draw operations: the card and
 * its coloured band, passenger, seat, date and place, the perforation, and the stub's barcode
 * with the file reference under it. A value too wide for its field shrinks, then wraps, and the
 * card grows to hold it: nothing is cut. Pure; every value printed is an input taken from the
 * story (the seat from the page's own text), none is made up.
 */
import type { DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { printedLine, printedText, sizedRole } from './printed';
import { type Fitted, fitRuns, fitText, type Line } from './text-fit';
import { scaled, scaledTable } from './type-scale';

/** What a field holds when the story gives nothing for it. */
const NONE = '\u2014';

/** The card's geometry, from its top-left corner, with every value on one line. */
const PASS = {
  height: 104,
  radius: 8,
  /** The tear-off stub on the right, with the barcode. */
  stubWidth: 150,
  band: { height: 22, squareFrom: 12, baseline: 15, inset: 12 },
  /**
   * Fields: their left margin, the baselines of the two rows of labels, each value's baseline
   * under its label; the width left of the stub, less `margins`, is the passenger's, and half of
   * it each for the date and the place; the seat has a short field of its own.
   */
  field: { x: 14, rows: [42, 78], valueDrop: 17, margins: 40, seat: 80 },
  /** From the last value's baseline to the card's bottom edge. */
  bottom: 9,
  perforation: { top: 24, bottomInset: 4 },
  barcode: { inset: 14, top: 34, height: 44 },
  reference: { baseline: 94, bottom: 10 },
} as const;

const BAND_FONT: FontSpec = { role: 'monoBold', size: 11 };
const LABEL_FONT: FontSpec = { role: 'monoBold', size: 9 };
/** Values are typed at 14 and may shrink to 11 before they wrap. */
const VALUE = { size: 14, min: 11, leading: 1.2 } as const;
/** The file reference under the barcode, 10 down to 7. */
const REFERENCE = { size: 10, min: 7, leading: 1.2 } as const;

export interface BoardingPassInput {
  /** The card's top-left corner and width. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The passenger as the pass prints him ("SURNAME / MR"). */
  readonly passenger: string;
  readonly date?: string;
  readonly place?: string;
  /** The seat as the page's text gives it; a dash when it gives none. */
  readonly seat?: string;
  /** The file reference printed under the barcode. */
  readonly reference: string;
  /** Seeds the barcode's bars (a picture, never read). */
  readonly seed: string;
  /** The text size's scale (layout/type-scale.ts): 1 unless said. */
  readonly scale?: number;
}

export interface BoardingPass {
  readonly ops: readonly DrawOp[];
  readonly height: number;
}

/** A seat named in a text ("Seat 41C", "SEAT 41C"), in capitals; undefined when it names none. */
export function seatIn(text: string): string | undefined {
  return /\bseat\s+(\d{1,2}[A-K])\b/i.exec(text)?.[1]?.toUpperCase();
}

interface Field {
  readonly label: string;
  readonly fitted: Fitted<Line>;
  /** The value as written, seeding a redaction's ragged edge. */
  readonly value: string;
  readonly x: number;
  readonly row: 0 | 1;
}

const lineStep = (size: number) => Math.round(size * VALUE.leading);
const extraHeight = (fitted: Fitted<unknown>) => (fitted.lines.length - 1) * lineStep(fitted.size);

export function layoutBoardingPass(input: BoardingPassInput, measure: MeasureFont): BoardingPass {
  const { x, y, width } = input;
  // Everything on the card at the text size (1 at the normal size).
  const k = input.scale ?? 1;
  const P = scaledTable(PASS, k);
  const bandFont = scaledTable(BAND_FONT, k);
  const labelFont = scaledTable(LABEL_FONT, k);
  const left = width - P.stubWidth;
  // The second column starts half-way across the part left of the stub.
  const second = x + P.field.x + (left - P.field.x * 2) / 2;
  const full = left - P.field.margins;
  const mono = sizedRole(measure, 'mono');
  const field = (label: string, value: string, room: number, fieldX: number, row: 0 | 1): Field => ({
    label,
    value,
    fitted: fitRuns(value, { size: scaled(VALUE.size, k), minSize: scaled(VALUE.min, k), width: room }, mono),
    x: fieldX,
    row,
  });
  const fields: Field[] = [
    field('PASSENGER', input.passenger, full, x + P.field.x, 0),
    field('DATE', input.date ?? NONE, full / 2, x + P.field.x, 1),
    field('PLACE', input.place ?? NONE, full / 2, second, 1),
    field('SEAT', input.seat ?? NONE, P.field.seat, second, 0),
  ];
  const rowExtra = [0, 1].map((row) =>
    Math.max(0, ...fields.filter((f) => f.row === row).map((f) => extraHeight(f.fitted))),
  );
  const rowTop = [P.field.rows[0], P.field.rows[1] + (rowExtra[0] ?? 0)];
  const reference = fitText(
    input.reference,
    { size: scaled(REFERENCE.size, k), minSize: scaled(REFERENCE.min, k), width: P.stubWidth - P.barcode.inset * 2 },
    mono,
  );
  const referenceStep = Math.round(reference.size * REFERENCE.leading);
  const referenceBottom = P.reference.baseline + (reference.lines.length - 1) * referenceStep + P.reference.bottom;
  const height = Math.max(P.height + (rowExtra[0] ?? 0) + (rowExtra[1] ?? 0), referenceBottom);

  const ops: DrawOp[] = [
    {
      type: 'box',
      x,
      y,
      width,
      height,
      radius: P.radius,
      fill: 'pass',
      stroke: 'ink',
      strokeAlpha: 0.6,
      tail: null,
      at: 0,
    },
    // The band: rounded at the top, square where it meets the card.
    {
      type: 'box',
      x,
      y,
      width,
      height: P.band.height,
      radius: P.radius,
      fill: 'passBand',
      stroke: null,
      tail: null,
      at: 0,
    },
    {
      type: 'box',
      x,
      y: y + P.band.squareFrom,
      width,
      height: P.band.height - P.band.squareFrom,
      radius: 0,
      fill: 'passBand',
      stroke: null,
      tail: null,
      at: 0,
    },
    printedText(x + P.band.inset, y + P.band.baseline, 'BOARDING PASS', bandFont, 'passBandInk'),
    printedText(x + width - P.band.inset, y + P.band.baseline, 'STUB', bandFont, 'passBandInk', {
      align: 'right',
    }),
  ];
  for (const field of fields) {
    const top = y + (rowTop[field.row] ?? 0);
    ops.push(printedText(field.x, top, field.label, labelFont, 'inkSoft'));
    const font: FontSpec = { role: 'mono', size: field.fitted.size };
    field.fitted.lines.forEach((line, index) => {
      const baseline = top + P.field.valueDrop + index * lineStep(field.fitted.size);
      ops.push(...printedLine(line, field.x, baseline, font, 'ink', field.value));
    });
  }
  ops.push({
    type: 'rule',
    x1: x + left,
    y1: y + P.perforation.top,
    x2: x + left,
    y2: y + height - P.perforation.bottomInset,
    weight: 1,
    color: 'ink',
    alpha: 0.5,
    dash: [3, 4],
    at: 0,
    printed: true,
  });
  const stubX = x + left + P.barcode.inset;
  ops.push({
    type: 'barcode',
    x: stubX,
    y: y + P.barcode.top,
    width: P.stubWidth - P.barcode.inset * 2,
    height: P.barcode.height,
    seed: input.seed,
    color: 'ink',
  });
  const referenceFont: FontSpec = { role: 'mono', size: reference.size };
  reference.lines.forEach((line, index) => {
    ops.push(printedText(stubX, y + P.reference.baseline + index * referenceStep, line, referenceFont, 'ink'));
  });
  return { ops, height };
}
