/**
 * The base of every visible scene: the camera set to the design size at the render
 * resolution, the theme from settings, and a subscription to the controller that
 * rebuilds the scene when settings change. Scenes stay thin: they draw snapshots and
 * send intents.
 */
import Phaser from 'phaser';
import type { Settings } from '../../save/settings-types';
import type { Snapshot } from '../controller';
import { DESIGN_HEIGHT, DESIGN_WIDTH, type Theme, themeFor } from '../theme';
import { renderResolution } from '../widgets/canvas-image';
import { type Services, services } from './services';

export abstract class ViewScene extends Phaser.Scene {
  protected theme!: Theme;
  protected settings!: Settings;
  private unsubscribe: (() => void) | null = null;
  private rebuildPending = false;

  protected get services(): Services {
    return services(this);
  }

  protected get controller() {
    return this.services.controller;
  }

  protected get sfx() {
    return this.services.sound;
  }

  /** Build the scene for a snapshot. */
  protected abstract build(snapshot: Snapshot): void;

  /** A later snapshot with the same settings. */
  protected onSnapshot(_snapshot: Snapshot): void {}

  create(): void {
    const resolution = renderResolution();
    this.cameras.main.setZoom(resolution).centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    this.rebuildPending = false;
    const first = this.controller.state;
    this.settings = first.settings;
    this.theme = themeFor(first.settings);
    this.build(first);
    this.unsubscribe = this.controller.subscribe((snapshot) => {
      if (snapshot.settings !== this.settings) {
        this.settings = snapshot.settings;
        if (this.scene.isActive()) this.scene.restart();
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
        this.scene.restart();
      }
    });
  }
}
