/** The title: the game's name on a file lying on the desk, the disclaimer plainly, the menu. */
import type Phaser from 'phaser';
import { TITLE_DISCLAIMER } from '../../content/sources';
import type { Snapshot } from '../controller';
import { wrapLines } from '../layout/text-fit';
import { FONTS } from '../theme';
import { renderResolution } from '../widgets/canvas-image';
import { CASE_NUMBER } from '../widgets/document-sheet';
import { addBackground } from '../widgets/dossier';
import { addNotice } from '../widgets/notice';
import {
  context,
  cssMeasure,
  makeCanvas,
  paintPaper,
  paintShadow,
  paintStamp,
  rgba,
  roundedRect,
  shade,
} from '../widgets/paint';
import { addText, Button, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

export class TitleScene extends ViewScene {
  private menu: Phaser.GameObjects.Container | null = null;
  private notice: Phaser.GameObjects.Container | null = null;
  private shownContinue: boolean | null = null;
  private shownNotice: string | null | undefined;

  constructor() {
    super('TitleScene');
  }

  protected build(snapshot: Snapshot): void {
    this.menu = null;
    this.notice = null;
    this.shownContinue = null;
    this.shownNotice = undefined;
    this.paintCover();
    this.renderMenu(snapshot);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    this.renderMenu(snapshot);
  }

  private paintCover() {
    const { palette } = this.theme;
    const resolution = renderResolution();
    const w = 600;
    const h = 470;
    const pad = 40;
    const canvas = makeCanvas(w + pad * 2, h + pad * 2, resolution);
    const ctx = context(canvas);
    ctx.translate(pad, pad);
    if (!this.theme.highContrast) paintShadow(ctx, 0, 0, w, h, 30, 0.75);
    // Folder cover with a tab.
    ctx.fillStyle = shade(palette.folder, -0.06);
    ctx.fillRect(w - 200, -24, 160, 30);
    ctx.fillStyle = palette.folder;
    ctx.fillRect(0, 0, w, h);
    if (!this.theme.highContrast) {
      const light = ctx.createLinearGradient(0, 0, w, h);
      light.addColorStop(0, rgba('#fff3d2', 0.35));
      light.addColorStop(1, rgba(palette.folderShadow, 0.6));
      ctx.fillStyle = light;
      ctx.fillRect(0, 0, w, h);
    }
    ctx.strokeStyle = this.theme.highContrast ? '#ffffff' : rgba(palette.folderShadow, 0.9);
    ctx.lineWidth = 3;
    ctx.strokeRect(1.5, 1.5, w - 3, h - 3);
    ctx.fillStyle = palette.ink;
    ctx.font = `600 11px "${FONTS.mono}"`;
    ctx.fillText(CASE_NUMBER, w - 186, -8);
    // The label.
    ctx.save();
    ctx.translate(50, 70);
    paintPaper(ctx, w - 100, 220, palette, { seed: 'title-label' });
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `600 12px "${FONTS.mono}"`;
    ctx.fillText(`CASE FILE  \u00b7  ${CASE_NUMBER}`, 26, 34);
    ctx.fillStyle = palette.ink;
    const titleFont = `400 60px "${FONTS.typewriter}"`;
    ctx.font = titleFont;
    ctx.fillText('THE', 26, 104);
    ctx.fillText('CONSULTANT', 26, 166);
    ctx.fillText('CONSULTANT', 27, 166);
    ctx.strokeStyle = palette.ink;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(26, 186);
    ctx.lineTo(w - 126, 186);
    ctx.stroke();
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `400 14px "${FONTS.mono}"`;
    ctx.fillText('A case file in eight chapters  \u00b7  2015\u20132024', 26, 206);
    ctx.restore();
    ctx.fillStyle = palette.ink;
    ctx.font = `400 26px "${FONTS.hand}"`;
    ctx.fillText('Subject: Wang \u2014 and, later, Cho', 60, 318);
    ctx.font = `400 22px "${FONTS.hand}"`;
    ctx.fillStyle = rgba(palette.ink, 0.8);
    ctx.fillText('Every page you read, you decide what he does next.', 60, 350);
    const stamp = paintStamp(resolution, {
      lines: ['DRAMATIZATION', 'BASED ON UNVERIFIED ALLEGATIONS'],
      color: palette.stampDramatized,
      seed: 'title',
      size: 26,
      alpha: 1,
      worn: !this.theme.highContrast,
    });
    const cardWidth = 1100;
    const size = this.theme.uiSize - 1;
    const disclaimerFont = `400 ${size}px "${FONTS.ui}"`;
    const lines = wrapLines(TITLE_DISCLAIMER, cardWidth - 40, cssMeasure(disclaimerFont));
    const lineHeight = Math.round(size * 1.45);
    const cardHeight = lines.length * lineHeight + 24;
    const theme = this.theme;
    addBackground(
      this,
      theme,
      `title-${size}`,
      (bg) => {
        bg.save();
        bg.translate(90, 96);
        bg.rotate((-1.6 * Math.PI) / 180);
        bg.drawImage(canvas, -pad, -pad, canvas.width / resolution, canvas.height / resolution);
        bg.restore();
        bg.save();
        bg.translate(420, 500);
        bg.rotate((-5 * Math.PI) / 180);
        bg.globalAlpha = palette.stampAlpha;
        bg.drawImage(
          stamp,
          -stamp.width / resolution / 2,
          -stamp.height / resolution / 2,
          stamp.width / resolution,
          stamp.height / resolution,
        );
        bg.restore();
        const top = 712 - cardHeight - 6;
        bg.fillStyle = theme.highContrast ? '#000000' : 'rgba(0,0,0,0.55)';
        roundedRect(bg, 90, top, cardWidth, cardHeight, 6);
        bg.fill();
        bg.strokeStyle = rgba(palette.chromeDim, 0.5);
        bg.lineWidth = 1;
        bg.stroke();
        bg.fillStyle = palette.chrome;
        bg.font = disclaimerFont;
        bg.textBaseline = 'alphabetic';
        lines.forEach((line, index) => {
          bg.fillText(line, 110, top + 12 + size + index * lineHeight);
        });
      },
      true,
    );
  }

  private renderMenu(snapshot: Snapshot) {
    if (this.shownContinue !== snapshot.canContinue) {
      this.shownContinue = snapshot.canContinue;
      this.menu?.destroy();
      const { theme } = this;
      const x = 780;
      let y = 130;
      const children: Phaser.GameObjects.GameObject[] = [];
      const heading = addText(this, x, y, 'CASE FILES \u00b7 NIGHT DESK', {
        ...uiFont(13, 600),
        color: theme.palette.chromeDim,
        letterSpacing: 2,
      });
      children.push(heading);
      y += 34;
      const entries: Array<[string, string, () => void]> = [];
      if (snapshot.canContinue) entries.push(['Continue the case', 'saved', () => this.controller.continueRun()]);
      entries.push(['New case', 'from 2015', () => this.newCase()]);
      entries.push(['Settings', '', () => this.controller.open('settings')]);
      entries.push(['Sources', 'F1\u2013F13', () => this.controller.open('sources')]);
      entries.forEach(([label, hint, action], index) => {
        const button = new Button(this, x, y, {
          width: 380,
          height: 56,
          label,
          hint,
          theme,
          variant: index === 0 ? 'primary' : 'primary',
          onClick: action,
        });
        children.push(button.container);
        y += 70;
      });
      this.menu = this.add.container(0, 0, children);
    }
    if (this.shownNotice !== snapshot.notice) {
      this.shownNotice = snapshot.notice;
      this.notice?.destroy();
      this.notice = snapshot.notice
        ? addNotice(this, this.theme, snapshot.notice, 780, 460, 380, () => this.controller.dismissNotice())
        : null;
    }
  }

  private newCase() {
    this.controller.newCase();
  }
}
