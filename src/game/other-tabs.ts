/**
 * The game open in two tabs at once: when the other tab writes this story's case or progress,
 * this tab stops writing its own (older) run over it, and says so; a reload carries on from the
 * other tab's save. The browser's `storage` event tells a tab of writes made by the others.
 */
import { STORAGE_PREFIX } from '../save/storage';

export const OTHER_TAB_NOTICE =
  'This case was saved in another tab, so this tab has stopped saving over it. Reload the page to go on from there.';

/** The keys another tab's write to which means this tab's saves would overwrite newer ones. */
export function isSharedKey(key: string | null, storyId: string): boolean {
  if (key === null) return true; // the other tab cleared the storage
  const own = `${STORAGE_PREFIX}/stories/${storyId}/`;
  return key === `${own}run` || key === `${own}progress`;
}

/** Call `stop` once, the first time another tab writes one of this story's shared keys. */
export function watchOtherTabs(target: Window, storyId: string, stop: () => void): () => void {
  const listen = (event: StorageEvent) => {
    if (!isSharedKey(event.key, storyId)) return;
    target.removeEventListener('storage', listen);
    stop();
  };
  target.addEventListener('storage', listen);
  return () => target.removeEventListener('storage', listen);
}
