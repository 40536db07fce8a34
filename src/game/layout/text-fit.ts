/**
 * Fitting text into boxes, in one place for the whole game: word wrap (plain lines, or lines
 * of runs that keep [[redactions]] as bars), and fitting a line or a block by shrinking the
 * type step by step down to a floor, then wrapping. Nothing is cut unless the caller says the
 * full text is a click away. Pure: the caller injects the measure (a canvas in the game, a
 * fake in tests).
 */
import { parseRedactions, type Segment } from './redaction';

/** The width of a text in one font. */
export type Measure = (text: string) => number;

/** The width of a text in one face at a given type size. */
export type SizedMeasure = (text: string, size: number) => number;

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

// ------------------------------------------------------------------------------ plain wrap

/** Split a word too long for a line into the longest pieces that fit (one character at least). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current.length > 0 && measure(current + char) > width) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/**
 * Plain text wrapped at spaces into lines no wider than `width`: the spaces between two words
 * on one line are kept as written, those at a break are dropped; hard line breaks are kept,
 * and a word longer than the line is broken where it would leave it.
 */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  if (text.trim().length === 0) return [];
  const lines: string[] = [];
  for (const hardLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    let current = '';
    // Words at even places, the spaces between them at odd ones.
    const parts = hardLine.split(/(\s+)/);
    for (let index = 0; index < parts.length; index += 2) {
      const word = parts[index] ?? '';
      if (word.length === 0) continue;
      if (measure(word) > width) {
        if (current) lines.push(current);
        const pieces = breakWord(word, width, measure);
        lines.push(...pieces.slice(0, -1));
        current = pieces[pieces.length - 1] ?? '';
        continue;
      }
      const next = current ? `${current}${parts[index - 1] ?? ' '}${word}` : word;
      if (current && measure(next) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    lines.push(current);
  }
  return lines;
}

// ------------------------------------------------------------------------------ runs (redactions kept)

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

/** Tokens grouped into words: a space alone, or the runs of text that touch with no space between. */
function glue(tokens: readonly Token[]): Token[][] {
  const words: Token[][] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    const lastToken = last?.[last.length - 1];
    if (last && lastToken && !lastToken.space && !token.space) last.push(token);
    else words.push([token]);
  }
  return words;
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

/** Wrap one paragraph (hard line breaks kept) into lines of runs no wider than the given widths. */
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
    let current: Token[] = [];
    let currentWidth = 0;
    const limit = () => (result.length === 0 ? (options.firstWidth ?? options.width) : options.width);
    const flush = () => {
      result.push(buildLine(current, measure));
      current = [];
      currentWidth = 0;
    };
    const place = (token: Token, width: number) => {
      if (width <= limit()) {
        current.push(token);
        currentWidth += width;
        return;
      }
      breakWord(token.text, limit(), measure).forEach((piece, index) => {
        if (index > 0) flush();
        current.push({ ...token, text: piece });
        currentWidth += measure(piece);
      });
    };
    for (const word of glue(tokenize(hardLine))) {
      const first = word[0];
      if (!first) continue;
      if (first.space) {
        if (current.length === 0 && !first.redacted) continue;
        current.push(first);
        currentWidth += measure(' ');
        continue;
      }
      // A word of several runs (a mark touching a redaction: "£[[sum]]", "([[x]])") breaks as one.
      const widths = word.map((token) => measure(token.text));
      const total = widths.reduce((sum, width) => sum + width, 0);
      if (current.length > 0 && currentWidth + total > limit()) flush();
      word.forEach((token, index) => {
        const width = widths[index] ?? 0;
        if (index > 0 && current.length > 0 && currentWidth + width > limit()) flush();
        place(token, width);
      });
    }
    flush();
  }
  return result;
}

/** Wrap a text that may contain [[redactions]] into lines of runs. */
export function wrapText(text: string, options: WrapOptions, measure: Measure): Line[] {
  return wrapSegments(parseRedactions(text), options, measure);
}

// ------------------------------------------------------------------------------ fitting

export interface FitOptions {
  /** The size the text is set in when it fits. */
  readonly size: number;
  /** The smallest size it may shrink to. */
  readonly minSize: number;
  /** How much the size drops at each step: 1 unless said. */
  readonly step?: number;
  readonly width: number;
  /** The most lines it should take; 1 (fit a line) unless a height is given. */
  readonly maxLines?: number;
  /** The most height it should take, with `lineHeight` giving the height of a line at a size. */
  readonly maxHeight?: number;
  readonly lineHeight?: (size: number) => number;
}

export interface PlainFitOptions extends FitOptions {
  /**
   * When the text does not fit even at the smallest size: false (the default) wraps it into
   * as many lines as it needs, and the box must grow; true keeps the lines allowed and ends
   * the last with "…". Only for a text whose whole is a click away.
   */
  readonly ellipsis?: boolean;
}

export interface Fitted<L> {
  readonly size: number;
  readonly lines: readonly L[];
  /** False when even the smallest size took more lines (or height) than asked: the box grows. */
  readonly fits: boolean;
  /** True when an ellipsis cut the text (only ever with `ellipsis: true`). */
  readonly cut: boolean;
}

const ELLIPSIS = '\u2026';

function linesAllowed(options: FitOptions, size: number): number {
  const byCount = options.maxLines ?? (options.maxHeight === undefined ? 1 : Number.POSITIVE_INFINITY);
  if (options.maxHeight === undefined) return byCount;
  const lineHeight = options.lineHeight?.(size) ?? size;
  return Math.min(byCount, Math.floor(options.maxHeight / Math.max(1, lineHeight)));
}

/** Try each size from the largest down; the floor is always tried last and kept even if it overflows. */
function fitWith<L>(options: FitOptions, wrapAt: (size: number) => L[]): Fitted<L> {
  const floor = Math.min(options.minSize, options.size);
  const step = Math.max(0.5, options.step ?? 1);
  for (let size = options.size; size > floor; size -= step) {
    const lines = wrapAt(size);
    if (lines.length <= linesAllowed(options, size)) return { size, lines, fits: true, cut: false };
  }
  const lines = wrapAt(floor);
  return { size: floor, lines, fits: lines.length <= linesAllowed(options, floor), cut: false };
}

/** Cut wrapped lines to `allowed`, the last ending in an ellipsis that fits the width. */
function withEllipsis(lines: readonly string[], allowed: number, width: number, measure: Measure): string[] {
  const kept = lines.slice(0, Math.max(1, allowed));
  let last = kept[kept.length - 1] ?? '';
  while (last.length > 0 && measure(`${last}${ELLIPSIS}`) > width) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}${ELLIPSIS}`;
  return kept;
}

/**
 * Fit plain text: the largest size, from `size` down to `minSize`, at which it wraps into the
 * lines (or height) allowed; failing that, every line at the smallest size (or, only when
 * asked, the lines allowed with an ellipsis).
 */
export function fitText(text: string, options: PlainFitOptions, measure: SizedMeasure): Fitted<string> {
  const fitted = fitWith(options, (size) => wrapLines(text, options.width, (t) => measure(t, size)));
  if (fitted.fits || !options.ellipsis) return fitted;
  const lines = withEllipsis(fitted.lines, linesAllowed(options, fitted.size), options.width, (t) =>
    measure(t, fitted.size),
  );
  return { ...fitted, lines, cut: true };
}

/** Fit text that may hold [[redactions]], as lines of runs; it wraps rather than being cut. */
export function fitRuns(text: string, options: FitOptions, measure: SizedMeasure): Fitted<Line> {
  const segments = parseRedactions(text);
  return fitWith(options, (size) => wrapSegments(segments, { width: options.width }, (t) => measure(t, size)));
}
