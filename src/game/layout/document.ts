/**
 * A passage body laid out as a list of drawing operations, per document kind, on one grid.
 * Pure: the painter in widgets/ turns the operations into pixels; tests use a fake measure.
 *
 * Every typed operation carries `at`, the typewriter position (in characters) where it
 * starts; printed parts of the form (column heads, rules) carry `printed: true` and show at once.
 */
import type { DocumentKind } from '../../story/types';
import { type ParsedBody, parseBody } from './body';
import { Builder, type LayoutOptions } from './builder';
import type { DrawOp, FontSpec, MeasureFont } from './draw-ops';
import { parseRedactions } from './redaction';
import { layoutReportSlip } from './report-slip';

export interface DocumentLayout {
  readonly kind: DocumentKind;
  readonly ops: readonly DrawOp[];
  readonly height: number;
  /** Characters to type in all. */
  readonly totalChars: number;
  /** Typewriter positions where a new line begins (carriage returns). */
  readonly lineStarts: readonly number[];
  /** Lined paper (interview notes): rule spacing and the first rule's y. */
  readonly ruled: { readonly spacing: number; readonly first: number } | null;
  /** Width the body should be drawn in (receipts are narrow). */
  readonly width: number;
}

function layoutParagraphs(b: Builder, paragraphs: readonly string[], font: FontSpec, lineHeight: number, gap: number) {
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) b.y += gap;
    b.placeLines(b.wrap(paragraph, font, b.options.width), font, 'ink', 0, lineHeight);
  });
}

function layoutMemo(b: Builder, body: Extract<ParsedBody, { kind: 'memo' }>) {
  const { width, bodySize, lineHeight } = b.options;
  const body$ = { role: 'body', size: bodySize } as const;
  const label = { role: 'monoBold', size: Math.round(bodySize * 0.8) } as const;
  if (body.fields.length > 0) {
    const labelWidth = Math.max(...body.fields.map((f) => b.measure(`${f.label}:`, label))) + 18;
    for (const field of body.fields) {
      b.printed(`${field.label}:`, 0, label, 'inkSoft', 'left', lineHeight);
      b.placeLines(b.wrap(field.value, body$, width - labelWidth), body$, 'ink', labelWidth, lineHeight);
    }
    b.y += 8;
    b.rule(0, width, b.y, 1.5, 'ink');
    b.rule(0, width, b.y + 4, 0.75, 'ink');
    b.y += 18;
  }
  layoutParagraphs(b, body.paragraphs, body$, lineHeight, Math.round(lineHeight * 0.55));
}

function layoutTranscript(b: Builder, body: Extract<ParsedBody, { kind: 'transcript' }>) {
  const { width, bodySize, lineHeight } = b.options;
  const text = { role: 'body', size: bodySize } as const;
  const speaker = { role: 'bodyBold', size: bodySize } as const;
  const time = { role: 'mono', size: Math.round(bodySize * 0.72) } as const;
  const timeColumn = Math.round(b.measure('[00:00:00]', time)) + 14;
  const hasTimes = body.lines.some((l) => l.time !== null);
  const textLeft = hasTimes ? timeColumn : 0;
  const indent = textLeft + Math.round(bodySize * 1.4);
  body.lines.forEach((line, index) => {
    if (index > 0) b.y += Math.round(lineHeight * 0.35);
    if (line.time) {
      const stamp = `[${line.time}]`;
      const baseline = b.y + Math.round((lineHeight + time.size * 0.68) / 2);
      b.ops.push({ type: 'text', x: 0, y: baseline, text: stamp, font: time, color: 'inkSoft', at: b.at });
      b.at += stamp.length;
    }
    if (line.speaker) {
      const label = `${line.speaker.toUpperCase()}:`;
      const labelLines = b.wrap(label, speaker, width - textLeft);
      const labelWidth = (labelLines[0]?.width ?? 0) + b.measure(' ', text);
      const firstWidth = width - textLeft - labelWidth;
      const textLines = b.wrap(line.text, text, width - indent, firstWidth);
      const y = b.y;
      b.placeLines(labelLines.slice(0, 1), speaker, 'ink', textLeft, lineHeight);
      b.y = y;
      b.placeLines(textLines, text, 'ink', indent, lineHeight, textLeft + labelWidth);
      b.lineStarts.splice(b.lineStarts.length - textLines.length, 1);
    } else {
      b.placeLines(
        b.wrap(line.text, text, width - textLeft),
        { role: 'body', size: bodySize },
        'inkSoft',
        textLeft,
        lineHeight,
      );
    }
  });
}

function layoutLog(b: Builder, body: Extract<ParsedBody, { kind: 'surveillance-log' }>) {
  const { width, bodySize, lineHeight } = b.options;
  const text = { role: 'body', size: bodySize } as const;
  const time = { role: 'monoBold', size: Math.round(bodySize * 0.85) } as const;
  const head = { role: 'monoBold', size: Math.round(bodySize * 0.68) } as const;
  const column = Math.round(b.measure('00:00:00', time)) + 22;
  b.printed('TIME', 0, head, 'inkSoft', 'left', lineHeight * 0.9);
  b.printed('OBSERVATION', column + 8, head, 'inkSoft', 'left', lineHeight * 0.9);
  b.y += Math.round(lineHeight * 0.9);
  b.rule(0, width, b.y, 1.25, 'ink');
  const top = b.y;
  b.y += 6;
  for (const entry of body.entries) {
    if (entry.time) {
      const lineStart = b.y;
      b.lineStarts.push(b.at);
      const baseline = lineStart + Math.round((lineHeight + time.size * 0.68) / 2);
      b.ops.push({ type: 'text', x: 0, y: baseline, text: entry.time, font: time, color: 'ink', at: b.at });
      b.at += entry.time.length;
    }
    const lines = b.wrap(entry.text, text, width - column - 8);
    b.placeLines(lines, text, 'ink', column + 8, lineHeight);
    if (entry.time) b.lineStarts.splice(b.lineStarts.length - lines.length, 1);
    b.y += 4;
    b.rule(0, width, b.y, 0.6, 'rule', [2, 3]);
    b.y += 6;
  }
  b.ops.push({
    type: 'rule',
    x1: column,
    y1: top,
    x2: column,
    y2: b.y,
    weight: 0.75,
    color: 'rule',
    at: 0,
    printed: true,
  });
}

function layoutMessages(b: Builder, body: Extract<ParsedBody, { kind: 'message' }>) {
  const { width, bodySize } = b.options;
  const size = Math.round(bodySize * 0.94);
  const text = { role: 'body', size } as const;
  const name = { role: 'monoBold', size: Math.round(bodySize * 0.62) } as const;
  const lineHeight = Math.round(size * 1.4);
  const maxBubble = Math.round(width * 0.74);
  const padX = 14;
  const padY = 9;
  let previousSender: string | null | undefined;
  for (const bubble of body.bubbles) {
    const lines = b.wrap(bubble.text, text, maxBubble - padX * 2);
    const innerWidth = Math.max(...lines.map((l) => l.width), 24);
    const boxWidth = Math.ceil(innerWidth + padX * 2);
    const boxHeight = lines.length * lineHeight + padY * 2;
    const x = bubble.own ? width - boxWidth - 6 : 6;
    if (bubble.sender && bubble.sender !== previousSender) {
      b.y += 6;
      b.printed(
        bubble.sender.toUpperCase(),
        bubble.own ? width - 8 : 10,
        name,
        'inkSoft',
        bubble.own ? 'right' : 'left',
      );
      b.y += Math.round(name.size * 1.5);
    }
    previousSender = bubble.sender;
    b.ops.push({
      type: 'box',
      x,
      y: b.y,
      width: boxWidth,
      height: boxHeight,
      radius: 14,
      fill: bubble.own ? 'bubbleOwn' : 'bubble',
      stroke: 'rule',
      tail: bubble.own ? 'right' : 'left',
      at: b.at,
    });
    b.y += padY;
    b.placeLines(lines, text, 'ink', x + padX, lineHeight);
    b.y += padY + 10;
  }
}

/** An amount as wide as it is drawn: a redaction's bar is as wide as the words it hides. */
const plainAmount = (amount: string) =>
  parseRedactions(amount)
    .map((segment) => segment.text)
    .join('');

function layoutLedger(b: Builder, body: Extract<ParsedBody, { kind: 'invoice' | 'receipt' }>) {
  const { width, bodySize, lineHeight } = b.options;
  const receipt = body.kind === 'receipt';
  const text = receipt
    ? ({ role: 'mono', size: Math.round(bodySize * 0.88) } as const)
    : ({ role: 'body', size: bodySize } as const);
  const money = { role: receipt ? 'mono' : 'monoBold', size: Math.round(bodySize * (receipt ? 0.88 : 0.9)) } as const;
  const head = { role: 'monoBold', size: Math.round(bodySize * 0.68) } as const;
  const amounts = body.rows
    .flatMap((r) => (r.type === 'item' ? [r.amount] : []))
    .concat(body.total ? [body.total] : []);
  const amountWidth = Math.max(90, ...amounts.map((a) => b.measure(plainAmount(a), money))) + 16;
  const descWidth = width - amountWidth - 10;
  const rowHeight = receipt ? Math.round(lineHeight * 0.92) : lineHeight;
  if (!receipt) {
    b.printed('DESCRIPTION', 0, head, 'inkSoft', 'left', rowHeight);
    b.printed('AMOUNT', width, head, 'inkSoft', 'right', rowHeight);
    b.y += rowHeight;
    b.rule(0, width, b.y, 1.25, 'ink');
    b.y += 6;
  } else {
    b.rule(0, width, b.y, 1, 'ink', [4, 3]);
    b.y += 8;
  }
  for (const row of body.rows) {
    if (row.type === 'note') {
      b.placeLines(b.wrap(row.text, text, width), text, receipt ? 'ink' : 'inkSoft', 0, rowHeight);
      b.y += 4;
      continue;
    }
    const lines = b.wrap(receipt ? row.description.toUpperCase() : row.description, text, descWidth);
    const top = b.y;
    b.placeLines(lines, text, 'ink', 0, rowHeight);
    const baseline = top + Math.round((rowHeight + money.size * 0.68) / 2);
    b.typedLine(row.amount, width, baseline, money, 'ink', 'right');
    if (!receipt) {
      b.y += 3;
      b.rule(0, width, b.y, 0.5, 'rule');
      b.y += 4;
    }
  }
  if (body.total !== null) {
    b.y += 6;
    b.rule(receipt ? 0 : width - amountWidth, width, b.y, 1, 'ink', receipt ? [4, 3] : undefined);
    b.y += 6;
    const label = {
      role: receipt ? 'monoBold' : 'bodyBold',
      size: Math.round(bodySize * (receipt ? 1 : 1.02)),
    } as const;
    const total = { role: 'monoBold', size: Math.round(bodySize * (receipt ? 1.05 : 1)) } as const;
    const top = b.y;
    b.lineStarts.push(b.at);
    const baseline = top + Math.round((lineHeight + label.size * 0.68) / 2);
    b.ops.push({
      type: 'text',
      x: receipt ? 0 : descWidth - b.measure('TOTAL', label) - 12,
      y: baseline,
      text: 'TOTAL',
      font: label,
      color: 'ink',
      at: b.at,
    });
    b.at += 5;
    const totalWidth = b.typedLine(body.total, width, baseline, total, 'ink', 'right');
    b.y += lineHeight;
    // The total underlined twice.
    b.rule(width - totalWidth - 4, width + 2, b.y - 3, 1.4, 'ink', undefined, b.at);
    b.rule(width - totalWidth - 4, width + 2, b.y + 1, 1.4, 'ink', undefined, b.at);
    b.y += 10;
  }
}

function layoutInterview(b: Builder, paragraphs: readonly string[]) {
  const { handSize } = b.options;
  const font = { role: 'hand', size: handSize } as const;
  const spacing = Math.round(handSize * 1.28);
  b.y = Math.round(spacing * 0.15);
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) b.y += spacing;
    b.placeLines(b.wrap(paragraph, font, b.options.width - 10), font, 'ink', 6, spacing);
  });
}

export function layoutDocument(
  kind: DocumentKind,
  body: string,
  options: LayoutOptions,
  measure: MeasureFont,
): DocumentLayout {
  const parsed = parseBody(kind, body, options.ownSenders);
  const b = new Builder(options, measure);
  let ruled: DocumentLayout['ruled'] = null;
  switch (parsed.kind) {
    case 'memo':
      layoutMemo(b, parsed);
      break;
    case 'transcript':
      layoutTranscript(b, parsed);
      break;
    case 'surveillance-log':
      layoutLog(b, parsed);
      break;
    case 'message':
      layoutMessages(b, parsed);
      break;
    case 'invoice':
    case 'receipt':
      layoutLedger(b, parsed);
      break;
    case 'interview-note': {
      layoutInterview(b, parsed.paragraphs);
      const spacing = Math.round(options.handSize * 1.28);
      ruled = { spacing, first: Math.round(spacing * 0.15) + Math.round((spacing + options.handSize * 0.68) / 2) + 4 };
      break;
    }
    case 'travel-record':
      layoutParagraphs(
        b,
        parsed.paragraphs,
        { role: 'body', size: options.bodySize },
        options.lineHeight,
        Math.round(options.lineHeight * 0.55),
      );
      break;
  }
  if (options.slip) layoutReportSlip(b, options.slip);
  return {
    kind,
    ops: b.ops,
    height: Math.ceil(b.y + 4),
    totalChars: b.at,
    lineStarts: [...new Set(b.lineStarts)].sort((x, y) => x - y),
    ruled,
    width: options.width,
  };
}

/** How many characters the typewriter has typed after `elapsedMs` at `charsPerSecond`. */
export function typedChars(elapsedMs: number, charsPerSecond: number, total: number): number {
  if (!Number.isFinite(charsPerSecond)) return total;
  return Math.max(0, Math.min(total, Math.floor((elapsedMs / 1000) * charsPerSecond)));
}

/** Scroll offset clamped to the content. */
export function clampScroll(offset: number, contentHeight: number, viewportHeight: number): number {
  return Math.max(0, Math.min(offset, Math.max(0, contentHeight - viewportHeight)));
}

/** The scroll offset that keeps the typing position (a y in the content) in view. */
export function followScroll(current: number, cursorY: number, viewportHeight: number, contentHeight: number): number {
  const margin = viewportHeight * 0.2;
  let next = current;
  if (cursorY > current + viewportHeight - margin) next = cursorY - viewportHeight + margin;
  return clampScroll(next, contentHeight, viewportHeight);
}

/**
 * How far down the body the typing has got after `typed` characters: the bottom of the lowest
 * typed operation. Printed parts of the form (a phone printout's sender names, column heads)
 * show at once and are not typing, so they do not count.
 */
export function typingCursorY(layout: Pick<DocumentLayout, 'ops'>, typed: number): number {
  let y = 0;
  for (const op of layout.ops) {
    if (!('at' in op) || op.at > typed || op.type === 'rule') continue;
    if ((op.type === 'text' || op.type === 'box') && op.printed) continue;
    const bottom = op.type === 'text' ? op.y + 6 : op.y + op.height;
    if (bottom > y) y = bottom;
  }
  return y;
}
