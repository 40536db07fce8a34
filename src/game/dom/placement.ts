/**
 * Lays each control of the accessible layer over the canvas element it mirrors, with the same
 * rectangle, transparent: a screen reader's touch exploration, voice control ("tap Settings"),
 * a magnifier and the browser's focus ring find it where the eye does. The canvas says where
 * (control-rects.ts); a control is matched by its key (a choice's id, a data-control name) or
 * else by its visible name, which is the same on both sides. A control the canvas does not
 * draw stays visually hidden, for screen readers only.
 */
import { type ControlRects, choiceControl, type PageRect } from '../control-keys';
import { labelOf } from './build';

/** The class of a control that lies over its canvas drawing. */
export const PLACED = 'al-placed';

export function controlKeyOf(element: HTMLElement): string | null {
  if (element.dataset.choiceId) return choiceControl(element.dataset.choiceId);
  if (element.dataset.control) return element.dataset.control;
  if (element instanceof HTMLButtonElement) return labelOf(element).trim();
  return null;
}

function place(element: HTMLElement, rect: PageRect | undefined): void {
  const { style } = element;
  if (!rect) {
    if (!element.classList.contains(PLACED)) return;
    element.classList.remove(PLACED);
    style.removeProperty('left');
    style.removeProperty('top');
    style.removeProperty('width');
    style.removeProperty('height');
    return;
  }
  element.classList.add(PLACED);
  style.left = `${rect.x.toFixed(1)}px`;
  style.top = `${rect.y.toFixed(1)}px`;
  style.width = `${rect.width.toFixed(1)}px`;
  style.height = `${rect.height.toFixed(1)}px`;
}

/** Place every control under `root` that the canvas draws; unplace the rest. */
export function placeControls(root: HTMLElement, rects: ControlRects): void {
  for (const element of root.querySelectorAll<HTMLElement>('button, [data-control]')) {
    const key = controlKeyOf(element);
    place(element, key === null ? undefined : rects.get(key));
  }
}

/** A hub the canvas publishes rectangles to and the layer listens on (either may come first). */
export interface RectsHub {
  publish(rects: ControlRects): void;
  subscribe(listener: (rects: ControlRects) => void): () => void;
  readonly current: ControlRects;
}

export function createRectsHub(): RectsHub {
  const listeners = new Set<(rects: ControlRects) => void>();
  let current: ControlRects = new Map();
  return {
    get current() {
      return current;
    },
    publish(rects) {
      current = rects;
      for (const listener of listeners) listener(rects);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
