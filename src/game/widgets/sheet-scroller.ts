/**
 * Scrolling a document by wheel or drag, and a tap on it (a press that did not drag) for the
 * scene to act on, such as showing the whole page. One per scene; it follows the sheet on top.
 */
import type Phaser from 'phaser';
import { markControl, PAGE_CONTROL } from '../control-rects';
import type { DocumentSheet } from './document-sheet';

/** A press that moves farther than this is a drag; the wheel's lines are this many pixels. */
const DRAG_SLOP = 6;
const WHEEL_SCALE = 0.6;

export class SheetScroller {
  private sheet: DocumentSheet | null = null;
  private startY: number | null = null;
  private lastY = 0;
  private dragging = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onTap: (sheet: DocumentSheet) => void,
  ) {
    scene.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (this.sheet && this.over(this.sheet, pointer)) this.sheet.scrollBy(dy * WHEEL_SCALE);
    });
    scene.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (this.startY === null || !pointer.isDown || !this.sheet) return;
      const y = this.screenY(pointer);
      if (!this.dragging && Math.abs(y - this.startY) > DRAG_SLOP) this.dragging = true;
      if (this.dragging) {
        this.sheet.scrollBy(this.lastY - y);
        this.lastY = y;
      }
    });
    scene.input.on('pointerup', () => {
      this.startY = null;
    });
  }

  /** Scroll this sheet from now on; presses on it start a drag or make a tap. */
  follow(sheet: DocumentSheet): void {
    this.sheet = sheet;
    const zone = markControl(this.scene.add.zone(0, 0, sheet.width, sheet.height), PAGE_CONTROL)
      .setOrigin(0, 0)
      .setInteractive();
    sheet.container.add(zone);
    zone.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      this.startY = this.screenY(pointer);
      this.lastY = this.startY;
      this.dragging = false;
    });
    zone.on('pointerup', () => {
      const wasDrag = this.dragging;
      this.startY = null;
      this.dragging = false;
      if (!wasDrag && this.sheet === sheet) this.onTap(sheet);
    });
  }

  /**
   * Where the finger is on the screen, in world units. Not its world position: where the whole
   * screen scrolls under the finger (the ending on a phone), that hardly moves during a swipe,
   * and the swipe would end as a tap.
   */
  private screenY(pointer: Phaser.Input.Pointer): number {
    return pointer.y / this.scene.cameras.main.zoom;
  }

  private over(sheet: DocumentSheet, pointer: Phaser.Input.Pointer): boolean {
    const { x, y } = sheet.container;
    return (
      pointer.worldX >= x &&
      pointer.worldX <= x + sheet.width &&
      pointer.worldY >= y &&
      pointer.worldY <= y + sheet.height
    );
  }
}
