/**
 * A trouble with the browser's storage is told once: the autosave and the progress fail together
 * on every step when storage is off or full, and the player needs to hear it the first time, not
 * after each page. Each distinct message is reported the first time only.
 */
import type { GameController } from './controller';

export type Tell = (message: string) => void;

export function tellOnce(controller: Pick<GameController, 'report'>): Tell {
  const told = new Set<string>();
  return (message) => {
    if (told.has(message)) return;
    told.add(message);
    controller.report(message);
  };
}
