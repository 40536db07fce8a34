/**
 * A screen taller than a phone's: the camera scrolls down it, by drag (swipe) or wheel, while
 * what was added as fixed (the desk, the shade that takes stray clicks) stays where it is. Made
 * for the compact arrangements of the overlays and the ending, whose controls cannot shrink
 * below 44 px to fit; on the desk the content always fits and nothing scrolls.
 */
import type Phaser from 'phaser';
import { clampScroll } from '../layout/document';

/** A press that moves farther than this (in world px) is a scroll, not a tap; wheel lines to px. */
const DRAG_SLOP = 8;
const WHEEL_SCALE = 0.6;

export class PageScroll {
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly home: number;
  private offset = 0;
  private content: number;
  private start: { y: number; offset: number } | null = null;
  private dragging = false;

  /**
   * `viewHeight`: the world's height; `content`: how tall the page is; `holds(objects)`: whether
   * a press on these objects belongs to them (a slider's drag), not to the page.
   */
  constructor(
    scene: Phaser.Scene,
    private readonly viewHeight: number,
    content: number,
    holds: (objects: readonly Phaser.GameObjects.GameObject[]) => boolean = () => false,
  ) {
    this.camera = scene.cameras.main;
    this.home = this.camera.scrollY;
    this.content = content;
    const input = scene.input;
    input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      this.dragging = false;
      this.start = holds(over) ? null : { y: pointer.y, offset: this.offset };
    });
    input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (!this.start || !pointer.isDown) return;
      const moved = (this.start.y - pointer.y) / this.camera.zoom;
      if (!this.dragging && Math.abs(moved) > DRAG_SLOP) this.dragging = true;
      if (this.dragging) this.scrollTo(this.start.offset + moved);
    });
    input.on('pointerup', () => {
      this.start = null;
    });
    input.on('wheel', (_p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.scrollTo(this.offset + dy * WHEEL_SCALE);
    });
  }

  /**
   * Run `add` and keep everything it put on the scene's display list from scrolling. An object
   * that ignores the camera's scroll ignores its resting scroll too (the one that centres the
   * world on the stage), so it is moved by that much to stay where it was drawn.
   */
  static fixed(scene: Phaser.Scene, add: () => void): void {
    const before = new Set(scene.children.list);
    add();
    const camera = scene.cameras.main;
    for (const object of scene.children.list) {
      if (!before.has(object) && 'setScrollFactor' in object) {
        const fixed = object as unknown as Phaser.GameObjects.Components.ScrollFactor &
          Phaser.GameObjects.Components.Transform;
        fixed.setScrollFactor(0);
        fixed.setPosition(fixed.x - camera.scrollX, fixed.y - camera.scrollY);
      }
    }
  }

  /** How far down the page is scrolled, to carry across a rebuild. */
  get scroll(): number {
    return this.offset;
  }

  /** Whether there is more page than screen. */
  get scrollable(): boolean {
    return this.content > this.viewHeight;
  }

  setContent(height: number): void {
    this.content = height;
    this.scrollTo(this.offset);
  }

  scrollTo(offset: number): void {
    this.offset = clampScroll(offset, this.content, this.viewHeight);
    this.camera.setScroll(this.camera.scrollX, this.home + this.offset);
  }
}

/** Whether `objects` include a child of one of `containers` (a press on a slider, say). */
export function withinAny(
  objects: readonly Phaser.GameObjects.GameObject[],
  containers: readonly Phaser.GameObjects.Container[],
): boolean {
  return objects.some((object) => {
    for (let parent = object.parentContainer; parent; parent = parent.parentContainer) {
      if (containers.includes(parent)) return true;
    }
    return false;
  });
}
