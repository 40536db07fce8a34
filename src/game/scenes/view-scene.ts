/**
 * The base of every visible scene: the camera set to the design size at the render
 * resolution, the theme from settings, and a subscription to the controller that
 * rebuilds the scene when settings change. Scenes stay thin: they draw snapshots and
 * send intents. What a scene must keep across its own rebuild (the page it showed, say)
 * goes in the data it restarts with, never in module state.
 */
import Phaser from 'phaser';
import type { Settings } from '../../save/settings-types';
import type { Snapshot } from '../controller';
import { DESIGN_HEIGHT, DESIGN_WIDTH, type Theme, themeFor } from '../theme';
import { renderResolution } from '../widgets/canvas-image';
import { type Services, services } from './services';

export abstract class ViewScene<RebuildData extends object = object> extends Phaser.Scene {
  protected theme!: Theme;
  protected settings!: Settings;
  private unsubscribe: (() => void) | null = null;
  private rebuildPending = false;
  private lastFrame = 0;

  protected get services(): Services {
    return services(this);
  }

  protected get controller() {
    return this.services.controller;
  }

  protected get sfx() {
    return this.services.sound;
  }

  /** Build the scene for a snapshot; `rebuilt` is what the scene handed over before a rebuild. */
  protected abstract build(snapshot: Snapshot, rebuilt: Partial<RebuildData>): void;

  /** A later snapshot with the same settings. */
  protected onSnapshot(_snapshot: Snapshot): void {}

  /**
   * Real milliseconds since the last call (the first call gives 0), at most a quarter second:
   * the typewriter follows the clock, not game time, so a slow frame cannot slow it, and a tab
   * that was hidden does not type a page in one frame.
   */
  protected frameElapsed(): number {
    const now = performance.now();
    const elapsed = Math.min(250, now - (this.lastFrame || now));
    this.lastFrame = now;
    return elapsed;
  }

  /** What the scene hands to itself across a rebuild (a settings change). */
  protected rebuildData(): Partial<RebuildData> {
    return {};
  }

  create(data: Partial<RebuildData> = {}): void {
    const resolution = renderResolution();
    this.cameras.main.setZoom(resolution).centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    this.rebuildPending = false;
    const first = this.controller.state;
    this.settings = first.settings;
    this.theme = themeFor(first.settings);
    this.build(first, data);
    this.unsubscribe = this.controller.subscribe((snapshot) => {
      if (snapshot.settings !== this.settings) {
        this.settings = snapshot.settings;
        if (this.scene.isActive()) this.rebuild();
        else this.rebuildPending = true;
        return;
      }
      this.onSnapshot(snapshot);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.tweens.killAll();
    });
    this.events.on(Phaser.Scenes.Events.RESUME, () => {
      if (this.rebuildPending) {
        this.rebuildPending = false;
        this.rebuild();
      }
    });
  }

  private rebuild(): void {
    this.scene.restart(this.rebuildData());
  }
}
