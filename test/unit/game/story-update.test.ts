/**
 * The live preview's logic: a new version of the story while a case is open. An edited page
 * re-renders in place with the run whole; a removed page, or a step that no longer fits, takes
 * the run back to the last step that fits and says so; a story with errors is refused with its
 * problems, and the game plays on with the story it had.
 */
import { describe, expect, it } from 'vitest';
import { storyUpdate } from '../../../src/game/story-update';
import { choiceStep, type Story } from '../../../src/story';
import type { Chapter, Passage } from '../../../src/story/types';
import { exampleStory } from '../../fixtures/example-story';
import { makeController } from '../dom/fixtures';

/** The example story with its passages changed by `edit` (null removes one). */
function edited(edit: (passage: Passage) => Passage | null): Story {
  return {
    ...exampleStory,
    chapters: exampleStory.chapters.map(
      (chapter): Chapter => ({
        ...chapter,
        passages: chapter.passages.flatMap((passage) => {
          const next = edit(passage);
          return next ? [next] : [];
        }),
      }),
    ),
  };
}

function openAtMeeting() {
  const { controller } = makeController({ story: exampleStory });
  controller.newCase();
  controller.completeText();
  controller.takeChoice('accept');
  controller.completeText();
  return controller;
}

describe('a new version of the story while the game runs', () => {
  it('re-renders an edited page in place: the same run, page number and open screen, the new text', () => {
    const controller = openAtMeeting();
    controller.open('menu');
    const before = controller.state;
    const next = edited((p) => (p.id === 'offer-meeting' ? { ...p, title: 'A receipt, rewritten' } : p));
    const update = storyUpdate(next, before.run);
    expect(update).toMatchObject({ kind: 'taken', notice: null });
    if (update.kind !== 'taken') return;
    expect(update.run?.steps).toEqual([choiceStep('accept')]);
    controller.replaceStory(next, update.run, update.notice);
    const after = controller.state;
    expect(after.story).toBe(next);
    expect(after.passage?.title).toBe('A receipt, rewritten');
    expect(after.run?.steps).toEqual(before.run?.steps);
    expect(after.pageNumber).toBe(before.pageNumber);
    expect(after.stack).toEqual(['case', 'menu']);
    expect(after.revealed).toBe(true);
    expect(after.chapterChanged).toBe(false);
    expect(after.notice).toBeNull();
    // Its first reading still: no door is marked new, and it is not "read before".
    expect(after.newChoices).toEqual(before.newChoices);
    expect(after.seenBefore).toBe(false);
  });

  it('goes back to the last step that fits when the page on screen was removed, and says so', () => {
    const { controller } = makeController({ story: exampleStory });
    controller.newCase();
    controller.completeText();
    controller.takeChoice('decline');
    expect(controller.state.screen).toBe('ending');
    const next = edited((p) => {
      if (p.id === 'offer-refused') return null;
      if (p.id === 'offer-letter') return { ...p, choices: p.choices.filter((c) => c.id !== 'decline') };
      return p;
    });
    const update = storyUpdate(next, controller.state.run);
    expect(update.kind).toBe('taken');
    if (update.kind !== 'taken') return;
    expect(update.run?.steps).toEqual([]);
    expect(update.notice).toMatch(/^The story changed: step 1 of this case no longer fits, so it is back after step 0/);
    controller.replaceStory(next, update.run, update.notice);
    expect(controller.state.screen).toBe('case');
    expect(controller.state.passage?.id).toBe('offer-letter');
    expect(controller.state.notice).toBe(update.notice);
    expect(controller.state.choices.map((c) => c.choice.id)).not.toContain('decline');
  });

  it('goes back when a step taken is now locked', () => {
    const controller = openAtMeeting();
    controller.takeChoice('take-envelope');
    controller.completeText();
    controller.takeChoice('take-envelope');
    expect(controller.state.run?.steps).toHaveLength(3);
    // The envelope now comes once, not twice: the second one no longer fits.
    const next = edited((p) =>
      p.id === 'offer-meeting'
        ? {
            ...p,
            choices: p.choices.map((c) =>
              c.id === 'take-envelope' ? { ...c, when: { visits: 'offer-meeting', op: '<', value: 2 } } : c,
            ),
          }
        : p,
    );
    const update = storyUpdate(next, controller.state.run);
    expect(update.kind === 'refused' ? update.problems : []).toEqual([]);
    if (update.kind !== 'taken') return;
    expect(update.run?.steps).toEqual([choiceStep('accept'), choiceStep('take-envelope')]);
    expect(update.notice).toContain('step 3 of this case no longer fits, so it is back after step 2');
    expect(update.notice).toContain('locked');
  });

  it('refuses a story with errors, naming the passage and the problem, and changes nothing', () => {
    const controller = openAtMeeting();
    const before = controller.state;
    const broken = edited((p) =>
      p.id === 'offer-meeting' ? { ...p, choices: [...p.choices, { id: 'burn', label: 'Burn it', to: 'ashes' }] } : p,
    );
    const update = storyUpdate(broken, before.run);
    expect(update.kind).toBe('refused');
    if (update.kind !== 'refused') return;
    expect(update.problems).toContainEqual(
      expect.objectContaining({ passage: 'offer-meeting', rule: 'missing-link', severity: 'error' }),
    );
    expect(update.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(controller.state).toBe(before);
  });

  it('takes a new story on the title, with no case open', () => {
    const { controller } = makeController({ story: exampleStory });
    const next = { ...exampleStory, title: 'A retitled story' };
    const update = storyUpdate(next, controller.state.run);
    expect(update).toEqual({ kind: 'taken', run: null, notice: null });
    controller.replaceStory(next, null, null);
    expect(controller.state.story.title).toBe('A retitled story');
    expect(controller.state.screen).toBe('title');
  });
});
