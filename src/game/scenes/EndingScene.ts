/**
 * The file closed: its verdict stamped across the cover, what ended up in it, the summary
 * in the investigator's hand, the last document beside it, and the way out.
 */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { fileSummaryRows } from '../layout/file-summary';
import { followScrollRequests, scrollSheet } from '../scroll';
import { DESIGN_HEIGHT, DESIGN_WIDTH, FONTS } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { addClosedFolder } from '../widgets/closed-folder';
import { addClosingNote } from '../widgets/closing-note';
import { DocumentSheet, sheetStoryOptions } from '../widgets/document-sheet';
import { addDesk } from '../widgets/dossier';
import { stampDown } from '../widgets/page-turn';
import { paintStamp } from '../widgets/paint';
import { SheetScroller } from '../widgets/sheet-scroller';
import { Typist } from '../widgets/typist';
import { addText, Button, monoFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** Where everything sits, in design pixels. */
const LAYOUT = {
  folder: { x: 70, y: 84, width: 520, height: 540 },
  heading: { y: 24 },
  /** The closing note: inset on the cover, its bottom this far above the cover's, tilted. */
  note: { inset: 40, width: 440, above: 30, reserve: 110, angle: 1.2 },
  /** The verdict: set across the cover, a little below the middle of the space it has. */
  verdict: { size: 36, margin: 30, below: 6, angle: -3.5 },
  buttons: { y: 650, width: 250, height: 50, gap: 20 },
  /** The last document, beside the file. */
  sheet: { x: 650, y: 52 },
  /** Folder and sheet slide in from this far off, the sheet a little later. */
  arrive: { from: 700, ms: 420, sheetDelayMs: 120 },
} as const;

/** When the typing and the stamp start, at full and at reduced motion. */
const TIMING = { typeMs: 560, typeReducedMs: 100, stampMs: 900, stampReducedMs: 300 } as const;
const TYPING = { keyGapMs: 90, carriage: false } as const;

export class EndingScene extends ViewScene {
  private sheet: DocumentSheet | null = null;
  private typist: Typist | null = null;
  private owned: CanvasImage[] = [];

  constructor() {
    super('EndingScene');
  }

  protected build(snapshot: Snapshot): void {
    this.owned = [];
    this.sheet = null;
    this.typist = null;
    const { passage, story } = snapshot;
    const ending = passage?.ending;
    addDesk(this, this.theme, this.frame, true);
    this.events.once('shutdown', () => {
      for (const item of this.owned) item.destroy();
      this.sheet?.destroy();
    });
    if (!passage || !ending) {
      addText(this, DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2, 'The file is closed.', {
        fontFamily: `"${FONTS.ui}"`,
        fontSize: '24px',
        color: this.theme.palette.chrome,
      }).setOrigin(0.5);
      return;
    }
    const { folder: box, note: noteAt } = LAYOUT;
    const folder = addClosedFolder(this, this.theme, {
      ...box,
      rows: fileSummaryRows({
        documents: snapshot.documents.length,
        exhibits: snapshot.exhibits.map((e) => e.label),
        variables: snapshot.run?.state.variables ?? {},
        rows: story.meta.fileSummary,
      }),
      title: ending.title,
      caseNumber: story.meta.caseNumber,
    });
    const noteBottom = box.y + box.height - noteAt.above;
    const note = addClosingNote(
      this,
      this.theme,
      {
        summary: ending.summary,
        seed: `summary:${ending.id}`,
        width: noteAt.width,
        room: box.height - folder.labelBottom - noteAt.reserve,
      },
      box.x + noteAt.inset,
      noteBottom,
    );
    note.image.setAngle(noteAt.angle);
    this.owned.push(folder, note);
    const folderGroup = this.add.container(0, 0, [folder.image, note.image]);
    const verdict = this.addVerdict(
      passage.provenance.kind === 'alleged',
      ending,
      (box.y + folder.labelBottom + (noteBottom - note.height)) / 2,
    );
    addText(this, box.x, LAYOUT.heading.y, 'CASE CLOSED', {
      ...monoFont(13, 600),
      color: this.theme.palette.chromeDim,
      letterSpacing: 3,
    });
    this.addButtons();
    const sheet = new DocumentSheet(this, LAYOUT.sheet.x, LAYOUT.sheet.y, {
      passage,
      index: snapshot.documents.length,
      theme: this.theme,
      resolution: renderResolution(),
      ...sheetStoryOptions(story),
    });
    this.sheet = sheet;
    sheet.stamp.setAlpha(this.theme.palette.stampAlpha);
    new SheetScroller(this, () => this.controller.completeText()).follow(sheet);
    this.events.once(
      'shutdown',
      followScrollRequests(this.controller, 'ending', (amount) => scrollSheet(sheet, amount)),
    );
    this.arrive(folderGroup, sheet, verdict, snapshot.pageNumber);
  }

  override update(): void {
    // Real time, not game time: a slow frame must not slow the typewriter down.
    this.typist?.frame(this.frameElapsed(), this.time.now);
    this.sheet?.render();
  }

  /** The verdict stamp, across the cover, centred at `y`; invisible until it lands. */
  private addVerdict(
    alleged: boolean,
    ending: { readonly id: string; readonly verdict: string },
    y: number,
  ): Phaser.GameObjects.Image {
    const { palette } = this.theme;
    const { folder: box, verdict: at } = LAYOUT;
    const canvas = paintStamp(renderResolution(), {
      lines: [ending.verdict.toUpperCase()],
      color: alleged ? palette.stampAlleged : palette.stampDramatized,
      seed: `verdict:${ending.id}`,
      size: at.size,
      alpha: 1,
      worn: !this.theme.highContrast,
    });
    const stamp = canvasImage(this, canvas, renderResolution(), box.x + box.width / 2, y + at.below, 'verdict');
    this.owned.push(stamp);
    const fit = Math.min(1, (box.width - at.margin) / stamp.image.displayWidth);
    return stamp.image
      .setScale(stamp.image.scale * fit)
      .setAngle(at.angle)
      .setAlpha(0);
  }

  private addButtons(): void {
    const { folder: box, buttons } = LAYOUT;
    const entries: Array<[string, () => void]> = [
      [LABELS.newCase, () => this.controller.newCase()],
      [LABELS.returnToTitle, () => this.controller.toTitle()],
    ];
    entries.forEach(([label, onClick], i) => {
      new Button(this, box.x + i * (buttons.width + buttons.gap), buttons.y, {
        width: buttons.width,
        height: buttons.height,
        label,
        theme: this.theme,
        onClick,
      });
    });
  }

  /** Folder and sheet slide in, the sheet types, the verdict lands with a thump and a shake. */
  private arrive(
    folder: Phaser.GameObjects.Container,
    sheet: DocumentSheet,
    verdict: Phaser.GameObjects.Image,
    page: number,
  ): void {
    const reduced = this.settings.reducedMotion;
    const { arrive } = LAYOUT;
    this.sfx.playEffect('drawer');
    if (!reduced) {
      folder.setX(-arrive.from);
      this.tweens.add({ targets: folder, x: 0, duration: arrive.ms, ease: 'Cubic.easeOut' });
      sheet.container.setX(LAYOUT.sheet.x + arrive.from);
      this.tweens.add({
        targets: sheet.container,
        x: LAYOUT.sheet.x,
        duration: arrive.ms,
        delay: arrive.sheetDelayMs,
        ease: 'Cubic.easeOut',
      });
    }
    this.time.delayedCall(reduced ? TIMING.typeReducedMs : TIMING.typeMs, () => {
      this.typist = new Typist(this.controller, this.sfx, sheet, page, TYPING);
      this.typist.start();
    });
    const scale = verdict.scale;
    const motion = { reducedMotion: reduced, theme: this.theme, sound: this.sfx, fromScale: 1.5 };
    this.time.delayedCall(reduced ? TIMING.stampReducedMs : TIMING.stampMs, () =>
      stampDown(this, verdict, scale, folder, motion),
    );
  }
}
