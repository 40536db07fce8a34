/**
 * The picture behind the game canvas: a 2D canvas element under the (transparent) WebGL
 * canvas, holding whatever of the base scene never moves (the painted desk, and on the case
 * screen the pile and the contents card). The page compositor draws it for almost nothing,
 * where each full-screen quad cost ~13 ms of every frame in software WebGL. (A CSS background
 * on the WebGL canvas itself is not painted under its content, hence a separate element.)
 * A screen that covers the base whole (settings, sources, the lists, the map) takes the
 * backdrop for its own picture and gives the base's back when it closes.
 */
import Phaser from 'phaser';
import { context } from './paint';

let backdrop: HTMLCanvasElement | null = null;

/** Create the element behind the canvas and keep it on the canvas's box. Once per game. */
export function mountBackdrop(game: Phaser.Game, color: string): void {
  const canvas = game.canvas;
  if (backdrop || !canvas?.parentElement) return;
  const element = document.createElement('canvas');
  element.width = 1;
  element.height = 1;
  element.setAttribute('aria-hidden', 'true');
  element.style.cssText = `position:fixed;z-index:-1;pointer-events:none;background-color:${color};`;
  canvas.parentElement.insertBefore(element, canvas);
  const place = () => {
    const box = canvas.getBoundingClientRect();
    element.style.left = `${box.left}px`;
    element.style.top = `${box.top}px`;
    element.style.width = `${box.width}px`;
    element.style.height = `${box.height}px`;
  };
  place();
  game.scale.on('resize', place);
  window.addEventListener('resize', () => requestAnimationFrame(place));
  backdrop = element;
}

/** While a full-screen overlay covers the base, the base's picture is kept here (and painted here). */
let underCover: HTMLCanvasElement | null = null;
let coverOwner: object | null = null;

function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = context(canvas);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * The backdrop's 2D context for the base scene, sized to width x height and reset to identity;
 * null when there is no backdrop (the caller keeps drawing its quads). Under a cover it paints
 * the kept picture, which comes back when the cover goes.
 */
export function backdropContext(width: number, height: number): CanvasRenderingContext2D | null {
  if (!backdrop) return null;
  return sized(underCover ?? backdrop, width, height);
}

/** Show `picture` (full screen, at the render resolution) behind the canvas; false without a backdrop. */
export function showBackdrop(picture: HTMLCanvasElement): boolean {
  const ctx = backdropContext(picture.width, picture.height);
  ctx?.drawImage(picture, 0, 0);
  return ctx !== null;
}

/** A full-screen overlay's hold on the backdrop. */
export interface BackdropCover {
  /** The backdrop's context, sized and cleared, for the overlay to paint its picture. */
  context(width: number, height: number): CanvasRenderingContext2D;
  /** Give the backdrop back: the base's picture returns. */
  release(): void;
}

/**
 * Take the backdrop for an overlay that covers the whole screen (its desk, or the branch map's
 * board, drawn by the page compositor instead of as full-screen quads). The base's picture is
 * kept aside and comes back on release. One owner at a time; the same owner gets its hold back.
 * Null without a backdrop.
 */
export function coverBackdrop(owner: object): BackdropCover | null {
  const shown = backdrop;
  if (!shown) return null;
  if (coverOwner !== owner) {
    if (coverOwner === null) {
      const kept = document.createElement('canvas');
      sized(kept, shown.width, shown.height).drawImage(shown, 0, 0);
      underCover = kept;
    }
    coverOwner = owner;
  }
  return {
    context: (width, height) => sized(shown, width, height),
    release: () => {
      if (coverOwner !== owner) return;
      coverOwner = null;
      const kept = underCover;
      underCover = null;
      if (kept) sized(shown, kept.width, kept.height).drawImage(kept, 0, 0);
    },
  };
}

/** Where a scene's full-screen picture goes: behind the canvas for a base, as a cover for an overlay. */
export type BackdropPlacement = 'behind' | 'cover';

/**
 * Cover the backdrop for `scene` until it shuts down (a rebuild takes it again) and show
 * `picture` on it; the cover, or null without a backdrop.
 */
export function coverSceneBackdrop(scene: Phaser.Scene, picture?: HTMLCanvasElement): BackdropCover | null {
  const cover = coverBackdrop(scene);
  if (!cover) return null;
  if (picture) cover.context(picture.width, picture.height).drawImage(picture, 0, 0);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, cover.release);
  return cover;
}
