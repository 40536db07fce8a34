/**
 * The case file on the desk at night: the current passage as a document typed onto the
 * page, earlier documents in a pile, exhibits clipped to the folder, choices as numbered
 * slips. Pointer input only; the accessible layer owns the keyboard.
 */
import Phaser from 'phaser';
import type { ChoiceView } from '../../story/engine';
import { findPassage } from '../../story/engine';
import type { Chapter, Passage } from '../../story/types';
import type { Snapshot } from '../controller';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { seededRandom } from '../theme';
import type { ChoiceRectSource } from '../view-hook';
import { backdropContext } from '../widgets/backdrop';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { type ChapterDivider, showChapterDivider } from '../widgets/chapter-divider';
import { paintIndexCard } from '../widgets/contents-card';
import { CASE_NUMBER, DocumentSheet, SUBJECT_NAME } from '../widgets/document-sheet';
import {
  addBackground,
  addExhibitTag,
  type Painted,
  paintedImage,
  paintOpenFolder,
  paintSlip,
  paintUnderSheets,
  TAG,
} from '../widgets/dossier';
import { addNotice } from '../widgets/notice';
import { addText, Button, monoFont, setWrappedText, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** What the scene hands itself across a rebuild (a settings change), so nothing replays. */
interface CaseRebuild {
  /** The page it showed. */
  readonly page: number;
}

/** A piece of the pile: painted once per page, drawn behind the canvas (or as a quad). */
interface PileLayer extends Painted {
  /** Degrees, about the top-left corner. */
  readonly angle: number;
  /** The earlier sheets fade in when a page arrives; the contents card does not. */
  readonly fades: boolean;
}

const SHEET_TOP = 60;
const COLUMN_X = 962;
const COLUMN_WIDTH = 286;

interface Slip {
  readonly view: ChoiceView;
  readonly container: Phaser.GameObjects.Container;
  readonly image: CanvasImage;
  readonly height: number;
  readonly homeX: number;
}

export class CaseFileScene extends ViewScene<CaseRebuild> implements ChoiceRectSource {
  private sheet: DocumentSheet | null = null;
  private page = -1;
  private typed = 0;
  private typing = false;
  private lastTypeSound = 0;
  private ready = false;
  private choicesShown = false;
  private slips: Slip[] = [];
  private pile: CanvasImage[] = [];
  private pileLayers: readonly PileLayer[] | null = null;
  /** The desk and folder, as painted (the backdrop shows it, or its quad does). */
  private desk: HTMLCanvasElement | null = null;
  private tags: CanvasImage[] = [];
  private extraLabels: Phaser.GameObjects.GameObject[] = [];
  private lastFrame = 0;
  private chapterLabel!: Phaser.GameObjects.Text;
  private columnHeading!: Phaser.GameObjects.Text;
  private columnHint!: Phaser.GameObjects.Text;
  private divider: ChapterDivider | null = null;
  private notice: Phaser.GameObjects.Container | null = null;
  private noticeText: string | null = null;
  private dragStartY: number | null = null;
  private dragLastY = 0;
  private dragging = false;
  private disposables: Array<{ destroy(): void }> = [];

  constructor() {
    super('CaseFileScene');
  }

  clickableChoices() {
    if (!this.ready || !this.choicesShown || !this.controller.state.revealed) return [];
    return this.slips
      .filter((slip) => slip.view.available)
      .map((slip) => ({
        choiceId: slip.view.choice.id,
        number: slip.view.number,
        x: slip.container.x,
        y: slip.container.y,
        width: COLUMN_WIDTH,
        height: slip.height,
      }));
  }

  protected override rebuildData(): Partial<CaseRebuild> {
    return { page: this.page };
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<CaseRebuild>): void {
    this.sheet = null;
    this.page = -1;
    this.slips = [];
    this.pile = [];
    this.tags = [];
    this.extraLabels = [];
    this.divider = null;
    this.notice = null;
    this.noticeText = null;
    this.ready = false;
    this.choicesShown = false;
    this.typing = false;
    this.disposables = [];
    const { palette } = this.theme;
    const theme = this.theme;
    this.desk = addBackground(
      this,
      theme,
      'case',
      (ctx) => paintOpenFolder(ctx, theme, `CASE ${CASE_NUMBER}  \u00b7  SUBJECT: WANG`),
      true,
    );
    this.chapterLabel = addText(this, 1140, 27, '', {
      ...uiFont(Math.min(16, this.theme.uiSize - 2), 600),
      color: palette.chrome,
    }).setOrigin(1, 0.5);
    addText(this, 418, 27, 'THE CONSULTANT', {
      ...monoFont(12, 600),
      color: palette.chromeDim,
      letterSpacing: 3,
    }).setOrigin(0, 0.5);
    new Button(this, 1156, 9, {
      width: 104,
      height: 36,
      label: 'Menu',
      hint: 'Esc',
      size: 15,
      theme: this.theme,
      variant: 'quiet',
      onClick: () => this.controller.escape(),
    });
    const inkOnFolder = this.theme.highContrast ? '#000000' : '#3b2f1c';
    this.columnHeading = addText(this, COLUMN_X, 76, '', {
      ...monoFont(12, 600),
      color: inkOnFolder,
      letterSpacing: 1,
    });
    this.columnHint = addText(this, COLUMN_X, 100, '', {
      ...uiFont(this.theme.uiSize - 1),
      color: inkOnFolder,
      lineSpacing: 4,
    });
    // Wheel anywhere over the document scrolls it.
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (this.sheet && this.overSheet(pointer)) this.sheet.scrollBy(dy * 0.6);
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (this.dragStartY === null || !pointer.isDown || !this.sheet) return;
      if (!this.dragging && Math.abs(pointer.worldY - this.dragStartY) > 6) this.dragging = true;
      if (this.dragging) {
        this.sheet.scrollBy(this.dragLastY - pointer.worldY);
        this.dragLastY = pointer.worldY;
      }
    });
    this.input.on('pointerup', () => {
      this.dragStartY = null;
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.divider?.cancel?.();
      this.sheet?.destroy();
      for (const item of [...this.pile, ...this.tags, ...this.disposables]) item.destroy();
      for (const slip of this.slips) slip.image.destroy();
    });
    this.showPage(snapshot, rebuilt.page === snapshot.pageNumber);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    if (
      snapshot.screen !== 'case' &&
      snapshot.screen !== 'menu' &&
      snapshot.screen !== 'settings' &&
      snapshot.screen !== 'sources'
    )
      return;
    if (snapshot.passage && snapshot.pageNumber !== this.page && snapshot.screen === 'case') {
      this.showPage(snapshot, false);
      return;
    }
    if (snapshot.revealed && this.typing && this.sheet) {
      this.finishTyping();
    }
    this.renderNotice(snapshot);
  }

  override update(): void {
    // Real time, not game time: a slow frame must not slow the typewriter down.
    const now = performance.now();
    const delta = Math.min(250, now - (this.lastFrame || now));
    this.lastFrame = now;
    this.divider?.tick?.();
    const sheet = this.sheet;
    if (!sheet) return;
    if (this.typing) {
      this.controller.advanceTyping(this.page, delta);
      const { typing, revealed } = this.controller.state;
      if (typing.shown > this.typed) {
        this.playTypingSound(this.typed, typing.shown);
        this.typed = typing.shown;
        sheet.setTyped(typing.shown);
      }
      if (revealed) this.finishTyping();
    }
    sheet.setCaret(this.typing);
    sheet.render();
  }

  private playTypingSound(from: number, to: number) {
    const sheet = this.sheet;
    if (!sheet) return;
    const crossedLine = sheet.layout.lineStarts.some((start) => start > 0 && start > from && start <= to);
    const now = this.time.now;
    if (crossedLine) {
      this.sfx.playEffect('carriage');
      this.lastTypeSound = now;
    } else if (now - this.lastTypeSound > 45) {
      this.sfx.playEffect('type');
      this.lastTypeSound = now;
    }
  }

  private finishTyping() {
    const sheet = this.sheet;
    if (!sheet) return;
    this.typing = false;
    this.typed = sheet.totalChars;
    sheet.setTyped(this.typed, false);
    this.showChoices(this.controller.state);
  }

  private overSheet(pointer: Phaser.Input.Pointer): boolean {
    const sheet = this.sheet;
    if (!sheet) return false;
    const { x, y } = sheet.container;
    return (
      pointer.worldX >= x &&
      pointer.worldX <= x + sheet.width &&
      pointer.worldY >= y &&
      pointer.worldY <= y + sheet.height
    );
  }

  private chapterOf(passage: Passage): Chapter | undefined {
    return this.controller.story.chapters.find((chapter) => chapter.id === passage.chapter);
  }

  /** Show the snapshot's page; `resume` when the scene was rebuilt on the page it showed. */
  private showPage(snapshot: Snapshot, resume: boolean) {
    const passage = snapshot.passage;
    if (!passage) return;
    const firstPage = this.page === -1;
    this.page = snapshot.pageNumber;
    // A file opened fresh (a new case or a continued one) comes out of the drawer.
    if (!resume && (firstPage || snapshot.documents.length === 1)) this.sfx.playEffect('drawer');
    const chapter = this.chapterOf(passage);
    this.chapterLabel.setText(
      chapter ? `CHAPTER ${chapter.number}  \u00b7  ${chapter.title.toUpperCase()}  \u00b7  ${chapter.period}` : '',
    );
    this.clearSlips();
    this.ready = false;
    this.choicesShown = false;
    this.typing = false;
    this.columnHeading.setText('READING');
    setWrappedText(this.columnHint, 'The page is being typed. Click the page to show it all at once.', COLUMN_WIDTH);
    this.renderNotice(snapshot);

    this.cancelDivider();
    const previous = this.sheet;
    if (previous) {
      this.tweens.killTweensOf(previous.container);
      this.tweens.killTweensOf(previous.stamp);
    }
    const index = snapshot.documents.length;
    const size = DOCUMENT_STYLES[passage.kind].sheet;
    const x = Math.round(640 - size.width / 2) + 8;
    const sheet = new DocumentSheet(this, x, SHEET_TOP, {
      passage,
      index,
      theme: this.theme,
      resolution: this.cameras.main.zoom,
      caseNumber: CASE_NUMBER,
      subject: SUBJECT_NAME,
    });
    this.sheet = sheet;
    this.attachSheetInput(sheet);
    const motion = this.theme.motion;

    if (previous) {
      previous.container.setDepth(5);
      if (this.settings.reducedMotion) {
        this.tweens.add({
          targets: previous.container,
          alpha: 0,
          duration: 150,
          onComplete: () => previous.destroy(),
        });
      } else {
        this.tweens.add({
          targets: previous.container,
          x: 40,
          y: 120,
          scale: 0.45,
          angle: -4,
          alpha: 0,
          duration: 360,
          ease: 'Cubic.easeOut',
          onComplete: () => previous.destroy(),
        });
      }
    }
    sheet.container.setDepth(10);
    this.renderPile(snapshot, resume);
    this.renderExhibits(snapshot, resume);

    const start = () => {
      if (this.sheet !== sheet) return;
      this.ready = true;
      // The controller keeps the page's typing: a rebuilt page goes on where it was.
      this.controller.startTyping(this.page, sheet.totalChars, sheet.layout.lineStarts);
      const { typing, revealed } = this.controller.state;
      this.typed = typing.shown;
      sheet.setTyped(this.typed);
      if (revealed) this.finishTyping();
      else this.typing = true;
    };
    const land = () => {
      if (this.sheet === sheet) this.landStamp(sheet, start);
    };

    if (resume) {
      sheet.stamp.setAlpha(this.theme.palette.stampAlpha);
      start();
      return;
    }
    sheet.stamp.setAlpha(0);
    const pageIn = () => {
      if (this.sheet !== sheet) return;
      this.sfx.playEffect('page');
      const targetX = sheet.container.x;
      if (this.settings.reducedMotion) {
        sheet.container.setAlpha(0);
        this.tweens.add({ targets: sheet.container, alpha: 1, duration: 175 * motion * 2 * 0.5, onComplete: land });
      } else {
        sheet.container.setX(targetX + 760).setAngle(4);
        this.tweens.add({
          targets: sheet.container,
          x: targetX,
          angle: 0,
          duration: 360,
          ease: 'Cubic.easeOut',
          onComplete: land,
        });
      }
    };
    if (snapshot.chapterChanged && chapter) {
      sheet.container.setVisible(false);
      this.divider = showChapterDivider(this, this.theme, this.sfx, chapter, this.settings.reducedMotion, () => {
        sheet.container.setVisible(true);
        pageIn();
      });
    } else {
      pageIn();
    }
  }

  private attachSheetInput(sheet: DocumentSheet) {
    const zone = this.add
      .zone(0, 0, sheet.width, sheet.height)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: false });
    sheet.container.add(zone);
    zone.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      this.dragStartY = pointer.worldY;
      this.dragLastY = pointer.worldY;
      this.dragging = false;
    });
    zone.on('pointerup', () => {
      const wasDrag = this.dragging;
      this.dragStartY = null;
      this.dragging = false;
      if (!wasDrag && this.sheet === sheet && !this.controller.state.revealed) this.controller.completeText();
    });
  }

  private landStamp(sheet: DocumentSheet, done: () => void) {
    const stamp = sheet.stamp;
    const home = sheet.stampPosition;
    const reduced = this.settings.reducedMotion;
    const scale = sheet.stampScale;
    stamp
      .setPosition(home.x, home.y)
      .setScale(scale * (reduced ? 1 : 1.6))
      .setAlpha(0);
    this.tweens.add({
      targets: stamp,
      scale,
      alpha: this.theme.palette.stampAlpha,
      duration: reduced ? 75 : 150,
      ease: 'Quad.easeIn',
      onComplete: () => {
        this.sfx.playEffect('stamp');
        if (reduced) {
          done();
          return;
        }
        const x = sheet.container.x;
        this.tweens.add({
          targets: sheet.container,
          x: { from: x - 2, to: x + 2 },
          duration: 35,
          yoyo: true,
          repeat: 1,
          onComplete: () => {
            sheet.container.setX(x);
            done();
          },
        });
      },
    });
  }

  /** A new page while the divider shows: drop the divider without running its follow-up. */
  private cancelDivider() {
    this.divider?.cancel?.();
    this.divider = null;
  }

  private renderPile(snapshot: Snapshot, resume: boolean) {
    for (const stub of this.pile) stub.destroy();
    this.pile = [];
    this.pileLayers = null;
    const story = this.controller.story;
    const earlier = snapshot.documents.slice(0, -1);
    // Earlier documents fanned beneath the current one.
    const under = earlier.slice(-3).flatMap((id, i, list) => {
      const passage = findPassage(story, id);
      if (!passage) return [];
      const random = seededRandom(`fan:${id}:${earlier.length - list.length + i}`);
      const { width } = DOCUMENT_STYLES[passage.kind].sheet;
      return [
        {
          id,
          kind: passage.kind,
          x: Math.round(640 - width / 2) + 8 - 14 - (list.length - i) * 10 + random() * 8,
          y: SHEET_TOP + 4 + random() * 6,
          angle: -1.5 - (list.length - i) * 1.1 + random() * 1.2,
        },
      ];
    });
    // The contents sheet clipped inside the folder.
    const entries = snapshot.documents.flatMap((id, index) => {
      const passage = findPassage(story, id);
      return passage
        ? [
            {
              number: index + 1,
              kind: passage.kind,
              title: passage.title,
              current: index === snapshot.documents.length - 1,
            },
          ]
        : [];
    });
    const layers: PileLayer[] = [];
    if (under.length > 0) layers.push({ ...paintUnderSheets(this.theme, under), angle: 0, fades: true });
    layers.push({ ...paintIndexCard(this.theme, entries, 38, 92, 280, 470), angle: -0.8, fades: false });
    const fading = under.length > 0 && !resume && !this.settings.reducedMotion;
    // Behind the canvas, painted with the desk: no texture, no quad. The pile's fade-in is
    // the same tween, redrawing the backdrop.
    if (this.drawPile(layers, fading ? 0.6 : 1)) {
      this.pileLayers = layers;
      if (fading) {
        this.tweens.addCounter({
          from: 0.6,
          to: 1,
          delay: 200,
          duration: 200,
          onUpdate: (tween) => {
            if (this.pileLayers === layers) this.drawPile(layers, tween.getValue() ?? 1);
          },
        });
      }
      return;
    }
    // No backdrop: the pile and the card as quads.
    const [underLayer, cardLayer] = layers.length === 2 ? layers : [null, layers[0]];
    if (underLayer) {
      const pile = paintedImage(this, underLayer, 'under');
      pile.image.setDepth(1);
      if (fading) {
        pile.image.setAlpha(0.6);
        this.tweens.add({ targets: pile.image, alpha: 1, delay: 200, duration: 200 });
      }
      this.pile.push(pile);
    }
    if (cardLayer) {
      const card = paintedImage(this, cardLayer, 'index');
      card.image.setAngle(cardLayer.angle).setDepth(2);
      this.pile.push(card);
    }
  }

  /** Paint desk, earlier sheets (at `alpha`) and the contents card behind the canvas. */
  private drawPile(layers: readonly PileLayer[], alpha: number): boolean {
    if (!this.desk) return false;
    const ctx = backdropContext(this.desk.width, this.desk.height);
    if (!ctx) return false;
    const resolution = renderResolution();
    ctx.drawImage(this.desk, 0, 0);
    for (const layer of layers) {
      // Each piece turns about its top-left corner, as its quad did.
      ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
      ctx.translate(layer.x, layer.y);
      ctx.rotate((layer.angle * Math.PI) / 180);
      ctx.globalAlpha = layer.fades ? alpha : 1;
      ctx.drawImage(layer.canvas, 0, 0, layer.canvas.width * layer.scale, layer.canvas.height * layer.scale);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    return true;
  }

  private renderExhibits(snapshot: Snapshot, resume: boolean) {
    for (const tag of this.tags) tag.destroy();
    this.tags = [];
    for (const label of this.extraLabels) label.destroy();
    this.extraLabels = [];
    const exhibits = snapshot.exhibits;
    const shown = exhibits.slice(-3);
    // The newest exhibit drops in when the page that holds it arrives.
    const fresh = !resume && snapshot.passage?.exhibit !== undefined;
    shown.forEach((exhibit, i) => {
      const number = exhibits.length - shown.length + i + 1;
      const random = seededRandom(`tag:${exhibit.id}`);
      const x = 30 + i * (TAG.width - 36);
      const y = 592 + (i % 2) * 8;
      const tag = addExhibitTag(this, this.theme, exhibit, number, x, y);
      tag.image.setAngle((random() - 0.5) * 7).setDepth(3 + i * 0.01);
      if (fresh && i === shown.length - 1) {
        const home = tag.image.y;
        tag.image.setY(home - 40).setAlpha(0);
        this.tweens.add({
          targets: tag.image,
          y: home,
          alpha: 1,
          delay: 420 * this.theme.motion,
          duration: 220 * this.theme.motion,
          ease: 'Back.easeOut',
          onStart: () => this.sfx.playEffect('clip'),
        });
      }
      this.tags.push(tag);
    });
    if (exhibits.length > shown.length) {
      const more = addText(this, 40, 694, `+ ${exhibits.length - shown.length} more exhibit(s) in the file`, {
        ...uiFont(12),
        color: this.theme.highContrast ? '#000000' : '#3b2f1c',
      }).setDepth(4);
      this.extraLabels.push(more);
    }
  }

  private clearSlips() {
    for (const slip of this.slips) {
      slip.image.destroy();
      slip.container.destroy();
    }
    this.slips = [];
  }

  private showChoices(snapshot: Snapshot) {
    if (this.choicesShown || !this.ready) return;
    this.choicesShown = true;
    this.clearSlips();
    const choices = snapshot.choices;
    this.columnHeading.setText(choices.length > 0 ? 'WHAT WANG DOES NEXT' : '');
    this.columnHint.setText('');
    let y = 104;
    const gap = 14;
    const built = choices.map((view) => {
      const locked = !view.available;
      const painted = paintSlip(this.theme, {
        number: view.number,
        label: view.choice.label,
        locked,
        hint: locked ? (view.lockedReasons[0] ?? 'Not open to him now.') : null,
        width: COLUMN_WIDTH,
        seed: `${view.choice.id}:${this.page}`,
      });
      return { view, painted };
    });
    const totalHeight = built.reduce((sum, b) => sum + b.painted.height + gap, 0);
    const available = 700 - y;
    const squeeze = totalHeight > available ? available / totalHeight : 1;
    built.forEach(({ view, painted }, i) => {
      const image = canvasImage(this, painted.canvas, this.cameras.main.zoom, -painted.pad, -painted.pad, 'slip');
      image.image.setOrigin(0, 0);
      const random = seededRandom(`slip:${view.choice.id}`);
      const container = this.add.container(COLUMN_X, y, [image.image]).setDepth(20);
      container.setAngle((random() - 0.5) * 1.6).setScale(squeeze);
      const height = painted.height * squeeze;
      const slip: Slip = { view, container, image, height, homeX: COLUMN_X };
      if (view.available) {
        const zone = this.add
          .zone(0, 0, COLUMN_WIDTH, painted.height)
          .setOrigin(0, 0)
          .setInteractive({ useHandCursor: true });
        const focus = this.add.graphics();
        focus.lineStyle(3, Phaser.Display.Color.HexStringToColor(this.theme.palette.focus).color, 1);
        focus.strokeRoundedRect(-5, -5, COLUMN_WIDTH + 10, painted.height + 10, 6);
        focus.setVisible(false);
        container.add([focus, zone]);
        zone.on('pointerover', () => {
          focus.setVisible(true);
          this.tweens.add({ targets: container, x: COLUMN_X - 8, duration: 90 });
        });
        zone.on('pointerout', () => {
          focus.setVisible(false);
          this.tweens.add({ targets: container, x: COLUMN_X, duration: 120 });
        });
        zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
          if (pointer.getDistance() > 12) return;
          this.controller.takeChoice(view.choice.id);
        });
      }
      if (!this.settings.reducedMotion) {
        container.setX(COLUMN_X + 320).setAlpha(0);
        this.tweens.add({
          targets: container,
          x: COLUMN_X,
          alpha: 1,
          delay: i * 70,
          duration: 260,
          ease: 'Cubic.easeOut',
        });
      }
      this.slips.push(slip);
      y += height + gap * squeeze;
    });
  }

  private renderNotice(snapshot: Snapshot) {
    if (snapshot.notice === this.noticeText) return;
    this.noticeText = snapshot.notice;
    this.notice?.destroy();
    this.notice = snapshot.notice
      ? addNotice(this, this.theme, snapshot.notice, 420, 600, 440, () => this.controller.dismissNotice()).setDepth(40)
      : null;
  }
}
