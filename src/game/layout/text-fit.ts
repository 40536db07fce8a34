/**
 * Line layout: words (some of them redacted) wrapped into lines of runs, measured with a
 * function the caller provides (a canvas in the game, a fake in tests). Pure.
 */
import { parseRedactions, type Segment } from './redaction';

export type Measure = (text: string) => number;

export interface Run {
  readonly text: string;
  readonly redacted: boolean;
  /** Offset from the line's start. */
  readonly x: number;
  readonly width: number;
}

export interface Line {
  readonly runs: readonly Run[];
  readonly width: number;
  /** Characters in the line (redacted ones included), for the typewriter. */
  readonly chars: number;
}

interface Token {
  readonly text: string;
  readonly redacted: boolean;
  readonly space: boolean;
}

function tokenize(segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  for (const segment of segments) {
    for (const part of segment.text.split(/(\s+)/)) {
      if (part.length === 0) continue;
      tokens.push({ text: part, redacted: segment.redacted, space: /^\s+$/.test(part) });
    }
  }
  return tokens;
}

/** Split a word too long for a line into pieces that fit. */
function breakWord(token: Token, width: number, measure: Measure): Token[] {
  const pieces: Token[] = [];
  let current = '';
  for (const char of token.text) {
    if (current.length > 0 && measure(current + char) > width) {
      pieces.push({ ...token, text: current });
      current = '';
    }
    current += char;
  }
  if (current.length > 0) pieces.push({ ...token, text: current });
  return pieces;
}

function buildLine(tokens: readonly Token[], measure: Measure): Line {
  const trimmed = [...tokens];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.space) trimmed.pop();
  while (trimmed.length > 0 && trimmed[0]?.space && !trimmed[0]?.redacted) trimmed.shift();
  const runs: Run[] = [];
  let x = 0;
  let chars = 0;
  for (const token of trimmed) {
    const text = token.space ? ' ' : token.text;
    const width = measure(text);
    const last = runs[runs.length - 1];
    if (last && last.redacted === token.redacted) {
      runs[runs.length - 1] = { ...last, text: last.text + text, width: last.width + width };
    } else {
      runs.push({ text, redacted: token.redacted, x, width });
    }
    x += width;
    chars += text.length;
  }
  return { runs, width: x, chars };
}

export interface WrapOptions {
  /** Width of every line but the first. */
  readonly width: number;
  /** Width of the first line, when it starts after a label. Defaults to width. */
  readonly firstWidth?: number;
}

/** Wrap one paragraph (hard line breaks kept) into lines no wider than the given widths. */
export function wrapSegments(segments: readonly Segment[], options: WrapOptions, measure: Measure): Line[] {
  const result: Line[] = [];
  // Hard breaks: split the segments at "\n" first.
  const hardLines: Segment[][] = [[]];
  for (const segment of segments) {
    const parts = segment.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) hardLines.push([]);
      if (part.length > 0) hardLines[hardLines.length - 1]?.push({ text: part, redacted: segment.redacted });
    });
  }
  for (const hardLine of hardLines) {
    const tokens = tokenize(hardLine);
    let current: Token[] = [];
    let currentWidth = 0;
    const limit = () => (result.length === 0 ? (options.firstWidth ?? options.width) : options.width);
    const flush = () => {
      result.push(buildLine(current, measure));
      current = [];
      currentWidth = 0;
    };
    for (const token of tokens) {
      const width = measure(token.space ? ' ' : token.text);
      if (token.space) {
        if (current.length === 0 && !token.redacted) continue;
        current.push(token);
        currentWidth += width;
        continue;
      }
      if (currentWidth + width <= limit() || current.length === 0) {
        if (width > limit()) {
          const pieces = breakWord(token, limit(), measure);
          pieces.forEach((piece, index) => {
            if (index > 0) flush();
            current.push(piece);
            currentWidth += measure(piece.text);
          });
        } else {
          current.push(token);
          currentWidth += width;
        }
        continue;
      }
      flush();
      if (width > limit()) {
        const pieces = breakWord(token, limit(), measure);
        pieces.forEach((piece, index) => {
          if (index > 0) flush();
          current.push(piece);
          currentWidth += measure(piece.text);
        });
      } else {
        current.push(token);
        currentWidth = width;
      }
    }
    flush();
  }
  return result;
}

/** Wrap a text that may contain [[redactions]]. */
export function wrapText(text: string, options: WrapOptions, measure: Measure): Line[] {
  return wrapSegments(parseRedactions(text), options, measure);
}
