/**
 * The boarding-pass stub printed on a travel record, laid out as draw operations: the card and
 * its coloured band, passenger, seat, date and place, the perforation, and the stub's barcode
 * with the file reference under it. A value too wide for its field shrinks, then wraps, and the
 * card grows to hold it: nothing is cut. Pure; the passenger's name is an input.
 */
import type { DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { printedText, sizedRole } from './printed';
import { type Fitted, fitText } from './text-fit';

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
  readonly passageId: string;
}

export interface BoardingPass {
  readonly ops: readonly DrawOp[];
  readonly height: number;
}

/** A seat number made up from the passage id, so that it stays the same on every visit. */
function seatFor(id: string): string {
  return `${(id.length % 30) + 11}${'ACDF'[id.length % 4]}`;
}

/** A redaction in a field is printed as solid blocks. */
function blocked(text: string): string {
  return text.replace(/\[\[[^\]]*\]\]/g, '\u2588\u2588\u2588');
}

interface Field {
  readonly label: string;
  readonly fitted: Fitted<string>;
  readonly x: number;
  readonly row: 0 | 1;
}

const lineStep = (size: number) => Math.round(size * VALUE.leading);
const extraHeight = (fitted: Fitted<string>) => (fitted.lines.length - 1) * lineStep(fitted.size);

export function layoutBoardingPass(input: BoardingPassInput, measure: MeasureFont): BoardingPass {
  const { x, y, width } = input;
  const left = width - PASS.stubWidth;
  // The second column starts half-way across the part left of the stub.
  const second = x + PASS.field.x + (left - PASS.field.x * 2) / 2;
  const full = left - PASS.field.margins;
  const mono = sizedRole(measure, 'mono');
  const fitValue = (value: string, room: number) =>
    fitText(value, { size: VALUE.size, minSize: VALUE.min, width: room }, mono);
  const fields: Field[] = [
    { label: 'PASSENGER', fitted: fitValue(input.passenger, full), x: x + PASS.field.x, row: 0 },
    { label: 'DATE', fitted: fitValue(blocked(input.date ?? '\u2014'), full / 2), x: x + PASS.field.x, row: 1 },
    { label: 'PLACE', fitted: fitValue(blocked(input.place ?? '\u2014'), full / 2), x: second, row: 1 },
    { label: 'SEAT', fitted: fitValue(seatFor(input.passageId), PASS.field.seat), x: second, row: 0 },
  ];
  const rowExtra = [0, 1].map((row) =>
    Math.max(0, ...fields.filter((f) => f.row === row).map((f) => extraHeight(f.fitted))),
  );
  const rowTop = [PASS.field.rows[0], PASS.field.rows[1] + (rowExtra[0] ?? 0)];
  const reference = fitText(
    input.passageId.toUpperCase(),
    { size: REFERENCE.size, minSize: REFERENCE.min, width: PASS.stubWidth - PASS.barcode.inset * 2 },
    mono,
  );
  const referenceStep = Math.round(reference.size * REFERENCE.leading);
  const referenceBottom =
    PASS.reference.baseline + (reference.lines.length - 1) * referenceStep + PASS.reference.bottom;
  const height = Math.max(PASS.height + (rowExtra[0] ?? 0) + (rowExtra[1] ?? 0), referenceBottom);

  const ops: DrawOp[] = [
    {
      type: 'box',
      x,
      y,
      width,
      height,
      radius: PASS.radius,
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
      height: PASS.band.height,
      radius: PASS.radius,
      fill: 'passBand',
      stroke: null,
      tail: null,
      at: 0,
    },
    {
      type: 'box',
      x,
      y: y + PASS.band.squareFrom,
      width,
      height: PASS.band.height - PASS.band.squareFrom,
      radius: 0,
      fill: 'passBand',
      stroke: null,
      tail: null,
      at: 0,
    },
    printedText(
      x + PASS.band.inset,
      y + PASS.band.baseline,
      'BOARDING PASS  \u00b7  ECONOMY',
      BAND_FONT,
      'passBandInk',
    ),
    printedText(x + width - PASS.band.inset, y + PASS.band.baseline, 'STUB', BAND_FONT, 'passBandInk', {
      align: 'right',
    }),
  ];
  for (const field of fields) {
    const top = y + (rowTop[field.row] ?? 0);
    ops.push(printedText(field.x, top, field.label, LABEL_FONT, 'inkSoft'));
    const font: FontSpec = { role: 'mono', size: field.fitted.size };
    field.fitted.lines.forEach((line, index) => {
      ops.push(
        printedText(field.x, top + PASS.field.valueDrop + index * lineStep(field.fitted.size), line, font, 'ink'),
      );
    });
  }
  ops.push({
    type: 'rule',
    x1: x + left,
    y1: y + PASS.perforation.top,
    x2: x + left,
    y2: y + height - PASS.perforation.bottomInset,
    weight: 1,
    color: 'ink',
    alpha: 0.5,
    dash: [3, 4],
    at: 0,
    printed: true,
  });
  const stubX = x + left + PASS.barcode.inset;
  ops.push({
    type: 'barcode',
    x: stubX,
    y: y + PASS.barcode.top,
    width: PASS.stubWidth - PASS.barcode.inset * 2,
    height: PASS.barcode.height,
    seed: input.passageId,
    color: 'ink',
  });
  const referenceFont: FontSpec = { role: 'mono', size: reference.size };
  reference.lines.forEach((line, index) => {
    ops.push(printedText(stubX, y + PASS.reference.baseline + index * referenceStep, line, referenceFont, 'ink'));
  });
  return { ops, height };
}
