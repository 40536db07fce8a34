/**
 * Printed parts of a form as draw operations: a line of text in one even stroke, a line of runs
 * whose [[redactions]] become marker bars, a rule. Shared by a sheet's header and its boarding
 * pass. Pure.
 */
import type { ColorRole, DrawOp, FontSpec, MeasureFont, TextAlign } from './draw-ops';
import type { Line, SizedMeasure } from './text-fit';

/** A redaction bar in printed text: it starts this share of the type size above the baseline… */
const BAR_RISE = 0.82;
/** …and is this share of the type size tall. */
const BAR_HEIGHT = 1.05;

export interface PrintOptions {
  readonly align?: TextAlign;
  readonly alpha?: number;
}

export function printedText(
  x: number,
  y: number,
  text: string,
  font: FontSpec,
  color: ColorRole,
  options: PrintOptions = {},
): DrawOp {
  return { type: 'text', x, y, text, font, color, at: 0, printed: true, plain: true, ...options };
}

/**
 * One wrapped line of runs on baseline `y`, aligned on `x`; redacted runs become bars whose
 * ragged edge is drawn from `seed`.
 */
export function printedLine(
  line: Line,
  x: number,
  y: number,
  font: FontSpec,
  color: ColorRole,
  seed: string,
  options: PrintOptions = {},
): DrawOp[] {
  const align = options.align ?? 'left';
  const only = line.runs[0];
  if (line.runs.length === 1 && only && !only.redacted) return [printedText(x, y, only.text, font, color, options)];
  const start = align === 'left' ? x : align === 'center' ? x - line.width / 2 : x - line.width;
  return line.runs.map(
    (run): DrawOp =>
      run.redacted
        ? {
            type: 'bar',
            x: start + run.x,
            y: y - font.size * BAR_RISE,
            width: run.width,
            height: font.size * BAR_HEIGHT,
            at: 0,
            chars: run.text.length,
            seed,
          }
        : printedText(start + run.x, y, run.text, font, color, { alpha: options.alpha }),
  );
}

export function printedRule(
  x1: number,
  x2: number,
  y: number,
  weight: number,
  color: ColorRole,
  options: { readonly alpha?: number; readonly dash?: readonly number[] } = {},
): DrawOp {
  return { type: 'rule', x1, y1: y, x2, y2: y, weight, color, at: 0, printed: true, ...options };
}

/** A font role's measure at any size, for text-fit. */
export function sizedRole(measure: MeasureFont, role: FontSpec['role']): SizedMeasure {
  return (text, size) => measure(text, { role, size });
}

/** The widest of some wrapped lines. */
export function widest(lines: readonly { readonly width: number }[]): number {
  return lines.reduce((max, line) => Math.max(max, line.width), 0);
}
