/** Which ambient bed plays under each chapter (1-8); anything else is silence. */
import type { AmbientBed } from '../audio/sound';

const BEDS: Readonly<Record<number, AmbientBed>> = {
  1: 'rain',
  2: 'dinner',
  3: 'office',
  4: 'drone',
  5: 'drone-tight',
  6: 'city',
  7: 'home',
  8: 'case',
};

export function bedFor(chapterNumber: number | null | undefined): AmbientBed | null {
  if (chapterNumber === null || chapterNumber === undefined) return null;
  return BEDS[chapterNumber] ?? null;
}
