/** The title: the story's name on a file lying on the desk, the statement plainly, the menu. */
import type Phaser from 'phaser';
import type { Snapshot } from '../controller';
import { type TitleLayout, titleLayoutFor } from '../layout/title-layout';
import { factRange, firstYear } from '../story-words';
import { addBackground } from '../widgets/dossier';
import { NoticeSlot } from '../widgets/notice';
import { paintTitleCover, statementHeight } from '../widgets/title-cover';
import { addText, Button, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The menu keeps room for all its buttons, Continue included, so nothing moves when it comes. */
const MOST_BUTTONS = 4;

export class TitleScene extends ViewScene {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private layout!: TitleLayout;
  private menu: Phaser.GameObjects.Container | null = null;
  private notice!: NoticeSlot;
  private shownContinue: boolean | null = null;

  constructor() {
    super('TitleScene');
  }

  protected build(snapshot: Snapshot): void {
    const { theme } = this;
    this.menu = null;
    this.shownContinue = null;
    const { story } = snapshot;
    const layout = titleLayoutFor({
      ...this.frame.world,
      buttons: MOST_BUTTONS,
      statementHeight: (width) => (story.meta.statement ? statementHeight(theme, story.meta.statement, width) : 0),
    });
    this.layout = layout;
    // The picture depends on the story and on the text size (the statement wraps by it).
    addBackground(
      this,
      theme,
      this.frame,
      `title-${story.id}-${theme.uiSize}`,
      (bg) => paintTitleCover(bg, theme, story, layout),
      true,
    );
    this.notice = new NoticeSlot(this, theme, layout.notice, () => this.controller.dismissNotice());
    this.renderMenu(snapshot);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    this.renderMenu(snapshot);
  }

  private renderMenu(snapshot: Snapshot): void {
    this.notice.show(snapshot.notice);
    if (this.shownContinue === snapshot.canContinue) return;
    this.shownContinue = snapshot.canContinue;
    this.menu?.destroy();
    const { theme, controller } = this;
    const MENU = this.layout.menu;
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
    if (snapshot.canContinue) entries.push(['Continue the case', 'saved', () => controller.continueRun()]);
    entries.push(
      ['New case', year ? `from ${year}` : '', () => controller.newCase()],
      ['Settings', '', () => controller.open('settings')],
      ['Sources', factRange(story), () => controller.open('sources')],
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
