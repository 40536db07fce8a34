/**
 * The branch map's pointer: a drag pans, two fingers pinch (zoom and pan at once), the wheel
 * zooms at the pointer, and a press that hardly moved is a tap. Points are handed over in the
 * map window's own pixels. Presses on a button (anything with a hand cursor) are the button's.
 */
import type Phaser from 'phaser';
import type { Rect } from '../layout/draw-ops';
import { TAP_SLOP } from './ui';

type Point = { readonly x: number; readonly y: number };

export interface MapGestures {
  pan(dx: number, dy: number): void;
  pinch(before: { a: Point; b: Point }, after: { a: Point; b: Point }): void;
  zoom(factor: number, at: Point): void;
  tap(at: Point): void;
}

/** How much one unit of wheel movement zooms (exponentially, so in and out are symmetric). */
const WHEEL_ZOOM = 0.0015;

export function watchMapGestures(scene: Phaser.Scene, view: Rect, on: MapGestures): void {
  scene.input.addPointer(1);
  const local = (p: Phaser.Input.Pointer): Point => ({ x: p.worldX - view.x, y: p.worldY - view.y });
  const inView = (p: Phaser.Input.Pointer) => {
    const at = local(p);
    return at.x >= 0 && at.y >= 0 && at.x <= view.width && at.y <= view.height;
  };
  const down = new Map<number, Point>();
  let travelled = 0;
  scene.input.on('pointerdown', (p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
    if (!inView(p) || over.some((o) => o.input?.cursor === 'pointer')) return;
    if (down.size === 0) travelled = 0;
    down.set(p.id, local(p));
  });
  scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
    const before = down.get(p.id);
    if (!before || !p.isDown) return;
    const now = local(p);
    const other = [...down.entries()].find(([id]) => id !== p.id)?.[1];
    if (other) on.pinch({ a: before, b: other }, { a: now, b: other });
    else on.pan(now.x - before.x, now.y - before.y);
    travelled += Math.hypot(now.x - before.x, now.y - before.y);
    down.set(p.id, now);
  });
  scene.input.on('pointerup', (p: Phaser.Input.Pointer) => {
    if (!down.delete(p.id) || down.size > 0) return;
    if (travelled <= TAP_SLOP) on.tap(local(p));
  });
  scene.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    if (inView(p)) on.zoom(Math.exp(-dy * WHEEL_ZOOM), local(p));
  });
}
