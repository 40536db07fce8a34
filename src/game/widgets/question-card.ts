/**
 * A question drawn over a sheet (Save over slot 2? Delete slot 1?): the screen dimmed, a card
 * with the question, what it means, and the two answers in the order the accessible layer's
 * dialog lists them, the one that loses nothing first. Pointer only; the layer owns the keyboard.
 */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { GameController } from '../controller';
import type { AskedQuestion } from '../questions';
import type { Theme } from '../theme';
import { canvasImage, renderResolution } from './canvas-image';
import { paintPaper, pieceCanvas } from './paint';
import { addText, Button, keyHint, setWrappedText, uiFont } from './ui';

export interface QuestionOnScreen extends AskedQuestion {
  readonly controller: GameController;
}

export function addQuestion(
  scene: Phaser.Scene,
  theme: Theme,
  question: QuestionOnScreen,
  screen: { x: number; y: number; width: number; height: number },
): void {
  const { palette } = theme;
  scene.add
    .rectangle(screen.x, screen.y, screen.width, screen.height, 0x000000, theme.highContrast ? 0.85 : 0.6)
    .setOrigin(0, 0)
    .setInteractive();
  const width = Math.min(460, screen.width - 24);
  const margin = 24;
  const inner = width - margin * 2;
  const title = addText(scene, 0, 0, question.title, { ...uiFont(theme.uiSize + 4, 600), color: palette.ink });
  const detail = setWrappedText(
    addText(scene, 0, 0, '', { ...uiFont(theme.uiSize), color: palette.ink }),
    question.detail,
    inner,
  );
  const button = 52;
  const height = margin + title.height + 10 + detail.height + 20 + button * 2 + 12 + margin;
  const x = screen.x + (screen.width - width) / 2;
  const y = screen.y + Math.max(12, (screen.height - height) / 2);
  const resolution = renderResolution();
  const { canvas, ctx } = pieceCanvas(width, height, { pad: 20 }, resolution, { theme, blur: 20, alpha: 0.7 });
  paintPaper(ctx, width, height, palette, { seed: 'question' });
  const card = canvasImage(scene, canvas, resolution, x - 20, y - 20, 'question');
  card.image.setOrigin(0, 0);
  scene.events.once('shutdown', () => card.destroy());
  // The card is drawn under the words: bring them up over it.
  title.setPosition(x + margin, y + margin).setDepth(1);
  detail.setPosition(x + margin, title.y + title.height + 10).setDepth(1);
  const top = detail.y + detail.height + 20;
  new Button(scene, x + margin, top, {
    width: inner,
    height: button,
    label: LABELS[question.keep.control],
    hint: keyHint(scene, 'Esc'),
    theme,
    onClick: () => question.keep.act(question.controller),
  }).container.setDepth(1);
  new Button(scene, x + margin, top + button + 12, {
    width: inner,
    height: button,
    label: LABELS[question.go.control],
    theme,
    variant: 'danger',
    onClick: () => question.go.act(question.controller),
  }).container.setDepth(1);
}
