/**
 * Boot only: fonts, stores, sound, the controller, the accessible layer, the Phaser game
 * and the test hook. Everything else lives in the scenes and the controller.
 */
import '@fontsource/special-elite/latin-400.css';
import '@fontsource/courier-prime/latin-400.css';
import '@fontsource/courier-prime/latin-700.css';
import '@fontsource/black-ops-one/latin-400.css';
import '@fontsource/caveat/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-mono/latin-400.css';
import '@fontsource/ibm-plex-mono/latin-600.css';
import './styles/main.css';
import Phaser from 'phaser';
import { createHowlerSound } from './audio/howler-sound';
import { silentSound } from './audio/silent-sound';
import type { SoundPort } from './audio/sound';
import { story } from './content/story';
import { GameController } from './game/controller';
import { mountAccessibleLayer } from './game/dom/accessible-layer';
import { CaseFileScene } from './game/scenes/CaseFileScene';
import { DirectorScene } from './game/scenes/DirectorScene';
import { EndingScene } from './game/scenes/EndingScene';
import { MenuScene } from './game/scenes/MenuScene';
import { PreloadScene } from './game/scenes/PreloadScene';
import { SettingsScene } from './game/scenes/SettingsScene';
import { SourcesScene } from './game/scenes/SourcesScene';
import { provideServices } from './game/scenes/services';
import { TitleScene } from './game/scenes/TitleScene';
import { DESIGN_HEIGHT, DESIGN_WIDTH, FONT_FACES } from './game/theme';
import { installViewHook } from './game/view-hook';
import { mountBackdrop } from './game/widgets/backdrop';
import { renderResolution } from './game/widgets/canvas-image';
import { createRunStore } from './save/local-run-store';
import { createSettingsStore } from './save/local-settings-store';
import { safeLocalStorage } from './save/storage';

function createSound(): SoundPort {
  try {
    return createHowlerSound();
  } catch {
    return silentSound;
  }
}

// Ask for every face now, while Phaser boots: the preload scene waits on these same loads.
for (const face of FONT_FACES) document.fonts.load(face, 'The Consultant 0123456789').catch(() => []);

const storage = safeLocalStorage();
const sound = createSound();
const controller = new GameController({
  story,
  runs: createRunStore(storage, { storyId: story.id }),
  settingsStore: createSettingsStore(storage),
  sound,
});

const layerRoot = document.getElementById('accessible-layer');
if (layerRoot) mountAccessibleLayer(layerRoot, controller, { story });

document.addEventListener('visibilitychange', () => {
  if (document.hidden) sound.suspend();
  else sound.resume();
});

const resolution = renderResolution();
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#0c0805',
  audio: { noAudio: true },
  input: { keyboard: false, gamepad: false },
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
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: DESIGN_WIDTH * resolution,
    height: DESIGN_HEIGHT * resolution,
  },
  scene: [PreloadScene, DirectorScene, TitleScene, CaseFileScene, EndingScene, SettingsScene, SourcesScene, MenuScene],
});
// Behind the transparent canvas: the old clear colour, then each base scene's desk.
game.events.once(Phaser.Core.Events.READY, () => mountBackdrop(game, '#0c0805'));
provideServices(game, { controller, sound, story });
installViewHook(game, controller);
