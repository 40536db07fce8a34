import { describe, expect, it } from 'vitest';
import {
  availableChoices,
  choose,
  currentPassage,
  describeChoiceError,
  isEnded,
  listChoices,
  type RunState,
  startRun,
} from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { choice, ending, passage, story, walkChoices } from './helpers';

const walk = (log: readonly string[]): RunState => walkChoices(exampleStory, log);

describe('startRun', () => {
  it('stands on the start passage with initial variables and one visit', () => {
    expect(startRun(exampleStory)).toEqual({
      passage: 'offer-letter',
      variables: { money: 0, reported: false },
      visits: { 'offer-letter': 1 },
    });
    expect(currentPassage(exampleStory, startRun(exampleStory)).id).toBe('offer-letter');
  });
});

describe('listChoices', () => {
  it('numbers every choice and marks the available ones', () => {
    const views = listChoices(exampleStory, walk(['accept']));
    expect(views.map((v) => [v.number, v.choice.id, v.available])).toEqual([
      [1, 'take-envelope', true],
      [2, 'report', true],
      [3, 'run', false],
    ]);
    expect(availableChoices(exampleStory, walk(['accept'])).map((c) => c.id)).toEqual(['take-envelope', 'report']);
  });

  it("tells players why a choice is locked in the story's words only; the failing rule is for tools", () => {
    const run = listChoices(exampleStory, walk(['accept'])).find((v) => v.choice.id === 'run');
    expect(run?.lockedReasons).toEqual(['Not enough money to disappear.']);
    expect(run?.failingRules).toEqual(['needs money is at least 20']);
  });

  it('gives no reasons and no failing rules for an open choice', () => {
    const views = listChoices(exampleStory, walk(['accept', 'report']));
    const keepQuiet = views.find((v) => v.choice.id === 'keep-quiet');
    const noMoney = views.find((v) => v.choice.id === 'nothing-to-hide');
    expect(keepQuiet).toMatchObject({ available: true, lockedReasons: [], failingRules: [] });
    expect(noMoney?.available).toBe(false);
    expect(noMoney?.failingRules).toEqual(['needs either money is below 1 or visits to "offer-meeting" is 0']);
  });

  it('names only the failing parts of an `all`', () => {
    const views = listChoices(exampleStory, walk(['report-now']));
    expect(views.find((v) => v.choice.id === 'confess-all')?.failingRules).toEqual(['needs money is above 0']);
  });
});

describe('choose', () => {
  it('refuses an unknown choice', () => {
    const result = choose(exampleStory, startRun(exampleStory), 'fly');
    expect(result).toEqual({ ok: false, error: { kind: 'unknown-choice', choiceId: 'fly', passage: 'offer-letter' } });
    if (!result.ok) expect(describeChoiceError(result.error)).toBe('Passage "offer-letter" has no choice "fly".');
  });

  it('refuses a locked choice with its reasons', () => {
    const result = choose(exampleStory, walk(['accept']), 'run');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({
        kind: 'locked',
        choiceId: 'run',
        passage: 'offer-meeting',
        reasons: ['needs money is at least 20'],
      });
      expect(describeChoiceError(result.error)).toContain('is locked: needs money is at least 20');
    }
  });

  it('refuses a choice whose target is missing', () => {
    const broken = story([passage('a', [choice('go', 'nowhere')])]);
    const result = choose(broken, startRun(broken), 'go');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'missing-target', choiceId: 'go', passage: 'a', target: 'nowhere' },
    });
  });

  it('applies set and add effects, in order, and leaves the old state alone', () => {
    const before = walk(['accept']);
    const after = walk(['accept', 'take-envelope']);
    expect(before.variables).toEqual({ money: 10, reported: false });
    expect(after.variables).toEqual({ money: 20, reported: false });
    expect(walk(['accept', 'report']).variables).toEqual({ money: 10, reported: true });
    const ordered = story(
      [
        passage('a', [
          choice('go', 'b', {
            effects: [
              { add: 'n', value: 2 },
              { set: 'n', value: 5 },
              { add: 'n', value: 1 },
            ],
          }),
        ]),
        ending('b'),
      ],
      { variables: { n: { type: 'number', initial: 0, description: '' } } },
    );
    const result = choose(ordered, startRun(ordered), 'go');
    expect(result.ok && result.state.variables).toEqual({ n: 6 });
  });

  it('counts visits, loops included', () => {
    const state = walk(['accept', 'take-envelope', 'take-envelope']);
    expect(state.visits).toEqual({ 'offer-letter': 1, 'offer-meeting': 3 });
    expect(listChoices(exampleStory, state)[0]).toMatchObject({
      lockedReasons: ['They have stopped paying.'],
      failingRules: ['needs visits to "offer-meeting" is below 3'],
    });
  });

  it('treats a passage named like an Object.prototype property as unvisited', () => {
    const odd = story([
      passage('start', [choice('go', 'constructor', { when: { visits: 'constructor', op: '==', value: 0 } })]),
      ending('constructor'),
    ]);
    const result = choose(odd, startRun(odd), 'go');
    expect(result.ok && result.state.visits).toEqual({ start: 1, constructor: 1 });
  });

  it('knows when a run has ended', () => {
    expect(isEnded(exampleStory, startRun(exampleStory))).toBe(false);
    expect(isEnded(exampleStory, walk(['decline']))).toBe(true);
  });
});

describe('currentPassage', () => {
  it('throws for a state that does not belong to the story', () => {
    expect(() => currentPassage(exampleStory, { ...startRun(exampleStory), passage: 'elsewhere' })).toThrow(
      /no passage for/,
    );
  });
});
