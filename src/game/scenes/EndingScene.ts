/**
 * The file closed: its verdict stamped across the cover, what ended up in it, the summary
 * in the investigator's hand, the last document beside it, and the way out.
 */
import Phaser from 'phaser';
import type { Snapshot } from '../controller';
import { fileSummaryRows } from '../layout/file-summary';
import { fitText } from '../layout/text-fit';
import { FONTS } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { addClosedFolder } from '../widgets/closed-folder';
import { CASE_NUMBER, DocumentSheet, SUBJECT_NAME } from '../widgets/document-sheet';
import { addDesk } from '../widgets/dossier';
import { context, makeCanvas, paintClip, paintPaper, paintShadow, paintStamp, sizedMeasure } from '../widgets/paint';
import { addText, Button, monoFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

const FOLDER_BOX = { x: 70, y: 84, width: 520, height: 540 } as const;

export class EndingScene extends ViewScene {
  private sheet: DocumentSheet | null = null;
  private page = 0;
  private typed = 0;
  private typing = false;
  private lastTypeSound = 0;
  private lastFrame = 0;
  private owned: CanvasImage[] = [];

  constructor() {
    super('EndingScene');
  }

  protected build(snapshot: Snapshot): void {
    this.owned = [];
    this.sheet = null;
    this.typing = false;
    this.typed = 0;
    this.page = snapshot.pageNumber;
    const passage = snapshot.passage;
    const ending = passage?.ending;
    addDesk(this, this.theme, true);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const item of this.owned) item.destroy();
      this.sheet?.destroy();
    });
    if (!passage || !ending) {
      addText(this, 640, 360, 'The file is closed.', {
        fontFamily: `"${FONTS.ui}"`,
        fontSize: '24px',
        color: '#efe2c4',
      }).setOrigin(0.5);
      return;
    }
    const { palette } = this.theme;
    const lines = fileSummaryRows({
      documents: snapshot.documents.length,
      exhibits: snapshot.exhibits.map((e) => e.label),
      variables: snapshot.run?.state.variables ?? {},
    });
    const folder = addClosedFolder(this, this.theme, {
      ...FOLDER_BOX,
      rows: lines,
      title: ending.title,
      caseNumber: CASE_NUMBER,
    });
    this.owned.push(folder);
    const folderGroup = this.add.container(0, 0, [folder.image]);
    // The summary, handwritten on a card clipped to the cover.
    const resolution = renderResolution();
    const cardWidth = 440;
    // The whole summary, always: a smaller hand before anything would be cut.
    const room = FOLDER_BOX.height - folder.labelBottom - 110;
    const { size: handSize, lines: summaryLines } = fitText(
      ending.summary,
      {
        size: Math.min(24, Math.round(this.theme.handSize * 0.85)),
        minSize: 14,
        width: cardWidth - 40,
        maxHeight: room - 44,
        lineHeight: (size) => Math.round(size * 1.1),
      },
      sizedMeasure((size) => `400 ${size}px "${FONTS.hand}"`),
    );
    const handFont = `400 ${handSize}px "${FONTS.hand}"`;
    const lineHeight = Math.round(handSize * 1.1);
    const shownLines = summaryLines;
    const cardHeight = 30 + shownLines.length * lineHeight + 14;
    const cardCanvas = makeCanvas(cardWidth + 30, cardHeight + 50, resolution);
    const cctx = context(cardCanvas);
    cctx.translate(15, 35);
    if (!this.theme.highContrast) paintShadow(cctx, 0, 0, cardWidth, cardHeight, 8, 0.4);
    paintPaper(cctx, cardWidth, cardHeight, palette, { seed: `summary:${ending.id}`, color: palette.slip });
    cctx.fillStyle = palette.inkSoft;
    cctx.font = `600 10px "${FONTS.mono}"`;
    cctx.fillText('CLOSING NOTE', 20, 20);
    cctx.fillStyle = palette.ink;
    cctx.font = handFont;
    shownLines.forEach((line, index) => {
      cctx.fillText(line, 20, 30 + (index + 1) * lineHeight - 4);
    });
    paintClip(cctx, cardWidth - 70, -30, this.theme.highContrast);
    const card = canvasImage(
      this,
      cardCanvas,
      resolution,
      FOLDER_BOX.x + 40 - 15,
      FOLDER_BOX.y + FOLDER_BOX.height - cardHeight - 30 - 35,
      'summary',
    );
    card.image.setOrigin(0, 0).setAngle(1.2);
    this.owned.push(card);
    folderGroup.add(card.image);
    // The verdict stamp.
    const alleged = passage.provenance.kind === 'alleged';
    const verdictCanvas = paintStamp(resolution, {
      lines: [ending.verdict.toUpperCase()],
      color: alleged ? palette.stampAlleged : palette.stampDramatized,
      seed: `verdict:${ending.id}`,
      size: 36,
      alpha: 1,
      worn: !this.theme.highContrast,
    });
    const verdict = canvasImage(
      this,
      verdictCanvas,
      resolution,
      FOLDER_BOX.x + FOLDER_BOX.width / 2,
      (FOLDER_BOX.y + folder.labelBottom + (FOLDER_BOX.y + FOLDER_BOX.height - cardHeight - 30)) / 2 + 6,
      'verdict',
    );
    this.owned.push(verdict);
    const maxStampWidth = FOLDER_BOX.width - 30;
    const baseScale = Math.min(1, maxStampWidth / verdict.image.displayWidth);
    verdict.image
      .setScale(verdict.image.scale * baseScale)
      .setAngle(-3.5)
      .setAlpha(0);
    const stampScale = verdict.image.scale;
    addText(this, FOLDER_BOX.x, 24, 'CASE CLOSED', {
      ...monoFont(13, 600),
      color: palette.chromeDim,
      letterSpacing: 3,
    });
    new Button(this, FOLDER_BOX.x, 650, {
      width: 250,
      height: 50,
      label: 'Open a new case',
      theme: this.theme,
      onClick: () => this.controller.newCase(),
    });
    new Button(this, FOLDER_BOX.x + 270, 650, {
      width: 250,
      height: 50,
      label: 'Return to title',
      theme: this.theme,
      onClick: () => this.controller.toTitle(),
    });
    // The last document, beside the file.
    const sheet = new DocumentSheet(this, 650, 52, {
      passage,
      index: snapshot.documents.length,
      theme: this.theme,
      resolution,
      caseNumber: CASE_NUMBER,
      subject: SUBJECT_NAME,
    });
    this.sheet = sheet;
    sheet.stamp.setAlpha(this.theme.palette.stampAlpha);
    const zone = this.add.zone(0, 0, sheet.width, sheet.height).setOrigin(0, 0).setInteractive();
    sheet.container.add(zone);
    zone.on('pointerup', () => this.controller.completeText());
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      if (pointer.worldX >= 650) sheet.scrollBy(dy * 0.6);
    });
    const reduced = this.settings.reducedMotion;
    this.sfx.playEffect('drawer');
    if (!reduced) {
      folderGroup.setX(-700);
      this.tweens.add({ targets: folderGroup, x: 0, duration: 420, ease: 'Cubic.easeOut' });
      sheet.container.setX(650 + 700);
      this.tweens.add({ targets: sheet.container, x: 650, duration: 420, delay: 120, ease: 'Cubic.easeOut' });
    }
    this.time.delayedCall(reduced ? 100 : 560, () => {
      this.controller.startTyping(this.page, sheet.totalChars, sheet.layout.lineStarts);
      this.typing = true;
    });
    this.time.delayedCall(reduced ? 300 : 900, () => {
      verdict.image.setScale(stampScale * (reduced ? 1 : 1.5));
      this.tweens.add({
        targets: verdict.image,
        scale: stampScale,
        alpha: palette.stampAlpha,
        duration: reduced ? 75 : 150,
        ease: 'Quad.easeIn',
        onComplete: () => {
          this.sfx.playEffect('stamp');
          if (!reduced) {
            this.tweens.add({
              targets: folderGroup,
              x: { from: -2, to: 2 },
              duration: 35,
              yoyo: true,
              repeat: 1,
              onComplete: () => folderGroup.setX(0),
            });
          }
        },
      });
    });
  }

  override update(): void {
    // Real time, not game time: a slow frame must not slow the typewriter down.
    const now = performance.now();
    const delta = Math.min(250, now - (this.lastFrame || now));
    this.lastFrame = now;
    const sheet = this.sheet;
    if (!sheet) return;
    if (this.typing) {
      this.controller.advanceTyping(this.page, delta);
      const { typing, revealed } = this.controller.state;
      if (typing.shown > this.typed) {
        if (this.time.now - this.lastTypeSound > 90) {
          this.sfx.playEffect('type');
          this.lastTypeSound = this.time.now;
        }
        this.typed = typing.shown;
        sheet.setTyped(typing.shown);
      }
      if (revealed) {
        this.typing = false;
        sheet.setTyped(sheet.totalChars);
      }
    }
    sheet.render();
  }
}
