import { describe, expect, it } from 'vitest';
import { silentSound } from '../../../src/audio/silent-sound';
import { attachAutosave } from '../../../src/game/autosave';
import { GameController } from '../../../src/game/controller';
import { tellOnce } from '../../../src/game/tell-once';
import { createRunStore, runKey } from '../../../src/save/local-run-store';
import type { LoadedRun, RunStore, SavedRun } from '../../../src/save/ports';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import { choiceStep } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { FullStorage, MemoryStorage } from '../save/fake-storage';

const settingsStore = {
  load: () => ({ settings: { ...DEFAULT_SETTINGS, textSpeed: 'instant' as const } }),
  save: () => ({ ok: true as const }),
};

/** A store that records, at each save, what the controller showed at that moment. */
class WatchingRuns implements RunStore {
  readonly writes: Array<{ saved: SavedRun; onScreen: readonly unknown[] | undefined }> = [];
  cleared = 0;
  controller: GameController | null = null;
  load(): LoadedRun {
    return { kind: 'none' };
  }
  save(run: SavedRun) {
    this.writes.push({ saved: run, onScreen: this.controller?.state.run?.steps });
    return { ok: true as const };
  }
  clear() {
    this.cleared++;
  }
  keepCopy() {
    return null;
  }
}

function setup(runs: RunStore & { controller?: GameController | null }) {
  const controller = new GameController({ story: exampleStory, runs, settingsStore, sound: silentSound });
  runs.controller = controller;
  attachAutosave(controller, runs, { now: () => new Date('2026-12-02T10:00:00Z') });
  return controller;
}

describe('the autosave', () => {
  it('saves each run after it has changed, with the story, its version and the steps', () => {
    const runs = new WatchingRuns();
    const controller = setup(runs);
    expect(runs.writes).toEqual([]); // nothing to save on the title
    controller.newCase();
    controller.takeChoice('accept');
    expect(runs.writes.map((w) => w.saved)).toEqual([
      { storyId: 'example', storyVersion: 1, steps: [], savedAt: '2026-12-02T10:00:00.000Z', caseNumber: 1 },
      {
        storyId: 'example',
        storyVersion: 1,
        steps: [choiceStep('accept')],
        savedAt: '2026-12-02T10:00:00.000Z',
        caseNumber: 1,
      },
    ]);
    // After the change: when each save happens, the controller already shows the run it saves.
    for (const write of runs.writes) expect(write.onScreen).toEqual(write.saved.steps);
  });

  it('saves once per step, not on every snapshot (typing, menus, settings)', () => {
    const runs = new WatchingRuns();
    const controller = setup(runs);
    controller.newCase();
    controller.open('menu');
    controller.open('settings');
    controller.changeSettings({ highContrast: true });
    controller.back();
    controller.back();
    controller.startTyping(controller.state.pageNumber, 50, [0]);
    controller.advanceTyping(controller.state.pageNumber, 100);
    expect(runs.writes).toHaveLength(1);
  });

  it('keeps the case when it closes, so a reload can reopen it at its ending', () => {
    const runs = new WatchingRuns();
    const controller = setup(runs);
    controller.newCase();
    controller.takeChoice('decline');
    expect(controller.state.screen).toBe('ending');
    expect(runs.cleared).toBe(0);
    expect(runs.writes.map((w) => w.saved.steps)).toEqual([[], [choiceStep('decline')]]);
  });

  it('writes the run the player can continue after a reload', () => {
    const storage = new MemoryStorage();
    const store = () => createRunStore(storage, { storyId: exampleStory.id });
    const first = setup(store());
    first.newCase();
    first.takeChoice('accept');
    first.takeChoice('take-envelope');
    expect(storage.getItem(runKey(exampleStory.id))).not.toBeNull();
    const second = setup(store());
    expect(second.state.canContinue).toBe(true);
    second.continueRun();
    expect(second.state.run?.steps).toEqual([choiceStep('accept'), choiceStep('take-envelope')]);
    expect(second.state.documents).toEqual(['offer-letter', 'offer-meeting', 'offer-meeting']);
  });

  it('tells the player when a save fails, without repeating itself, and play goes on', () => {
    const controller = setup(createRunStore(new FullStorage(0), { storyId: exampleStory.id }));
    controller.newCase();
    expect(controller.state.notice).toMatch(/could not be saved: the browser's storage for this site is full/);
    controller.takeChoice('accept');
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice?.match(/could not be saved/g)).toHaveLength(1);
  });

  it('told once, as boot tells it: storage that stays full is said at the first failed step only, even once dismissed', () => {
    const storage = new FullStorage(0);
    const runs = createRunStore(storage, { storyId: exampleStory.id });
    const controller = new GameController({
      story: exampleStory,
      runs,
      settingsStore,
      sound: silentSound,
    });
    attachAutosave(controller, runs, { tell: tellOnce(controller) });
    controller.newCase();
    expect(controller.state.notice).toMatch(/could not be saved/);
    controller.dismissNotice();
    controller.completeText();
    controller.takeChoice('accept');
    controller.completeText();
    controller.takeChoice('take-envelope');
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice).toBeNull();
  });
});
