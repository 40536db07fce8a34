/**
 * The menu over a paused case: resume, step back, the replay screens (history, branch map,
 * endings, saves), the route link, settings, sources, save and return to the title.
 */
import Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import { canStepBack, type Snapshot } from '../controller';
import { menuLayoutFor } from '../layout/menu-layout';
import { wrapLines } from '../layout/text-fit';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { cssMeasure } from '../widgets/measure';
import { paintPaper, pieceCanvas } from '../widgets/paint';
import { addText, Button, hintSize, keyHint, monoFont, setWrappedText, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The CSS font of a text style, to measure with. */
const fontOf = (font: ReturnType<typeof uiFont>) => [font.fontStyle, font.fontSize, font.fontFamily].join(' ');

/** The line under the card's kicker. */
const LINE = 'The file stays open on the desk.';

export class MenuScene extends ViewScene {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;

  constructor() {
    super('MenuScene');
  }

  protected build(snapshot: Snapshot): void {
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
    const entries: Array<[string, string, () => void]> = [
      [LABELS.resume, keyHint(this, 'Esc'), () => this.controller.back()],
      ...(canStepBack(snapshot)
        ? [[LABELS.stepBack, keyHint(this, 'Bksp'), () => this.controller.stepBack()] as [string, string, () => void]]
        : []),
      [LABELS.history, '', () => this.controller.open('history')],
      [LABELS.branchMap, '', () => this.controller.open('map')],
      [LABELS.endings, '', () => this.controller.open('endings')],
      [LABELS.saves, '3 slots', () => this.controller.open('saves')],
      [LABELS.copyLink, '', () => this.controller.replay.copyRouteLink()],
      [LABELS.settings, '', () => this.controller.open('settings')],
      [LABELS.sources, '', () => this.controller.open('sources')],
      [LABELS.saveAndTitle, 'autosaved', () => this.controller.toTitle()],
    ];
    const lineFont = uiFont(this.theme.uiSize);
    const lineMeasure = cssMeasure(fontOf(lineFont));
    const labelMeasure = cssMeasure(fontOf(uiFont(this.theme.uiSize, 600)));
    const hintMeasure = cssMeasure(fontOf(monoFont(hintSize(this.theme.uiSize))));
    const layout = menuLayoutFor(this.frame.world, {
      uiSize: this.theme.uiSize,
      buttons: entries.map(([label, hint]) => ({ label: labelMeasure(label), hint: hint ? hintMeasure(hint) : 0 })),
      lines: (width) => wrapLines(LINE, width, lineMeasure).length,
    });
    const { shadow } = layout;
    const { x, y, width: w, height: h } = layout.card;
    const { canvas, ctx } = pieceCanvas(w, h, { pad: shadow }, resolution, { theme: this.theme, blur: 20, alpha: 0.7 });
    paintPaper(ctx, w, h, palette, { seed: 'menu-card' });
    const card = canvasImage(this, canvas, resolution, x - shadow, y - shadow, 'menu');
    card.image.setOrigin(0, 0);
    const cardZone = this.add.zone(x, y, w, h).setOrigin(0, 0).setInteractive();
    cardZone.on('pointerup', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) =>
      event.stopPropagation(),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => card.destroy());
    addText(this, layout.kicker.x, layout.kicker.y, 'CASE PAUSED', {
      ...monoFont(layout.kicker.size, 600),
      color: palette.inkSoft,
      letterSpacing: 3,
    });
    const line = addText(this, layout.line.x, layout.line.y, LINE, { ...lineFont, color: palette.ink });
    // On the desk the line always fits; a phone's card may break it.
    if (layout.arrangement !== 'desk') setWrappedText(line, LINE, layout.line.width);
    entries.forEach(([label, hint, action], index) => {
      const at = layout.buttons[index]!;
      new Button(this, at.x, at.y, {
        width: at.width,
        height: at.height,
        label,
        ...(layout.hints[index] ? { hint } : {}),
        theme: this.theme,
        onClick: action,
      });
    });
  }
}
