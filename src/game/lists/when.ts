/** Dates as the lists print them: "3 December 2026", in the player's own clock. */
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

export function dayOf(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'on an unknown day';
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}`;
}
