/**
 * The case file on the desk at night: the current passage as a document typed onto the page,
 * earlier documents in a pile, exhibits clipped to the folder, choices as numbered slips. The
 * scene composes its widgets and follows the controller's snapshots; pointer input only (the
 * accessible layer owns the keyboard).
 */
import type { Chapter, Passage } from '../../story/types';
import { FILE_DRAWER_EVENT } from '../control-keys';
import type { Snapshot } from '../controller';
import { type CaseLayout, caseLayoutFor, sheetLeft } from '../layout/case-layout';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { followScrollRequests, scrollSheet } from '../scroll';
import type { ChoiceRectSource } from '../view-hook';
import { CaseHeader } from '../widgets/case-header';
import { type ChapterDivider, showChapterDivider } from '../widgets/chapter-divider';
import { ChoiceColumn } from '../widgets/choice-column';
import { DocumentSheet, sheetStoryOptions } from '../widgets/document-sheet';
import { addBackground, paintOpenFolder } from '../widgets/dossier';
import { ExhibitRow } from '../widgets/exhibit-row';
import { FileDrawer } from '../widgets/file-drawer';
import { NoticeSlot } from '../widgets/notice';
import { arrive, slideAway } from '../widgets/page-turn';
import { Pile } from '../widgets/pile';
import { SheetScroller } from '../widgets/sheet-scroller';
import { Typist } from '../widgets/typist';
import { ViewScene } from './view-scene';

/** What the scene hands itself across a rebuild (a settings change), so nothing replays. */
interface CaseRebuild {
  /** The page it showed, and how far its body was scrolled. */
  readonly page: number;
  readonly scroll: number;
}

/** Case pages type with a key sound at most every 45 ms and a carriage return at each line. */
const TYPING = { keyGapMs: 45, carriage: true } as const;

/** On a tall stage the page keeps at least this share of the room; the choices take the rest. */
const TALL_SHEET_SHARE = 0.5;
/** A till slip stays this narrow wherever it lies. */
const RECEIPT_WIDTH = 380;

export class CaseFileScene extends ViewScene<CaseRebuild> implements ChoiceRectSource {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private page = -1;
  private layout!: CaseLayout;
  private drawer!: FileDrawer;
  private sheet: DocumentSheet | null = null;
  private typist: Typist | null = null;
  /** The page has landed: its choices can come out once it is fully shown. */
  private landed = false;
  private header!: CaseHeader;
  private column!: ChoiceColumn;
  private pile!: Pile;
  private exhibits!: ExhibitRow;
  private scroller!: SheetScroller;
  private notice!: NoticeSlot;
  private divider: ChapterDivider | null = null;

  constructor() {
    super('CaseFileScene');
  }

  pageScrollOffset(): number | null {
    return this.sheet?.scrollOffset ?? null;
  }

  clickableChoices() {
    return this.landed && this.controller.state.revealed ? this.column.clickable() : [];
  }

  protected override rebuildData(): Partial<CaseRebuild> {
    return { page: this.page, scroll: this.sheet?.scrollOffset ?? 0 };
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<CaseRebuild>): void {
    const { theme, controller } = this;
    const { story } = snapshot;
    this.page = -1;
    this.sheet = null;
    this.typist = null;
    this.landed = false;
    this.divider = null;
    const { caseNumber, subject } = story.meta;
    const layout = caseLayoutFor(this.frame.world);
    this.layout = layout;
    const desk = addBackground(
      this,
      theme,
      this.frame,
      'case',
      // A compact stage has no folder spread on the desk: the page lies on the desk itself.
      layout.arrangement === 'desk'
        ? (ctx) => paintOpenFolder(ctx, theme, `CASE ${caseNumber}  \u00b7  SUBJECT: ${subject.name.toUpperCase()}`)
        : undefined,
      'behind',
    );
    this.drawer = new FileDrawer(this, theme, layout);
    // The canvas's File button and the layer's open the same drawer.
    const toggleDrawer = () => {
      const state = controller.state;
      this.drawer.toggle({
        story: state.story,
        documents: state.documents,
        exhibits: state.exhibits,
        record: state.record,
      });
    };
    document.addEventListener(FILE_DRAWER_EVENT, toggleDrawer);
    this.events.once('shutdown', () => document.removeEventListener(FILE_DRAWER_EVENT, toggleDrawer));
    this.header = new CaseHeader(this, theme, {
      title: story.title,
      onMenu: () => controller.escape(),
      onDrawer: toggleDrawer,
      layout,
    });
    this.column = new ChoiceColumn(this, {
      layout,
      theme,
      reducedMotion: this.settings.reducedMotion,
      subject: subject.name,
      onTake: (id) => controller.takeChoice(id),
    });
    this.pile = new Pile(this, theme, desk, layout, this.frame.box);
    this.exhibits = new ExhibitRow(this, theme, this.sfx, layout);
    this.scroller = new SheetScroller(this, () => {
      if (!controller.state.revealed) controller.completeText();
    });
    this.notice = new NoticeSlot(this, theme, layout.notice, () => controller.dismissNotice());
    this.events.once(
      'shutdown',
      followScrollRequests(controller, 'case', (amount) => scrollSheet(this.sheet, amount)),
    );
    this.events.once('shutdown', () => {
      this.divider?.cancel?.();
      this.sheet?.destroy();
      this.pile.destroy();
      this.exhibits.destroy();
      this.drawer.close();
      this.column.clear();
    });
    const resume = rebuilt.page === snapshot.pageNumber;
    const sheet = this.showPage(snapshot, resume);
    // The reader stays where they were on the page (as near as a new text size allows).
    if (resume) sheet?.scrollBy(rebuilt.scroll ?? 0);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    if (snapshot.stack[0] !== 'case') return;
    if (snapshot.passage && snapshot.pageNumber !== this.page && snapshot.screen === 'case') {
      this.showPage(snapshot, false);
      return;
    }
    if (snapshot.revealed && this.typist?.active) {
      this.typist.finish();
      this.showChoices();
    }
    this.notice.show(snapshot.notice);
  }

  override update(): void {
    const elapsed = this.frameElapsed();
    this.divider?.tick?.();
    const { sheet, typist } = this;
    if (!sheet) return;
    if (typist?.frame(elapsed, this.time.now)) this.showChoices();
    sheet.setCaret(typist?.active === true);
    sheet.render();
  }

  private chapterOf(passage: Passage): Chapter | undefined {
    return this.controller.story.chapters.find((chapter) => chapter.id === passage.chapter);
  }

  /** Show the snapshot's page; `resume` when the scene was rebuilt on the page it showed. */
  private showPage(snapshot: Snapshot, resume: boolean): DocumentSheet | null {
    const passage = snapshot.passage;
    if (!passage) return null;
    const firstPage = this.page === -1;
    this.page = snapshot.pageNumber;
    // A file opened fresh (a new case or a continued one) comes out of the drawer.
    if (!resume && (firstPage || snapshot.documents.length === 1)) this.sfx.playEffect('drawer');
    const chapter = this.chapterOf(passage);
    this.header.setChapter(chapter);
    this.column.showReading();
    this.notice.show(snapshot.notice);
    this.divider?.cancel?.();
    this.divider = null;
    this.landed = false;
    this.typist = null;
    this.drawer.close();
    if (this.sheet) slideAway(this, this.sheet, this.settings.reducedMotion, this.layout);

    const place = this.sheetPlace(snapshot);
    const sheet = new DocumentSheet(this, place.x, place.y, {
      passage,
      index: snapshot.documents.length,
      theme: this.theme,
      resolution: this.cameras.main.zoom,
      box: place.box,
      ...sheetStoryOptions(snapshot.story),
    });
    sheet.container.setDepth(10);
    this.sheet = sheet;
    this.scroller.follow(sheet);
    const showPile = () =>
      this.pile.show(snapshot.story, snapshot.documents, snapshot.record, {
        fade: !resume && !this.settings.reducedMotion,
      });
    // On a turn, the pile is repainted a frame later, under the page sliding away: the frame of
    // the key that turned it carries the new sheet alone (the pile's repaint was a third of it).
    if (resume) showPile();
    else this.time.delayedCall(0, () => this.sheet === sheet && showPile());
    // The newest exhibit drops in when the page that holds it arrives.
    this.exhibits.show(snapshot.exhibits, !resume && passage.exhibit !== undefined);
    if (resume) {
      sheet.stamp.setAlpha(this.theme.palette.stampAlpha);
      this.startTyping(sheet);
    } else this.turnTo(sheet, snapshot.chapterChanged ? chapter : undefined);
    return sheet;
  }

  /**
   * Where the page lies: on the desk, its kind's own sheet on the crease; on a compact stage,
   * the layout's box (a tall stage gives the choices under it the room they need first).
   */
  private sheetPlace(snapshot: Snapshot): { x: number; y: number; box?: { width: number; height: number } } {
    const passage = snapshot.passage;
    const { box } = this.layout.sheet;
    if (!passage || !box) {
      const { width } = DOCUMENT_STYLES[passage?.kind ?? 'memo'].sheet;
      return { x: sheetLeft(width, this.layout), y: this.layout.sheet.top };
    }
    let height = box.height;
    if (this.layout.arrangement === 'tall') {
      const room = this.layout.world.height - box.y - this.layout.column.gap;
      const choices = this.column.heightFor(snapshot.choices, snapshot.pageNumber);
      height = Math.round(Math.max(room * TALL_SHEET_SHARE, room - choices - this.layout.column.gap));
      this.column.placeAt(box.y + height + this.layout.column.gap + 4);
    }
    const width = passage.kind === 'receipt' ? Math.min(box.width, RECEIPT_WIDTH) : box.width;
    return { x: box.x + Math.round((box.width - width) / 2), y: box.y, box: { width, height } };
  }

  /** The chapter divider first, if the page opens a chapter; then the page in, and its stamp. */
  private turnTo(sheet: DocumentSheet, chapter: Chapter | undefined): void {
    const motion = { reducedMotion: this.settings.reducedMotion, theme: this.theme, sound: this.sfx };
    const current = () => this.sheet === sheet;
    sheet.stamp.setAlpha(0);
    const pageIn = () => {
      if (current()) arrive(this, sheet, motion, current, () => this.startTyping(sheet, true), this.layout);
    };
    if (!chapter) {
      pageIn();
      return;
    }
    sheet.container.setVisible(false);
    this.divider = showChapterDivider(
      this,
      this.theme,
      this.sfx,
      chapter,
      this.settings.reducedMotion,
      this.frame.world,
      () => {
        sheet.container.setVisible(true);
        pageIn();
      },
    );
  }

  /** `arrived`: the page has just landed (not a scene rebuilt on it), so its first key is heard. */
  private startTyping(sheet: DocumentSheet, arrived = false): void {
    this.landed = true;
    this.typist = new Typist(this.controller, this.sfx, sheet, this.page, TYPING);
    if (this.typist.start(arrived ? this.time.now : undefined)) this.showChoices();
  }

  private showChoices(): void {
    if (!this.landed || this.column.showing) return;
    const { choices, seenBefore, newChoices } = this.controller.state;
    this.column.showChoices(choices, this.page, { seenBefore, fresh: newChoices });
  }
}
