import { describe, expect, it } from 'vitest';
import type { ScreenName } from '../../../src/game/screen-table';
import {
  followScrollRequests,
  SCROLL_LINE,
  type ScrollAmount,
  type ScrollRequest,
  type ScrollSource,
  scrollDistance,
  scrollSheet,
} from '../../../src/game/scroll';

describe('scrollDistance', () => {
  it('moves a line, a page less one line, or all the way', () => {
    expect(scrollDistance('line-down', 500)).toBe(SCROLL_LINE);
    expect(scrollDistance('line-up', 500)).toBe(-SCROLL_LINE);
    expect(scrollDistance('page-down', 500)).toBe(500 - SCROLL_LINE);
    expect(scrollDistance('page-up', 500)).toBe(-(500 - SCROLL_LINE));
    expect(scrollDistance('start', 500)).toBe(Number.NEGATIVE_INFINITY);
    expect(scrollDistance('end', 500)).toBe(Number.POSITIVE_INFINITY);
    // A tiny window still moves at least a line a page.
    expect(scrollDistance('page-down', 10)).toBe(SCROLL_LINE);
  });

  it('scrolls a sheet by its own window', () => {
    const moves: number[] = [];
    scrollSheet({ viewportHeight: 300, scrollBy: (dy) => moves.push(dy) }, 'page-down');
    scrollSheet(null, 'page-down');
    expect(moves).toEqual([300 - SCROLL_LINE]);
  });
});

describe('followScrollRequests', () => {
  function source() {
    let listener: ((s: { screen: ScreenName; scroll: ScrollRequest | null }) => void) | null = null;
    let current: { screen: ScreenName; scroll: ScrollRequest | null } = {
      screen: 'case',
      scroll: { id: 4, amount: 'end' },
    };
    const src: ScrollSource = {
      subscribe(l) {
        listener = l;
        l(current);
        return () => {
          listener = null;
        };
      },
    };
    const emit = (next: typeof current) => {
      current = next;
      listener?.(current);
    };
    return { src, emit };
  }

  it('applies each new request once, on its own screen only, and none made before it followed', () => {
    const { src, emit } = source();
    const applied: ScrollAmount[] = [];
    const stop = followScrollRequests(src, 'case', (amount) => applied.push(amount));
    expect(applied).toEqual([]);
    emit({ screen: 'case', scroll: { id: 5, amount: 'line-down' } });
    emit({ screen: 'case', scroll: { id: 5, amount: 'line-down' } }); // a re-render
    emit({ screen: 'sources', scroll: { id: 6, amount: 'page-down' } });
    emit({ screen: 'case', scroll: { id: 7, amount: 'start' } });
    stop();
    emit({ screen: 'case', scroll: { id: 8, amount: 'end' } });
    expect(applied).toEqual(['line-down', 'start']);
  });
});
