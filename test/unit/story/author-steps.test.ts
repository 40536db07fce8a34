/**
 * Author mode's steps in the engine: a variable set and a jump to any passage apply like a
 * choice, say why when they do not fit, are kept by a save and read back, are read by the
 * history, and leave the player's progress alone (only play counts).
 */
import { describe, expect, it } from 'vitest';
import { createRunStore } from '../../../src/save/local-run-store';
import { historyOf } from '../../../src/story/history';
import { emptyProgress, noteRun } from '../../../src/story/progress';
import {
  applyStep,
  beginRun,
  choiceStep,
  deriveRun,
  describeStepError,
  jumpStep,
  setStep,
} from '../../../src/story/run';
import { exampleStory } from '../../fixtures/example-story';
import { MemoryStorage } from '../save/fake-storage';

describe("the author's steps", () => {
  it('set a variable on the same page, and jump to any passage as if a choice led there', () => {
    const start = beginRun(exampleStory);
    const set = applyStep(exampleStory, start, setStep('money', 40));
    expect(set.ok && set.run.state.variables.money).toBe(40);
    expect(set.ok && set.run.state.passage).toBe(start.state.passage);
    expect(set.ok && set.run.path).toEqual(start.path);
    const jumped = applyStep(exampleStory, start, jumpStep('case-report'));
    expect(jumped.ok && jumped.run.state.passage).toBe('case-report');
    expect(jumped.ok && jumped.run.state.visits['case-report']).toBe(1);
    expect(jumped.ok && jumped.run.path).toEqual([start.state.passage, 'case-report']);
  });

  it('say why they do not fit: an unknown variable, a value of the wrong type, an unknown passage', () => {
    const start = beginRun(exampleStory);
    const reasons = [setStep('nerve', 1), setStep('money', true), setStep('money', Number.NaN), jumpStep('ashes')].map(
      (step) => {
        const result = applyStep(exampleStory, start, step);
        return result.ok ? 'fits' : describeStepError(result.error);
      },
    );
    expect(reasons).toEqual([
      'The story has no variable "nerve".',
      'The variable "money" holds a number.',
      'The variable "money" holds a number.',
      'The story has no passage "ashes".',
    ]);
    // A run derived from them stops at the first that does not fit.
    expect(deriveRun(exampleStory, [setStep('money', 5), jumpStep('ashes')]).failedAt).toBe(1);
  });

  it('are kept by a save and read back', () => {
    const storage = new MemoryStorage();
    const store = createRunStore(storage, { storyId: exampleStory.id });
    const steps = [jumpStep('offer-meeting'), setStep('reported', true), choiceStep('report')];
    expect(
      store.save({
        storyId: exampleStory.id,
        storyVersion: exampleStory.version,
        steps,
        savedAt: '2026-12-03T10:00:00Z',
      }),
    ).toEqual({ ok: true });
    const loaded = store.load();
    expect(loaded.kind === 'ok' && loaded.run.steps).toEqual(steps);
  });

  it('show in the history, and leave the progress of play alone', () => {
    const run = deriveRun(exampleStory, [choiceStep('accept'), setStep('money', 99), jumpStep('case-report')]).run;
    expect(historyOf(exampleStory, run).map((entry) => entry.choice)).toEqual([
      'Take the work',
      'Author: set money to 99',
      'Author: jumped to Interview note',
      null,
    ]);
    const noted = noteRun(emptyProgress(exampleStory.id), exampleStory, run, 1, '2026-12-03T10:00:00Z');
    expect(Object.keys(noted.pages).sort()).toEqual(['offer-letter', 'offer-meeting']);
    expect(Object.keys(noted.choices)).toHaveLength(1);
  });
});

describe("author mode's passage search", () => {
  it('finds a passage by its exact id, else by a part of its title, whatever the case', async () => {
    const { findByIdOrTitle } = await import('../../../src/game/author');
    expect(findByIdOrTitle(exampleStory, ' case-report ')?.id).toBe('case-report');
    expect(findByIdOrTitle(exampleStory, 'HOTEL BAR')?.id).toBe('offer-meeting');
    expect(findByIdOrTitle(exampleStory, 'nowhere at all')).toBeUndefined();
    expect(findByIdOrTitle(exampleStory, '   ')).toBeUndefined();
  });
});
