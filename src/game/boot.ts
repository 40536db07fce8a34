/**
 * Starts the game for a story, in two parts. First, without Phaser: the stores, sound, the
 * controller, the autosave, the bed's duck under the typewriter, the accessible layer and the
 * test hook. The layer is shown as the page itself (dom/html-page.ts), so the first screen is
 * painted, and usable, before the canvas has even been fetched. Then, when the reader first
 * does something on the page (engagement.ts), the canvas (canvas-boot.ts, its own chunk with
 * Phaser): once it has drawn its first screen the layer steps back under it. If it never starts, the game goes on as a page. main.ts boots the case;
 * a test page can boot any other story the same way.
 */
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
import { GameController } from './controller';
import { mountAccessibleLayer } from './dom/accessible-layer';
import { attachAddressRoute, browserAddress } from './dom/address-route';
import { browserFiles, copyAddress } from './dom/files';
import { showLayerAsPage } from './dom/html-page';
import { createRectsHub } from './dom/placement';
import { watchPolicy } from './dom/policy-watch';
import { attachSpeaker, browserVoice } from './dom/speaker';
import { dropMouseEchoOfTouch } from './dom/touch-mouse';
import { pointerReleased, whenEngaged } from './engagement';
import { OTHER_TAB_NOTICE, watchOtherTabs } from './other-tabs';
import { installPageHook } from './page-hook';
import { attachProgressSave } from './progress-save';
import { tellOnce } from './tell-once';
import { attachTypingDuck } from './typing-duck';

function createSound(): SoundPort {
  try {
    return createHowlerSound();
  } catch {
    return silentSound;
  }
}

/** The running game and the controller it plays (the dev server's hot update hands it new stories). */
export interface BootedGame {
  readonly controller: GameController;
  /** The canvas once it runs; null when it could not start (the game goes on as a page). */
  readonly canvas: Promise<unknown>;
}

export interface BootOptions {
  /** Start the canvas at once, not when the reader first does something (author mode). */
  readonly canvasAtOnce?: boolean;
}

export function bootGame(story: Story, options: BootOptions = {}): BootedGame {
  watchPolicy(document, (message) => console.error(message));
  document.title = story.title;
  // The faces the first screen uses load with it (its CSS asks for them); the canvas's preload
  // scene asks for every other face, after the first paint.

  let canvasDraws = false;
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
    // Once the canvas draws, it lays each page out before the page is on screen.
    viewLaysOutPages: () => canvasDraws,
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
  // Where the layer lays its controls (over the canvas's), and where the canvas draws them: passed
  // on only once the layer has stopped being the page, so nothing on the page moves while it fades.
  const rects = createRectsHub();
  const drawnRects = createRectsHub();
  let layerIsPage = layerRoot !== null;
  drawnRects.subscribe((next) => {
    if (!layerIsPage) rects.publish(next);
  });
  let redrawLayer = () => {};
  if (layerRoot)
    mountAccessibleLayer(layerRoot, controller, {
      rects,
      redrawWith: (redraw) => {
        redrawLayer = redraw;
      },
    });
  const page = layerRoot ? showLayerAsPage(layerRoot, controller) : null;
  attachSpeaker(controller, browserVoice(window));
  // Last, so that a route link's case is saved, spoken and drawn like any other.
  attachAddressRoute(controller, browserAddress(window));

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) sound.suspend();
    else sound.resume();
  });

  // Before Phaser listens: a tap is one press, not a touch and then its mouse echo.
  dropMouseEchoOfTouch(window);
  installPageHook(controller);
  const released = pointerReleased(window);
  const canvas = (options.canvasAtOnce ? Promise.resolve() : whenEngaged(window))
    .then(() => import('./canvas-boot'))
    .then(({ bootCanvas }) =>
      bootCanvas({
        controller,
        sound,
        rects: drawnRects,
        drawn: () => {
          canvasDraws = true;
          // Not under a finger: the canvas's controls may lie elsewhere than the page's.
          void released.wait().then(() =>
            page?.stepAside(() => {
              layerIsPage = false;
              redrawLayer();
              rects.publish(drawnRects.current);
            }),
          );
        },
      }),
    )
    .catch((error: unknown) => {
      console.warn(`The canvas could not start (${String(error)}); the game goes on as a page.`);
      return null;
    });
  return { controller, canvas };
}
