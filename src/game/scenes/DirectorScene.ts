/**
 * The one place that decides which scenes run: it follows the snapshot's screen stack. The
 * base screen's scene runs at the bottom; the overlay on top runs above it, and the base
 * pauses while one is open. It also sets the ambient bed of the chapter on screen.
 */
import Phaser from 'phaser';
import type { AmbientBed } from '../../audio/sound';
import { bedFor } from '../ambience';
import type { Snapshot } from '../controller';
import { SCREENS, type ScreenRow } from '../screen-table';
import { services } from './services';

export class DirectorScene extends Phaser.Scene {
  private base: string | null = null;
  private overlay: string | null = null;
  private basePaused = false;
  private bed: AmbientBed | null | undefined;

  constructor() {
    super('DirectorScene');
  }

  create(): void {
    this.checkScenes();
    const { controller } = services(this);
    const unsubscribe = controller.subscribe((snapshot) => this.follow(snapshot));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  /** A screen whose scene was never registered would show nothing: say which, at once. */
  private checkScenes(): void {
    const missing = Object.entries(SCREENS).filter(([, row]) => !this.scene.get(row.scene));
    if (missing.length > 0) {
      const list = missing.map(([name, row]) => `${name} (${row.scene})`).join(', ');
      throw new Error(`The screen table names scenes the game does not have: ${list}.`);
    }
  }

  private follow(snapshot: Snapshot): void {
    const { stack } = snapshot;
    const base = SCREENS[stack[0]].scene;
    const top = stack[stack.length - 1];
    const overlay = stack.length > 1 && top ? SCREENS[top].scene : null;
    const manager = this.scene;
    let launched = false;
    if (base !== this.base) {
      if (this.base) manager.stop(this.base);
      manager.launch(base);
      this.base = base;
      this.basePaused = false;
      launched = true;
    }
    if (overlay !== this.overlay) {
      if (this.overlay) manager.stop(this.overlay);
      if (overlay) {
        manager.launch(overlay);
        manager.bringToTop(overlay);
      }
      this.overlay = overlay;
    }
    // A base launched just now is still starting and cannot pause; it is covered anyway.
    const pause = overlay !== null && !launched;
    if (pause && !this.basePaused) manager.pause(base);
    if (!pause && this.basePaused) manager.resume(base);
    this.basePaused = pause;
    // Under an overlay that draws the whole screen, the base is not drawn at all.
    const covered = top !== undefined && stack.length > 1 && (SCREENS[top] as ScreenRow).covers === true;
    manager.setVisible(!covered, base);
    this.setBed(snapshot);
  }

  private setBed(snapshot: Snapshot): void {
    const { story, passage, stack } = snapshot;
    const inCase = stack[0] !== 'title' && passage !== null;
    const bed = inCase ? bedFor(story.chapters.find((c) => c.id === passage.chapter)) : null;
    if (bed !== this.bed) {
      this.bed = bed;
      services(this).sound.setAmbient(bed);
    }
  }
}
