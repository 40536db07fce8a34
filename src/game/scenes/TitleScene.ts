/** The title: the story's name on a file lying on the desk, the statement plainly, the menu. */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { type TitleLayout, titleLayoutFor } from '../layout/title-layout';
import { continueNote } from '../saved-when';
import { endingsFound, factRange, firstYear } from '../story-words';
import { canvasImage } from '../widgets/canvas-image';
import { addNewCaseConfirm } from '../widgets/confirm-card';
import { addBackground, addDesk } from '../widgets/dossier';
import { NoticeSlot } from '../widgets/notice';
import { context, makeCanvas } from '../widgets/paint';
import { paintTitleCover, statementHeight } from '../widgets/title-cover';
import { addText, Button, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The menu keeps room for all its buttons, Continue included, so nothing moves when it comes. */
const MOST_BUTTONS = 7;

export class TitleScene extends ViewScene {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private layout!: TitleLayout;
  private menu: Phaser.GameObjects.Container | null = null;
  private notice!: NoticeSlot;
  /** What the menu shows: whether Continue is in it, or the question before a new case. */
  private shownMenu: string | null = null;

  constructor() {
    super('TitleScene');
  }

  protected build(snapshot: Snapshot): void {
    const { theme } = this;
    this.menu = null;
    this.shownMenu = null;
    const { story } = snapshot;
    const layout = titleLayoutFor({
      ...this.frame.world,
      buttons: MOST_BUTTONS,
      statementHeight: (width) => (story.meta.statement ? statementHeight(theme, story.meta.statement, width) : 0),
    });
    this.layout = layout;
    if (layout.height > this.frame.world.height) {
      // Too short a screen for it all: the desk stays, the cover and the statement scroll.
      addDesk(this, theme, this.frame, 'behind');
      this.addScrollingCover(snapshot, layout);
    } else {
      // The picture depends on the story and on the text size (the statement wraps by it).
      addBackground(
        this,
        theme,
        this.frame,
        `title-${story.id}-${theme.uiSize}`,
        (bg) => paintTitleCover(bg, theme, story, layout),
        'behind',
      );
    }
    this.notice = new NoticeSlot(this, theme, layout.notice, () => this.controller.dismissNotice());
    this.renderMenu(snapshot);
  }

  /** The cover as a picture in the world, and a drag or the wheel to move the screen along it. */
  private addScrollingCover(snapshot: Snapshot, layout: TitleLayout): void {
    const resolution = this.cameras.main.zoom;
    const canvas = makeCanvas(this.frame.world.width, layout.height, resolution);
    paintTitleCover(context(canvas), this.theme, snapshot.story, layout);
    const cover = canvasImage(this, canvas, resolution, 0, 0, 'title-cover');
    cover.image.setOrigin(0, 0);
    this.events.once('shutdown', () => cover.destroy());
    const camera = this.cameras.main;
    const reach = layout.height - this.frame.world.height;
    // The camera is centred on the world (about its zoom's origin): scroll down from there.
    const home = camera.scrollY;
    let offset = 0;
    const scrollBy = (dy: number) => {
      offset = Math.max(0, Math.min(reach, offset + dy));
      camera.setScroll(camera.scrollX, home + offset);
    };
    let last: number | null = null;
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      last = pointer.y;
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (last === null || !pointer.isDown) return;
      scrollBy((last - pointer.y) / camera.zoom);
      last = pointer.y;
    });
    this.input.on('pointerup', () => {
      last = null;
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => scrollBy(dy * 0.6));
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    this.renderMenu(snapshot);
  }

  private renderMenu(snapshot: Snapshot): void {
    this.notice.show(snapshot.notice);
    const shown = `${snapshot.canContinue}/${snapshot.savedAt}/${snapshot.savedClosed}/${snapshot.confirm}/${endingsFound(snapshot.story, Object.keys(snapshot.progress.endings).length)}`;
    if (this.shownMenu === shown) return;
    this.shownMenu = shown;
    this.menu?.destroy();
    const { theme, controller } = this;
    const MENU = this.layout.menu;
    if (snapshot.confirm === 'new-case') {
      const place = { ...MENU, y: MENU.y + MENU.headingGap, step: MENU.step };
      const answers = { keep: () => controller.cancelConfirm(), replace: () => controller.confirmNewCase() };
      this.menu = addNewCaseConfirm(this, theme, place, answers);
      return;
    }
    const { story } = snapshot;
    const children: Phaser.GameObjects.GameObject[] = [
      addText(this, MENU.x, MENU.y, 'CASE FILES \u00b7 NIGHT DESK', {
        ...uiFont(13, 600),
        color: theme.palette.chromeDim,
        letterSpacing: 2,
      }),
    ];
    const year = firstYear(story);
    const entries: Array<[string, string, () => void]> = [];
    const saved = continueNote(snapshot, new Date()) ?? 'saved';
    if (snapshot.canContinue) entries.push([LABELS.continueCase, saved, () => controller.continueRun()]);
    entries.push(
      [LABELS.newCase, year ? `from ${year}` : '', () => controller.newCase()],
      [LABELS.saves, '', () => controller.open('saves')],
      [
        LABELS.endings,
        endingsFound(snapshot.story, Object.keys(snapshot.progress.endings).length),
        () => controller.open('endings'),
      ],
      [LABELS.branchMap, '', () => controller.open('map')],
      [LABELS.settings, '', () => controller.open('settings')],
      [LABELS.sources, factRange(story), () => controller.open('sources')],
    );
    entries.forEach(([label, hint, onClick], index) => {
      const y = MENU.y + MENU.headingGap + index * MENU.step;
      const button = new Button(this, MENU.x, y, {
        width: MENU.width,
        height: MENU.buttonHeight,
        label,
        hint,
        theme,
        onClick,
      });
      children.push(button.container);
    });
    this.menu = this.add.container(0, 0, children);
  }
}
