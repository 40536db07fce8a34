/** The strip above the open folder: the story's name, the chapter on screen, the menu button. */
import type Phaser from 'phaser';
import type { Chapter } from '../../story/types';
import { CONTROL_LABELS } from '../control-labels';
import { CASE_LAYOUT } from '../layout/case-layout';
import type { Theme } from '../theme';
import { addText, Button, monoFont, uiFont } from './ui';

export class CaseHeader {
  private readonly chapter: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, theme: Theme, options: { readonly title: string; readonly onMenu: () => void }) {
    const { header } = CASE_LAYOUT;
    const { palette } = theme;
    this.chapter = addText(scene, header.chapterRight, header.middle, '', {
      ...uiFont(Math.min(16, theme.uiSize - 2), 600),
      color: palette.chrome,
    }).setOrigin(1, 0.5);
    addText(scene, header.titleX, header.middle, options.title.toUpperCase(), {
      ...monoFont(12, 600),
      color: palette.chromeDim,
      letterSpacing: 3,
    }).setOrigin(0, 0.5);
    new Button(scene, header.menu.x, header.menu.y, {
      width: header.menu.width,
      height: header.menu.height,
      label: CONTROL_LABELS.menu,
      hint: 'Esc',
      size: 15,
      theme,
      variant: 'quiet',
      onClick: options.onMenu,
    });
  }

  /** "CHAPTER 3 · THE CONSULTING · 2016-2017", or nothing outside a chapter. */
  setChapter(chapter: Chapter | undefined): void {
    this.chapter.setText(
      chapter ? `CHAPTER ${chapter.number}  \u00b7  ${chapter.title.toUpperCase()}  \u00b7  ${chapter.period}` : '',
    );
  }
}
