/** The menu over a paused case: resume, settings, sources, save and return to the title. */
import Phaser from 'phaser';
import type { Snapshot } from '../controller';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { context, makeCanvas, paintPaper, paintShadow } from '../widgets/paint';
import { addText, Button, monoFont, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

export class MenuScene extends ViewScene {
  constructor() {
    super('MenuScene');
  }

  protected build(_snapshot: Snapshot): void {
    const { palette } = this.theme;
    const blocker = this.add
      .rectangle(0, 0, 1280, 720, 0x000000, this.theme.highContrast ? 0.85 : 0.62)
      .setOrigin(0, 0);
    blocker.setInteractive();
    blocker.on('pointerup', () => this.controller.back());
    const resolution = renderResolution();
    const w = 440;
    const h = 430;
    const x = 640 - w / 2;
    const y = 360 - h / 2;
    const canvas = makeCanvas(w + 40, h + 40, resolution);
    const ctx = context(canvas);
    ctx.translate(20, 20);
    if (!this.theme.highContrast) paintShadow(ctx, 0, 0, w, h, 20, 0.7);
    paintPaper(ctx, w, h, palette, { seed: 'menu-card' });
    const card = canvasImage(this, canvas, resolution, x - 20, y - 20, 'menu');
    card.image.setOrigin(0, 0);
    const cardZone = this.add.zone(x, y, w, h).setOrigin(0, 0).setInteractive();
    cardZone.on('pointerup', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) =>
      event.stopPropagation(),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => card.destroy());
    addText(this, x + 32, y + 30, 'CASE PAUSED', { ...monoFont(12, 600), color: palette.inkSoft, letterSpacing: 3 });
    addText(this, x + 32, y + 50, 'The file stays open on the desk.', {
      ...uiFont(this.theme.uiSize),
      color: palette.ink,
    });
    const entries: Array<[string, string, () => void]> = [
      ['Resume', 'Esc', () => this.controller.back()],
      ['Settings', '', () => this.controller.open('settings')],
      ['Sources', '', () => this.controller.open('sources')],
      ['Save and return to title', 'autosaved', () => this.controller.toTitle()],
    ];
    entries.forEach(([label, hint, action], index) => {
      new Button(this, x + 32, y + 100 + index * 72, {
        width: w - 64,
        height: 56,
        label,
        hint,
        theme: this.theme,
        onClick: action,
      });
    });
  }
}
