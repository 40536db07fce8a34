/**
 * The accessible DOM layer: mirrors the canvas for screen readers and keyboard users.
 * First version: a heading per screen; the full layer follows.
 */
import type { GameController } from '../controller';

export function mountAccessibleLayer(root: HTMLElement, controller: GameController): () => void {
  const heading = document.createElement('h1');
  root.append(heading);
  const unsubscribe = controller.subscribe((snapshot) => {
    heading.textContent = snapshot.passage?.title ?? 'The Consultant';
  });
  return () => {
    unsubscribe();
    heading.remove();
  };
}
