/**
 * How tall a document must be to hold all of itself at a given width, with its printed form
 * flowing above the body (a compact stage's sheet): the ending on a phone shows its last
 * document whole, in a page that scrolls, rather than a sheet that scrolls inside a page that
 * scrolls. The same sums as the flowing DocumentSheet makes (widgets/document-sheet.ts), pure.
 */

import type { ReportSlip } from '../../story/provenance';
import type { DocumentKind } from '../../story/types';
import { layoutDocument } from './document';
import { bodyColumn, bodySizeFor, DOCUMENT_STYLES, sizedStyle } from './document-styles';
import type { MeasureFont } from './draw-ops';
import { layoutHeader } from './header';

export interface WholeSheetInput {
  readonly kind: DocumentKind;
  readonly body: string;
  /** The report's words clipped after the text, as the sheet lays them. */
  readonly slip?: ReportSlip | null;
  readonly width: number;
  readonly header: {
    readonly caseNumber: string;
    readonly subject: string;
    readonly index: number;
    readonly passageId: string;
    readonly title: string;
    readonly date?: string;
    readonly place?: string;
  };
  readonly ownSenders: readonly string[];
  readonly type: {
    readonly bodySize: number;
    readonly lineHeight: number;
    readonly handSize: number;
    readonly boldFace: boolean;
    readonly highContrast: boolean;
  };
}

/** A first guess at the sheet's height, only to find where its body starts. */
const PROBE_HEIGHT = 600;

export function wholeSheetHeight(input: WholeSheetInput, measure: MeasureFont): number {
  const style = sizedStyle(DOCUMENT_STYLES[input.kind], { width: input.width, height: PROBE_HEIGHT });
  const body = layoutDocument(
    input.kind,
    input.body,
    {
      width: bodyColumn(style).textWidth,
      bodySize: bodySizeFor(style, input.type.bodySize),
      lineHeight: input.type.lineHeight,
      handSize: input.type.handSize,
      ownSenders: input.ownSenders,
      slip: input.slip ?? null,
    },
    measure,
  );
  const header = layoutHeader(
    {
      ...input.header,
      style,
      kind: input.kind,
      bodySize: input.type.bodySize,
      bodyHeight: body.height,
      boldFace: input.type.boldFace,
      highContrast: input.type.highContrast,
    },
    measure,
  );
  const bottom = style.sheet.height - header.viewport.y - header.viewport.height;
  return Math.ceil(header.viewport.y + body.height + bottom);
}
