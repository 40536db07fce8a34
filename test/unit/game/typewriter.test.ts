import { describe, expect, it } from 'vitest';
import {
  complete,
  isDone,
  relaid,
  shown,
  startTypewriter,
  type Typewriter,
  tick,
  withByLine,
  withSpeed,
} from '../../../src/game/typewriter';

/** Run a clock forward in frames of `frameMs`, `frames` times. */
function frames(clock: Typewriter, frameMs: number, count: number): Typewriter {
  let next = clock;
  for (let i = 0; i < count; i++) next = tick(next, frameMs);
  return next;
}

describe('the typewriter clock', () => {
  it('strikes the first key at once, then as many more characters as the speed allows', () => {
    const clock = startTypewriter({ total: 100, charsPerSecond: 40 });
    expect(shown(clock)).toBe(1);
    expect(shown(tick(clock, 250))).toBe(11);
    expect(shown(tick(clock, 1000))).toBe(41);
    // Never a character more than the time allows, and whole characters only.
    expect(shown(tick(clock, 24))).toBe(1);
    expect(shown(tick(clock, 26))).toBe(2);
    // An empty page has nothing to strike.
    expect(shown(startTypewriter({ total: 0, charsPerSecond: 40 }))).toBe(0);
  });

  it('keeps the fraction of a character between frames, so 60 fps types at the set speed', () => {
    const clock = frames(startTypewriter({ total: 1000, charsPerSecond: 40 }), 1000 / 60, 60);
    expect(shown(clock)).toBeGreaterThanOrEqual(40);
    expect(shown(clock)).toBeLessThanOrEqual(41);
  });

  it('completes at the last character and goes no further', () => {
    const clock = tick(startTypewriter({ total: 30, charsPerSecond: 40 }), 5000);
    expect(shown(clock)).toBe(30);
    expect(isDone(clock)).toBe(true);
    expect(tick(clock, 1000)).toBe(clock);
    expect(isDone(tick(startTypewriter({ total: 30, charsPerSecond: 40 }), 700))).toBe(false);
  });

  it('completes at once when asked, and an empty page is complete from the start', () => {
    const clock = complete(startTypewriter({ total: 80, charsPerSecond: 25 }));
    expect(shown(clock)).toBe(80);
    expect(isDone(clock)).toBe(true);
    expect(isDone(startTypewriter({ total: 0, charsPerSecond: 40 }))).toBe(true);
  });

  it('shows the whole page at once at the instant speed', () => {
    const clock = startTypewriter({ total: 500, charsPerSecond: Number.POSITIVE_INFINITY });
    expect(shown(clock)).toBe(500);
    expect(isDone(clock)).toBe(true);
  });

  it('changes speed without losing or repeating a character', () => {
    const slow = tick(startTypewriter({ total: 1000, charsPerSecond: 25 }), 1000);
    expect(shown(slow)).toBe(26);
    const fast = withSpeed(slow, 90);
    expect(shown(fast)).toBe(26);
    expect(shown(tick(fast, 1000))).toBe(116);
    expect(isDone(withSpeed(slow, Number.POSITIVE_INFINITY))).toBe(true);
  });

  it('ignores a frame of no time, negative time or no number at all', () => {
    const clock = tick(startTypewriter({ total: 100, charsPerSecond: 40 }), 500);
    expect(tick(clock, 0)).toBe(clock);
    expect(tick(clock, -50)).toBe(clock);
    expect(tick(clock, Number.NaN)).toBe(clock);
  });

  it('starts where a page was left, never past its end', () => {
    expect(shown(startTypewriter({ total: 100, charsPerSecond: 40, from: 37 }))).toBe(37);
    expect(shown(startTypewriter({ total: 100, charsPerSecond: 40, from: 400 }))).toBe(100);
  });

  it('with reduced motion shows whole lines only, at the same pace', () => {
    // Three lines: characters 0-9, 10-24, 25-39.
    const clock = startTypewriter({ total: 40, charsPerSecond: 10, lineStarts: [0, 10, 25], byLine: true });
    expect(shown(tick(clock, 900))).toBe(0); // the first line is not finished yet
    expect(shown(tick(clock, 1000))).toBe(10); // the first line, whole
    expect(shown(tick(clock, 2400))).toBe(10);
    expect(shown(tick(clock, 2500))).toBe(25);
    expect(shown(tick(clock, 3990))).toBe(25);
    expect(shown(tick(clock, 4000))).toBe(40);
    expect(isDone(tick(clock, 4000))).toBe(true);
  });

  it('switches between character and line display without moving the clock', () => {
    const clock = tick(startTypewriter({ total: 40, charsPerSecond: 10, lineStarts: [0, 10, 25] }), 1700);
    expect(shown(clock)).toBe(18);
    expect(shown(withByLine(clock, true))).toBe(10);
    expect(shown(withByLine(withByLine(clock, true), false))).toBe(18);
  });

  it('keeps its place on a page laid out again with another number of characters', () => {
    const clock = tick(startTypewriter({ total: 100, charsPerSecond: 10 }), 3000);
    const again = relaid(clock, 96, [0, 48]);
    expect(shown(again)).toBe(31);
    expect(again.total).toBe(96);
    expect(shown(relaid(clock, 20, [0]))).toBe(20);
    expect(isDone(relaid(complete(clock), 140, [0]))).toBe(true);
  });
});
