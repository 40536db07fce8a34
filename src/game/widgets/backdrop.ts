/**
 * The picture behind the game canvas: a 2D canvas element under the (transparent) WebGL
 * canvas, holding whatever of the base scene never moves (the painted desk, and on the case
 * screen the pile and the contents card). The page compositor draws it for almost nothing,
 * where each full-screen quad cost ~13 ms of every frame in software WebGL. (A CSS background
 * on the WebGL canvas itself is not painted under its content, hence a separate element.)
 */
import type Phaser from 'phaser';
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

/**
 * The backdrop's 2D context, sized to width x height and reset to identity; null when there
 * is no backdrop (the caller keeps drawing its quads).
 */
export function backdropContext(width: number, height: number): CanvasRenderingContext2D | null {
  if (!backdrop) return null;
  if (backdrop.width !== width || backdrop.height !== height) {
    backdrop.width = width;
    backdrop.height = height;
  }
  const ctx = context(backdrop);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** Show `picture` (full screen, at the render resolution) behind the canvas; false without a backdrop. */
export function showBackdrop(picture: HTMLCanvasElement): boolean {
  const ctx = backdropContext(picture.width, picture.height);
  ctx?.drawImage(picture, 0, 0);
  return ctx !== null;
}
