/**
 * Where the branch map's board is drawn each time it moves: a window of the screen, in the
 * scene's world units, that a 2D context paints into. Normally the backdrop behind the
 * transparent canvas (the map covers the whole screen, so it holds the backdrop while open),
 * which the page compositor shows for almost nothing; without a backdrop, one canvas texture
 * the size of the window, uploaded after each paint.
 */
import type Phaser from 'phaser';
import type { Frame } from '../layout/stage';
import { coverSceneBackdrop } from './backdrop';
import { canvasImage, renderResolution } from './canvas-image';
import { context, makeCanvas } from './paint';

export interface BoardSurface {
  /** The context, cleared to the board's colour, clipped to the window, in window-local world units. */
  begin(): CanvasRenderingContext2D;
  /** The paint is done: show it. */
  end(): void;
  /** True when the board is behind the canvas: the scene must leave its own background clear. */
  readonly behind: boolean;
}

type Window = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

export function boardSurface(scene: Phaser.Scene, frame: Frame, window: Window, colour: string): BoardSurface {
  const resolution = renderResolution();
  const cover = coverSceneBackdrop(scene);
  if (cover) {
    const { stage, box } = frame;
    const width = Math.ceil(stage.width * resolution);
    const height = Math.ceil(stage.height * resolution);
    const scale = resolution * box.scale;
    let painting: CanvasRenderingContext2D | null = null;
    return {
      behind: true,
      begin() {
        const ctx = cover.context(width, height);
        painting = ctx;
        ctx.save();
        ctx.fillStyle = colour;
        ctx.fillRect(0, 0, width, height);
        ctx.setTransform(
          scale,
          0,
          0,
          scale,
          resolution * box.x + window.x * scale,
          resolution * box.y + window.y * scale,
        );
        ctx.beginPath();
        ctx.rect(0, 0, window.width, window.height);
        ctx.clip();
        return ctx;
      },
      end() {
        painting?.restore();
        painting = null;
      },
    };
  }
  const canvas = makeCanvas(window.width, window.height, resolution);
  const image = canvasImage(scene, canvas, resolution, window.x, window.y, 'map-window');
  image.image.setOrigin(0, 0);
  const ctx = context(canvas);
  return {
    behind: false,
    begin() {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
      ctx.save();
      return ctx;
    },
    end() {
      ctx.restore();
      image.refresh();
    },
  };
}
