/** The ambient bed under a chapter: the one its story data names, if the game has it; else silence. */
import type { AmbientBed } from '../audio/sound';
import { AMBIENT_BEDS } from '../audio/sound-files';
import type { Chapter } from '../story/types';

function isBed(name: string): name is AmbientBed {
  return (AMBIENT_BEDS as readonly string[]).includes(name);
}

export function bedFor(chapter: Pick<Chapter, 'ambience'> | null | undefined): AmbientBed | null {
  const name = chapter?.ambience;
  return name !== undefined && isBed(name) ? name : null;
}
