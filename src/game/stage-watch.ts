/**
 * Keeps the game's stage fitted to the window: on a resize or a rotation (settled for a
 * moment, so a drag of the window's edge does not rebuild every frame) it picks the stage
 * again, resizes the game, and tells the scenes, which rebuild in place from the controller's
 * snapshot (the page, and how far it has been typed, are the controller's, so nothing is lost).
 */
import Phaser from 'phaser';
import { type Stage, sameStage, stageFor } from './layout/stage';
import { gameRoom, renderResolution } from './widgets/canvas-image';

const KEY = 'stage';
const RESOLUTION_KEY = 'stage-resolution';
export const STAGE_CHANGED = 'stage-changed';
/** How long the window must keep still before the stage is picked again. */
const SETTLE_MS = 120;

export function windowStage(): Stage {
  return stageFor(gameRoom());
}

/** The stage the game was last fitted to. */
export function currentStage(scene: Phaser.Scene | Phaser.Game): Stage {
  const stage = scene.registry.get(KEY) as Stage | undefined;
  return stage ?? windowStage();
}

export function watchStage(game: Phaser.Game, first: Stage): void {
  game.registry.set(KEY, first);
  game.registry.set(RESOLUTION_KEY, renderResolution());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refit = () => {
    timer = undefined;
    const next = windowStage();
    const previous = currentStage(game);
    const resolution = renderResolution();
    const previousResolution = game.registry.get(RESOLUTION_KEY) as number | undefined;
    game.registry.set(KEY, next);
    game.registry.set(RESOLUTION_KEY, resolution);
    if (sameStage(next, previous) && resolution === previousResolution) {
      // Same world, new window size (the desk letterboxed at another scale): refit the canvas.
      game.scale.refresh();
      return;
    }
    game.scale.setGameSize(next.width * resolution, next.height * resolution);
    game.events.emit(STAGE_CHANGED, next);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(refit, SETTLE_MS);
  };
  window.addEventListener('resize', schedule);
  window.addEventListener('orientationchange', schedule);
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    window.removeEventListener('resize', schedule);
    window.removeEventListener('orientationchange', schedule);
  });
}
