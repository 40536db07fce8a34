/**
 * The title's question before New case replaces a saved case, drawn where the menu stands: the
 * question, what it means, and the two answers in the order the accessible layer lists them
 * (dom/confirm-dialog.ts). Pointer only; the layer owns the keyboard.
 */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS, NEW_CASE_QUESTION } from '../control-labels';
import type { Theme } from '../theme';
import { addText, Button, keyHint, setWrappedText, uiFont } from './ui';

/** The room the question has: the menu's column, its buttons' height and step. */
export interface ConfirmPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly buttonHeight: number;
  readonly step: number;
}

export function addNewCaseConfirm(
  scene: Phaser.Scene,
  theme: Theme,
  at: ConfirmPlace,
  answers: { readonly keep: () => void; readonly replace: () => void },
): Phaser.GameObjects.Container {
  const { palette } = theme;
  const question = addText(scene, at.x, at.y, NEW_CASE_QUESTION.title, {
    ...uiFont(theme.uiSize + 4, 600),
    color: palette.chrome,
  });
  const detail = setWrappedText(
    addText(scene, at.x, at.y + question.height + 10, '', { ...uiFont(theme.uiSize), color: palette.chromeDim }),
    NEW_CASE_QUESTION.detail,
    at.width,
  );
  const top = detail.y + detail.height + 24;
  const keep = new Button(scene, at.x, top, {
    width: at.width,
    height: at.buttonHeight,
    label: LABELS.keepSavedCase,
    hint: keyHint(scene, 'Esc'),
    theme,
    onClick: answers.keep,
  });
  const replace = new Button(scene, at.x, top + at.step, {
    width: at.width,
    height: at.buttonHeight,
    label: LABELS.confirmNewCase,
    theme,
    variant: 'danger',
    onClick: answers.replace,
  });
  return scene.add.container(0, 0, [question, detail, keep.container, replace.container]);
}
