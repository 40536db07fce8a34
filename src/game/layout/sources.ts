/**
 * The Sources view laid out as drawing operations (pure): allegations F1-F13 with their
 * short quotes attributed to the MSS via the report, then what can and cannot be checked,
 * what the game invents, and the report itself.
 */
import type { DocumentLayout } from './document';
import type { DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { wrapText } from './text-fit';

export interface SourcesInput {
  readonly allegations: ReadonlyArray<{ readonly id: string; readonly summary: string; readonly quote?: string }>;
  readonly verifiable: readonly string[];
  readonly unverifiable: readonly string[];
  readonly invented: readonly string[];
  readonly report: { readonly outlet: string; readonly headline: string; readonly claimant: string };
}

export interface SourcesOptions {
  readonly width: number;
  readonly bodySize: number;
  readonly lineHeight: number;
}

export function layoutSources(input: SourcesInput, options: SourcesOptions, measure: MeasureFont): DocumentLayout {
  const ops: DrawOp[] = [];
  const { width, bodySize, lineHeight } = options;
  const body: FontSpec = { role: 'body', size: bodySize };
  const soft: FontSpec = { role: 'body', size: Math.round(bodySize * 0.92) };
  const head: FontSpec = { role: 'monoBold', size: Math.round(bodySize * 0.8) };
  const id: FontSpec = { role: 'monoBold', size: Math.round(bodySize * 0.9) };
  let y = 0;
  const text = (
    t: string,
    x: number,
    font: FontSpec,
    color: 'ink' | 'inkSoft' | 'margin',
    w: number,
    lh = lineHeight,
  ) => {
    for (const line of wrapText(t, { width: w }, (s) => measure(s, font))) {
      const baseline = y + Math.round((lh + font.size * 0.68) / 2);
      for (const run of line.runs) {
        ops.push({ type: 'text', x: x + run.x, y: baseline, text: run.text, font, color, at: 0, printed: true });
      }
      y += lh;
    }
  };
  const heading = (title: string) => {
    y += Math.round(lineHeight * 0.6);
    text(title, 0, head, 'inkSoft', width, Math.round(lineHeight * 1.1));
    ops.push({ type: 'rule', x1: 0, y1: y, x2: width, y2: y, weight: 1.2, color: 'ink', at: 0, printed: true });
    y += 10;
  };
  const { report } = input;
  text(
    `Every claim in this game's red stamps comes from one source: ${report.claimant}, as relayed by ${report.outlet} in "${report.headline}". None of it can be independently verified.`,
    0,
    body,
    'ink',
    width,
  );
  heading('ALLEGATIONS F1\u2013F13, AS THE REPORT RELAYS THEM');
  const column = Math.round(measure('F13', id)) + 18;
  for (const allegation of input.allegations) {
    const top = y;
    ops.push({
      type: 'text',
      x: 0,
      y: top + Math.round((lineHeight + id.size * 0.68) / 2),
      text: allegation.id,
      font: id,
      color: 'margin',
      at: 0,
      printed: true,
    });
    text(allegation.summary, column, body, 'ink', width - column);
    if (allegation.quote) {
      text(`The MSS, via the report: \u201c${allegation.quote}\u201d`, column, soft, 'inkSoft', width - column);
    }
    y += 8;
  }
  const bullets = (title: string, items: readonly string[]) => {
    heading(title);
    for (const item of items) {
      const top = y;
      ops.push({
        type: 'text',
        x: 4,
        y: top + Math.round((lineHeight + body.size * 0.68) / 2),
        text: '\u2014',
        font: body,
        color: 'inkSoft',
        at: 0,
        printed: true,
      });
      text(item, 30, body, 'ink', width - 30);
      y += 4;
    }
  };
  bullets('VERIFIABLE', input.verifiable);
  bullets('UNVERIFIABLE', input.unverifiable);
  bullets('INVENTED BY THE GAME', input.invented);
  heading('REPORT');
  text(`${report.outlet}: "${report.headline}"`, 0, body, 'ink', width);
  text(`Claims made by ${report.claimant}. The British government had not commented.`, 0, soft, 'inkSoft', width);
  y += lineHeight;
  return { kind: 'memo', ops, height: y, totalChars: 0, lineStarts: [], ruled: null, width };
}
