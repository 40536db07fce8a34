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
import { type Arrangement, type Frame, frameFor } from '../layout/stage';
import { currentStage, STAGE_CHANGED } from '../stage-watch';
import { type Theme, themeFor } from '../theme';
import { renderResolution } from '../widgets/canvas-image';
import { type Services, services } from './services';

export abstract class ViewScene<RebuildData extends object = object> extends Phaser.Scene {
  protected theme!: Theme;
  protected settings!: Settings;
  /** The story drawn: a new version of it (a hot update) redraws the scene, like new settings. */
  private storyShown: Snapshot['story'] | null = null;
  /** The stage and the world this scene lays itself out in (see layout/stage.ts). */
  protected frame!: Frame;
  /**
   * The arrangements this scene has a layout for; on any other stage it is drawn as on the
   * desk, scaled to fit.
   */
  protected readonly arrangements: readonly Arrangement[] = ['desk'];
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

  /** The whole screen in the scene's world (wider or taller than the world where it is letterboxed). */
  protected get screenRect(): { x: number; y: number; width: number; height: number } {
    const { stage, box } = this.frame;
    return {
      x: -box.x / box.scale,
      y: -box.y / box.scale,
      width: stage.width / box.scale,
      height: stage.height / box.scale,
    };
  }

  /** A zone over the whole screen that takes every press, so nothing under this screen gets one. */
  protected blockPresses(): Phaser.GameObjects.Zone {
    const { x, y, width, height } = this.screenRect;
    return this.add.zone(x, y, width, height).setOrigin(0, 0).setInteractive();
  }

  /** What the scene hands to itself across a rebuild (a settings change). */
  protected rebuildData(): Partial<RebuildData> {
    return {};
  }

  create(data: Partial<RebuildData> = {}): void {
    this.frame = frameFor(currentStage(this), this.arrangements);
    const { world, box } = this.frame;
    this.cameras.main.setZoom(renderResolution() * box.scale).centerOn(world.width / 2, world.height / 2);
    this.rebuildPending = false;
    const first = this.controller.state;
    this.settings = first.settings;
    this.storyShown = first.story;
    this.theme = themeFor(first.settings);
    this.build(first, data);
    this.unsubscribe = this.controller.subscribe((snapshot) => {
      if (snapshot.settings !== this.settings || snapshot.story !== this.storyShown) {
        this.settings = snapshot.settings;
        this.storyShown = snapshot.story;
        if (this.scene.isActive()) this.rebuild();
        else this.rebuildPending = true;
        return;
      }
      this.onSnapshot(snapshot);
    });
    const restage = () => {
      if (this.scene.isActive()) this.rebuild();
      else this.rebuildPending = true;
    };
    this.game.events.on(STAGE_CHANGED, restage);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(STAGE_CHANGED, restage);
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
