/** Settings on a printed form: volumes, mute, text speed and size, motion, contrast. */
import Phaser from 'phaser';
import { TEXT_SIZES, TEXT_SPEEDS, type TextSize, type TextSpeed } from '../../save/settings-types';
import type { Snapshot } from '../controller';
import { FONTS } from '../theme';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { context, makeCanvas, paintPaper, paintShadow } from '../widgets/paint';
import { addText, Button, monoFont, OptionRow, Slider, Toggle } from '../widgets/ui';
import { ViewScene } from './view-scene';

const SPEED_LABELS: Record<TextSpeed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant' };
const SIZE_LABELS: Record<TextSize, string> = { normal: 'Normal', large: 'Large', 'x-large': 'X-large' };

export class SettingsScene extends ViewScene {
  constructor() {
    super('SettingsScene');
  }

  protected build(snapshot: Snapshot): void {
    const { palette } = this.theme;
    const settings = snapshot.settings;
    addDesk(this, this.theme);
    this.add.zone(0, 0, 1280, 720).setOrigin(0, 0).setInteractive();
    const resolution = renderResolution();
    const w = 820;
    const h = 640;
    const x = 640 - w / 2;
    const y = 40;
    const canvas = makeCanvas(w + 40, h + 40, resolution);
    const ctx = context(canvas);
    ctx.translate(20, 20);
    if (!this.theme.highContrast) paintShadow(ctx, 0, 0, w, h, 22, 0.7);
    paintPaper(ctx, w, h, palette, { seed: 'settings-form', fold: true });
    ctx.fillStyle = palette.ink;
    ctx.font = `400 30px "${this.theme.bodyFont}"`;
    ctx.fillText('SETTINGS', 44, 70);
    ctx.font = `600 11px "${FONTS.mono}"`;
    ctx.fillStyle = palette.inkSoft;
    ctx.fillText('FORM S-1  \u00b7  HOW THE FILE IS READ', 44, 36);
    ctx.strokeStyle = palette.ink;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(44, 88);
    ctx.lineTo(w - 44, 88);
    ctx.stroke();
    const sheet = canvasImage(this, canvas, resolution, x - 20, y - 20, 'settings');
    sheet.image.setOrigin(0, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => sheet.destroy());
    const left = x + 44;
    const width = w - 88;
    const change = this.controller.changeSettings.bind(this.controller);
    let row = y + 112;
    const step = 58;
    addText(this, left, row, 'SOUND', { ...monoFont(12, 600), color: palette.inkSoft, letterSpacing: 2 });
    row += 28;
    new Slider(this, left, row, {
      theme: this.theme,
      label: 'Music and ambience',
      value: settings.musicVolume,
      width,
      onChange: (value) => change({ musicVolume: value }),
    });
    row += step;
    new Slider(this, left, row, {
      theme: this.theme,
      label: 'Effects',
      value: settings.effectsVolume,
      width,
      onChange: (value) => change({ effectsVolume: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: 'Mute all sound',
      value: settings.muted,
      width,
      onLabel: 'Muted',
      offLabel: 'Sound on',
      onChange: (value) => change({ muted: value }),
    });
    row += step + 6;
    addText(this, left, row, 'READING', { ...monoFont(12, 600), color: palette.inkSoft, letterSpacing: 2 });
    row += 30;
    new OptionRow<TextSpeed>(this, left, row, {
      theme: this.theme,
      label: 'Text speed',
      values: TEXT_SPEEDS,
      labels: SPEED_LABELS,
      current: settings.textSpeed,
      width,
      onPick: (value) => change({ textSpeed: value }),
    });
    row += step;
    new OptionRow<TextSize>(this, left, row, {
      theme: this.theme,
      label: 'Text size',
      values: TEXT_SIZES,
      labels: SIZE_LABELS,
      current: settings.textSize,
      width,
      onPick: (value) => change({ textSize: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: 'Reduced motion',
      value: settings.reducedMotion,
      width,
      onLabel: 'On: no sliding, no flicker',
      offLabel: 'Off',
      onChange: (value) => change({ reducedMotion: value }),
    });
    row += step;
    new Toggle(this, left, row, {
      theme: this.theme,
      label: 'High contrast',
      value: settings.highContrast,
      width,
      onLabel: 'On',
      offLabel: 'Off',
      onChange: (value) => change({ highContrast: value }),
    });
    new Button(this, x + w - 44 - 200, y + h - 76, {
      width: 200,
      height: 50,
      label: 'Back',
      hint: 'Esc',
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
  }
}
