/** The menu over a paused case: resume, settings, sources, save and return to the title. */
import Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { paintPaper, pieceCanvas } from '../widgets/paint';
import { addText, Button, monoFont, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The card in the middle of the dimmed case: size, shadow room, margins, lines and buttons. */
const CARD = {
  width: 440,
  height: 430,
  shadow: 20,
  margin: 32,
  kickerY: 30,
  lineY: 50,
  firstButton: 100,
  buttonStep: 72,
  buttonHeight: 56,
} as const;

export class MenuScene extends ViewScene {
  constructor() {
    super('MenuScene');
  }

  protected build(_snapshot: Snapshot): void {
    const { palette } = this.theme;
    // The case dims under the card; a click on it, outside the card, goes back to the case.
    const blocker = this.add
      .rectangle(
        this.screenRect.x,
        this.screenRect.y,
        this.screenRect.width,
        this.screenRect.height,
        0x000000,
        this.theme.highContrast ? 0.85 : 0.62,
      )
      .setOrigin(0, 0);
    blocker.setInteractive();
    blocker.on('pointerup', () => this.controller.back());
    const resolution = renderResolution();
    const { width: w, height: h, shadow, margin } = CARD;
    const x = (DESIGN_WIDTH - w) / 2;
    const y = (DESIGN_HEIGHT - h) / 2;
    const { canvas, ctx } = pieceCanvas(w, h, { pad: shadow }, resolution, { theme: this.theme, blur: 20, alpha: 0.7 });
    paintPaper(ctx, w, h, palette, { seed: 'menu-card' });
    const card = canvasImage(this, canvas, resolution, x - shadow, y - shadow, 'menu');
    card.image.setOrigin(0, 0);
    const cardZone = this.add.zone(x, y, w, h).setOrigin(0, 0).setInteractive();
    cardZone.on('pointerup', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) =>
      event.stopPropagation(),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => card.destroy());
    addText(this, x + margin, y + CARD.kickerY, 'CASE PAUSED', {
      ...monoFont(12, 600),
      color: palette.inkSoft,
      letterSpacing: 3,
    });
    addText(this, x + margin, y + CARD.lineY, 'The file stays open on the desk.', {
      ...uiFont(this.theme.uiSize),
      color: palette.ink,
    });
    const entries: Array<[string, string, () => void]> = [
      [LABELS.resume, 'Esc', () => this.controller.back()],
      [LABELS.settings, '', () => this.controller.open('settings')],
      [LABELS.sources, '', () => this.controller.open('sources')],
      [LABELS.saveAndTitle, 'autosaved', () => this.controller.toTitle()],
    ];
    entries.forEach(([label, hint, action], index) => {
      new Button(this, x + margin, y + CARD.firstButton + index * CARD.buttonStep, {
        width: w - margin * 2,
        height: CARD.buttonHeight,
        label,
        hint,
        theme: this.theme,
        onClick: action,
      });
    });
  }
}
