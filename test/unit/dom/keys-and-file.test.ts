// @vitest-environment happy-dom
/**
 * The accessible layer after issue #8: Space never turns into a choice, the keys scroll, a
 * locked choice answers, New case asks before it replaces a saved case, and the file's summary
 * and contents are there to read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDING_RECORD_CONTROL, ENDING_RECORD_EVENT, ENDING_RECORD_SHOWN_EVENT } from '../../../src/game/control-keys';
import { CONTROL_LABELS } from '../../../src/game/control-labels';
import type { GameController } from '../../../src/game/controller';
import { mountAccessibleLayer } from '../../../src/game/dom/accessible-layer';
import { labelOf } from '../../../src/game/dom/build';
import { MemoryRuns, makeController } from './fixtures';

let root: HTMLElement;
let unmount: (() => void) | null = null;

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  unmount?.();
  unmount = null;
});

function mount(controller: GameController) {
  unmount = mountAccessibleLayer(root, controller);
}

/**
 * A key as a browser delivers it: keydown on the focused element and, unless the game took the
 * key, a focused button's own activation by Space or Enter (a click).
 */
function press(key: string, init: KeyboardEventInit = {}) {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  if (!event.defaultPrevented && target instanceof HTMLButtonElement && (key === ' ' || key === 'Enter')) {
    target.click();
  }
  return event;
}

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.querySelector('.al-label') ?? b).textContent === name);
const h1 = () => root.querySelector('h1');
const withSave = () => {
  const runs = new MemoryRuns();
  runs.saved = { storyId: 'dom-test', storyVersion: 1, steps: [{ kind: 'choice', choice: 'dinner' }], savedAt: '' };
  return runs;
};

describe('Space and Enter never take a choice', () => {
  for (const key of [' ', 'Enter']) {
    it(`fifty presses of ${key === ' ' ? 'Space' : 'Enter'} complete the page and take nothing`, () => {
      const { controller } = makeController();
      mount(controller);
      button(CONTROL_LABELS.newCase)!.focus();
      button(CONTROL_LABELS.newCase)!.click();
      expect(controller.state.revealed).toBe(false);
      for (let i = 0; i < 50; i++) press(key);
      expect(controller.state.revealed).toBe(true);
      expect(controller.state.run?.steps).toEqual([]);
      expect(controller.state.passage?.id).toBe('a');
    });
  }

  it('at instant speed too: a page shown whole puts the focus on its heading, not on a choice', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    button(CONTROL_LABELS.newCase)!.focus();
    button(CONTROL_LABELS.newCase)!.click();
    press('1');
    expect(controller.state.passage?.id).toBe('b');
    for (let i = 0; i < 50; i++) press(' ');
    expect(controller.state.passage?.id).toBe('b');
    expect(document.activeElement).toBe(h1());
  });

  it('a choice is still taken by Enter on it, once the player has gone to it', () => {
    const { controller } = makeController();
    mount(controller);
    controller.newCase();
    h1()!.focus();
    press(' ');
    const choices = root.querySelector('nav [id$="-choices"]');
    expect(document.activeElement).toBe(choices);
    root.querySelector<HTMLButtonElement>('button.al-choice')!.focus(); // Tab
    press('Enter');
    expect(controller.state.passage?.id).toBe('b');
  });

  it('Space and Enter complete the typing on the ending page', () => {
    for (const key of [' ', 'Enter']) {
      const { controller } = makeController();
      mount(controller);
      controller.newCase();
      controller.completeText();
      h1()!.focus();
      press('2');
      expect(controller.state.screen).toBe('ending');
      expect(controller.state.revealed).toBe(false);
      expect(document.activeElement).toBe(h1());
      press(key);
      expect(controller.state.revealed).toBe(true);
      unmount?.();
      unmount = null;
    }
  });
});

describe('scrolling keys', () => {
  it('arrows, Page Up/Down and Home/End scroll the page, held arrows on and on', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const seen: string[] = [];
    controller.subscribe((s) => {
      if (s.scroll) seen.push(`${s.scroll.id}:${s.scroll.amount}`);
    });
    seen.length = 0;
    for (const key of ['ArrowDown', 'PageDown', 'End', 'ArrowUp', 'PageUp', 'Home']) {
      expect(press(key).defaultPrevented).toBe(true);
    }
    press('ArrowDown', { repeat: true });
    press('ArrowDown', { repeat: true });
    expect(seen.map((s) => s.split(':')[1])).toEqual([
      'line-down',
      'page-down',
      'end',
      'line-up',
      'page-up',
      'start',
      'line-down',
      'line-down',
    ]);
    expect(new Set(seen.map((s) => s.split(':')[0])).size).toBe(seen.length);
  });

  it('leaves the arrows to a slider or radio that has the focus, and scrolls nothing on the title', () => {
    const { controller } = makeController();
    mount(controller);
    expect(press('ArrowDown').defaultPrevented).toBe(false);
    controller.open('settings');
    const range = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.focus();
    expect(press('ArrowDown').defaultPrevented).toBe(false);
    expect(controller.state.scroll).toBeNull();
  });
});

describe('a locked choice', () => {
  it('answers Enter and its number: the reason in the status region', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const locked = root.querySelector<HTMLButtonElement>('button.al-locked')!;
    locked.focus();
    press('Enter');
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent).toContain('You cannot afford the call');
    expect(status?.textContent).toContain('Call the embassy');
    controller.dismissNotice();
    press('3');
    expect(status?.textContent).toContain('You cannot afford the call');
    expect(controller.state.passage?.id).toBe('a');
  });
});

describe('New case over a saved case', () => {
  it('lists the title menu in the order the canvas draws it', () => {
    const { controller } = makeController({ runs: withSave() });
    mount(controller);
    const names = [...root.querySelectorAll('nav button .al-label')].map((b) => b.textContent);
    expect(names).toEqual([
      CONTROL_LABELS.continueCase,
      CONTROL_LABELS.newCase,
      CONTROL_LABELS.saves,
      CONTROL_LABELS.endings,
      CONTROL_LABELS.branchMap,
      CONTROL_LABELS.settings,
      CONTROL_LABELS.sources,
    ]);
  });

  it('asks in an alert dialog that holds the focus; Escape keeps the saved case', () => {
    const runs = withSave();
    const saved = runs.saved;
    const { controller } = makeController({ runs });
    mount(controller);
    const newCase = button(CONTROL_LABELS.newCase)!;
    newCase.focus();
    press('Enter');
    const dialog = root.querySelector('[role="alertdialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Replace the saved case?',
    );
    expect(document.activeElement).toBe(button(CONTROL_LABELS.keepSavedCase));
    expect(root.querySelector('nav')?.hasAttribute('inert')).toBe(true);
    press('Escape');
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(root.querySelector('nav')?.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(button(CONTROL_LABELS.newCase));
    expect(controller.state.screen).toBe('title');
    expect(runs.saved).toBe(saved);
  });

  it('starts the new case when the player says so', () => {
    const { controller } = makeController({ runs: withSave() });
    mount(controller);
    button(CONTROL_LABELS.newCase)!.click();
    button(CONTROL_LABELS.confirmNewCase)!.click();
    expect(controller.state.screen).toBe('case');
    expect(controller.state.run?.steps).toEqual([]);
  });
});

describe('the file for a screen reader', () => {
  // What a screen reader can reach: a hidden region (the record, while empty) is not there.
  const headings = () =>
    [...root.querySelectorAll('h1, h2, h3')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => `${h.tagName}:${h.textContent}`);

  it('gives the case page headings for the document, the choices, the exhibits and the contents', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    expect(headings()).toEqual([
      'H1:Arrival <b>at</b> Heathrow',
      'H2:Choices',
      'H2:Exhibits in the file',
      'H2:Contents of the file',
    ]);
    const contents = root.querySelector('section[aria-labelledby$="-contents"]');
    const items = [...(contents?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.textContent)).toEqual(['1. Travel record: Arrival <b>at</b> Heathrow']);
    expect(items[0]?.getAttribute('aria-current')).toBe('page');
  });

  it('keeps what the choices put on record under its section, once the choice is taken', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    expect(headings()).not.toContain('H2:On record');
    controller.takeChoice('dinner');
    expect(headings()).toEqual(expect.arrayContaining(['H2:On record', 'H3:Money']));
    const record = root.querySelector('section[aria-labelledby$="-record"]');
    expect([...(record?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Took his first payment at the dinner.',
    ]);
  });

  it("offers the desk ending's record tab only with something on record, asks the canvas by an event, and takes the tab's new name", () => {
    const swapButton = () => root.querySelector<HTMLButtonElement>('.al-ending-record');
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    controller.takeChoice('home');
    expect(controller.state.screen).toBe('ending');
    expect(swapButton()).toBeNull();
    controller.newCase();
    controller.takeChoice('dinner');
    controller.takeChoice('leave');
    expect(controller.state.screen).toBe('ending');
    const swap = swapButton()!;
    expect(swap.dataset.control).toBe(ENDING_RECORD_CONTROL);
    expect(labelOf(swap).trim()).toBe(CONTROL_LABELS.showRecord);
    let asked = 0;
    const count = () => asked++;
    document.addEventListener(ENDING_RECORD_EVENT, count);
    swap.click();
    document.removeEventListener(ENDING_RECORD_EVENT, count);
    expect(asked).toBe(1);
    // The canvas says what lies on top now; the twin is named as the tab is.
    document.dispatchEvent(new CustomEvent(ENDING_RECORD_SHOWN_EVENT, { detail: true }));
    expect(labelOf(swap).trim()).toBe(CONTROL_LABELS.showLastDocument);
    document.dispatchEvent(new CustomEvent(ENDING_RECORD_SHOWN_EVENT, { detail: false }));
    expect(labelOf(swap).trim()).toBe(CONTROL_LABELS.showRecord);
  });

  it('steps back with Backspace, and offers Step back in the menu and on the ending', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    press('Backspace');
    expect(controller.state.passage?.id).toBe('a');
    controller.takeChoice('dinner');
    controller.open('menu');
    const names = () => [...root.querySelectorAll('button')].map((b) => labelOf(b).trim());
    expect(names()).toContain(CONTROL_LABELS.stepBack);
    controller.back();
    press('Backspace');
    expect(controller.state.passage?.id).toBe('a');
    controller.takeChoice('home');
    expect(controller.state.screen).toBe('ending');
    expect(names()).toContain(CONTROL_LABELS.stepBack);
    press('Backspace');
    expect(controller.state.screen).toBe('case');
  });

  it('describes Continue by when its case was saved', () => {
    const runs = new MemoryRuns();
    runs.saved = {
      storyId: 'dom-test',
      storyVersion: 1,
      steps: [{ kind: 'choice', choice: 'dinner' }],
      savedAt: new Date().toISOString(),
    };
    const { controller } = makeController({ runs });
    mount(controller);
    const resume = [...root.querySelectorAll('button')].find((b) => labelOf(b).trim() === CONTROL_LABELS.continueCase)!;
    const description = document.getElementById(resume.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^saved today at \d\d:\d\d$/);
    expect(labelOf(resume).trim()).toBe(CONTROL_LABELS.continueCase);
  });

  it('reads the ending’s file summary and the contents of the whole file', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    controller.takeChoice('home');
    expect(controller.state.screen).toBe('ending');
    const summary = root.querySelector('section[aria-labelledby$="-summary"]');
    expect(summary?.querySelector('h2')?.textContent).toBe('What the file holds');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Documents: 2 in the file',
      'Exhibits: 1: A boarding pass',
    ]);
    const contents = root.querySelector('section[aria-labelledby$="-contents"]');
    const items = [...(contents?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.textContent)).toEqual([
      '1. Travel record: Arrival <b>at</b> Heathrow',
      '2. Interview note: Home',
    ]);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'page']);
  });
});
