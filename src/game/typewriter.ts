/**
 * The typewriter's clock: how many characters of a page are shown after a given time, at a
 * given speed. Pure: the controller keeps one per page and the scenes draw what it says.
 *
 * With reduced motion the text is not typed character by character: each line appears whole
 * once the clock has reached its end, so the page keeps its reading pace without the crawl.
 */

export interface Typewriter {
  /** Characters on the page. */
  readonly total: number;
  /** Characters the clock has reached, with the fraction of the next one. */
  readonly progress: number;
  readonly charsPerSecond: number;
  /** Where lines begin (character positions), for line-by-line display. */
  readonly lineStarts: readonly number[];
  readonly byLine: boolean;
}

export interface TypewriterOptions {
  readonly total: number;
  readonly charsPerSecond: number;
  readonly lineStarts?: readonly number[];
  readonly byLine?: boolean;
  /** Characters already shown (a page reopened where it was left). */
  readonly from?: number;
}

export function startTypewriter(options: TypewriterOptions): Typewriter {
  const total = Math.max(0, Math.floor(options.total));
  // The first key is struck as the typing starts, not one key's time later: the text begins
  // the moment the page has landed. (Line by line, a line still waits for its reading time.)
  const struck = options.byLine ? 0 : Math.min(total, 1);
  const clock: Typewriter = {
    total,
    progress: Math.min(total, Math.max(struck, options.from ?? 0)),
    charsPerSecond: options.charsPerSecond,
    lineStarts: [...(options.lineStarts ?? [])].sort((a, b) => a - b),
    byLine: options.byLine ?? false,
  };
  return Number.isFinite(clock.charsPerSecond) ? clock : complete(clock);
}

/** The clock after `elapsedMs` more milliseconds. */
export function tick(clock: Typewriter, elapsedMs: number): Typewriter {
  if (isDone(clock) || !(elapsedMs > 0)) return clock;
  if (!Number.isFinite(clock.charsPerSecond)) return complete(clock);
  const progress = Math.min(clock.total, clock.progress + (elapsedMs / 1000) * clock.charsPerSecond);
  return { ...clock, progress };
}

/** Characters the page shows now. */
export function shown(clock: Typewriter): number {
  const reached = Math.min(clock.total, Math.floor(clock.progress));
  if (!clock.byLine || reached >= clock.total) return reached;
  // The start of the line being typed: every line before it is whole.
  let start = 0;
  for (const lineStart of clock.lineStarts) {
    if (lineStart > reached) break;
    start = lineStart;
  }
  return start;
}

export function isDone(clock: Typewriter): boolean {
  return clock.progress >= clock.total;
}

/** Show the whole page at once. */
export function complete(clock: Typewriter): Typewriter {
  return { ...clock, progress: clock.total };
}

/** Another speed from here on; what is shown stays shown. Infinity shows the rest at once. */
export function withSpeed(clock: Typewriter, charsPerSecond: number): Typewriter {
  const next = { ...clock, charsPerSecond };
  return Number.isFinite(charsPerSecond) ? next : complete(next);
}

export function withByLine(clock: Typewriter, byLine: boolean): Typewriter {
  return { ...clock, byLine };
}

/** The same position on a page laid out again (another text size): new total and line starts. */
export function relaid(clock: Typewriter, total: number, lineStarts: readonly number[]): Typewriter {
  const done = isDone(clock);
  const next = startTypewriter({ ...clock, total, lineStarts, from: Math.min(total, clock.progress) });
  return done ? complete(next) : next;
}
