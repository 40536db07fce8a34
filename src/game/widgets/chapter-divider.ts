/**
 * The chapter divider: a blank sheet on which the chapter's number, title and period are
 * typed in 1.2 s (halved with reduced motion), with one flicker of the lamp. A click skips it.
 */
import Phaser from 'phaser';
import type { SoundPort } from '../../audio/sound';
import type { Chapter } from '../../story/types';
import { wrapLines } from '../layout/text-fit';
import { FONTS, family, type Theme } from '../theme';
import { canvasImage } from './canvas-image';
import { flickerLamp } from './dossier';
import { cssMeasure } from './measure';
import { paintPaper, pieceCanvas } from './paint';
import { addText, cssFontOf } from './ui';

/**
 * The blank sheet, centred on the screen (a little below the middle), and the heights of what
 * is typed on it: the chapter's number, its title, the rule under it, the period.
 */
const SHEET = { width: 560, height: 360, pad: 30, centreY: 372, titleInset: 60 } as const;
const LINES = { number: 290, title: 360, rule: 404, ruleHalf: 120, period: 440 } as const;
/** The whole divider lasts 1.2 s (the typing takes 55% of it), halved with reduced motion. */
const TIMING = { totalMs: 1200, typing: 0.55, fadeInMs: 120 } as const;

export interface ChapterDivider {
  /** Call every frame while the divider shows; null once it has finished. */
  tick: (() => void) | null;
  /** Drop the divider at once without calling `done`; null once it has finished. */
  cancel: (() => void) | null;
}

export function showChapterDivider(
  scene: Phaser.Scene,
  theme: Theme,
  sound: Pick<SoundPort, 'playEffect'>,
  chapter: Chapter,
  reducedMotion: boolean,
  world: { readonly width: number; readonly height: number },
  done: () => void,
): ChapterDivider {
  const ticker: ChapterDivider = { tick: null, cancel: null };
  const { palette } = theme;
  const motion = reducedMotion ? 0.5 : 1;
  const total = TIMING.totalMs * motion;
  const resolution = scene.cameras.main.zoom;
  // Narrower on a narrow stage (the title wraps), and centred on the stage's middle.
  const w = Math.min(SHEET.width, world.width - 24);
  const h = SHEET.height;
  const centreX = world.width / 2;
  const dy = Math.round(world.height / 2 - 360);
  const { canvas, ctx } = pieceCanvas(w, h, { pad: SHEET.pad }, resolution, { theme, blur: 24, alpha: 0.6 });
  paintPaper(ctx, w, h, palette, { seed: `divider:${chapter.id}` });
  const paper = canvasImage(scene, canvas, resolution, centreX, SHEET.centreY + dy, 'divider');
  const numberText = addText(scene, centreX, LINES.number + dy, '', {
    fontFamily: `${family(FONTS.mono)}`,
    fontSize: '16px',
    fontStyle: '600',
    color: palette.inkSoft,
    letterSpacing: 6,
  }).setOrigin(0.5);
  const titleText = addText(scene, centreX, LINES.title + dy, '', {
    fontFamily: `${family(theme.bodyFont)}`,
    fontSize: '44px',
    color: palette.ink,
    align: 'center',
  }).setOrigin(0.5);
  // Wrapped once, in full, so that a word being typed never jumps to the next line.
  const title = wrapLines(chapter.title.toUpperCase(), w - SHEET.titleInset, cssMeasure(cssFontOf(titleText))).join(
    '\n',
  );
  const periodText = addText(scene, centreX, LINES.period + dy, '', {
    fontFamily: `${family(FONTS.mono)}`,
    fontSize: '16px',
    color: palette.inkSoft,
    letterSpacing: 3,
  }).setOrigin(0.5);
  const rule = scene.add.graphics();
  rule.lineStyle(1.5, Phaser.Display.Color.HexStringToColor(palette.ink).color, 0.6);
  rule.lineBetween(centreX - LINES.ruleHalf, LINES.rule + dy, centreX + LINES.ruleHalf, LINES.rule + dy);
  rule.setAlpha(0);
  const container = scene.add.container(0, 0, [paper.image, numberText, titleText, periodText, rule]).setDepth(50);
  const lines = [
    { text: `CHAPTER ${chapter.number}`, target: numberText },
    { text: title, target: titleText },
    { text: chapter.period, target: periodText },
  ];
  const chars = lines.reduce((sum, line) => sum + line.text.length, 0);
  const typeTime = total * TIMING.typing;
  let typed = 0;
  let finished = false;
  const started = performance.now();
  flickerLamp(scene, theme, world);
  container.setAlpha(0);
  scene.tweens.add({ targets: container, alpha: 1, duration: TIMING.fadeInMs * motion });
  const finish = () => {
    if (finished) return;
    finished = true;
    ticker.tick = null;
    skip.destroy();
    scene.tweens.add({
      targets: container,
      alpha: 0,
      duration: 180 * motion,
      onComplete: () => {
        paper.destroy();
        container.destroy();
      },
    });
    ticker.cancel = null;
    done();
  };
  // Driven by real time from the scene's update(), so a slow frame cannot stretch the divider.
  ticker.tick = () => {
    const elapsed = performance.now() - started;
    const next = Math.min(chars, Math.floor((elapsed / typeTime) * chars));
    if (next > typed) {
      if (Math.floor(next / 2) > Math.floor(typed / 2)) sound.playEffect('type');
      typed = next;
      let left = typed;
      for (const line of lines) {
        line.target.setText(line.text.slice(0, Math.max(0, Math.min(line.text.length, left))));
        left -= line.text.length;
      }
      if (typed === chars) {
        sound.playEffect('carriage');
        rule.setAlpha(1);
      }
    }
    if (elapsed >= total) finish();
  };
  const skip = scene.add
    .zone(0, 0, world.width, world.height)
    .setOrigin(0, 0)
    .setDepth(60)
    .setInteractive({ useHandCursor: true });
  skip.on('pointerup', finish);
  ticker.cancel = () => {
    finished = true;
    ticker.tick = null;
    skip.destroy();
    paper.destroy();
    container.destroy();
    ticker.cancel = null;
  };
  return ticker;
}
