/**
 * The text-size setting as one factor for everything set in fixed sizes (form headers, the
 * contents card, exhibit tags, the closing note): 1 at the normal size, growing with the
 * theme's body size, never under 1, so nothing shrinks as the player asks for larger text.
 */
import { DEFAULT_SETTINGS } from '../../save/settings-types';
import { themeFor } from '../theme';

/** The body size at the normal text size, which fixed sizes were drawn for. */
const NORMAL_BODY = themeFor({ ...DEFAULT_SETTINGS, textSize: 'normal' }).bodySize;

/** How much larger than at the normal text size fixed sizes are set, for a theme's body size. */
export function textScale(bodySize: number): number {
  return Math.max(1, bodySize / NORMAL_BODY);
}

/** A size or distance drawn for the normal text size, at a scale. */
export function scaled(size: number, scale: number): number {
  return Math.round(size * scale);
}

/** Every number in a table of sizes and distances at a scale (whole numbers stay whole). */
export function scaledTable<T>(table: T, scale: number): T {
  if (typeof table === 'number') {
    return (Number.isInteger(table) ? Math.round(table * scale) : table * scale) as T;
  }
  if (Array.isArray(table)) return table.map((item) => scaledTable(item, scale)) as T;
  if (table && typeof table === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(table)) out[key] = key === 'role' ? value : scaledTable(value, scale);
    return out as T;
  }
  return table;
}
