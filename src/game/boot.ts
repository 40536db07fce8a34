/**
 * Starts the game for a story: stores, sound, the controller, the autosave, the bed's duck
 * under the typewriter, the accessible layer, the Phaser game with every scene under scenes/,
 * and the test hook. main.ts boots the case; a test page can boot any other story the same way.
 */
import Phaser from 'phaser';
import { createHowlerSound } from '../audio/howler-sound';
import { silentSound } from '../audio/silent-sound';
import type { SoundPort } from '../audio/sound';
import { createProgressStore } from '../save/local-progress-store';
import { createRunStore } from '../save/local-run-store';
import { createSettingsStore } from '../save/local-settings-store';
import { createSlotStore } from '../save/local-slot-store';
import { safeLocalStorage } from '../save/storage';
import type { Story } from '../story/types';
import { attachAutosave } from './autosave';
import { watchControlRects } from './control-rects';
import { GameController } from './controller';
import { mountAccessibleLayer } from './dom/accessible-layer';
import { attachAddressRoute, browserAddress } from './dom/address-route';
import { browserFiles, copyAddress } from './dom/files';
import { createRectsHub } from './dom/placement';
import { watchPolicy } from './dom/policy-watch';
import { attachSpeaker, browserVoice } from './dom/speaker';
import { dropMouseEchoOfTouch } from './dom/touch-mouse';
import { OTHER_TAB_NOTICE, watchOtherTabs } from './other-tabs';
import { attachProgressSave } from './progress-save';
import { PreloadScene } from './scenes/PreloadScene';
import { provideServices } from './scenes/services';
import { watchStage, windowStage } from './stage-watch';
import { tellOnce } from './tell-once';
import { FONT_FACES } from './theme';
import { attachTypingDuck } from './typing-duck';
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

function createSound(): SoundPort {
  try {
    return createHowlerSound();
  } catch {
    return silentSound;
  }
}

const BACKGROUND = '#0c0805';

/** The running game and the controller it plays (the dev server's hot update hands it new stories). */
export interface BootedGame {
  readonly game: Phaser.Game;
  readonly controller: GameController;
}

export function bootGame(story: Story): BootedGame {
  watchPolicy(document, (message) => console.error(message));
  document.title = story.title;
  // Ask for every face now, while Phaser boots: the preload scene waits on these same loads.
  for (const face of FONT_FACES) document.fonts.load(face, `${story.title} 0123456789`).catch(() => []);

  const storage = safeLocalStorage();
  const sound = createSound();
  const runs = createRunStore(storage, { storyId: story.id });
  const progress = createProgressStore(storage, { storyId: story.id });
  const controller = new GameController({
    story,
    runs,
    settingsStore: createSettingsStore(storage),
    sound,
    progress,
    slots: createSlotStore(storage, { storyId: story.id }),
    files: browserFiles(document),
    copyLink: (hash) => copyAddress(window, hash),
    viewLaysOutPages: true,
  });
  const tell = tellOnce(controller);
  const stopAutosave = attachAutosave(controller, runs, { tell });
  const stopProgressSave = attachProgressSave(controller, progress, tell);
  // Another tab saved this story: never overwrite it with this tab's older run.
  watchOtherTabs(window, story.id, () => {
    stopAutosave();
    stopProgressSave();
    controller.report(OTHER_TAB_NOTICE);
  });
  attachTypingDuck(controller, sound);

  const layerRoot = document.getElementById('accessible-layer');
  const rects = createRectsHub();
  if (layerRoot) mountAccessibleLayer(layerRoot, controller, { rects });
  attachSpeaker(controller, browserVoice(window));
  // Last, so that a route link's case is saved, spoken and drawn like any other.
  attachAddressRoute(controller, browserAddress(window));

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) sound.suspend();
    else sound.resume();
  });

  // Before Phaser listens: a tap is one press, not a touch and then its mouse echo.
  dropMouseEchoOfTouch(window);
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
  return { game, controller };
}
