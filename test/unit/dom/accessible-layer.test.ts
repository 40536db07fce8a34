// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GameController } from '../../../src/game/controller';
import { mountAccessibleLayer } from '../../../src/game/dom/accessible-layer';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import { MemoryRuns, makeController, story } from './fixtures';

let root: HTMLElement;
let unmount: (() => void) | null = null;

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  root.id = 'accessible-layer';
  document.body.append(root);
});

afterEach(() => {
  unmount?.();
  unmount = null;
});

function mount(controller: GameController) {
  unmount = mountAccessibleLayer(root, controller);
}

/** What the canvas does for a page: lay it out, then type it to the end by itself. */
function typeToEnd(controller: GameController) {
  const page = controller.state.pageNumber;
  controller.startTyping(page, 10, [0]);
  controller.advanceTyping(page, 60_000);
}

function press(
  key: string,
  init: KeyboardEventInit = {},
  target: EventTarget = document.activeElement ?? document.body,
) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const buttons = () => [...root.querySelectorAll('button')];
const buttonNames = () => buttons().map((b) => accessibleName(b));
const h1 = () => root.querySelector('h1');

/** Name from content, leaving out aria-hidden parts (enough for these buttons). */
function accessibleName(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('title screen', () => {
  it('has a heading, a main landmark and the title menu as buttons', () => {
    const { controller } = makeController();
    mount(controller);
    expect(h1()?.textContent).toBe(story.title);
    expect(root.querySelector('main')).not.toBeNull();
    expect(root.querySelector('nav[aria-label="Title menu"]')).not.toBeNull();
    expect(buttonNames()).toEqual(['New case', 'Saves', 'Endings', 'Branch map', 'Settings', 'Sources']);
    expect(root.textContent).toContain(story.meta.tagline);
    expect(root.textContent).toContain(story.meta.statement);
  });

  it('offers Continue only when there is a case to continue', () => {
    const runs = new MemoryRuns();
    runs.saved = {
      storyId: 'dom-test',
      storyVersion: 1,
      steps: [{ kind: 'choice', choice: 'dinner' }],
      savedAt: '2026-01-01T00:00:00Z',
    };
    const { controller } = makeController({ runs });
    mount(controller);
    // In the order the canvas draws them: Continue first.
    expect(buttonNames()).toEqual([
      'Continue the case',
      'New case',
      'Saves',
      'Endings',
      'Branch map',
      'Settings',
      'Sources',
    ]);
    buttons()[0]?.click();
    expect(controller.state.screen).toBe('case');
    expect(h1()?.textContent).toBe('The dinner');
  });

  it('does not take the focus on the first screen', () => {
    const { controller } = makeController();
    mount(controller);
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
  });
});

describe('case screen', () => {
  it('reads the passage in a polite live region, redactions as "redacted", never as HTML', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const region = root.querySelector('[aria-live="polite"]');
    expect(region).not.toBeNull();
    const text = region?.textContent ?? '';
    expect(text).toContain('Arrival <b>at</b> Heathrow');
    expect(text).toContain('Travel record.');
    expect(text).toContain('14 September 2015.');
    expect(text).toContain('London.');
    expect(text).toContain('Met redacted at noon.');
    expect(text).toContain('in redacted.');
    expect(text).not.toContain('the officer');
    expect(text).not.toContain('cash');
    expect(text).toContain('Dramatization of facts F3, F4');
    expect(root.querySelector('b, img')).toBeNull();
    expect(region?.querySelectorAll('p.al-text')).toHaveLength(2);
  });

  it('shows each choice as a button named exactly by its label, locked ones aria-disabled with the reason', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const choices = [...root.querySelectorAll<HTMLButtonElement>('button.al-choice')];
    expect(choices.map(accessibleName)).toEqual(['Go to the dinner', 'Stay home', 'Call the embassy']);
    expect(choices.map((b) => b.dataset.number)).toEqual(['1', '2', '3']);
    const locked = choices[2]!;
    expect(locked.getAttribute('aria-disabled')).toBe('true');
    expect(locked.disabled).toBe(false); // still focusable, so keyboard users find it
    const reason = document.getElementById(locked.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('You cannot afford the call');
    locked.click();
    expect(controller.state.run?.state.passage).toBe('a');
    expect(choices[0]!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('names the chapter when a page opens one', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const chapter = root.querySelector<HTMLElement>('[aria-live] .al-chapter');
    expect(chapter?.hidden).toBe(false);
    expect(chapter?.textContent).toBe('Chapter 1: One, 2015.');
    controller.takeChoice('dinner');
    expect(chapter?.hidden).toBe(true);
    expect(chapter?.textContent).toBe('');
  });

  it('lists the exhibits in the file', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    expect(root.querySelector('.al-exhibits')?.textContent).toContain('A boarding pass');
  });

  it('clicking a choice button takes it and moves the focus to the next page’s heading, even shown whole', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const first = root.querySelector<HTMLButtonElement>('button.al-choice')!;
    first.focus();
    first.click();
    expect(controller.state.run?.state.passage).toBe('b');
    expect(h1()?.textContent).toBe('The dinner');
    expect(document.activeElement).toBe(h1());
  });

  it('before the page is revealed it offers to show the whole page, not the choices', () => {
    const { controller } = makeController();
    mount(controller);
    controller.newCase();
    expect(controller.state.revealed).toBe(false);
    expect(root.querySelectorAll('button.al-choice')).toHaveLength(0);
    expect(buttonNames()).toContain('Show the whole page');
    root.querySelector<HTMLButtonElement>('button.al-skip')!.click();
    expect(controller.state.revealed).toBe(true);
    expect(root.querySelectorAll('button.al-choice')).toHaveLength(3);
  });

  it('moves the focus from the heading to the choices’ heading (not onto a choice) when asked for the whole page', () => {
    const { controller } = makeController();
    mount(controller);
    const newCase = buttons()[0]!;
    newCase.focus();
    newCase.click();
    expect(document.activeElement).toBe(h1());
    press(' ');
    expect(controller.state.revealed).toBe(true);
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe('Choices');
  });

  it('leaves the focus on the heading when the typewriter finishes by itself (no cutting off a screen reader)', () => {
    const { controller } = makeController();
    mount(controller);
    buttons()[0]!.focus();
    buttons()[0]!.click();
    expect(document.activeElement).toBe(h1());
    typeToEnd(controller);
    expect(root.querySelectorAll('button.al-choice')).toHaveLength(3);
    expect(document.activeElement).toBe(h1());
    // On the next page, Space still moves on to the choices.
    press('1');
    expect(document.activeElement).toBe(h1());
    press(' ');
    expect(document.activeElement?.textContent).toBe('Choices');
  });

  it('moves on to the choices’ heading after the skip button', () => {
    const { controller } = makeController();
    mount(controller);
    controller.newCase();
    const skip = root.querySelector<HTMLButtonElement>('button.al-skip')!;
    skip.focus();
    skip.click();
    expect(document.activeElement?.textContent).toBe('Choices');
  });

  it('does not pull the focus away from where the player put it when the page is revealed', () => {
    const { controller } = makeController();
    mount(controller);
    buttons()[0]!.focus();
    buttons()[0]!.click();
    const menu = buttons().find((b) => accessibleName(b) === 'Menu')!;
    menu.focus();
    typeToEnd(controller);
    expect(document.activeElement).toBe(menu);
  });
});

describe('keyboard', () => {
  it('digits take the n-th choice; a held key (repeat) never takes a second one', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const spy = vi.spyOn(controller, 'takeChoiceNumber');
    press('1', { repeat: true });
    expect(spy).not.toHaveBeenCalled();
    const event = press('1');
    expect(event.defaultPrevented).toBe(true);
    expect(controller.state.run?.state.passage).toBe('b');
    press('1', { repeat: true });
    expect(controller.state.run?.state.passage).toBe('b');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('digits work from the keypad and ignore locked choices', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    press('3', { code: 'Numpad3' });
    expect(controller.state.run?.state.passage).toBe('a');
    press('End', { code: 'Numpad2' });
    expect(controller.state.screen).toBe('ending');
  });

  it('Space and Enter complete the text, but leave a focused button to its own activation', () => {
    const { controller } = makeController();
    mount(controller);
    controller.newCase();
    const spy = vi.spyOn(controller, 'completeText');
    const skip = root.querySelector<HTMLButtonElement>('button.al-skip')!;
    skip.focus();
    const onButton = press(' ', {}, skip);
    expect(onButton.defaultPrevented).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    press('Enter', { repeat: true }, document.body);
    expect(spy).not.toHaveBeenCalled();
    const onPage = press('Enter', {}, document.body);
    expect(onPage.defaultPrevented).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(controller.state.revealed).toBe(true);
  });

  it('Escape opens the menu during a case and goes back from it', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    press('Escape');
    expect(controller.state.screen).toBe('menu');
    expect(h1()?.textContent).toBe('Menu');
    expect(buttonNames()).toEqual([
      'Resume',
      'History',
      'Branch map',
      'Endings',
      'Saves',
      'Copy route link',
      'Settings',
      'Sources',
      'Save and return to title',
    ]);
    press('Escape');
    expect(controller.state.screen).toBe('case');
  });

  it('ignores digits typed into a text field and keys with modifiers', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    const input = document.createElement('input');
    document.body.append(input);
    press('1', {}, input);
    press('1', { ctrlKey: true }, document.body);
    expect(controller.state.run?.state.passage).toBe('a');
  });
});

describe('other screens', () => {
  it('the ending shows its title, verdict and actions', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    controller.newCase();
    controller.takeChoice('home');
    expect(controller.state.screen).toBe('ending');
    expect(h1()?.textContent).toBe('A Quiet Life');
    expect(root.querySelector('.al-verdict')?.textContent).toBe('Verdict: NO CASE');
    expect(root.textContent).toContain('He went home.');
    expect(buttonNames()).toEqual(['New case', 'Return to title', 'Step back', 'History', 'Branch map']);
    buttons()[1]!.click();
    expect(controller.state.screen).toBe('title');
  });

  it('settings are real labelled form controls that change the settings', () => {
    const { controller, settingsStore } = makeController();
    mount(controller);
    buttons()
      .find((b) => accessibleName(b) === 'Settings')!
      .click();
    expect(h1()?.textContent).toBe('Settings');
    const labelled = (text: string) => {
      const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text);
      return document.getElementById(label?.getAttribute('for') ?? '') as HTMLInputElement;
    };
    const music = labelled('Music volume');
    expect(music.type).toBe('range');
    expect(music.value).toBe(String(DEFAULT_SETTINGS.musicVolume * 100));
    music.value = '25';
    music.dispatchEvent(new Event('input', { bubbles: true }));
    expect(settingsStore.settings.musicVolume).toBe(0.25);
    expect(music.getAttribute('aria-valuetext')).toBe('25%');

    const mute = labelled('Mute all sound');
    expect(mute.type).toBe('checkbox');
    mute.checked = true;
    mute.dispatchEvent(new Event('change', { bubbles: true }));
    expect(controller.state.settings.muted).toBe(true);

    const instant = labelled('Instant');
    expect(instant.type).toBe('radio');
    instant.checked = true;
    instant.dispatchEvent(new Event('change', { bubbles: true }));
    expect(controller.state.settings.textSpeed).toBe('instant');
    expect(root.querySelectorAll('fieldset legend')).toHaveLength(2);

    labelled('High contrast').click();
    expect(controller.state.settings.highContrast).toBe(true);
    expect(root.classList.contains('al-high-contrast')).toBe(true);
    labelled('Extra large').click();
    expect(root.classList.contains('al-text-x-large')).toBe(true);

    controller.changeSettings({ effectsVolume: 0.1 });
    expect(labelled('Effects volume').value).toBe('10');
    press('Escape');
    expect(controller.state.screen).toBe('title');
  });

  it('sources are lists of the allegations and of what is and is not verifiable', () => {
    const { controller } = makeController();
    mount(controller);
    controller.open('sources');
    expect(h1()?.textContent).toBe('Sources');
    const allegations = root.querySelectorAll('ol > li');
    expect(allegations).toHaveLength(story.meta.facts.length);
    expect(allegations[0]?.textContent).toBe('F3 (paragraph 1): Claim F3.');
    expect(root.textContent).toContain(story.meta.source.headline);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'The allegations, as reported',
      'What can be checked',
      'What cannot be checked',
      'What the game invents',
    ]);
  });

  it('shows the notice in a status region with a dismiss button', () => {
    const runs = new MemoryRuns();
    runs.corrupt = 'Your saved case could not be read.';
    const { controller } = makeController({ runs });
    mount(controller);
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent).toContain('Your saved case could not be read.');
    const dismiss = [...(status?.querySelectorAll('button') ?? [])];
    expect(dismiss.map(accessibleName)).toEqual(['Dismiss notice']);
    dismiss[0]!.focus();
    dismiss[0]!.click();
    expect(controller.state.notice).toBeNull();
    expect(status?.textContent).toBe('');
    expect(document.activeElement).toBe(h1());
  });
});

describe('cleanup', () => {
  it('removes the DOM and the key handlers', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    unmount?.();
    unmount = null;
    expect(root.children).toHaveLength(0);
    expect(root.classList.contains('al-root')).toBe(false);
    controller.newCase();
    press('1');
    expect(controller.state.run?.state.passage).toBe('a');
  });
});

describe('focus when going back', () => {
  it('returns to the button that opened settings, sources or the menu', () => {
    const { controller } = makeController({ settings: { textSpeed: 'instant' } });
    mount(controller);
    const settings = buttons().find((b) => accessibleName(b) === 'Settings')!;
    settings.focus();
    settings.click();
    expect(document.activeElement).toBe(h1());
    press('Escape');
    expect(controller.state.screen).toBe('title');
    expect(accessibleName(document.activeElement!)).toBe('Settings');

    controller.newCase();
    const menu = buttons().find((b) => accessibleName(b) === 'Menu')!;
    menu.focus();
    menu.click();
    expect(accessibleName(document.activeElement!)).toBe('Resume');
    const sources = buttons().find((b) => accessibleName(b) === 'Sources')!;
    sources.focus();
    sources.click();
    press('Escape');
    expect(controller.state.screen).toBe('menu');
    expect(accessibleName(document.activeElement!)).toBe('Sources');
    press('Escape');
    expect(controller.state.screen).toBe('case');
    expect(accessibleName(document.activeElement!)).toBe('Menu');
  });
});

describe('a stale request for the whole page', () => {
  it('does not move the focus later, when the typewriter ends by itself', () => {
    const { controller } = makeController();
    mount(controller);
    press(' '); // on the title: nothing to complete
    const newCase = buttons()[0]!;
    newCase.focus();
    newCase.click();
    expect(document.activeElement).toBe(h1());
    typeToEnd(controller);
    expect(document.activeElement).toBe(h1());
  });
});

describe('the File button of a phone', () => {
  it('is in the case view, after the page, and asks the canvas to open its drawer', () => {
    const { controller } = makeController();
    mount(controller);
    controller.newCase();
    const file = [...root.querySelectorAll('button')].find((b) => b.textContent === 'File');
    expect(file).toBeDefined();
    // Hidden by CSS until the canvas draws it (dom/placement.ts); it never takes a case intent.
    expect(file?.classList.contains('al-file')).toBe(true);
    const opened = vi.fn();
    document.addEventListener('consultant-file-drawer', opened);
    file?.click();
    document.removeEventListener('consultant-file-drawer', opened);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(controller.state.screen).toBe('case');
  });
});
