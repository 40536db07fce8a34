/**
 * The file closed: its verdict stamped across the cover, what ended up in it, the summary
 * in the investigator's hand, the last document beside it, and the way out.
 */
import type Phaser from 'phaser';
import { reportSlipFor } from '../../story/provenance';
import type { ShownPassage } from '../../story/text';
import { ENDING_RECORD_CONTROL, ENDING_RECORD_EVENT, ENDING_RECORD_SHOWN_EVENT } from '../control-keys';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import type { Rect } from '../layout/draw-ops';
import { type EndingFrame, endingFrameFor, endingPlaces, noteRoom, type RecordPlace } from '../layout/ending-layout';
import { fileSummaryRows } from '../layout/file-summary';
import { wholeSheetHeight } from '../layout/sheet-height';
import { followScrollRequests, scrollDistance, scrollSheet } from '../scroll';
import { FONTS, family } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { addClosedFolder, closedLabelBottom } from '../widgets/closed-folder';
import { addClosingNote } from '../widgets/closing-note';
import { DocumentSheet, type SheetStoryOptions, sheetStoryOptions } from '../widgets/document-sheet';
import { addDesk, paintedImage } from '../widgets/dossier';
import { fontMeasure, fontTable } from '../widgets/measure';
import { PageScroll } from '../widgets/page-scroll';
import { stampDown } from '../widgets/page-turn';
import { paintStamp } from '../widgets/paint';
import { paintRecordCard, recordCardHeight } from '../widgets/record-card';
import { SheetScroller } from '../widgets/sheet-scroller';
import { Typist } from '../widgets/typist';
import { addText, Button, keyHint, monoFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** Folder and sheet slide in from this far off, the sheet a little later. */
const ARRIVE = { from: 700, ms: 420, sheetDelayMs: 120 } as const;
/** A till slip stays this narrow wherever it lies. */
const RECEIPT_WIDTH = 380;

/** What the ending keeps across a rebuild (a settings change, a rotation): how far down it was read, and on the desk which of the document and the record lay on top. */
interface EndingRebuild {
  readonly scroll: number;
  readonly showingRecord: boolean;
}

/** When the typing and the stamp start, at full and at reduced motion. */
const TIMING = { typeMs: 560, typeReducedMs: 100, stampMs: 900, stampReducedMs: 300 } as const;
const TYPING = { keyGapMs: 90, carriage: false } as const;

export class EndingScene extends ViewScene<EndingRebuild> {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private at: EndingFrame = endingFrameFor({ arrangement: 'desk', width: 1280, height: 720 });
  private page: PageScroll | null = null;
  private sheetX = 0;
  private sheet: DocumentSheet | null = null;
  private typist: Typist | null = null;
  private owned: CanvasImage[] = [];
  private showingRecord = false;

  constructor() {
    super('EndingScene');
  }

  /** For the test hook: how far a phone's ending is scrolled, or the desk's document. */
  pageScrollOffset(): number | null {
    return this.page?.scroll ?? this.sheet?.scrollOffset ?? null;
  }

  protected override rebuildData(): Partial<EndingRebuild> {
    return { scroll: this.page?.scroll ?? 0, showingRecord: this.showingRecord };
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<EndingRebuild>): void {
    this.owned = [];
    this.sheet = null;
    this.typist = null;
    this.page = null;
    this.showingRecord = false;
    const { passage, story } = snapshot;
    const ending = passage?.ending;
    const at = endingFrameFor(this.frame.world);
    this.at = at;
    PageScroll.fixed(this, () => addDesk(this, this.theme, this.frame, 'behind'));
    this.events.once('shutdown', () => {
      for (const item of this.owned) item.destroy();
      this.sheet?.destroy();
    });
    if (!passage || !ending) {
      addText(this, at.world.width / 2, at.world.height / 2, 'The file is closed.', {
        fontFamily: `${family(FONTS.ui)}`,
        fontSize: '24px',
        color: this.theme.palette.chrome,
      }).setOrigin(0.5);
      return;
    }
    const cover = {
      ...at.folder,
      rows: fileSummaryRows({
        documents: snapshot.documents.length,
        exhibits: snapshot.exhibits.map((e) => e.label),
        variables: snapshot.run?.state.variables ?? {},
        rows: story.meta.fileSummary,
      }),
      title: ending.title,
      caseNumber: story.meta.caseNumber,
      ...(at.narrowCover ? { narrow: true } : {}),
    };
    const labelBottom = closedLabelBottom(this.theme, cover);
    const storyOptions = sheetStoryOptions(story);
    const sheetWidth = passage.kind === 'receipt' ? Math.min(at.sheet.width, RECEIPT_WIDTH) : at.sheet.width;
    const note = addClosingNote(
      this,
      this.theme,
      { summary: ending.summary, seed: `summary:${ending.id}`, width: at.note.width, room: noteRoom(at, labelBottom) },
      at.folder.x + at.note.inset,
      0,
    );
    const places = endingPlaces(
      at,
      {
        labelBottom,
        noteHeight: note.height,
        sheetHeight: at.arrangement === 'desk' ? 0 : this.wholeHeight(snapshot, passage, storyOptions, sheetWidth),
        recordHeight: recordCardHeight(
          this.theme,
          snapshot.record,
          // On the desk only whether there is anything on record counts: its card has a room of its own.
          at.folder.width,
          Number.POSITIVE_INFINITY,
        ),
      },
      at.arrangement === 'desk' ? 2 : 5,
    );
    // The note was made to measure; now it goes where the layout put its bottom edge.
    note.image.y += places.note.bottom;
    const folder = addClosedFolder(this, this.theme, { ...cover, ...places.folder });
    note.image.setAngle(at.note.angle);
    this.owned.push(folder, note);
    const folderGroup = this.add.container(0, 0, [folder.image, note.image]);
    const verdict = this.addVerdict(passage.provenance.kind === 'dramatization', ending, places.verdict);
    addText(this, places.heading.x, places.heading.y, 'CASE CLOSED', {
      ...monoFont(13, 600),
      color: this.theme.palette.chromeDim,
      letterSpacing: 3,
    });
    this.addButtons(places.buttons, [places.stepBackTab, ...places.replayTabs]);
    const sheetX = places.sheet.x + Math.round((places.sheet.width - sheetWidth) / 2);
    this.sheetX = sheetX;
    const sheet = new DocumentSheet(this, sheetX, places.sheet.y, {
      passage,
      index: snapshot.documents.length,
      theme: this.theme,
      resolution: renderResolution(),
      ...storyOptions,
      ...(at.arrangement === 'desk' ? {} : { box: { width: sheetWidth, height: places.sheet.height } }),
    });
    this.sheet = sheet;
    sheet.stamp.setAlpha(this.theme.palette.stampAlpha);
    new SheetScroller(this, () => this.controller.completeText()).follow(sheet);
    if (places.record) this.addRecord(snapshot, places.record, places.recordToggle, rebuilt.showingRecord ?? false);
    if (at.arrangement !== 'desk') {
      this.page = new PageScroll(this, at.world.height, places.pageHeight);
      this.page.scrollTo(rebuilt.scroll ?? 0);
    }
    // The keys scroll what scrolls here: the page on a compact stage, else the document.
    this.events.once(
      'shutdown',
      followScrollRequests(this.controller, 'ending', (amount) =>
        this.page
          ? this.page.scrollTo(this.page.scroll + scrollDistance(amount, at.world.height))
          : scrollSheet(sheet, amount),
      ),
    );
    this.arrive(folderGroup, sheet, verdict, snapshot.pageNumber);
  }

  /**
   * The record card: in a compact stage's column, all of it; on the desk where the last document
   * lies, behind it until the tab (or its twin in the accessible layer) swaps the two.
   */
  private addRecord(
    snapshot: Snapshot,
    place: RecordPlace,
    toggle: { x: number; y: number; width: number; height: number } | null,
    showing: boolean,
  ): void {
    const painted = paintRecordCard(this.theme, snapshot.record, place);
    if (!painted) return;
    const card = paintedImage(this, painted, 'ending-record');
    this.owned.push(card);
    const sheet = this.sheet;
    if (!toggle || !sheet) return;
    const button = new Button(this, toggle.x, toggle.y, {
      width: toggle.width,
      height: toggle.height,
      label: LABELS.showRecord,
      control: ENDING_RECORD_CONTROL,
      variant: 'quiet',
      theme: this.theme,
      onClick: () => show(!this.showingRecord),
    });
    const show = (record: boolean) => {
      this.showingRecord = record;
      card.image.setVisible(record);
      sheet.container.setVisible(!record);
      button.setLabel(record ? LABELS.showLastDocument : LABELS.showRecord);
      document.dispatchEvent(new CustomEvent(ENDING_RECORD_SHOWN_EVENT, { detail: record }));
    };
    show(showing);
    const fromLayer = () => show(!this.showingRecord);
    document.addEventListener(ENDING_RECORD_EVENT, fromLayer);
    this.events.once('shutdown', () => document.removeEventListener(ENDING_RECORD_EVENT, fromLayer));
  }

  /** How tall the last document is when all of it shows (a compact stage: the page scrolls, not the sheet). */
  private wholeHeight(snapshot: Snapshot, passage: ShownPassage, story: SheetStoryOptions, width: number): number {
    const { theme } = this;
    return wholeSheetHeight(
      {
        kind: passage.kind,
        body: passage.body,
        slip: reportSlipFor(passage.provenance, story.report),
        width,
        header: {
          caseNumber: story.caseNumber,
          subject: story.subject,
          index: snapshot.documents.length,
          passageId: passage.id,
          title: passage.title,
          ...(passage.date === undefined ? {} : { date: passage.date }),
          ...(passage.place === undefined ? {} : { place: passage.place }),
        },
        ownSenders: story.ownSenders,
        type: {
          bodySize: theme.bodySize,
          lineHeight: theme.lineHeight,
          handSize: theme.handSize,
          boldFace: theme.bodyFont === FONTS.plainType,
          highContrast: theme.highContrast,
        },
      },
      fontMeasure(fontTable(theme)),
    );
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
    centre: { readonly x: number; readonly y: number },
  ): Phaser.GameObjects.Image {
    const { palette } = this.theme;
    const { folder: box, verdict: at } = this.at;
    const canvas = paintStamp(renderResolution(), {
      lines: [ending.verdict.toUpperCase()],
      color: alleged ? palette.stampAlleged : palette.stampDramatized,
      seed: `verdict:${ending.id}`,
      size: at.size,
      alpha: 1,
      worn: !this.theme.highContrast,
    });
    const stamp = canvasImage(this, canvas, renderResolution(), centre.x, centre.y + at.below, 'verdict');
    this.owned.push(stamp);
    const fit = Math.min(1, (box.width - at.margin) / stamp.image.displayWidth);
    return stamp.image
      .setScale(stamp.image.scale * fit)
      .setAngle(at.angle)
      .setAlpha(0);
  }

  /**
   * New case and Return to title; Step back, History and Branch map among them on a compact
   * stage, as tabs over the desk's document.
   */
  private addButtons(places: readonly Rect[], tabs: readonly (Rect | null)[]): void {
    const entries: Array<[string, () => void]> = [
      [LABELS.newCase, () => this.controller.newCase()],
      [LABELS.returnToTitle, () => this.controller.toTitle()],
      [LABELS.stepBack, () => this.controller.stepBack()],
      [LABELS.history, () => this.controller.open('history')],
      [LABELS.branchMap, () => this.controller.open('map')],
    ];
    entries.forEach(([label, onClick], i) => {
      const tab = i >= places.length ? tabs[i - places.length] : undefined;
      const place = places[i] ?? tab;
      if (!place) return;
      new Button(this, place.x, place.y, {
        width: place.width,
        height: place.height,
        label,
        theme: this.theme,
        onClick,
        ...(tab
          ? { variant: 'quiet' as const, ...(label === LABELS.stepBack ? { hint: keyHint(this, 'Bksp') } : {}) }
          : {}),
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
    const arrive = ARRIVE;
    this.sfx.playEffect('drawer');
    if (!reduced) {
      folder.setX(-arrive.from);
      this.tweens.add({ targets: folder, x: 0, duration: arrive.ms, ease: 'Cubic.easeOut' });
      sheet.container.setX(this.sheetX + arrive.from);
      this.tweens.add({
        targets: sheet.container,
        x: this.sheetX,
        duration: arrive.ms,
        delay: arrive.sheetDelayMs,
        ease: 'Cubic.easeOut',
      });
    }
    this.time.delayedCall(reduced ? TIMING.typeReducedMs : TIMING.typeMs, () => {
      this.typist = new Typist(this.controller, this.sfx, sheet, page, TYPING);
      this.typist.start(this.time.now);
    });
    const scale = verdict.scale;
    const motion = { reducedMotion: reduced, theme: this.theme, sound: this.sfx, fromScale: 1.5 };
    this.time.delayedCall(reduced ? TIMING.stampReducedMs : TIMING.stampMs, () =>
      stampDown(this, verdict, scale, folder, motion),
    );
  }
}
