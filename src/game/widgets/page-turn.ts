/**
 * How a page moves: the one on top slides away to the pile, the next slides in from the right,
 * its stamp lands with a thump and a 2 px shake. With reduced motion, pages fade and the stamp
 * lands without the shake.
 */
import type Phaser from 'phaser';
import type { SoundPort } from '../../audio/sound';
import { type CaseLayout, DESK_LAYOUT } from '../layout/case-layout';
import type { Theme } from '../theme';
import type { DocumentSheet } from './document-sheet';

/** The stamp comes down from this much larger, in this long (halved with reduced motion). */
const STAMP = { fromScale: 1.6, ms: 150, shake: 2, shakeMs: 35 } as const;

/** What a turn needs besides the scene and the sheet. */
export interface TurnOptions {
  readonly reducedMotion: boolean;
  readonly theme: Theme;
  readonly sound: Pick<SoundPort, 'playEffect'>;
}

/** The sheet moves (or fades) to `to` over `ms`, easing out when it moves, then `done`. */
function glide(
  scene: Phaser.Scene,
  sheet: DocumentSheet,
  to: Readonly<Record<string, number>>,
  ms: number,
  done: () => void,
): void {
  const moves = Object.keys(to).some((key) => key !== 'alpha');
  scene.tweens.add({
    targets: sheet.container,
    ...to,
    duration: ms,
    ease: moves ? 'Cubic.easeOut' : 'Linear',
    onComplete: done,
  });
}

/**
 * How long a page takes to arrive and be stamped, before its typing starts (a chapter's divider,
 * when the page opens one, comes first and is not counted): slideIn, then landStamp.
 */
export function pageArrivalMs(layout: CaseLayout, reducedMotion: boolean, motion = 1): number {
  if (reducedMotion) return layout.turn.in.fadeMs * motion + STAMP.ms / 2;
  // The shake goes out and back (yoyo), twice (repeat 1).
  return layout.turn.in.ms + STAMP.ms + STAMP.shakeMs * 4;
}

/** The page that was on top leaves for the pile, then is destroyed. */
export function slideAway(
  scene: Phaser.Scene,
  sheet: DocumentSheet,
  reducedMotion: boolean,
  layout: CaseLayout = DESK_LAYOUT,
): void {
  const { out } = layout.turn;
  scene.tweens.killTweensOf(sheet.container);
  scene.tweens.killTweensOf(sheet.stamp);
  sheet.container.setDepth(5);
  const done = () => sheet.destroy();
  if (reducedMotion) glide(scene, sheet, { alpha: 0 }, out.fadeMs, done);
  else glide(scene, sheet, { x: out.x, y: out.y, scale: out.scale, angle: out.angle, alpha: 0 }, out.ms, done);
}

/** The next page arrives where it lies (its container's position), then `done`. */
export function slideIn(
  scene: Phaser.Scene,
  sheet: DocumentSheet,
  options: TurnOptions,
  done: () => void,
  layout: CaseLayout = DESK_LAYOUT,
): void {
  const { in: arrive } = layout.turn;
  options.sound.playEffect('page');
  if (options.reducedMotion) {
    sheet.container.setAlpha(0);
    glide(scene, sheet, { alpha: 1 }, arrive.fadeMs * options.theme.motion, done);
    return;
  }
  const home = sheet.container.x;
  sheet.container.setX(home + arrive.fromRight).setAngle(arrive.angle);
  glide(scene, sheet, { x: home, angle: 0 }, arrive.ms, done);
}

/** The stamp lands on the sheet, with its sound, then `done`. */
export function landStamp(scene: Phaser.Scene, sheet: DocumentSheet, options: TurnOptions, done: () => void): void {
  const home = sheet.stampPosition;
  sheet.stamp.setPosition(home.x, home.y);
  stampDown(scene, sheet.stamp, sheet.stampScale, sheet.container, options, done);
}

/**
 * A stamp comes down onto what it marks: from larger to its resting `scale`, then a thump and
 * a 2 px shake of `marked` (no shake with reduced motion), then `done`.
 */
export function stampDown(
  scene: Phaser.Scene,
  stamp: Phaser.GameObjects.Image,
  scale: number,
  marked: Phaser.GameObjects.Container,
  options: TurnOptions & { readonly fromScale?: number },
  done: () => void = () => {},
): void {
  const reduced = options.reducedMotion;
  stamp.setScale(scale * (reduced ? 1 : (options.fromScale ?? STAMP.fromScale))).setAlpha(0);
  scene.tweens.add({
    targets: stamp,
    scale,
    alpha: options.theme.palette.stampAlpha,
    duration: reduced ? STAMP.ms / 2 : STAMP.ms,
    ease: 'Quad.easeIn',
    onComplete: () => {
      options.sound.playEffect('stamp');
      if (reduced) {
        done();
        return;
      }
      const x = marked.x;
      scene.tweens.add({
        targets: marked,
        x: { from: x - STAMP.shake, to: x + STAMP.shake },
        duration: STAMP.shakeMs,
        yoyo: true,
        repeat: 1,
        onComplete: () => {
          marked.setX(x);
          done();
        },
      });
    },
  });
}
