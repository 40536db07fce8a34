/**
 * Where the canvas draws each control, in page pixels, so that the accessible layer can lay
 * its real HTML control over it: touch exploration, voice control, magnifiers and the
 * browser's focus ring then find it where the eye does. A control is an interactive zone
 * marked with markControl(); after every frame the rectangles of the marked zones of the
 * running scenes (those under an overlay are covered and left out) are measured and, when
 * they changed, handed on.
 */
import Phaser from 'phaser';

import type { ControlRects, PageRect } from './control-keys';

export { CHOICES_CONTROL, choiceControl, NOTICE_CONTROL, PAGE_CONTROL, settingControl } from './control-keys';

const KEY = 'control';

/** Mark an interactive zone as the canvas's drawing of the control called `key`. */
export function markControl<T extends Phaser.GameObjects.GameObject>(zone: T, key: string): T {
  zone.setData(KEY, key);
  return zone;
}

function visible(object: Phaser.GameObjects.GameObject): boolean {
  let node: Phaser.GameObjects.GameObject | null = object;
  while (node) {
    const shown = node as Partial<Phaser.GameObjects.Components.Visible & Phaser.GameObjects.Components.AlphaSingle>;
    if (shown.visible === false || shown.alpha === 0) return false;
    node = node.parentContainer;
  }
  return true;
}

function collect(objects: readonly Phaser.GameObjects.GameObject[], into: Phaser.GameObjects.Zone[]): void {
  for (const object of objects) {
    if (object instanceof Phaser.GameObjects.Container) collect(object.list, into);
    // A marked zone counts unless its input is switched off (a heading's zone has none at all).
    else if (object instanceof Phaser.GameObjects.Zone && object.getData(KEY) && object.input?.enabled !== false)
      into.push(object);
  }
}

/** The marked controls of one scene, in page pixels. */
function sceneRects(
  scene: Phaser.Scene,
  canvas: HTMLCanvasElement,
  bounds: DOMRect,
  into: Map<string, PageRect>,
): void {
  const scaleX = bounds.width / canvas.width;
  const scaleY = bounds.height / canvas.height;
  const camera = scene.cameras.main;
  const zones: Phaser.GameObjects.Zone[] = [];
  collect(scene.children.list, zones);
  for (const zone of zones) {
    if (!visible(zone)) continue;
    const box = zone.getBounds();
    const left = (box.x - camera.worldView.x) * camera.zoom * scaleX + bounds.left;
    const top = (box.y - camera.worldView.y) * camera.zoom * scaleY + bounds.top;
    const rect = {
      x: left,
      y: top,
      width: box.width * camera.zoom * scaleX,
      height: box.height * camera.zoom * scaleY,
    };
    // Off the screen is not on the screen (a slip still sliding in from the edge is).
    if (rect.x + rect.width <= 0 || rect.y + rect.height <= 0 || rect.x >= innerWidth || rect.y >= innerHeight)
      continue;
    into.set(String(zone.getData(KEY)), rect);
  }
}

function same(a: ControlRects, b: ControlRects): boolean {
  if (a.size !== b.size) return false;
  for (const [key, rect] of a) {
    const other = b.get(key);
    if (!other) return false;
    if (Math.abs(other.x - rect.x) > 0.5 || Math.abs(other.y - rect.y) > 0.5) return false;
    if (Math.abs(other.width - rect.width) > 0.5 || Math.abs(other.height - rect.height) > 0.5) return false;
  }
  return true;
}

/** Measure the marked controls after every frame; `onChange` hears each new set. */
export function watchControlRects(game: Phaser.Game, onChange: (rects: ControlRects) => void): () => void {
  let last: ControlRects = new Map();
  // The canvas's box, read again only when it can have moved: reading it every frame would
  // make the browser lay the page out every frame, after the layer's boxes were set.
  let bounds: DOMRect | null = null;
  const forget = () => {
    bounds = null;
  };
  game.scale.on(Phaser.Scale.Events.RESIZE, forget);
  window.addEventListener('resize', forget);
  const measure = () => {
    const canvas = game.canvas;
    if (!canvas) return;
    bounds ??= canvas.getBoundingClientRect();
    const rects = new Map<string, PageRect>();
    // Only running scenes: a scene paused under an overlay is covered by it.
    for (const scene of game.scene.getScenes(true)) sceneRects(scene, canvas, bounds, rects);
    if (same(rects, last)) return;
    last = rects;
    onChange(rects);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, measure);
  return () => {
    game.events.off(Phaser.Core.Events.POST_RENDER, measure);
    game.scale.off(Phaser.Scale.Events.RESIZE, forget);
    window.removeEventListener('resize', forget);
  };
}
