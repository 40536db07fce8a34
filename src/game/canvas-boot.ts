/**
 * The canvas: the Phaser game with every scene under scenes/, the desk behind it, the stage
 * watch, where its controls lie (for the layer), and the test hook's canvas half. Fetched by
 * boot.ts as a chunk of its own, after the first screen has been painted as HTML.
 */
import Phaser from 'phaser';
import type { SoundPort } from '../audio/sound';
import { watchControlRects } from './control-rects';
import type { GameController } from './controller';
import type { RectsHub } from './dom/placement';
import { PreloadScene } from './scenes/PreloadScene';
import { provideServices } from './scenes/services';
import { SCREENS } from './screen-table';
import { watchStage, windowStage } from './stage-watch';
import { installViewHook } from './view-hook';
import { mountBackdrop } from './widgets/backdrop';
import { renderResolution } from './widgets/canvas-image';

/** Every scene class under scenes/, by file: a new scene registers itself by being there. */
const sceneModules = import.meta.glob<Record<string, unknown>>('./scenes/*Scene.ts', { eager: true });

function sceneClasses(): Phaser.Types.Scenes.SceneType[] {
  const classes = Object.values(sceneModules).flatMap((module) =>
    Object.values(module).filter(
      (value): value is typeof Phaser.Scene => typeof value === 'function' && value.prototype instanceof Phaser.Scene,
    ),
  );
  // Phaser starts the first scene by itself: the preload scene, which starts the rest.
  return [PreloadScene, ...classes.filter((scene) => scene !== PreloadScene)];
}

const BACKGROUND = '#0c0805';

export interface CanvasDeps {
  readonly controller: GameController;
  readonly sound: SoundPort;
  readonly rects: RectsHub;
  /** Called once the canvas has drawn its first screen: the HTML page can step aside. */
  readonly drawn: () => void;
}

export function bootCanvas({ controller, sound, rects, drawn }: CanvasDeps): Phaser.Game {
  const resolution = renderResolution();
  const stage = windowStage();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: BACKGROUND,
    audio: { noAudio: true },
    // Touches are not captured (no preventDefault), so that the browser may pinch-zoom; the
    // canvas's touch-action keeps single-finger panning from scrolling the page.
    input: { keyboard: false, gamepad: false, touch: { capture: false } },
    banner: false,
    // antialiasGL off: no multisampled drawing buffer. Everything on screen is a texture with
    // transparent margins (painted, antialiased, in Canvas 2D), so MSAA only softened a few
    // Graphics corners, and it cost more than half of every frame in software WebGL.
    // Transparent: base scenes show their painted desk on a page element behind the canvas
    // (widgets/backdrop.ts), which the page compositor draws far cheaper than a full-screen quad.
    transparent: true,
    render: { antialias: true, antialiasGL: false, roundPixels: false, maxTextures: 1 },
    // Game time follows the clock even when frames are slow, so sequences keep their timing.
    fps: { smoothStep: false },
    scale: {
      // The page centres the canvas (main.css); Phaser's own centring on top of it put a
      // letterboxed stage off-centre.
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.NO_CENTER,
      width: stage.width * resolution,
      height: stage.height * resolution,
    },
    scene: sceneClasses(),
  });
  // Behind the transparent canvas: the old clear colour, then each base scene's desk.
  game.events.once(Phaser.Core.Events.READY, () => mountBackdrop(game, BACKGROUND));
  watchStage(game, stage);
  watchControlRects(game, (next) => rects.publish(next));
  provideServices(game, { controller, sound });
  installViewHook(game, controller);
  // The first frame drawn with a screen of the game running (the title, the case...).
  const screenScenes = new Set(Object.values(SCREENS).map((row) => row.scene as string));
  const untilScreen = () => {
    if (!game.scene.getScenes(true).some((scene) => screenScenes.has(scene.sys.settings.key))) return;
    game.events.off(Phaser.Core.Events.POST_RENDER, untilScreen);
    drawn();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, untilScreen);
  return game;
}
