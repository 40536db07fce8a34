import { describe, expect, it } from 'vitest';
import { silentSound } from '../../../src/audio/silent-sound';
import { GameController } from '../../../src/game/controller';
import { attachTypingDuck, isTyping } from '../../../src/game/typing-duck';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import { exampleStory } from '../../fixtures/example-story';

function setup(settings: Partial<Settings> = {}) {
  const controller = new GameController({
    story: exampleStory,
    runs: { load: () => ({ kind: 'none' as const }) },
    settingsStore: {
      load: () => ({ settings: { ...DEFAULT_SETTINGS, ...settings } }),
      save: () => ({ ok: true as const }),
    },
    sound: silentSound,
  });
  const said: boolean[] = [];
  attachTypingDuck(controller, { setTyping: (typing) => said.push(typing) });
  return { controller, said };
}

describe('the bed is told when a page is being typed', () => {
  it('from the moment the page is laid out until it is complete, and not on the title', () => {
    const { controller, said } = setup();
    expect(said).toEqual([false]);
    controller.newCase();
    // Not yet laid out: nothing typed yet.
    expect(said).toEqual([false]);
    const page = controller.state.pageNumber;
    controller.startTyping(page, 40, [0, 20]);
    expect(said).toEqual([false, true]);
    controller.advanceTyping(page, 200);
    expect(said).toEqual([false, true]);
    controller.advanceTyping(page, 60_000);
    expect(said).toEqual([false, true, false]);
  });

  it('a page shown at once (a click, or instant text) is not typing a moment longer', () => {
    const { controller, said } = setup();
    controller.newCase();
    controller.startTyping(controller.state.pageNumber, 40, [0]);
    controller.completeText();
    expect(said.at(-1)).toBe(false);
    const instant = setup({ textSpeed: 'instant' });
    instant.controller.newCase();
    instant.controller.startTyping(instant.controller.state.pageNumber, 40, [0]);
    expect(instant.said).toEqual([false]);
  });

  it('an overlay over a page being typed pauses the typing, and so the duck', () => {
    const { controller, said } = setup();
    controller.newCase();
    controller.startTyping(controller.state.pageNumber, 40, [0]);
    controller.open('menu');
    expect(said.at(-1)).toBe(false);
    controller.back();
    expect(said.at(-1)).toBe(true);
  });

  it('with reduced motion the page is typed line by line, and that is typing too', () => {
    const { controller, said } = setup({ reducedMotion: true });
    controller.newCase();
    const page = controller.state.pageNumber;
    controller.startTyping(page, 40, [0, 20]);
    controller.advanceTyping(page, 700);
    expect(said).toEqual([false, true]);
  });

  it('isTyping needs the current page, laid out and not complete', () => {
    const base = { screen: 'case' as const, revealed: false, pageNumber: 3 };
    expect(isTyping({ ...base, typing: { page: 3, shown: 5, total: 40 } })).toBe(true);
    expect(isTyping({ ...base, typing: { page: 2, shown: 5, total: 40 } })).toBe(false);
    expect(isTyping({ ...base, typing: { page: 3, shown: 0, total: null } })).toBe(false);
    expect(isTyping({ ...base, typing: { page: 3, shown: 40, total: 40 } })).toBe(false);
    expect(isTyping({ ...base, revealed: true, typing: { page: 3, shown: 5, total: 40 } })).toBe(false);
    expect(isTyping({ ...base, screen: 'ending', typing: { page: 3, shown: 5, total: 40 } })).toBe(true);
    expect(isTyping({ ...base, screen: 'title', typing: { page: 3, shown: 5, total: 40 } })).toBe(false);
  });
});
