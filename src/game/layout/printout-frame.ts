/**
 * The frame of a phone's screen printed for the file, drawn around a message document's body:
 * a rounded outline, a caption band with its caption and the date. Draw operations for
 * layout/header.ts; pure.
 */
import type { DrawOp, FontSpec, MeasureFont, Rect } from './draw-ops';
import { printedLine, printedText, sizedRole } from './printed';
import { fitRuns } from './text-fit';

/** The phone printout's frame around the body, and its caption band. */
const PRINTOUT = {
  outset: 16,
  above: 30,
  below: 14,
  radius: 22,
  weight: 1.2,
  alpha: 0.55,
  band: { height: 24, radius: 12, alpha: 0.08 },
  /** The caption's baseline above the body's top. */
  caption: 14,
  font: { role: 'monoBold', size: 10 } as FontSpec,
  /** Kept between the caption and the date; the smallest the date may shrink to. */
  gap: 22,
  min: 8,
} as const;

/** The phone's frame around the body `viewport`, with its caption band and the date. */
export function layoutPrintoutFrame(viewport: Rect, date: string | undefined, measure: MeasureFont): DrawOp[] {
  const ops: DrawOp[] = [];
  const { x, y, width, height } = viewport;
  const frameX = x - PRINTOUT.outset;
  const frameY = y - PRINTOUT.above;
  const frameWidth = width + PRINTOUT.outset * 2;
  ops.push(
    {
      type: 'box',
      x: frameX,
      y: frameY,
      width: frameWidth,
      height: height + PRINTOUT.above + PRINTOUT.below,
      radius: PRINTOUT.radius,
      fill: null,
      stroke: 'ink',
      strokeAlpha: PRINTOUT.alpha,
      weight: PRINTOUT.weight,
      tail: null,
      at: 0,
    },
    {
      type: 'box',
      x: frameX,
      y: frameY,
      width: frameWidth,
      height: PRINTOUT.band.height,
      radius: PRINTOUT.band.radius,
      fill: 'ink',
      fillAlpha: PRINTOUT.band.alpha,
      stroke: null,
      tail: null,
      at: 0,
    },
  );
  const caption = 'SCREEN CAPTURE \u00b7 PRINTED FOR THE FILE';
  const baseline = y - PRINTOUT.caption;
  ops.push(printedText(x, baseline, caption, PRINTOUT.font, 'inkSoft'));
  const printedDate = date ?? '';
  const room = width - measure(caption, PRINTOUT.font) - PRINTOUT.gap;
  const fitted = fitRuns(
    printedDate,
    { size: PRINTOUT.font.size, minSize: PRINTOUT.min, width: room },
    sizedRole(measure, PRINTOUT.font.role),
  );
  fitted.lines.forEach((line, index) => {
    ops.push(
      ...printedLine(
        line,
        x + width,
        baseline + index * fitted.size,
        { ...PRINTOUT.font, size: fitted.size },
        'inkSoft',
        printedDate,
        { align: 'right' },
      ),
    );
  });
  return ops;
}
