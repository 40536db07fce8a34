import { describe, expect, it } from 'vitest';
import type { AmbientBed, EffectName, SoundLevels, SoundPort } from '../../../src/audio/sound';
import { GameController } from '../../../src/game/controller';
import type { LoadedRun, RunStore, SavedRun, SettingsStore } from '../../../src/save/ports';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import { exampleStory } from '../../fixtures/example-story';

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
  suspend() {}
  resume() {}
}

function setup(options: { runs?: FakeRuns; settings?: FakeSettings } = {}) {
  const runs = options.runs ?? new FakeRuns();
  const settingsStore = options.settings ?? new FakeSettings();
  const sound = new FakeSound();
  const controller = new GameController({
    story: exampleStory,
    runs,
    settingsStore,
    sound,
    now: () => new Date('2024-01-01T00:00:00Z'),
  });
  return { controller, runs, settingsStore, sound };
}

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
    controller.markRevealed(controller.state.pageNumber);
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
    expect(controller.state.run?.log).toEqual(['accept']);
  });

  it('marks only the current page revealed', () => {
    const { controller } = setup();
    controller.newCase();
    controller.markRevealed(controller.state.pageNumber + 5);
    expect(controller.state.revealed).toBe(false);
    controller.markRevealed(controller.state.pageNumber);
    expect(controller.state.revealed).toBe(true);
  });

  it('autosaves each page and continues a saved log', () => {
    const first = setup();
    first.controller.newCase();
    first.controller.completeText();
    first.controller.takeChoice('accept');
    expect(first.runs.saved?.log).toEqual(['accept']);

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
    runs.saved = { storyId: exampleStory.id, storyVersion: 1, log: ['accept', 'no-such-choice'], savedAt: 'x' };
    const { controller } = setup({ runs });
    controller.continueRun();
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice).toMatch(/step 2/);
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
    expect(sound.levels.at(-1)).toEqual({ music: 0.6, effects: 0.8, muted: false });
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

  it('escape opens the menu in a case and goes back from menu, settings and sources', () => {
    const { controller } = setup();
    controller.newCase();
    controller.escape();
    expect(controller.state.screen).toBe('menu');
    expect(controller.state.returnTo).toBe('case');
    controller.open('settings');
    expect(controller.state.screen).toBe('settings');
    expect(controller.state.returnTo).toBe('case');
    controller.escape();
    expect(controller.state.screen).toBe('case');
    controller.toTitle();
    expect(controller.state.screen).toBe('title');
    controller.open('sources');
    controller.escape();
    expect(controller.state.screen).toBe('title');
  });

  it('ends the file on an ending passage and clears the save', () => {
    const { controller, runs } = setup();
    controller.newCase();
    controller.completeText();
    controller.takeChoice('decline');
    expect(controller.state.screen).toBe('ending');
    expect(controller.state.passage?.ending?.verdict).toBe('NO CASE');
    expect(runs.saved).toBeNull();
    expect(controller.state.canContinue).toBe(false);
    expect(controller.takeChoice('accept')).toBe(false);
  });

  it('gathers exhibits along the run', () => {
    const { controller } = setup();
    controller.newCase();
    controller.completeText();
    controller.takeChoice('accept');
    expect(controller.state.exhibits.map((e) => e.id)).toEqual(['envelope']);
  });
});
