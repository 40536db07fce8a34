/**
 * The builder that the body layouts share: it wraps text (redactions kept) with the injected
 * measure and places the lines as typed operations, each at its typewriter position, with the
 * carriage returns recorded. Pure.
 */

import type { ReportSlip } from '../../story/provenance';
import type { ColorRole, DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { parseRedactions, type Segment } from './redaction';
import { type Line, wrapSegments } from './text-fit';

/** What every body layout needs: the width it is set in and the type sizes. */
export interface LayoutOptions {
  readonly width: number;
  readonly bodySize: number;
  readonly lineHeight: number;
  readonly handSize: number;
  /** Message senders printed on the subject's side (the story's subject.senders). */
  readonly ownSenders?: readonly string[];
  /** The report's words, clipped after the text of a page that dramatizes them. */
  readonly slip?: ReportSlip | null;
}

export class Builder {
  readonly ops: DrawOp[] = [];
  readonly lineStarts: number[] = [];
  at = 0;
  y = 0;
  constructor(
    readonly options: LayoutOptions,
    readonly measure: MeasureFont,
  ) {}

  wrap(text: string | readonly Segment[], font: FontSpec, width: number, firstWidth?: number): Line[] {
    const segments = typeof text === 'string' ? parseRedactions(text) : text;
    return wrapSegments(
      segments,
      { width: Math.max(20, width), firstWidth: firstWidth === undefined ? undefined : Math.max(20, firstWidth) },
      (t) => this.measure(t, font),
    );
  }

  /** Place wrapped lines; the first line starts at firstX, the rest at x. Returns the last baseline. */
  placeLines(
    lines: readonly Line[],
    font: FontSpec,
    color: ColorRole,
    x: number,
    lineHeight: number,
    firstX = x,
  ): void {
    lines.forEach((line, index) => {
      const baseline = this.y + Math.round((lineHeight + font.size * 0.68) / 2);
      const left = index === 0 ? firstX : x;
      this.lineStarts.push(this.at);
      for (const run of line.runs) {
        if (run.redacted) {
          this.ops.push({
            type: 'bar',
            x: left + run.x - 1,
            y: baseline - Math.round(font.size * 0.8),
            width: run.width + 2,
            height: Math.round(font.size * 1.02),
            at: this.at,
            chars: run.text.length,
          });
        } else {
          this.ops.push({ type: 'text', x: left + run.x, y: baseline, text: run.text, font, color, at: this.at });
        }
        this.at += run.text.length;
      }
      this.y += lineHeight;
    });
  }

  /**
   * One typed line set against `x` (its right edge when `align` is right), redactions as bars:
   * an amount in a ledger's column. Returns its width.
   */
  typedLine(
    text: string,
    x: number,
    baseline: number,
    font: FontSpec,
    color: ColorRole,
    align: 'left' | 'right',
  ): number {
    const runs = parseRedactions(text);
    const widths = runs.map((run) => this.measure(run.text, font));
    const width = widths.reduce((sum, w) => sum + w, 0);
    let left = align === 'right' ? x - width : x;
    runs.forEach((run, index) => {
      const runWidth = widths[index] ?? 0;
      if (run.redacted) {
        this.ops.push({
          type: 'bar',
          x: left,
          y: baseline - Math.round(font.size * 0.8),
          width: runWidth,
          height: Math.round(font.size * 1.02),
          at: this.at,
          chars: run.text.length,
        });
      } else this.ops.push({ type: 'text', x: left, y: baseline, text: run.text, font, color, at: this.at });
      left += runWidth;
      this.at += run.text.length;
    });
    return width;
  }

  printed(text: string, x: number, font: FontSpec, color: ColorRole, align: 'left' | 'right' = 'left', lineHeight = 0) {
    const baseline = this.y + Math.round(((lineHeight || font.size * 1.4) + font.size * 0.68) / 2);
    this.ops.push({ type: 'text', x, y: baseline, text, font, color, at: 0, printed: true, align });
  }

  rule(x1: number, x2: number, y: number, weight = 1, color: ColorRole = 'rule', dash?: readonly number[], at = 0) {
    this.ops.push({ type: 'rule', x1, y1: y, x2, y2: y, weight, color, dash, at, printed: at === 0 });
  }
}
