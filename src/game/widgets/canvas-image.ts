/** A Phaser image backed by a canvas we paint ourselves, drawn at the game's render resolution. */
import Phaser from 'phaser';
import { stageFor } from '../layout/stage';

let counter = 0;
let scratch: HTMLCanvasElement | null = null;

/** A scratch canvas of exactly width x height (texSubImage2D sends the whole source). */
function bandCanvas(width: number, height: number): HTMLCanvasElement {
  scratch ??= document.createElement('canvas');
  if (scratch.width !== width) scratch.width = width;
  if (scratch.height !== height) scratch.height = height;
  return scratch;
}

export interface CanvasImage {
  readonly image: Phaser.GameObjects.Image;
  readonly canvas: HTMLCanvasElement;
  /** Upload the canvas to the GPU after painting. */
  refresh(): void;
  /**
   * Upload only rows [top, bottom) of the canvas (canvas pixels), when only they changed:
   * a typed character re-sends a band of the sheet, not the whole sheet.
   */
  refreshRows(top: number, bottom: number): void;
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
  // However the image goes (destroy() below, or its scene shutting down under a page still
  // sliding away), its texture goes with it: the texture manager is the game's, not the scene's.
  image.once(Phaser.GameObjects.Events.DESTROY, () => {
    destroyed = true;
    if (scene.textures.exists(key)) scene.textures.remove(key);
  });
  return {
    image,
    canvas,
    refresh() {
      if (!destroyed) texture?.refresh();
    },
    refreshRows(top, bottom) {
      if (destroyed || !texture) return;
      const y0 = Math.max(0, Math.floor(top));
      const y1 = Math.min(canvas.height, Math.ceil(bottom));
      if (y1 <= y0) return;
      const renderer = scene.renderer;
      const wrapper = texture.source[0]?.glTexture;
      // Whole uploads where a band cannot be sent, or would be most of the canvas anyway.
      if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer) || !wrapper || y1 - y0 > canvas.height * 0.5) {
        texture.refresh();
        return;
      }
      const band = bandCanvas(canvas.width, y1 - y0);
      const ctx = band.getContext('2d');
      if (!ctx) {
        texture.refresh();
        return;
      }
      ctx.clearRect(0, 0, band.width, band.height);
      ctx.drawImage(canvas, 0, y0, canvas.width, y1 - y0, 0, 0, canvas.width, y1 - y0);
      const gl = renderer.gl;
      // Through Phaser's state wrappers, so its idea of the bound texture and unpack flags stays true.
      renderer.glTextureUnits.bind(wrapper, 0);
      renderer.glWrapper.updateTexturing({ texturing: { flipY: wrapper.flipY, premultiplyAlpha: wrapper.pma } });
      const y = wrapper.flipY ? canvas.height - y1 : y0;
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y, gl.RGBA, gl.UNSIGNED_BYTE, band);
    },
    destroy() {
      if (!destroyed) image.destroy();
    },
  };
}

/**
 * The room the game has on the page: its element's box (the whole window, less author mode's
 * panel when that is open beside it).
 */
export function gameRoom(): { width: number; height: number } {
  const box = document.getElementById('game');
  const width = box?.clientWidth || innerWidth;
  const height = box?.clientHeight || innerHeight;
  return { width, height };
}

/** The render resolution: the design is 1280x720, drawn at up to twice that on dense screens. */
export function renderResolution(): number {
  if (typeof window === 'undefined') return 1;
  // Device pixels per design pixel: the screen's ratio times the stage's zoom, so that a
  // desk shown at 1.5x on a large monitor is drawn at 1.5x, not stretched. In half steps, at
  // most 3 (a phone's ratio), and never a canvas larger than a 4K screen.
  const stage = stageFor(gameRoom());
  const ratio = (window.devicePixelRatio || 1) * stage.zoom;
  const largest = Math.sqrt(MAX_CANVAS_PIXELS / (stage.width * stage.height));
  return Math.max(1, Math.min(3, Math.floor(Math.min(ratio, largest) * 2) / 2));
}

/** The most pixels the game's canvas may have: a 4K screen's. */
const MAX_CANVAS_PIXELS = 3840 * 2160;
