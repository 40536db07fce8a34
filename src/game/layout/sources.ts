/**
 * The Sources view laid out as drawing operations (pure), from the story's metadata: the facts
 * it stages, each with where it stands in the source and the source's own words attributed to
 * whoever makes the claims, then what can and cannot be checked, what the game invents, and the
 * source itself. A part the story has nothing for is left out.
 */
import type { StoryMeta } from '../../story/types';
import { factRange } from '../story-words';
import type { DocumentLayout } from './document';
import type { DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { wrapText } from './text-fit';

/** "report, paragraph 8" as the start of a sentence. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SourcesOptions {
  readonly width: number;
  readonly bodySize: number;
  readonly lineHeight: number;
}

export function layoutSources(meta: StoryMeta, options: SourcesOptions, measure: MeasureFont): DocumentLayout {
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
  const { source, facts, notes } = meta;
  if (source.outlet) {
    text(
      `Every claim in this game's red stamps comes from one source: ${source.claimant}, as relayed by ${source.outlet} in "${source.headline}". None of it can be independently verified.`,
      0,
      body,
      'ink',
      width,
    );
  }
  if (facts.length > 0) heading(`ALLEGATIONS ${factRange({ meta })}, AS THE REPORT RELAYS THEM`);
  const column = Math.round(Math.max(0, ...facts.map((fact) => measure(fact.id, id)))) + 18;
  const by = source.claimantShort ? `The ${source.claimantShort}, via the report` : 'The report';
  /** A mark in the left margin of the line about to be written: a fact's id, a dash. */
  const mark = (x: number, t: string, font: FontSpec, color: 'margin' | 'inkSoft') => {
    const baseline = y + Math.round((lineHeight + font.size * 0.68) / 2);
    ops.push({ type: 'text', x, y: baseline, text: t, font, color, at: 0, printed: true });
  };
  for (const allegation of facts) {
    mark(0, allegation.id, id, 'margin');
    text(allegation.summary, column, body, 'ink', width - column);
    const quoted = allegation.quote ? ` ${by}: \u201c${allegation.quote}\u201d` : '';
    text(`${sentence(allegation.where)}.${quoted}`, column, soft, 'inkSoft', width - column);
    y += 8;
  }
  const bullets = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    heading(title);
    for (const item of items) {
      mark(4, '\u2014', body, 'inkSoft');
      text(item, 30, body, 'ink', width - 30);
      y += 4;
    }
  };
  bullets('VERIFIABLE', notes.verifiable);
  bullets('UNVERIFIABLE', notes.unverifiable);
  bullets('INVENTED BY THE GAME', notes.invented);
  if (source.outlet) {
    heading('REPORT');
    text(`${source.outlet}: "${source.headline}"`, 0, body, 'ink', width);
    text(`Claims made by ${source.claimant}. ${source.response}`.trim(), 0, soft, 'inkSoft', width);
  }
  y += lineHeight;
  return { kind: 'memo', ops, height: y, totalChars: 0, lineStarts: [], ruled: null, width };
}
