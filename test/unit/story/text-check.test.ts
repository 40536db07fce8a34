/**
 * Conditional text in the story check: exploration keeps apart the states that text tells
 * apart (variables and visit counts read only by text, through passages in between and at an
 * ending), and the check counts the passages whose text depends on the state.
 */
import { describe, expect, it } from 'vitest';
import { checkStory, explore, type Story, type StoryText, validateStory } from '../../../src/story';
import { reactiveStory } from '../../fixtures/reactive-story';
import { choice, type Draft, ending, passage, rulesOf, story } from './helpers';

const FLAG_UP: Draft<StoryText> = [
  'He waited.',
  { when: { var: 'flag', op: '==', value: true }, text: ' The flag was up.' },
];

/** `flag` is set on one way in and read only by text two pages later (`middle`), and by the ending. */
function textOnlyStory(middle: Draft<StoryText> = FLAG_UP): Story {
  return story(
    [
      passage('start', [choice('a', 'hall', { effects: [{ set: 'flag', value: true }] }), choice('b', 'hall')]),
      passage('hall', [choice('on', 'middle')]),
      passage('middle', [choice('go', 'end')], { body: middle }),
      ending('end', {
        ending: {
          id: 'end',
          title: 'End',
          verdict: 'CLOSED',
          summary: [
            { first: [{ when: { var: 'flag', op: '==', value: true }, text: 'Flagged.' }, { text: 'Quiet.' }] },
          ],
        },
      }),
    ],
    { variables: { flag: { type: 'boolean', initial: false, description: 'A flag.' } } },
  );
}

describe('conditional text in exploration and the story check', () => {
  it('keeps apart states that only text tells apart, so no variant is wrongly never or always shown', () => {
    const subject = textOnlyStory();
    const exploration = explore(subject);
    const seen = exploration.texts.map((t) => [t.passage, t.variant.text, t.everShown, t.everHidden]);
    expect(seen).toEqual([
      ['middle', ' The flag was up.', true, true],
      ['end', 'Flagged.', true, true],
      ['end', 'Quiet.', true, true],
    ]);
    // A variable read only by text is read: no "never read" warning, nothing else either.
    expect(validateStory(subject, { exploration })).toEqual([]);
    const { stats } = checkStory(subject);
    expect(stats.reactivePassages).toBe(2);
    expect(stats.reactivePassageIds).toEqual(['middle', 'end']);
  });

  it('counts visits that only text reads', () => {
    // Nothing but the text counts visits to `room`.
    const subject = story([
      passage('room', [choice('stay', 'room'), choice('leave', 'out')], {
        body: ['A room.', { when: { visits: 'room', op: '>', value: 1 }, text: ' Again.' }],
      }),
      ending('out'),
    ]);
    const { problems, stats } = checkStory(subject);
    expect(problems).toEqual([]);
    expect(stats.reactivePassageIds).toEqual(['room']);
  });

  it('does not count a passage whose conditional text reads the same in every reachable state', () => {
    // Every way to `middle` has passed `start` once: the text always shows.
    const report = checkStory(
      textOnlyStory(['He waited.', { when: { visits: 'start', op: '>=', value: 1 }, text: ' Still.' }]),
    );
    expect(report.stats.reactivePassageIds).toEqual(['end']);
    expect(rulesOf(report.problems)).toEqual(['text-always-shown']);
    expect(report.problems[0]?.passage).toBe('middle');
  });

  it('says nothing of never or always when exploration stopped at its bound', () => {
    const problems = validateStory(textOnlyStory(), { maxStates: 2 });
    expect(rulesOf(problems)).toEqual(['exploration-incomplete']);
  });

  it('passes the reactive fixture with two reactive passages', () => {
    const { problems, stats } = checkStory(reactiveStory);
    expect(problems).toEqual([]);
    expect(stats).toMatchObject({ reactivePassages: 2, reactivePassageIds: ['evening', 'closed'] });
  });
});
