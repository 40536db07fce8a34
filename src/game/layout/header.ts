/**
 * The printed form of a document sheet, laid out as draw operations: the clip and a notebook's
 * punched holes; the file line, the kind's title, DATE and PLACE beside the stamp (the place on
 * a line of its own when they do not fit), the double rule; the boarding pass of a travel
 * record; the wrapped title with its underline; the frame of a phone printout; a receipt's
 * centred header; the page foot, its page number clear of the scroll hint. It returns the ops
 * and the viewport the body is typed into. Pure, with the measure injected; the case number and
 * the subject's name are inputs, so no story text lives here.
 */
import type { DocumentKind } from '../../story/types';
import { layoutBoardingPass, seatIn } from './boarding-pass';
import { bodyColumn, DOCUMENT_STYLES, type DocumentStyle } from './document-styles';
import type { DrawOp, FontSpec, MeasureFont, Rect } from './draw-ops';
import { printedLine, printedRule, printedText, sizedRole, widest } from './printed';
import { layoutPrintoutFrame } from './printout-frame';
import { layoutReceiptTop, RECEIPT } from './receipt-header';
import { fitRuns, fitText, wrapLines } from './text-fit';
import { scaledTable, textScale } from './type-scale';

export interface HeaderInput {
  readonly kind: DocumentKind;
  /** The case file's number, printed on the file line. */
  readonly caseNumber: string;
  /** The subject's name as forms print it (the boarding pass's passenger). */
  readonly subject: string;
  /** The document's place in the file, from 1. */
  readonly index: number;
  /** The passage's id: it seeds the barcode's bars, and is never printed. */
  readonly passageId: string;
  readonly title: string;
  /** The passage's body, where a form finds details the text gives (a boarding pass's seat). */
  readonly body?: string;
  readonly date?: string;
  readonly place?: string;
  /** The theme's body size: the title is set a little larger. */
  readonly bodySize: number;
  /** The body's height as laid out, to know whether it scrolls. */
  readonly bodyHeight: number;
  /** Whether the body's face has a bold of its own; if not, the title is struck twice. */
  readonly boldFace: boolean;
  /** In high contrast there are no punched holes: on white paper they read as blots. */
  readonly highContrast: boolean;
  /** The kind's style cut to another sheet size (a phone's); the kind's own by default. */
  readonly style?: DocumentStyle;
}

export interface SheetHeader {
  readonly ops: readonly DrawOp[];
  /** Where the body is typed, and how tall it may be before it scrolls. */
  readonly viewport: Rect;
  readonly scrollable: boolean;
  /** Left edge of the scrollbar's track. */
  readonly scrollbarX: number;
  /** "More below", right-aligned at `right` on `baseline`, while the body is not scrolled to its end. */
  readonly scrollHint: {
    readonly text: string;
    readonly font: FontSpec;
    readonly right: number;
    readonly baseline: number;
  };
  /** Where the stamp rests: its centre (`center`), or its right edge and centre line (`right`). */
  readonly stamp: { readonly x: number; readonly y: number; readonly align: 'right' | 'center' };
}

const SCROLL_HINT = 'MORE \u2193  scroll, drag or \u2193 key';
const SCROLL_HINT_FONT: FontSpec = { role: 'monoBold', size: 11 };

const CLIP_TOP = -20;
/** A notebook page's holes: their centre's distance from the left edge, radius, and the top and bottom holes' distance from the edges. */
const HOLES = { x: 18, radius: 7, margin: 90 } as const;

/** The form header's lines, as baselines from the sheet's top, and the gaps between its parts. */
const FORM = {
  fileLine: 34,
  kindTitle: 66,
  fields: 90,
  /** From one line of DATE/PLACE to the next. */
  fieldLine: 18,
  /** From a label to its value, and from one field to the next. */
  labelGap: 7,
  fieldGap: 22,
  /** The double rule under the last line of fields: its two strokes' drops and weights. */
  rules: [
    { drop: 12, weight: 2 },
    { drop: 16, weight: 0.8 },
  ],
  /** From the last line of fields to the title's top, or to the boarding pass's. */
  titleDrop: 24,
  passDrop: 26,
  /** From the boarding pass's bottom to the title's top. */
  passGap: 8,
} as const;
const FILE_FONT: FontSpec = { role: 'monoBold', size: 11 };
/** The smallest the file line may shrink to. */
const FILE_MIN = 8;
const KIND_FONT: FontSpec = { role: 'bodyBold', size: 25 };
const LABEL_FONT: FontSpec = { role: 'monoBold', size: 10 };
/** DATE and PLACE values: 12, and as small as 10 before they wrap. */
const VALUE = { size: 12, min: 10 } as const;

/** The title: a share larger than the body, its leading, the underline's drop, weight and strength, and the second strike's offset. */
const TITLE = { scale: 1.12, leading: 1.3, ruleDrop: 10, ruleWeight: 0.8, ruleAlpha: 0.35, strike: 0.6 } as const;

/**
 * The page foot: its baseline above the sheet's bottom; the least room either side of the page
 * number; where the scroll hint ends, past the scrollbar's track; the reference's type, from 10
 * down to 8, and its leading should it ever need two lines.
 */
const FOOT = { baseline: 14, pageRoom: 24, hintOverhang: 6, size: 10, min: 8 } as const;
const FOOT_LEADING = 1.2;
/** Faded, as a form's small print is, and still 4.5:1 against the paper (test/unit/game/contrast.test.ts). */
export const FOOT_ALPHA = 0.72;

/** The document's number as forms print it: DOC 007. */
function docNumber(index: number): string {
  return `DOC ${String(index).padStart(3, '0')}`;
}

/** The form's type at the normal text size; every size and distance grows with the text size. */
const TYPE = {
  file: FILE_FONT,
  fileMin: FILE_MIN,
  kind: KIND_FONT,
  label: LABEL_FONT,
  value: VALUE,
  hint: SCROLL_HINT_FONT,
} as const;

interface Flow {
  readonly input: HeaderInput;
  /** The form's numbers at the text size. */
  readonly form: typeof FORM;
  readonly type: typeof TYPE;
  readonly foot: typeof FOOT;
  readonly style: DocumentStyle;
  readonly measure: MeasureFont;
  readonly ops: DrawOp[];
}

/** Text without its redaction marks, to judge its width. */
const unmarked = (text: string) => text.replace(/\[\[|\]\]/g, '');

/** DATE and PLACE beside the stamp, or the place on a line of its own. Returns the last line's baseline. */
function layoutFields(flow: Flow): number {
  const { input, style, measure, ops, form, type } = flow;
  const pad = style.padding;
  const width = style.sheet.width;
  const stampRoom = style.stamp.align === 'right' ? style.stamp.room : 0;
  const fields = (
    [
      ['DATE', input.date],
      ['PLACE', input.place],
    ] as const
  ).filter((field): field is readonly ['DATE' | 'PLACE', string] => Boolean(field[1]));
  const besideWidth = fields.reduce(
    (sum, [label, value], index) =>
      sum +
      measure(label, type.label) +
      form.labelGap +
      measure(unmarked(value), { role: 'mono', size: type.value.size }) +
      (index < fields.length - 1 ? form.fieldGap : 0),
    0,
  );
  const placeOwnLine = Boolean(input.place) && besideWidth > width - pad * 2 - stampRoom;
  let baseline: number = form.fields;
  let last: number = form.fields;
  let cx = pad;
  let besideStamp = true;
  for (const [label, value] of fields) {
    if (label === 'PLACE' && placeOwnLine) {
      baseline = last + form.fieldLine;
      cx = pad;
      besideStamp = false;
    }
    ops.push(printedText(cx, baseline, label, type.label, 'inkSoft'));
    cx += measure(label, type.label) + form.labelGap;
    const room = Math.max(form.fieldGap, (besideStamp ? width - pad - stampRoom : width - pad) - cx);
    const fitted = fitRuns(
      value,
      { size: type.value.size, minSize: type.value.min, width: room },
      sizedRole(measure, 'mono'),
    );
    const font: FontSpec = { role: 'mono', size: fitted.size };
    fitted.lines.forEach((line, index) => {
      ops.push(...printedLine(line, cx, baseline + index * form.fieldLine, font, 'ink', value));
    });
    last = Math.max(last, baseline + (fitted.lines.length - 1) * form.fieldLine);
    cx += widest(fitted.lines) + form.fieldGap;
  }
  return last;
}

/** The file line, the kind's title, the fields and the double rule. Returns the last field line's baseline. */
function layoutFormTop(flow: Flow): number {
  const { input, style, measure, ops, form, type } = flow;
  const pad = style.padding;
  const room = style.sheet.width - pad * 2 - (style.stamp.align === 'right' ? style.stamp.room : 0);
  const fileLine = fitText(
    `FILE ${input.caseNumber}  \u00b7  ${docNumber(input.index)}`,
    { size: type.file.size, minSize: type.fileMin, width: room },
    sizedRole(measure, type.file.role),
  );
  // A case number too long for one line even in small type stacks upward, its last line on the file line.
  fileLine.lines.forEach((line, index) => {
    ops.push(
      printedText(
        pad,
        form.fileLine - (fileLine.lines.length - 1 - index) * fileLine.size,
        line,
        { ...type.file, size: fileLine.size },
        'inkSoft',
      ),
    );
  });
  // The kind's name on one line: smaller, not cut, on a narrow sheet in large type.
  const kindRoom = style.sheet.width - pad * 2 - (style.stamp.align === 'right' ? style.stamp.room : 0);
  const kind = fitText(
    style.title,
    { size: type.kind.size, minSize: Math.round(type.kind.size * 0.6), width: kindRoom },
    sizedRole(measure, type.kind.role),
  );
  ops.push(printedText(pad, form.kindTitle, style.title, { ...type.kind, size: kind.size }, 'ink'));
  const last = layoutFields(flow);
  for (const rule of form.rules)
    ops.push(printedRule(pad, style.sheet.width - pad, last + rule.drop, rule.weight, 'ink'));
  return last;
}

/** The title in capitals, every line of it, and its underline. Returns the title's height (its lines). */
function layoutTitle(flow: Flow, top: number, centred: boolean): number {
  const { input, style, measure, ops } = flow;
  const pad = style.padding;
  const width = style.sheet.width - pad * 2;
  const size = Math.round(input.bodySize * TITLE.scale);
  const font: FontSpec = { role: 'bodyBold', size };
  const lineHeight = Math.round(size * TITLE.leading);
  const lines = wrapLines(input.title.toUpperCase(), width, (text) => measure(text, font));
  const x = centred ? pad + width / 2 : pad;
  const align = centred ? 'center' : 'left';
  lines.forEach((line, index) => {
    const y = top + size + index * lineHeight;
    ops.push(printedText(x, y, line, font, 'ink', { align }));
    // A face with no bold is struck twice, as a typist would.
    if (!input.boldFace) ops.push(printedText(x + TITLE.strike, y, line, font, 'ink', { align }));
  });
  const underline = top + size + (Math.max(1, lines.length) - 1) * lineHeight + TITLE.ruleDrop;
  ops.push(
    printedRule(pad, pad + width, underline, TITLE.ruleWeight, 'ink', {
      alpha: TITLE.ruleAlpha,
      dash: centred ? [4, 3] : undefined,
    }),
  );
  return lines.length * lineHeight;
}

/** The file's reference and the page number at the foot; the number is dropped rather than crowd the scroll hint. */
function layoutFoot(flow: Flow, scrollable: boolean, hint: SheetHeader['scrollHint']) {
  const { input, style, measure, ops, foot } = flow;
  const pad = style.padding;
  const width = style.sheet.width;
  const baseline = style.sheet.height - foot.baseline;
  const font: FontSpec = { role: 'mono', size: foot.size };
  const page = `PAGE ${input.index}`;
  const pageWidth = measure(page, font);
  const hintStart = hint.right - measure(hint.text, hint.font);
  const end = scrollable ? hintStart - foot.pageRoom : width - pad - pageWidth - foot.pageRoom;
  const id = fitText(
    `FILE ${input.caseNumber}`,
    { size: foot.size, minSize: foot.min, width: end - pad },
    sizedRole(measure, 'mono'),
  );
  // A reference too long even in small type stacks upward, its last line on the foot's baseline.
  id.lines.forEach((line, index) => {
    const y = baseline - (id.lines.length - 1 - index) * Math.round(id.size * FOOT_LEADING);
    ops.push(printedText(pad, y, line, { role: 'mono', size: id.size }, 'ink', { alpha: FOOT_ALPHA }));
  });
  if (!scrollable) {
    ops.push(printedText(width - pad, baseline, page, font, 'ink', { align: 'right', alpha: FOOT_ALPHA }));
    return;
  }
  // The bottom right holds the scroll hint: the page number sits between it and the reference, clear of both.
  const idEnd = pad + widest(id.lines.map((line) => ({ width: measure(line, { role: 'mono', size: id.size }) })));
  if (hintStart - idEnd >= pageWidth + foot.pageRoom) {
    ops.push(printedText((idEnd + hintStart) / 2, baseline, page, font, 'ink', { align: 'center', alpha: FOOT_ALPHA }));
  }
}

/** An operation moved `dy` down the sheet. */
function shifted(op: DrawOp, dy: number): DrawOp {
  return op.type === 'rule' ? { ...op, y1: op.y1 + dy, y2: op.y2 + dy } : { ...op, y: op.y + dy };
}

export function layoutHeader(input: HeaderInput, measure: MeasureFont): SheetHeader {
  const style = input.style ?? DOCUMENT_STYLES[input.kind];
  const { width, height } = style.sheet;
  const scale = textScale(input.bodySize);
  const flow: Flow = {
    input,
    style,
    measure,
    ops: [],
    form: scaledTable(FORM, scale),
    type: scaledTable(TYPE, scale),
    foot: scaledTable(FOOT, scale),
  };
  const { ops } = flow;
  ops.push({ type: 'clip', x: style.clipX, y: CLIP_TOP });
  if (style.holes && !input.highContrast) {
    for (const y of [HOLES.margin, height / 2, height - HOLES.margin]) {
      ops.push({ type: 'hole', x: HOLES.x, y, radius: HOLES.radius });
    }
  }
  let bodyTop: number;
  let stamp: SheetHeader['stamp'];
  if (style.header === 'receipt') {
    const shift = layoutReceiptTop({ ...input, docNumber: docNumber(input.index) }, style, measure, ops);
    const titleTop = RECEIPT.titleTop + shift;
    bodyTop = titleTop + layoutTitle(flow, titleTop, true) + style.bodyGap;
    stamp = { x: width / 2, y: style.stamp.y + shift, align: 'center' };
  } else {
    const formStart = ops.length;
    const last = layoutFormTop(flow);
    let titleTop = last + flow.form.titleDrop;
    if (style.header === 'boarding-pass') {
      const top = last + flow.form.passDrop;
      const pass = layoutBoardingPass(
        {
          x: style.padding,
          y: top,
          width: width - style.padding * 2,
          passenger: input.subject,
          date: input.date,
          place: input.place,
          seat: seatIn(input.body ?? ''),
          reference: `${input.caseNumber}  \u00b7  ${docNumber(input.index)}`,
          seed: input.passageId,
          scale,
        },
        measure,
      );
      ops.push(...pass.ops);
      titleTop = top + pass.height + flow.form.passGap;
    }
    bodyTop = titleTop + layoutTitle(flow, titleTop, false) + style.bodyGap;
    stamp =
      style.stamp.align === 'right'
        ? { x: width - style.stamp.inset, y: style.stamp.y, align: 'right' }
        : { x: width / 2, y: style.stamp.y, align: 'center' };
    if (style.stampBand) {
      // The form moves down under the stamp's own band.
      const band = style.stampBand;
      ops.splice(formStart, ops.length - formStart, ...ops.slice(formStart).map((op) => shifted(op, band)));
      bodyTop += band;
    }
  }
  const column = bodyColumn(style);
  const top = bodyTop + style.viewport.top;
  const viewport: Rect = { x: column.x, y: top, width: column.width, height: height - top - style.viewport.bottom };
  if (style.header === 'printout') ops.push(...layoutPrintoutFrame(viewport, input.date, measure));
  const scrollable = input.bodyHeight > viewport.height;
  const scrollbarX = width - style.scrollbarInset;
  const scrollHint = {
    text: SCROLL_HINT,
    font: flow.type.hint,
    right: scrollbarX + flow.foot.hintOverhang,
    baseline: height - flow.foot.baseline,
  };
  if (style.pageFoot) layoutFoot(flow, scrollable, scrollHint);
  return { ops, viewport, scrollable, scrollbarX, scrollHint, stamp };
}
