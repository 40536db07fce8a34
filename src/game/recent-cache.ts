/**
 * A map that keeps at most `limit` entries, dropping the one used longest ago. For caches whose
 * keys never stop coming: the text measure sees every wrapped prefix of every notice, and a
 * notice names the case number, so without a bound each run left its own entries behind.
 */
export interface RecentCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

export function recentCache<V>(limit: number): RecentCache<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest use first.
  const entries = new Map<string, V>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
