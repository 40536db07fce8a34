/**
 * Until the canvas has drawn its first screen, and for good if it never does, the accessible
 * layer is the page: shown in the game's look (`.al-page` in accessible-layer.css), taking
 * clicks and taps, every page shown whole (without the canvas there is no typewriter). When the
 * canvas has drawn, the layer fades back under it, to the screen readers and the keyboard.
 */
import type { GameController } from '../controller';

const PAGE = 'al-page';
const LEAVING = 'al-page-leaving';
/** As long as the fade in accessible-layer.css. */
const FADE_MS = 250;

export interface LayerAsPage {
  /** The canvas has drawn: the layer goes back under it (`gone` when it has). */
  stepAside(gone: () => void): void;
}

export function showLayerAsPage(root: HTMLElement, controller: GameController): LayerAsPage {
  root.classList.add(PAGE);
  let shown = true;
  let at: string | null = null;
  const stop = controller.subscribe((snapshot) => {
    const { screen, revealed } = snapshot;
    // A new page or screen is read from its top, as a new sheet on the desk is.
    const here = `${screen}/${snapshot.pageNumber}`;
    if (here !== at) root.scrollTop = 0;
    at = here;
    // After this snapshot has reached every view: an intent sent from inside a listener would
    // overtake the snapshot the later listeners have not seen yet.
    if (shown && (screen === 'case' || screen === 'ending') && !revealed)
      queueMicrotask(() => controller.completeText());
  });
  return {
    stepAside(gone) {
      if (!shown) return;
      shown = false;
      stop();
      const leave = () => {
        root.classList.remove(PAGE, LEAVING);
        gone();
      };
      if (controller.state.settings.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches) {
        leave();
        return;
      }
      root.classList.add(LEAVING);
      setTimeout(leave, FADE_MS);
    },
  };
}
