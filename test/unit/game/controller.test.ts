import { describe, expect, it } from 'vitest';
import type { AmbientBed, EffectName, SoundLevels, SoundPort } from '../../../src/audio/sound';
import { attachAutosave } from '../../../src/game/autosave';
import { GameController } from '../../../src/game/controller';
import { createRunStore, runKey } from '../../../src/save/local-run-store';
import type { LoadedRun, RunStore, SavedRun, SettingsStore } from '../../../src/save/ports';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import { choiceStep, choicesOf } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { MemoryStorage } from '../save/fake-storage';

class FakeRuns implements RunStore {
  saved: SavedRun | null = null;
  corrupt: string | null = null;
  saves = 0;
  load(): LoadedRun {
    if (this.corrupt) return { kind: 'corrupt', message: this.corrupt, keptAs: 'the-consultant/run/corrupt-1' };
    return this.saved ? { kind: 'ok', run: this.saved } : { kind: 'none' };
  }
  save(run: SavedRun) {
    this.saves += 1;
    this.saved = run;
    return { ok: true as const };
  }
  clear() {
    this.saved = null;
  }
  keepCopy() {
    return null;
  }
}

class FakeSettings implements SettingsStore {
  constructor(public stored: Settings = DEFAULT_SETTINGS) {}
  load() {
    return { settings: this.stored };
  }
  save(settings: Settings) {
    this.stored = settings;
    return { ok: true as const };
  }
}

class FakeSound implements SoundPort {
  effects: EffectName[] = [];
  levels: SoundLevels[] = [];
  beds: Array<AmbientBed | null> = [];
  playEffect(effect: EffectName) {
    this.effects.push(effect);
  }
  setAmbient(bed: AmbientBed | null) {
    this.beds.push(bed);
  }
  setLevels(levels: SoundLevels) {
    this.levels.push(levels);
  }
  setTyping() {}
  suspend() {}
  resume() {}
}

function setup<Runs extends RunStore = FakeRuns>(options: { runs?: Runs; settings?: FakeSettings } = {}) {
  const runs = (options.runs ?? new FakeRuns()) as Runs;
  const settingsStore = options.settings ?? new FakeSettings();
  const sound = new FakeSound();
  const controller = new GameController({
    story: exampleStory,
    runs,
    settingsStore,
    sound,
  });
  const stopSaving = attachAutosave(controller, runs, { now: () => new Date('2024-01-01T00:00:00Z') });
  return { controller, runs, settingsStore, sound, stopSaving };
}

/** What the view does for a page: lay it out (`total` characters), then let the clock run out. */
function typeToEnd(controller: GameController, total = 10) {
  const page = controller.state.pageNumber;
  controller.startTyping(page, total, [0]);
  controller.advanceTyping(page, 60_000);
}

const choiceIds = (controller: GameController) => choicesOf(controller.state.run?.steps ?? []);

describe('GameController', () => {
  it('starts on the title with nothing to continue', () => {
    const { controller } = setup();
    expect(controller.state.screen).toBe('title');
    expect(controller.state.canContinue).toBe(false);
    expect(controller.state.notice).toBeNull();
  });

  it('opens a new case on the first page, not yet revealed, in a new chapter', () => {
    const { controller } = setup();
    controller.newCase();
    const state = controller.state;
    expect(state.screen).toBe('case');
    expect(state.passage?.id).toBe(exampleStory.start);
    expect(state.revealed).toBe(false);
    expect(state.chapterChanged).toBe(true);
    expect(state.documents).toEqual([exampleStory.start]);
    expect(state.pageNumber).toBe(1);
  });

  it('takes a choice only once the page is revealed', () => {
    const { controller } = setup();
    controller.newCase();
    expect(controller.takeChoice('accept')).toBe(false);
    expect(controller.state.passage?.id).toBe('offer-letter');
    typeToEnd(controller);
    expect(controller.takeChoice('accept')).toBe(true);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.chapterChanged).toBe(false);
  });

  it('ignores a double take: the second click lands on an unrevealed page', () => {
    const { controller } = setup();
    controller.newCase();
    controller.completeText();
    expect(controller.takeChoice('accept')).toBe(true);
    expect(controller.takeChoice('accept')).toBe(false);
    expect(choiceIds(controller)).toEqual(['accept']);
  });

  it('types only the current page: a late report for another page changes nothing', () => {
    const { controller } = setup();
    controller.newCase();
    const page = controller.state.pageNumber;
    controller.startTyping(page + 5, 10, [0]);
    controller.advanceTyping(page + 5, 60_000);
    expect(controller.state.revealed).toBe(false);
    expect(controller.state.typing).toEqual({ page, shown: 0, total: null });
    controller.startTyping(page, 10, [0]);
    controller.advanceTyping(page - 1, 60_000);
    expect(controller.state.revealed).toBe(false);
    controller.advanceTyping(page, 60_000);
    expect(controller.state.revealed).toBe(true);
  });

  it('keeps the typing progress in the snapshot: characters shown, the total, done', () => {
    const { controller } = setup();
    controller.newCase();
    const page = controller.state.pageNumber;
    controller.startTyping(page, 100, [0, 50]);
    // The first key is struck at once.
    expect(controller.state.typing).toEqual({ page, shown: 1, total: 100 });
    controller.advanceTyping(page, 500); // normal speed: 40 characters a second
    expect(controller.state.typing).toEqual({ page, shown: 21, total: 100 });
    expect(controller.state.revealed).toBe(false);
    // The view lays the page out again (a rebuild): typing goes on where it was.
    controller.startTyping(page, 100, [0, 50]);
    expect(controller.state.typing.shown).toBe(21);
    controller.completeText();
    expect(controller.state.typing).toEqual({ page, shown: 100, total: 100 });
    expect(controller.state.revealed).toBe(true);
  });

  it('types at the new speed after a settings change, and line by line with reduced motion', () => {
    const { controller } = setup();
    controller.newCase();
    const page = controller.state.pageNumber;
    controller.startTyping(page, 200, [0, 30, 60]);
    controller.advanceTyping(page, 475);
    expect(controller.state.typing.shown).toBe(20);
    controller.changeSettings({ textSpeed: 'fast' }); // 90 a second
    controller.advanceTyping(page, 100);
    expect(controller.state.typing.shown).toBe(29);
    controller.changeSettings({ reducedMotion: true });
    expect(controller.state.typing.shown).toBe(0);
    controller.advanceTyping(page, 100);
    expect(controller.state.typing.shown).toBe(30);
    controller.changeSettings({ textSpeed: 'instant' });
    expect(controller.state.revealed).toBe(true);
    expect(controller.state.typing.shown).toBe(200);
  });

  it('takes Space before the page is laid out as a request for the whole page', () => {
    const { controller } = setup();
    controller.newCase();
    controller.completeText();
    expect(controller.state.revealed).toBe(true);
    controller.startTyping(controller.state.pageNumber, 80, [0]);
    expect(controller.state.typing.shown).toBe(80);
  });

  it('reads the story from one place, and gives it in every snapshot', () => {
    const { controller } = setup();
    expect(controller.story).toBe(exampleStory);
    expect(controller.state.story).toBe(exampleStory);
    controller.newCase();
    expect(controller.state.story).toBe(exampleStory);
  });

  it('autosaves each page and continues a saved run', () => {
    const first = setup();
    first.controller.newCase();
    first.controller.completeText();
    first.controller.takeChoice('accept');
    expect(first.runs.saved?.steps).toEqual([choiceStep('accept')]);
    first.stopSaving();

    const second = setup({ runs: first.runs });
    expect(second.controller.state.canContinue).toBe(true);
    second.controller.continueRun();
    expect(second.controller.state.screen).toBe('case');
    expect(second.controller.state.passage?.id).toBe('offer-meeting');
    expect(second.controller.state.documents).toEqual(['offer-letter', 'offer-meeting']);
    expect(second.controller.state.notice).toBeNull();
  });

  it('continues up to the last step that still fits a changed story, and says so', () => {
    const runs = new FakeRuns();
    const steps = [choiceStep('accept'), choiceStep('no-such-choice')];
    runs.saved = { storyId: exampleStory.id, storyVersion: 1, steps, savedAt: 'x' };
    const { controller } = setup({ runs });
    controller.continueRun();
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice).toMatch(
      /It resumes at step 2\. Passage "offer-meeting" has no choice "no-such-choice"/,
    );
  });

  it('keeps a save the story outgrew whole, under a key of its own, before the autosave writes what still fits', () => {
    const storage = new MemoryStorage();
    const runs = createRunStore(storage, { storyId: exampleStory.id, now: () => new Date('2026-12-04T02:00:00Z') });
    const outgrown: SavedRun = {
      storyId: exampleStory.id,
      storyVersion: 0,
      steps: [choiceStep('accept'), choiceStep('a-choice-since-cut'), choiceStep('and-one-after')],
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(runs.save(outgrown)).toEqual({ ok: true });
    const { controller } = setup({ runs });
    controller.continueRun();
    const kept = `${runKey(exampleStory.id)}/earlier-2026-12-04T02-00-00-000Z`;
    expect(controller.state.notice).toContain(`kept aside as "${kept}"`);
    // The autosave now holds the steps that fit; the copy holds every step, as it was saved.
    const autosaved = runs.load();
    expect(autosaved.kind === 'ok' && autosaved.run.steps).toEqual([choiceStep('accept')]);
    expect(JSON.parse(storage.getItem(kept)!)).toEqual({ format: 2, run: outgrown });
    // A save that fits is not copied.
    controller.continueRun();
    expect(storage.keys().filter((key) => key.includes('/earlier-'))).toEqual([kept]);
  });

  it('reads the story version of a save: a save of another version says so, even when every step fits', () => {
    const runs = new FakeRuns();
    runs.saved = { storyId: exampleStory.id, storyVersion: 0, steps: [choiceStep('accept')], savedAt: 'x' };
    const { controller } = setup({ runs });
    controller.continueRun();
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice).toBe(
      'This case was saved with version 0 of the story, which is now at version 1. Every step still fits.',
    );
    runs.saved = { ...runs.saved, storyVersion: 0, steps: [choiceStep('accept'), choiceStep('gone')] };
    controller.continueRun();
    expect(controller.state.notice).toMatch(/^This case was saved with version 0 .* It resumes at step 2\./);
    runs.saved = { ...runs.saved, storyVersion: 1, steps: [choiceStep('accept')] };
    controller.continueRun();
    expect(controller.state.notice).toBeNull();
  });

  it('shows a notice for a corrupt save and offers nothing to continue', () => {
    const runs = new FakeRuns();
    runs.corrupt = 'The saved case could not be read; it was kept aside.';
    const { controller } = setup({ runs });
    expect(controller.state.canContinue).toBe(false);
    expect(controller.state.notice).toContain('kept aside');
    controller.dismissNotice();
    expect(controller.state.notice).toBeNull();
  });

  it('persists a settings change and sets the sound levels', () => {
    const { controller, settingsStore, sound } = setup();
    expect(sound.levels.at(-1)).toEqual({ music: 0.8, effects: 0.8, muted: false });
    controller.changeSettings({ muted: true, musicVolume: 0.2, highContrast: true });
    expect(settingsStore.stored.muted).toBe(true);
    expect(settingsStore.stored.highContrast).toBe(true);
    expect(sound.levels.at(-1)).toEqual({ music: 0.2, effects: 0.8, muted: true });
    expect(controller.state.settings.highContrast).toBe(true);
  });

  it('reveals pages at once with the instant text speed', () => {
    const { controller } = setup({ settings: new FakeSettings({ ...DEFAULT_SETTINGS, textSpeed: 'instant' }) });
    controller.newCase();
    expect(controller.state.revealed).toBe(true);
  });

  it('escape opens the menu in a case and goes back, one screen at a time, to where the player came from', () => {
    const { controller } = setup();
    controller.newCase();
    controller.escape();
    expect(controller.state.screen).toBe('menu');
    expect(controller.state.stack).toEqual(['case', 'menu']);
    controller.open('settings');
    expect(controller.state.screen).toBe('settings');
    expect(controller.state.stack).toEqual(['case', 'menu', 'settings']);
    controller.escape();
    expect(controller.state.screen).toBe('menu');
    controller.back();
    expect(controller.state.screen).toBe('case');
    controller.toTitle();
    expect(controller.state.stack).toEqual(['title']);
    controller.open('sources');
    controller.open('settings');
    controller.back();
    expect(controller.state.screen).toBe('sources');
    controller.escape();
    expect(controller.state.screen).toBe('title');
    controller.escape();
    expect(controller.state.stack).toEqual(['title']);
  });

  it('ends the file on an ending passage, keeps the closed case to continue, and starts a new one without asking', () => {
    const { controller, runs } = setup();
    controller.newCase();
    controller.completeText();
    controller.takeChoice('decline');
    expect(controller.state.screen).toBe('ending');
    expect(controller.state.passage?.ending?.verdict).toBe('NO CASE');
    expect(runs.saved?.steps).toEqual([choiceStep('decline')]);
    expect(controller.takeChoice('accept')).toBe(false);
    controller.toTitle();
    expect(controller.state).toMatchObject({ canContinue: true, savedClosed: true });
    // Continue reopens it at its ending.
    controller.continueRun();
    expect(controller.state.screen).toBe('ending');
    controller.toTitle();
    // A closed case is not a case in progress: a new one replaces it with no question.
    controller.newCase();
    expect(controller.state.confirm).toBeNull();
    expect(controller.state.screen).toBe('case');
    expect(controller.state.run?.steps).toEqual([]);
  });

  it('gathers exhibits along the run', () => {
    const { controller } = setup();
    controller.newCase();
    controller.completeText();
    controller.takeChoice('accept');
    expect(controller.state.exhibits.map((e) => e.id)).toEqual(['envelope']);
  });
});
