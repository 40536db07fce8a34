/** The title: the story's name on a file lying on the desk, the statement plainly, the menu. */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { factRange, firstYear } from '../story-words';
import { addNewCaseConfirm } from '../widgets/confirm-card';
import { addBackground } from '../widgets/dossier';
import { NoticeSlot } from '../widgets/notice';
import { paintTitleCover } from '../widgets/title-cover';
import { addText, Button, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The menu on the right of the desk, and the notice under it, in design pixels. */
const MENU = { x: 780, y: 130, width: 380, buttonHeight: 56, step: 70, headingGap: 34 } as const;
const NOTICE = { x: 780, y: 460, width: 380 } as const;

export class TitleScene extends ViewScene {
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
    // The picture depends on the story and on the text size (the statement wraps by it).
    addBackground(this, theme, `title-${story.id}-${theme.uiSize}`, (bg) => paintTitleCover(bg, theme, story), true);
    this.notice = new NoticeSlot(this, theme, NOTICE, () => this.controller.dismissNotice());
    this.renderMenu(snapshot);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    this.renderMenu(snapshot);
  }

  private renderMenu(snapshot: Snapshot): void {
    this.notice.show(snapshot.notice);
    const shown = `${snapshot.canContinue}/${snapshot.confirm}`;
    if (this.shownMenu === shown) return;
    this.shownMenu = shown;
    this.menu?.destroy();
    const { theme, controller } = this;
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
    if (snapshot.canContinue) entries.push([LABELS.continueCase, 'saved', () => controller.continueRun()]);
    entries.push(
      [LABELS.newCase, year ? `from ${year}` : '', () => controller.newCase()],
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
