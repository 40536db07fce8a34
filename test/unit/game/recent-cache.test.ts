import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recentCache } from '../../../src/game/recent-cache';

describe('a cache of recent entries', () => {
  it('keeps at most its limit, dropping the entry used longest ago', () => {
    const cache = recentCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the newer of the two
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('answers like a plain map for the keys it still holds, whatever the sequence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('get', 'set'), fc.integer({ min: 0, max: 9 }), fc.integer())),
        fc.integer({ min: 1, max: 5 }),
        (operations, limit) => {
          const cache = recentCache<number>(limit);
          const truth = new Map<string, number>();
          for (const [operation, key, value] of operations) {
            if (operation === 'set') {
              cache.set(String(key), value);
              truth.set(String(key), value);
            } else {
              const got = cache.get(String(key));
              if (got !== undefined) expect(got).toBe(truth.get(String(key)));
            }
            expect(cache.size).toBeLessThanOrEqual(limit);
          }
          // The last key set is always there.
          const last = operations.filter(([operation]) => operation === 'set').at(-1);
          if (last) expect(cache.get(String(last[1]))).toBe(last[2]);
        },
      ),
    );
  });
});
