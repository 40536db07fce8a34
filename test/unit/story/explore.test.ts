import { describe, expect, it } from 'vitest';
import { choiceStep, DEFAULT_MAX_STATES, deriveRun, explore } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { choice, cleanStory, ending, find, passage, story } from './helpers';

describe('explore', () => {
  it('finds every passage and ending with the shortest path to each', () => {
    const result = explore(exampleStory);
    expect(result.startFound).toBe(true);
    expect(result.boundHit).toBe(false);
    expect(result.maxStates).toBe(DEFAULT_MAX_STATES);
    expect(Object.fromEntries(result.reachable)).toEqual({
      'offer-letter': [],
      'offer-meeting': ['accept'],
      'offer-refused': ['decline'],
      'case-report': ['report-now'],
      'case-ran': ['accept', 'take-envelope', 'run'],
      'case-cleared': ['report-now', 'nothing-to-hide'],
      'case-arrested': ['accept', 'report', 'keep-quiet'],
    });
    expect([...result.endings.keys()].sort()).toEqual(['case-arrested', 'case-cleared', 'case-ran', 'offer-refused']);
    for (const [id, path] of result.reachable) {
      const derived = deriveRun(exampleStory, path.map(choiceStep));
      expect(derived.failedAt).toBeUndefined();
      expect(derived.run.path.at(-1)).toBe(id);
    }
  });

  it('says for each choice whether it was ever available', () => {
    const draft = cleanStory();
    find(draft, 'middle').choices.push(choice('never', 'win', { when: { var: 'n', op: '>', value: 9 } }));
    const reach = explore(draft).choices.map((c) => [c.passage, c.choiceId, c.everAvailable]);
    expect(reach).toEqual([
      ['start', 'go', true],
      ['start', 'flag', true],
      ['middle', 'win', true],
      ['middle', 'lose', true],
      ['middle', 'never', false],
    ]);
  });

  it('lists dead-end states with a path and the variables there', () => {
    const draft = cleanStory();
    find(draft, 'start').choices.push(choice('wait', 'middle'));
    const result = explore(draft);
    expect(result.deadEndCount).toBe(1);
    expect(result.deadEnds).toEqual([{ passage: 'middle', path: ['wait'], variables: { n: 0, flag: false } }]);
  });

  it('counts states per passage and the values that split them', () => {
    const result = explore(exampleStory);
    const total = [...result.statesPerPassage.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(result.stateCount);
    // offer-meeting is entered three times (money 10, 20, 30); its visit count is 0 before.
    expect(result.statesPerPassage.get('offer-meeting')).toBe(3);
    expect(result.valuesPerVariable.get('visits:offer-meeting')).toBe(4);
    // case-report only needs to know whether money is 0 or above 1: two states.
    expect(result.statesPerPassage.get('case-report')).toBe(2);
    expect(result.valuesPerVariable.get('reported')).toBe(2);
  });

  it('stops at the bound and says so', () => {
    const result = explore(exampleStory, { maxStates: 3 });
    expect(result.boundHit).toBe(true);
    expect(result.stateCount).toBe(3);
    expect(result.reachable.size).toBe(3);
  });

  it('reports a missing start instead of throwing', () => {
    const draft = cleanStory();
    draft.start = 'nowhere';
    const result = explore(draft);
    expect(result.startFound).toBe(false);
    expect(result.reachable.size).toBe(0);
  });

  it('ignores visit counts nobody reads, so a loop does not multiply states', () => {
    const looping = story([passage('a', [choice('again', 'a'), choice('out', 'b')]), ending('b')]);
    const result = explore(looping);
    expect(result.boundHit).toBe(false);
    expect(result.stateCount).toBe(2);
  });

  it('keeps visit counts that a condition reads, up to just past the largest constant', () => {
    const counted = story([
      passage('a', [
        choice('again', 'a', { when: { visits: 'a', op: '<', value: 4 } }),
        choice('out', 'b', { when: { visits: 'a', op: '>=', value: 4 } }),
      ]),
      ending('b'),
    ]);
    const result = explore(counted);
    expect(result.stateCount).toBe(5); // a visited 1, 2, 3, 4 times, then b
    expect(result.reachable.get('b')).toEqual(['again', 'again', 'again', 'out']);
  });

  it('ignores variables nobody reads, and clamps one-way numbers past their last constant', () => {
    const growing = story(
      [
        passage('a', [
          choice('earn', 'a', {
            effects: [
              { add: 'money', value: 5 },
              { add: 'unread', value: 1 },
            ],
          }),
          choice('leave', 'b', {
            when: {
              all: [
                { var: 'money', op: '>=', value: 20 },
                { var: 'money', op: '!=', value: 3 },
              ],
            },
          }),
        ]),
        ending('b'),
      ],
      {
        variables: {
          money: { type: 'number', initial: 0, description: '' },
          unread: { type: 'number', initial: 0, description: '' },
        },
      },
    );
    const result = explore(growing);
    expect(result.boundHit).toBe(false);
    // money 0, 5, 10, 15, 20 and "more than 20" at a; the ending once per distinct money.
    expect(result.stateCount).toBeLessThan(12);
    expect(result.reachable.get('b')).toEqual(['earn', 'earn', 'earn', 'earn', 'leave']);
  });

  it('does not clamp a number that moves both ways', () => {
    const swinging = story(
      [
        passage('a', [
          choice('up', 'a', { effects: [{ add: 'x', value: 1 }] }),
          choice('down', 'a', { effects: [{ add: 'x', value: -1 }] }),
          choice('out', 'b', { when: { var: 'x', op: '==', value: 0 } }),
        ]),
        ending('b'),
      ],
      { variables: { x: { type: 'number', initial: 0, description: '' } } },
    );
    const result = explore(swinging, { maxStates: 500 });
    expect(result.boundHit).toBe(true);
    expect(result.reachable.has('b')).toBe(true);
  });

  it('takes only the first of two choices with the same id, as the engine does', () => {
    const dup = story([passage('a', [choice('go', 'b'), choice('go', 'c')]), ending('b'), ending('c')]);
    const result = explore(dup);
    expect(result.reachable.has('c')).toBe(false);
    expect(result.choices.map((c) => c.takeable)).toEqual([true, false]);
  });
});
