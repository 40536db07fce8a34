/**
 * The controller's intents from issue #8: scrolling the page on screen, a locked choice that
 * answers, and New case asking before it replaces a saved case.
 */
import { describe, expect, it } from 'vitest';
import type { EffectName, SoundPort } from '../../../src/audio/sound';
import { GameController } from '../../../src/game/controller';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import { MemoryRuns, MemorySettings, story } from '../dom/fixtures';

function setup(options: { saved?: boolean; view?: boolean } = {}) {
  const effects: EffectName[] = [];
  const sound: SoundPort = {
    playEffect: (effect) => effects.push(effect),
    setAmbient() {},
    setLevels() {},
    setTyping() {},
    suspend() {},
    resume() {},
  };
  const runs = new MemoryRuns();
  if (options.saved) {
    runs.saved = {
      storyId: story.id,
      storyVersion: story.version,
      steps: [{ kind: 'choice', choice: 'dinner' }],
      savedAt: '2026-01-01T00:00:00Z',
    };
  }
  const settingsStore = new MemorySettings({ ...DEFAULT_SETTINGS, textSpeed: 'instant' });
  const controller = new GameController({
    story,
    runs,
    settingsStore,
    sound,
    viewLaysOutPages: () => options.view ?? false,
  });
  return { controller, effects, runs };
}

describe('scrollPage', () => {
  it('makes a new request each time on the case, the ending and the Sources, and none on the title', () => {
    const { controller } = setup();
    expect(controller.scrollPage('line-down')).toBe(false);
    expect(controller.state.scroll).toBeNull();
    controller.newCase();
    expect(controller.scrollPage('page-down')).toBe(true);
    const first = controller.state.scroll;
    expect(first?.amount).toBe('page-down');
    controller.scrollPage('page-down');
    expect(controller.state.scroll?.amount).toBe('page-down');
    expect(controller.state.scroll?.id).toBeGreaterThan(first?.id ?? Number.POSITIVE_INFINITY);
    controller.open('menu');
    expect(controller.scrollPage('end')).toBe(false);
    controller.open('sources');
    expect(controller.scrollPage('end')).toBe(true);
    expect(controller.state.scroll?.amount).toBe('end');
  });
});

describe('a locked choice', () => {
  it('answers its number with the reason, in the notice, and a small sound; it takes nothing', () => {
    const { controller, effects } = setup();
    controller.newCase();
    expect(controller.takeChoiceNumber(3)).toBe(false);
    expect(controller.state.passage?.id).toBe('a');
    expect(controller.state.notice).toMatch(/^\u201cCall the embassy\u201d is locked: You cannot afford the call\.$/);
    expect(effects).toEqual(['clip']);
  });

  it('answers a second press again (the notice is said anew), and a press by id the same way', () => {
    const { controller, effects } = setup();
    controller.newCase();
    const notices: Array<string | null> = [];
    controller.subscribe((s) => notices.push(s.notice));
    notices.length = 0;
    controller.takeChoiceNumber(3);
    expect(controller.takeChoice('embassy')).toBe(false);
    expect(notices.filter((n) => n !== null)).toHaveLength(2);
    expect(notices).toContain(null);
    expect(effects).toEqual(['clip', 'clip']);
  });
});

describe('a number key while the page turns in', () => {
  it('takes nothing until the view has the page on screen, then takes the choice', () => {
    const { controller } = setup({ view: true });
    controller.newCase();
    // The first page has not landed yet (its chapter's card is still up).
    expect(controller.takeChoiceNumber(1)).toBe(false);
    // The view lays the first page out: keys work on it.
    controller.startTyping(controller.state.pageNumber, 10, [0]);
    expect(controller.takeChoiceNumber(1)).toBe(true);
    const arriving = controller.state.pageNumber;
    expect(controller.state.revealed).toBe(true);
    // The next page is shown whole (instant text) but is still turning in: a key skips nothing.
    expect(controller.takeChoiceNumber(1)).toBe(false);
    expect(controller.state.pageNumber).toBe(arriving);
    controller.startTyping(arriving, 10, [0]);
    expect(controller.takeChoiceNumber(1)).toBe(true);
  });
});

describe('New case over a saved case', () => {
  it('asks first, and replaces nothing until the player says yes', () => {
    const { controller, runs } = setup({ saved: true });
    expect(controller.state.canContinue).toBe(true);
    const saved = runs.saved;
    controller.newCase();
    expect(controller.state.screen).toBe('title');
    expect(controller.state.confirm).toBe('new-case');
    expect(controller.state.run).toBeNull();
    expect(runs.saved).toBe(saved);
    controller.confirmNewCase();
    expect(controller.state.screen).toBe('case');
    expect(controller.state.passage?.id).toBe(story.start);
    expect(controller.state.run?.steps).toEqual([]);
    expect(controller.state.confirm).toBeNull();
  });

  it('is answered no by cancelConfirm and by Escape; the saved case can still be continued', () => {
    const { controller } = setup({ saved: true });
    controller.newCase();
    controller.cancelConfirm();
    expect(controller.state.confirm).toBeNull();
    expect(controller.state.screen).toBe('title');
    controller.newCase();
    controller.escape();
    expect(controller.state.confirm).toBeNull();
    controller.confirmNewCase(); // no question open: nothing happens
    expect(controller.state.screen).toBe('title');
    controller.continueRun();
    expect(controller.state.passage?.id).toBe('b');
  });

  it('starts at once when there is nothing to lose', () => {
    const { controller } = setup();
    controller.newCase();
    expect(controller.state.confirm).toBeNull();
    expect(controller.state.screen).toBe('case');
  });
});

describe('a step back', () => {
  it('goes back one page at a time to the first, each shown whole, and from the ending too', () => {
    const { controller } = setup();
    controller.changeSettings({ textSpeed: 'normal' });
    expect(controller.stepBack()).toBe(false);
    controller.newCase();
    expect(controller.stepBack()).toBe(false);
    controller.completeText();
    controller.takeChoice('dinner');
    controller.completeText();
    controller.takeChoice('leave');
    expect(controller.state.screen).toBe('ending');
    expect(controller.stepBack()).toBe(true);
    expect(controller.state.screen).toBe('case');
    expect(controller.state.passage?.id).toBe('b');
    // It has been read: the page is whole at once, and its choices can be taken.
    expect(controller.state.revealed).toBe(true);
    expect(controller.state.run?.steps).toHaveLength(1);
    expect(controller.stepBack()).toBe(true);
    expect(controller.state.passage?.id).toBe('a');
    // The state is the one the player had there: the dinner's money is gone again.
    expect(controller.state.run?.state.variables.money).toBe(0);
    expect(controller.stepBack()).toBe(false);
    // The other door, tried at once.
    expect(controller.takeChoice('home')).toBe(true);
    expect(controller.state.passage?.id).toBe('end-home');
  });

  it('closes the menu it was asked from, and is not offered on the title', () => {
    const { controller } = setup();
    controller.newCase();
    controller.takeChoice('dinner');
    controller.open('menu');
    expect(controller.state.screen).toBe('menu');
    expect(controller.stepBack()).toBe(true);
    expect(controller.state.screen).toBe('case');
    expect(controller.state.stack).toEqual(['case']);
    controller.toTitle();
    expect(controller.stepBack()).toBe(false);
    expect(controller.state.screen).toBe('title');
  });
});
