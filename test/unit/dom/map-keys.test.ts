// @vitest-environment happy-dom
/**
 * The branch map's keys: the arrows sideways pan it, + and = zoom in, - zooms out, 0 shows the
 * whole story; only the map answers them (a page scrolls only up and down), the browser's own
 * zoom (Ctrl with + - 0) stays the browser's, and a field keeps its own keys.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installKeyboard, type KeyboardTarget } from '../../../src/game/dom/keyboard';
import { type ScrollAmount, scrolls } from '../../../src/game/scroll';
import { makeController } from './fixtures';

/** A keyboard target that records what the keys asked for, answering scrolls as told. */
function recorder(answer: (amount: ScrollAmount) => boolean = () => true) {
  const scrolled: ScrollAmount[] = [];
  const other: string[] = [];
  const target: KeyboardTarget = {
    takeChoiceNumber: (n) => {
      other.push(`choice ${n}`);
      return true;
    },
    completeText: () => other.push('complete'),
    escape: () => other.push('escape'),
    stepBack: () => {
      other.push('step back');
      return true;
    },
    scrollPage: (amount) => {
      scrolled.push(amount);
      return answer(amount);
    },
  };
  return { target, scrolled, other };
}

let uninstall: (() => void) | null = null;

beforeEach(() => {
  document.body.replaceChildren();
});

afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/** Press a key on an element (the body by default); returns whether the game took it (default prevented). */
function press(key: string, init: KeyboardEventInit = {}, on: Element = document.body): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  on.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the map keys', () => {
  it('turn ArrowLeft, ArrowRight, +, =, - and 0 into left, right, zoom in (twice), zoom out and fit', () => {
    const { target, scrolled, other } = recorder();
    uninstall = installKeyboard(document, target);
    const taken = ['ArrowLeft', 'ArrowRight', '+', '=', '-', '0'].map((key) => press(key));
    expect(scrolled).toEqual(['left', 'right', 'zoom-in', 'zoom-in', 'zoom-out', 'fit']);
    expect(taken).toEqual([true, true, true, true, true, true]);
    // Nothing else happened: 0 is not a choice number.
    expect(other).toEqual([]);
  });

  it('take + with Shift (how most keyboards type it), the old Left and Right names, and the keypad 0', () => {
    const { target, scrolled, other } = recorder();
    uninstall = installKeyboard(document, target);
    press('+', { shiftKey: true, code: 'Equal' });
    press('Left');
    press('Right');
    press('0', { code: 'Numpad0' });
    press('-', { code: 'NumpadSubtract' });
    expect(scrolled).toEqual(['zoom-in', 'left', 'right', 'fit', 'zoom-out']);
    expect(other).toEqual([]);
  });

  it('scroll on while held down (a held arrow keeps panning)', () => {
    const { target, scrolled } = recorder();
    uninstall = installKeyboard(document, target);
    press('ArrowRight');
    press('ArrowRight', { repeat: true });
    press('-', { repeat: true });
    expect(scrolled).toEqual(['right', 'right', 'zoom-out']);
  });

  it('leave a key the screen does not answer to the browser', () => {
    const { target, scrolled } = recorder(() => false);
    uninstall = installKeyboard(document, target);
    expect(press('ArrowLeft')).toBe(false);
    expect(press('0')).toBe(false);
    expect(scrolled).toEqual(['left', 'fit']);
  });

  it('leave Ctrl or Cmd with + - 0 to the browser: its own zoom', () => {
    const { target, scrolled } = recorder();
    uninstall = installKeyboard(document, target);
    expect(press('+', { ctrlKey: true })).toBe(false);
    expect(press('-', { ctrlKey: true })).toBe(false);
    expect(press('0', { ctrlKey: true })).toBe(false);
    expect(press('=', { metaKey: true })).toBe(false);
    expect(press('ArrowLeft', { altKey: true })).toBe(false);
    expect(scrolled).toEqual([]);
  });

  it('leave a text field its own keys: typing - or 0, moving the caret with the arrows', () => {
    const { target, scrolled } = recorder();
    uninstall = installKeyboard(document, target);
    const field = document.createElement('input');
    field.type = 'text';
    const slider = document.createElement('input');
    slider.type = 'range';
    document.body.append(field, slider);
    for (const key of ['-', '0', '+', '=', 'ArrowLeft', 'ArrowRight']) expect(press(key, {}, field), key).toBe(false);
    expect(press('ArrowLeft', {}, slider)).toBe(false);
    expect(scrolled).toEqual([]);
  });

  it('stop when uninstalled', () => {
    const { target, scrolled } = recorder();
    installKeyboard(document, target)();
    press('ArrowLeft');
    expect(scrolled).toEqual([]);
  });
});

describe('which screens answer them', () => {
  it('the map answers every move; a page only its vertical scrolls', () => {
    expect(scrolls('map', 'left')).toBe(true);
    expect(scrolls('map', 'right')).toBe(true);
    expect(scrolls('map', 'zoom-in')).toBe(true);
    expect(scrolls('map', 'zoom-out')).toBe(true);
    expect(scrolls('map', 'fit')).toBe(true);
    expect(scrolls('map', 'line-down')).toBe(true);
    expect(scrolls('case', 'left')).toBe(false);
    expect(scrolls('case', 'zoom-in')).toBe(false);
    expect(scrolls('case', 'fit')).toBe(false);
    expect(scrolls('case', 'line-down')).toBe(true);
    for (const screen of ['ending', 'sources', 'history', 'endings', 'saves'] as const) {
      expect(scrolls(screen, 'page-down'), screen).toBe(true);
      expect(scrolls(screen, 'right'), screen).toBe(false);
    }
    expect(scrolls('title', 'line-down')).toBe(false);
    expect(scrolls('menu', 'left')).toBe(false);
  });

  it('through the controller: on the case the sideways keys do nothing, on the map they are requests', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    uninstall = installKeyboard(document, controller);
    controller.newCase();
    expect(press('ArrowLeft')).toBe(false);
    expect(press('0')).toBe(false);
    expect(controller.state.scroll).toBeNull();
    expect(press('ArrowDown')).toBe(true);
    expect(controller.state.scroll?.amount).toBe('line-down');

    controller.open('map');
    expect(controller.state.screen).toBe('map');
    expect(press('ArrowLeft')).toBe(true);
    expect(controller.state.scroll?.amount).toBe('left');
    const id = controller.state.scroll?.id ?? 0;
    expect(press('=')).toBe(true);
    expect(controller.state.scroll).toEqual({ id: id + 1, amount: 'zoom-in' });
    expect(press('0')).toBe(true);
    expect(controller.state.scroll?.amount).toBe('fit');
    // 0 took no choice, and the map is still open.
    expect(controller.state.screen).toBe('map');
    expect(controller.state.run?.steps).toEqual([]);
  });
});
