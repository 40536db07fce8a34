/**
 * A receipt's header, centred on the till slip: the shop's name in capitals (wrapped, never
 * cut), then the kind, the date and the document's number. Laid out as draw operations for
 * layout/header.ts; pure.
 */
import type { DocumentStyle } from './document-styles';
import type { DrawOp, MeasureFont } from './draw-ops';
import { printedLine, sizedRole } from './printed';
import { fitRuns } from './text-fit';

/** A receipt's centred header: the shop (two lines of 16 before the rest moves down), then kind, date and number. */
export const RECEIPT = {
  place: { baseline: 44, size: 16, min: 12, leading: 1.25, lines: 2 },
  meta: { baseline: 92, size: 12, min: 9, leading: 1.5 },
  titleTop: 182,
} as const;

export interface ReceiptTopInput {
  readonly place?: string;
  readonly date?: string;
  /** The document's number as printed ("DOC 003"). */
  readonly docNumber: string;
}

/** The shop, then kind, date and number, centred, into `ops`. Returns how far the rest moves down. */
export function layoutReceiptTop(
  input: ReceiptTopInput,
  style: DocumentStyle,
  measure: MeasureFont,
  ops: DrawOp[],
): number {
  const centre = style.sheet.width / 2;
  const width = style.sheet.width - style.padding * 2;
  const { place, meta } = RECEIPT;
  const shop = input.place ?? style.title;
  const fitted = fitRuns(
    shop.toUpperCase(),
    { size: place.size, minSize: place.min, width, maxLines: place.lines },
    sizedRole(measure, 'monoBold'),
  );
  const step = Math.round(fitted.size * place.leading);
  fitted.lines.forEach((line, index) => {
    ops.push(
      ...printedLine(
        line,
        centre,
        place.baseline + index * step,
        { role: 'monoBold', size: fitted.size },
        'ink',
        shop,
        { align: 'center' },
      ),
    );
  });
  const planned = place.baseline + (place.lines - 1) * Math.round(place.size * place.leading);
  let shift = Math.max(0, place.baseline + (fitted.lines.length - 1) * step - planned);
  const line = `${style.title} \u00b7 ${input.date ?? ''} \u00b7 ${input.docNumber}`;
  const metaFit = fitRuns(line, { size: meta.size, minSize: meta.min, width }, sizedRole(measure, 'mono'));
  const metaStep = Math.round(metaFit.size * meta.leading);
  metaFit.lines.forEach((runs, index) => {
    ops.push(
      ...printedLine(
        runs,
        centre,
        meta.baseline + shift + index * metaStep,
        { role: 'mono', size: metaFit.size },
        'inkSoft',
        line,
        { align: 'center' },
      ),
    );
  });
  shift += (metaFit.lines.length - 1) * metaStep;
  return shift;
}
