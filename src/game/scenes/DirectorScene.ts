/**
 * The one place that decides which scene shows: it follows snapshot.screen. Title, case and
 * ending are base scenes; menu, settings and sources open above the base, which pauses.
 * It also sets the ambient bed for the chapter on screen.
 */
import Phaser from 'phaser';
import type { AmbientBed } from '../../audio/sound';
import { findPassage } from '../../story/engine';
import { bedFor } from '../ambience';
import type { ScreenName, Snapshot } from '../controller';
import { SCENE_FOR, services } from './services';

type BaseScreen = 'title' | 'case' | 'ending';
type OverlayScreen = 'settings' | 'sources' | 'menu';

const BASES: readonly BaseScreen[] = ['title', 'case', 'ending'];

function isBase(screen: ScreenName): screen is BaseScreen {
  return (BASES as readonly string[]).includes(screen);
}

export class DirectorScene extends Phaser.Scene {
  private base: BaseScreen | null = null;
  private overlay: OverlayScreen | null = null;
  private bed: AmbientBed | null | undefined;

  constructor() {
    super('DirectorScene');
  }

  create(): void {
    const { controller } = services(this);
    const unsubscribe = controller.subscribe((snapshot) => this.follow(snapshot));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  private follow(snapshot: Snapshot): void {
    const screen = snapshot.screen;
    const base: BaseScreen = isBase(screen) ? screen : isBase(snapshot.returnTo) ? snapshot.returnTo : 'title';
    const overlay: OverlayScreen | null = isBase(screen) ? null : screen;
    const manager = this.scene;
    if (base !== this.base) {
      if (this.base) manager.stop(SCENE_FOR[this.base]);
      manager.launch(SCENE_FOR[base]);
      this.base = base;
    }
    if (overlay !== this.overlay) {
      if (this.overlay) manager.stop(SCENE_FOR[this.overlay]);
      if (overlay) {
        manager.launch(SCENE_FOR[overlay]);
        manager.bringToTop(SCENE_FOR[overlay]);
        manager.pause(SCENE_FOR[base]);
      } else {
        manager.resume(SCENE_FOR[base]);
      }
      this.overlay = overlay;
    }
    this.setBed(snapshot, base);
  }

  private setBed(snapshot: Snapshot, base: BaseScreen): void {
    const { story, sound } = services(this);
    let bed: AmbientBed | null = null;
    if (base !== 'title' && snapshot.run) {
      const passage = findPassage(story, snapshot.run.passage);
      const chapter = story.chapters.find((c) => c.id === passage?.chapter);
      bed = bedFor(chapter?.number);
    }
    if (bed !== this.bed) {
      this.bed = bed;
      sound.setAmbient(bed);
    }
  }
}
