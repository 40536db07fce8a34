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

/** One part of a page's arrival: `update` gets its progress, 0 to 1; `end` runs once, at 1. */
interface Phase {
  readonly ms: number;
  update(progress: number): void;
  end?(): void;
}

const cubicOut = (p: number) => 1 - (1 - p) ** 3;
const quadIn = (p: number) => p * p;

/**
 * Run `phases` one after another on the real clock, from this call: one timeline for the
 * whole arrival, checked on every frame. A tween starts counting only at its first frame, and
 * tweens chained on each other's completion each wait for a frame; together that was ~70 ms a
 * turn on a slow machine, after the key. Stops, without `done`, once `alive` is false.
 */
function runPhases(scene: Phaser.Scene, phases: readonly Phase[], alive: () => boolean, done: () => void): void {
  const total = phases.reduce((sum, phase) => sum + phase.ms, 0);
  const started = performance.now();
  let ended = 0;
  const advance = (elapsed: number) => {
    let from = 0;
    phases.forEach((phase, index) => {
      if (index >= ended && elapsed >= from) {
        const progress = phase.ms > 0 ? Math.min(1, (elapsed - from) / phase.ms) : 1;
        phase.update(progress);
        if (progress >= 1 && index === ended) {
          ended += 1;
          phase.end?.();
        }
      }
      from += phase.ms;
    });
  };
  const stop = () => {
    scene.events.off('update', tick);
    scene.events.off('shutdown', stop);
  };
  const tick = () => {
    if (!alive()) {
      stop();
      return;
    }
    const elapsed = Math.min(total, performance.now() - started);
    advance(elapsed);
    if (elapsed < total) return;
    stop();
    done();
  };
  scene.events.on('update', tick);
  scene.events.once('shutdown', stop);
}

/**
 * The next page arrives where it lies (its container's position): it slides in from the right
 * (fades in, with reduced motion), its stamp comes down with a thump and, but with reduced
 * motion, a 2 px shake; then `done`. Nothing more happens once `alive` is false (another page
 * came).
 */
export function arrive(
  scene: Phaser.Scene,
  sheet: DocumentSheet,
  options: TurnOptions,
  alive: () => boolean,
  done: () => void,
  layout: CaseLayout = DESK_LAYOUT,
): void {
  const { in: from } = layout.turn;
  const reduced = options.reducedMotion;
  const container = sheet.container;
  const home = container.x;
  const stamp = sheet.stamp;
  const scale = sheet.stampScale;
  const stampAlpha = options.theme.palette.stampAlpha;
  options.sound.playEffect('page');
  const slide: Phase = reduced
    ? { ms: from.fadeMs * options.theme.motion, update: (p) => container.setAlpha(p) }
    : {
        ms: from.ms,
        update: (p) => {
          const eased = cubicOut(p);
          container.setX(home + from.fromRight * (1 - eased)).setAngle(from.angle * (1 - eased));
        },
      };
  const landing = sheet.stampPosition;
  stamp.setPosition(landing.x, landing.y);
  const stampFrom = scale * (reduced ? 1 : STAMP.fromScale);
  stamp.setScale(stampFrom).setAlpha(0);
  const down: Phase = {
    ms: reduced ? STAMP.ms / 2 : STAMP.ms,
    update: (p) => {
      const eased = quadIn(p);
      stamp.setScale(stampFrom + (scale - stampFrom) * eased).setAlpha(stampAlpha * eased);
    },
    end: () => options.sound.playEffect('stamp'),
  };
  // Out and back twice: x - shake to x + shake and back, two times over.
  const shake: Phase = {
    ms: reduced ? 0 : STAMP.shakeMs * 4,
    update: (p) => {
      const leg = Math.min(3.999, p * 4);
      const along = leg % 1;
      const offset = Math.floor(leg) % 2 === 0 ? -1 + 2 * along : 1 - 2 * along;
      container.setX(home + STAMP.shake * offset);
    },
    end: () => container.setX(home),
  };
  if (reduced) container.setAlpha(0);
  else container.setX(home + from.fromRight).setAngle(from.angle);
  runPhases(scene, [slide, down, shake], alive, done);
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
