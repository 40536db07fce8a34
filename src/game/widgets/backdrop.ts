/**
 * The picture behind the game canvas: a page element, under the (transparent) WebGL canvas,
 * that shows the base scene's painted desk. The page compositor draws it for almost nothing,
 * where a full-screen quad cost ~13 ms of every frame in software WebGL. (A CSS background on
 * the canvas itself is not painted under WebGL content, hence a separate element.)
 */
import type Phaser from 'phaser';

let backdrop: HTMLDivElement | null = null;

/** Create the element behind the canvas and keep it on the canvas's box. Once per game. */
export function mountBackdrop(game: Phaser.Game, color: string): void {
  const canvas = game.canvas;
  if (backdrop || !canvas?.parentElement) return;
  const element = document.createElement('div');
  element.setAttribute('aria-hidden', 'true');
  element.style.cssText = `position:fixed;z-index:-1;pointer-events:none;background-color:${color};background-size:100% 100%;`;
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

/** Show `url` behind the canvas; false when there is no backdrop (the caller keeps its quad). */
export function showBackdrop(url: string): boolean {
  if (!backdrop) return false;
  backdrop.style.backgroundImage = `url("${url}")`;
  return true;
}

/** Whether `url` is what the backdrop shows now. */
export function backdropShows(url: string): boolean {
  return backdrop?.style.backgroundImage === `url("${url}")`;
}
