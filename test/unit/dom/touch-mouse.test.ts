// @vitest-environment happy-dom
/** A tap is one press: the mouse events a browser sends after a touch never reach the game. */
import { afterEach, describe, expect, it } from 'vitest';
import { dropMouseEchoOfTouch } from '../../../src/game/dom/touch-mouse';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.body.replaceChildren();
});

function canvasHearing(): { canvas: HTMLElement; heard: string[] } {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const heard: string[] = [];
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'touchstart', 'touchend'])
    canvas.addEventListener(type, () => heard.push(type));
  return { canvas, heard };
}

describe('the mouse echo of a touch', () => {
  it('is dropped after a touch, and the touch itself is heard', () => {
    let time = 1000;
    stop = dropMouseEchoOfTouch(window, () => time);
    const { canvas, heard } = canvasHearing();
    canvas.dispatchEvent(new Event('touchstart', { bubbles: true }));
    canvas.dispatchEvent(new Event('touchend', { bubbles: true }));
    time += 120;
    canvas.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    canvas.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(heard).toEqual(['touchstart', 'touchend']);
  });

  it('lets a mouse through when no finger has touched for a while', () => {
    let time = 1000;
    stop = dropMouseEchoOfTouch(window, () => time);
    const { canvas, heard } = canvasHearing();
    canvas.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    canvas.dispatchEvent(new Event('touchend', { bubbles: true }));
    time += 2000;
    canvas.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(heard).toEqual(['mousedown', 'touchend', 'mouseup']);
  });

  it('hears the mouse again once it is switched off', () => {
    const time = 1000;
    stop = dropMouseEchoOfTouch(window, () => time);
    const { canvas, heard } = canvasHearing();
    canvas.dispatchEvent(new Event('touchstart', { bubbles: true }));
    stop();
    stop = null;
    canvas.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(heard).toEqual(['touchstart', 'mousedown']);
  });
});
