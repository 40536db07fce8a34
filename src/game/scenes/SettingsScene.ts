/** Settings on a printed form: volumes, mute, text speed and size, motion, contrast. */
import Phaser from 'phaser';
import { TEXT_SIZES, TEXT_SPEEDS, type TextSize, type TextSpeed } from '../../save/settings-types';
import { CONTROL_LABELS as LABELS, TEXT_SIZE_LABELS, TEXT_SPEED_LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { DESIGN_WIDTH } from '../theme';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { paintFormHead } from '../widgets/form-head';
import { paintPaper, pieceCanvas } from '../widgets/paint';
import { addText, Button, monoFont, OptionRow, Slider, Toggle } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The form on the desk: its size and top, its margins, the room for its shadow, its rows. */
const FORM = {
  width: 820,
  height: 640,
  top: 40,
  margin: 44,
  shadow: 20,
  /** The first section's heading, the space under a heading, between rows and between sections. */
  firstRow: 112,
  headingGap: 28,
  rowStep: 58,
  sectionGap: 8,
} as const;
/** The Back button, in the form's bottom right corner. */
const BACK = { width: 200, height: 50, fromBottom: 76 } as const;

export class SettingsScene extends ViewScene {
  constructor() {
    super('SettingsScene');
  }

  protected build(snapshot: Snapshot): void {
    const { palette } = this.theme;
    const settings = snapshot.settings;
    addDesk(this, this.theme, this.frame);
    // Nothing under the form takes a click while it is open.
    this.add
      .zone(this.screenRect.x, this.screenRect.y, this.screenRect.width, this.screenRect.height)
      .setOrigin(0, 0)
      .setInteractive();
    const resolution = renderResolution();
    const { width: w, height: h, top: y, margin, shadow } = FORM;
    const x = DESIGN_WIDTH / 2 - w / 2;
    const { canvas, ctx } = pieceCanvas(w, h, { pad: shadow }, resolution, { theme: this.theme, blur: 22, alpha: 0.7 });
    paintPaper(ctx, w, h, palette, { seed: 'settings-form', fold: true });
    paintFormHead(ctx, this.theme, {
      kicker: 'FORM S-1  \u00b7  HOW THE FILE IS READ',
      title: 'SETTINGS',
      left: margin,
      right: w - margin,
      kickerY: 36,
      titleY: 70,
      ruleY: 88,
    });
    const sheet = canvasImage(this, canvas, resolution, x - shadow, y - shadow, 'settings');
    sheet.image.setOrigin(0, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => sheet.destroy());
    const left = x + margin;
    const width = w - margin * 2;
    const change = this.controller.changeSettings.bind(this.controller);
    let row = y + FORM.firstRow;
    const step = FORM.rowStep;
    addText(this, left, row, 'SOUND', { ...monoFont(12, 600), color: palette.inkSoft, letterSpacing: 2 });
    row += FORM.headingGap;
    new Slider(this, left, row, {
      theme: this.theme,
      label: LABELS.musicVolume,
      value: settings.musicVolume,
      width,
      onChange: (value) => change({ musicVolume: value }),
    });
    row += step;
    new Slider(this, left, row, {
      theme: this.theme,
      label: LABELS.effectsVolume,
      value: settings.effectsVolume,
      width,
      onChange: (value) => change({ effectsVolume: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: LABELS.mute,
      value: settings.muted,
      width,
      onLabel: 'Muted',
      offLabel: 'Sound on',
      onChange: (value) => change({ muted: value }),
    });
    row += step + FORM.sectionGap;
    addText(this, left, row, 'READING', { ...monoFont(12, 600), color: palette.inkSoft, letterSpacing: 2 });
    row += FORM.headingGap;
    new OptionRow<TextSpeed>(this, left, row, {
      theme: this.theme,
      label: LABELS.textSpeed,
      values: TEXT_SPEEDS,
      labels: TEXT_SPEED_LABELS,
      current: settings.textSpeed,
      width,
      onPick: (value) => change({ textSpeed: value }),
    });
    row += step;
    new OptionRow<TextSize>(this, left, row, {
      theme: this.theme,
      label: LABELS.textSize,
      values: TEXT_SIZES,
      labels: TEXT_SIZE_LABELS,
      current: settings.textSize,
      width,
      onPick: (value) => change({ textSize: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: LABELS.reducedMotion,
      value: settings.reducedMotion,
      width,
      onLabel: 'On: no sliding, no flicker',
      offLabel: 'Off',
      onChange: (value) => change({ reducedMotion: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: LABELS.highContrast,
      value: settings.highContrast,
      width,
      onLabel: 'On',
      offLabel: 'Off',
      onChange: (value) => change({ highContrast: value }),
    });
    new Button(this, x + w - margin - BACK.width, y + h - BACK.fromBottom, {
      width: BACK.width,
      height: BACK.height,
      label: LABELS.back,
      hint: 'Esc',
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
  }
}
