/**
 * Everything that differs between the kinds of document, in one table: the sheet and its
 * margins, its paper, the form printed on it, where the stamp lands, how the body sits, and the
 * kind's names (printed on the form, on the contents card, and spoken). Pure data, no Phaser.
 */
import type { DocumentKind } from '../../story/types';

/** The printed form above the body: a form header, one with a boarding pass, one framing a phone printout, or a till slip's centred header. */
export type HeaderVariant = 'form' | 'boarding-pass' | 'printout' | 'receipt';

export type StampPlace =
  /** Right-aligned `inset` from the sheet's edge, centred at `y`; the DATE/PLACE line stops `room` short of the right margin to clear it. */
  | { readonly align: 'right'; readonly inset: number; readonly y: number; readonly room: number }
  /** Centred across the sheet, `y` below the header's top (it moves down with a long header). */
  | { readonly align: 'center'; readonly y: number };

/** Insets of the body's viewport: from the padding at the sides, from the header above, from the sheet's bottom edge below. */
export interface ViewportInsets {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface DocumentStyle {
  /** The sheet, in design pixels. */
  readonly sheet: { readonly width: number; readonly height: number };
  /** Margin between the sheet's edges and everything printed or typed on it. */
  readonly padding: number;
  readonly paper: 'paper' | 'thermal';
  /** A till slip's toothed, torn edges. */
  readonly zigzag: boolean;
  /** A faint fold across the sheet. */
  readonly fold: boolean;
  /** Punched holes down the left edge: a notebook page. */
  readonly holes: boolean;
  readonly header: HeaderVariant;
  /** The file reference and page number printed at the foot. */
  readonly pageFoot: boolean;
  readonly stamp: StampPlace;
  /** Left edge of the paper clip that holds the sheet in the file. */
  readonly clipX: number;
  /** The body's type: the theme's size plus `delta`, never under `min`. */
  readonly bodySize: { readonly delta: number; readonly min: number };
  /** From the title's last line to the body. */
  readonly bodyGap: number;
  readonly viewport: ViewportInsets;
  /** Kept free between the body's text and the scrollbar. */
  readonly gutter: number;
  /** From the scrollbar's track to the sheet's right edge. */
  readonly scrollbarInset: number;
  /** The kind as the form prints it. */
  readonly title: string;
  /**
   * A band at the top of a narrow sheet where the stamp lands, everything printed pushed below
   * it (a phone's sheet has no room for the stamp beside the fields).
   */
  readonly stampBand?: number;
  /** The kind on the contents card, in at most eight characters. */
  readonly short: string;
  /** The kind as a screen reader says it. */
  readonly label: string;
}

type Names = 'title' | 'short' | 'label';

/** Letter-size paper with a form header: most kinds. */
const FORM: Omit<DocumentStyle, Names> = {
  sheet: { width: 600, height: 644 },
  padding: 46,
  paper: 'paper',
  zigzag: false,
  fold: true,
  holes: false,
  header: 'form',
  pageFoot: true,
  stamp: { align: 'right', inset: 20, y: 64, room: 236 },
  clipX: 16,
  bodySize: { delta: 0, min: 0 },
  bodyGap: 22,
  // 6 on the right leaves the scrollbar's track its own column.
  viewport: { left: 0, right: 6, top: 0, bottom: 34 },
  gutter: 10,
  scrollbarInset: 24,
};

/** A narrow thermal till slip, its header centred, in slightly smaller type. */
const RECEIPT: Omit<DocumentStyle, Names> = {
  sheet: { width: 380, height: 640 },
  padding: 30,
  paper: 'thermal',
  zigzag: true,
  fold: false,
  holes: false,
  header: 'receipt',
  pageFoot: false,
  stamp: { align: 'center', y: 140 },
  clipX: 12,
  bodySize: { delta: -1, min: 14 },
  bodyGap: 28,
  viewport: { left: 0, right: 0, top: 0, bottom: 34 },
  gutter: 0,
  scrollbarInset: 14,
};

export const DOCUMENT_STYLES: Readonly<Record<DocumentKind, DocumentStyle>> = {
  memo: { ...FORM, title: 'MEMORANDUM', short: 'MEMO', label: 'Memo' },
  invoice: { ...FORM, title: 'INVOICE', short: 'INVOICE', label: 'Invoice' },
  transcript: { ...FORM, title: 'TRANSCRIPT', short: 'TRANSCR.', label: 'Transcript' },
  'travel-record': {
    ...FORM,
    header: 'boarding-pass',
    bodyGap: 18,
    title: 'TRAVEL RECORD',
    short: 'TRAVEL',
    label: 'Travel record',
  },
  'surveillance-log': { ...FORM, title: 'SURVEILLANCE LOG', short: 'SURVEIL.', label: 'Surveillance log' },
  message: {
    ...FORM,
    header: 'printout',
    // The phone's frame sits inside the margins, with its caption band above the bubbles.
    viewport: { left: 14, right: 14, top: 34, bottom: 46 },
    title: 'MESSAGES \u2014 PRINTOUT',
    short: 'MESSAGES',
    label: 'Message',
  },
  receipt: { ...RECEIPT, title: 'RECEIPT', short: 'RECEIPT', label: 'Receipt' },
  'interview-note': { ...FORM, holes: true, title: 'INTERVIEW NOTES', short: 'NOTES', label: 'Interview note' },
};

/** Narrower than this, a form's margins shrink and its stamp gets a band of its own. */
const NARROW = { width: 500, padding: 22, band: 70, stampY: 42, inset: 16 } as const;

/** A kind's style on a sheet of another size: everything else is laid out from the width. */
export function sizedStyle(
  style: DocumentStyle,
  sheet: { readonly width: number; readonly height: number },
): DocumentStyle {
  const sized = { ...style, sheet: { width: Math.round(sheet.width), height: Math.round(sheet.height) } };
  if (sheet.width >= NARROW.width || style.header === 'receipt') return sized;
  return {
    ...sized,
    padding: Math.min(style.padding, NARROW.padding),
    stamp: { align: 'right', inset: NARROW.inset, y: NARROW.stampY, room: 0 },
    stampBand: NARROW.band,
  };
}

/** The body's type size for a kind, from the theme's. */
export function bodySizeFor(style: DocumentStyle, themeSize: number): number {
  return Math.max(style.bodySize.min, themeSize + style.bodySize.delta);
}

/** The body's viewport left edge and width, and the width its text is set in (short of the scrollbar). */
export function bodyColumn(style: DocumentStyle): {
  readonly x: number;
  readonly width: number;
  readonly textWidth: number;
} {
  const x = style.padding + style.viewport.left;
  const width = style.sheet.width - style.padding * 2 - style.viewport.left - style.viewport.right;
  return { x, width, textWidth: width - style.gutter };
}
