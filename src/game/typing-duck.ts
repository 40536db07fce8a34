/**
 * Tells the sound when a page is being typed, so that the bed ducks under the typewriter
 * (src/audio/ducking.ts). It follows the controller's snapshots, like the autosave: the
 * controller keeps the typing, the sound keeps the mix, and neither knows the other's rules.
 */
import type { SoundPort } from '../audio/sound';
import type { GameController, Snapshot } from './controller';

/**
 * True while the page on screen is being typed: a case or ending page laid out and not yet
 * complete. An overlay over the page (settings, say) pauses the typing, so it is not typing;
 * with reduced motion the page is typed line by line, and that is typing too.
 */
export function isTyping(snapshot: Pick<Snapshot, 'screen' | 'revealed' | 'typing' | 'pageNumber'>): boolean {
  const { screen, revealed, typing, pageNumber } = snapshot;
  if ((screen !== 'case' && screen !== 'ending') || revealed) return false;
  return typing.page === pageNumber && typing.total !== null && typing.shown < typing.total;
}

export function attachTypingDuck(
  controller: Pick<GameController, 'subscribe'>,
  sound: Pick<SoundPort, 'setTyping'>,
): () => void {
  let typing: boolean | null = null;
  return controller.subscribe((snapshot) => {
    const next = isTyping(snapshot);
    if (next === typing) return;
    typing = next;
    sound.setTyping(next);
  });
}
