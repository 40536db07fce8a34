/**
 * When the case was saved, in the words the title's Continue shows beside it ("saved today at
 * 11:52", "saved yesterday at 21:07", "saved 3 December 2026"), in the player's own clock.
 * Pure: the moment of asking comes in.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The words for a save made at `iso`, asked at `now`; null when the time cannot be read. */
export function savedWhen(iso: string | null, now: Date): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const clock = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  if (sameDay(at, now)) return `saved today at ${clock}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameDay(at, yesterday)) return `saved yesterday at ${clock}`;
  return `saved ${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}`;
}

/**
 * The note beside Continue: when the case was saved; for a case that reached its ending (saved
 * as it closed), when it was closed.
 */
export function continueNote(
  snapshot: { readonly savedAt: string | null; readonly savedClosed: boolean },
  now: Date,
): string | null {
  const when = savedWhen(snapshot.savedAt, now);
  if (!snapshot.savedClosed) return when;
  return when ? when.replace(/^saved/, 'closed') : 'closed';
}
