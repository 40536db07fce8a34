/** The strip above the open folder: the story's name, the chapter on screen, the menu button. */
import type Phaser from 'phaser';
import type { Chapter } from '../../story/types';
import { CONTROL_LABELS } from '../control-labels';
import { type CaseLayout, DESK_LAYOUT } from '../layout/case-layout';
import type { Theme } from '../theme';
import { addText, Button, monoFont, uiFont } from './ui';

export class CaseHeader {
  private readonly chapter: Phaser.GameObjects.Text;

  private readonly width: number;
  private readonly size: number;

  constructor(
    scene: Phaser.Scene,
    theme: Theme,
    options: {
      readonly title: string;
      readonly onMenu: () => void;
      /** Opens the drawer of contents and exhibits, where the layout has one. */
      readonly onDrawer?: () => void;
      readonly layout?: CaseLayout;
    },
  ) {
    const { header } = options.layout ?? DESK_LAYOUT;
    const { palette } = theme;
    const compact = header.chapterLeft !== null;
    // On the desk the line has the strip to itself; compact, it stops short of the buttons.
    this.width = compact ? header.chapterRight - (header.chapterLeft ?? 0) : Number.POSITIVE_INFINITY;
    this.size = Math.min(16, theme.uiSize - 2);
    this.chapter = addText(scene, header.chapterLeft ?? header.chapterRight, header.middle, '', {
      ...uiFont(this.size, 600),
      color: palette.chrome,
      lineSpacing: 2,
    }).setOrigin(compact ? 0 : 1, 0.5);
    if (header.titleX !== null) {
      addText(scene, header.titleX, header.middle, options.title.toUpperCase(), {
        ...monoFont(12, 600),
        color: palette.chromeDim,
        letterSpacing: 3,
      }).setOrigin(0, 0.5);
    }
    if (header.drawer && options.onDrawer) {
      new Button(scene, header.drawer.x, header.drawer.y, {
        width: header.drawer.width,
        height: header.drawer.height,
        label: CONTROL_LABELS.file,
        size: 15,
        theme,
        variant: 'quiet',
        onClick: options.onDrawer,
      });
    }
    new Button(scene, header.menu.x, header.menu.y, {
      width: header.menu.width,
      height: header.menu.height,
      label: CONTROL_LABELS.menu,
      // A compact stage is mostly touch, and its button has no room for the key.
      hint: compact ? undefined : 'Esc',
      size: 15,
      theme,
      variant: 'quiet',
      onClick: options.onMenu,
    });
  }

  /** "CHAPTER 3 · THE CONSULTING · 2016-2017", or nothing outside a chapter. */
  setChapter(chapter: Chapter | undefined): void {
    const line = chapter
      ? `CHAPTER ${chapter.number}  \u00b7  ${chapter.title.toUpperCase()}  \u00b7  ${chapter.period}`
      : '';
    this.chapter.setText(line);
    // A narrow header breaks the line before the period rather than running under the buttons.
    if (chapter && this.chapter.width > this.width) {
      this.chapter.setText(`CHAPTER ${chapter.number}  \u00b7  ${chapter.period}\n${chapter.title.toUpperCase()}`);
    }
    // Still too wide (the narrowest phone, the largest type): a smaller size, down to 12 px.
    this.chapter.setFontSize(this.size);
    for (let size = this.size - 1; size >= 12 && this.chapter.width > this.width; size--) {
      this.chapter.setFontSize(size);
    }
  }
}
