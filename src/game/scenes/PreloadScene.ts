/**
 * Boot and preload: a progress bar (drawn, no text) while every font face loads and the
 * desk and grain are painted. Nothing is typed before its face is ready.
 */
import Phaser from 'phaser';
import { currentStage } from '../stage-watch';
import { FONT_FACES, themeFor } from '../theme';
import { renderResolution } from '../widgets/canvas-image';
import { prepareDesk } from '../widgets/dossier';
import { noise } from '../widgets/paint';
import { services } from './services';

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('PreloadScene');
  }

  create(): void {
    const resolution = renderResolution();
    const stage = currentStage(this);
    this.cameras.main.setZoom(resolution).centerOn(stage.width / 2, stage.height / 2);
    this.cameras.main.setBackgroundColor('#140d08');
    const bar = this.add.graphics();
    const width = Math.min(420, stage.width - 48);
    const x = (stage.width - width) / 2;
    const y = stage.height / 2;
    let shown = 0;
    let target = 0;
    const draw = () => {
      bar.clear();
      bar.fillStyle(0xd9bf85, 0.18);
      bar.fillRoundedRect(x, y - 3, width, 6, 3);
      bar.fillStyle(0xd9bf85, 1);
      bar.fillRoundedRect(x, y - 3, Math.max(6, width * shown), 6, 3);
    };
    draw();
    this.events.on(Phaser.Scenes.Events.UPDATE, () => {
      shown += (target - shown) * 0.25;
      draw();
    });
    const steps = FONT_FACES.length + 1;
    let done = 0;
    const tick = () => {
      done += 1;
      target = done / steps;
    };
    // While the fonts load (main.ts asked for them at boot), paint what needs none.
    prepareDesk(themeFor(services(this).controller.state.settings), currentStage(this));
    noise('desk');
    noise('bar');
    noise('grain:0');
    noise('grain:1');
    noise('grain:2');
    const sample = `${services(this).controller.story.title} 0123456789`;
    const fonts = FONT_FACES.map((face) =>
      document.fonts
        .load(face, sample)
        .catch(() => [])
        .then(tick),
    );
    Promise.all(fonts)
      .then(() => document.fonts.ready)
      .then(() => {
        tick();
        this.scene.start('DirectorScene');
      });
  }
}
