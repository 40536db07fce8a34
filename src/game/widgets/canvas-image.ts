/** A Phaser image backed by a canvas we paint ourselves, drawn at the game's render resolution. */
import type Phaser from 'phaser';

let counter = 0;

export interface CanvasImage {
  readonly image: Phaser.GameObjects.Image;
  readonly canvas: HTMLCanvasElement;
  /** Upload the canvas to the GPU after painting. */
  refresh(): void;
  destroy(): void;
}

export function canvasImage(
  scene: Phaser.Scene,
  canvas: HTMLCanvasElement,
  resolution: number,
  x = 0,
  y = 0,
  prefix = 'canvas',
): CanvasImage {
  counter += 1;
  const key = `${prefix}-${counter}`;
  const texture = scene.textures.addCanvas(key, canvas);
  const image = scene.add.image(x, y, key).setScale(1 / resolution);
  let destroyed = false;
  return {
    image,
    canvas,
    refresh() {
      if (!destroyed) texture?.refresh();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      image.destroy();
      if (scene.textures.exists(key)) scene.textures.remove(key);
    },
  };
}

/** The render resolution: the design is 1280x720, drawn at up to twice that on dense screens. */
export function renderResolution(): number {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.max(1, Math.min(2, Math.round(ratio * 2) / 2));
}
