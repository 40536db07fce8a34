/**
 * The test hook's home: window.__consultant. Before the canvas has started (or when it never
 * does) it holds the controller and no canvas; view-hook.ts replaces it with the canvas's own
 * once Phaser runs. Kept apart from view-hook.ts so the page can boot without Phaser.
 */
import type { GameController } from './controller';
import type { ConsultantHook } from './view-hook';

export function publishHook(hook: ConsultantHook): ConsultantHook {
  Object.defineProperty(window, '__consultant', { value: Object.freeze(hook), configurable: true });
  return hook;
}

/** The hook of the page without its canvas: the controller, nothing drawn. */
export function installPageHook(controller: GameController): ConsultantHook {
  return publishHook({
    controller,
    choiceRects: () => [],
    activeScenes: () => [],
    stage: () => ({ arrangement: 'page', width: innerWidth, height: innerHeight, bodyCssPx: 0 }),
    pageScroll: () => null,
    map: () => null,
    census: () => ({ gameObjects: 0, textures: 0 }),
  });
}
