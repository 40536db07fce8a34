/**
 * The checks on what shows later and when, beyond the one-case-per-rule table in
 * validate.test.ts: the timeline's precision and flashbacks, what keeps a pick from being inert,
 * and the record watched over every reachable state.
 */
import { describe, expect, it } from 'vitest';
import { explore, type Story, validateStory } from '../../../src/story';
import { compareSortDates } from '../../../src/story/validate-time';
import { choice, cleanStory, type Draft, find, rulesOf } from './helpers';

function dated(dates: Record<string, string>, change: (d: Draft<Story>) => void = () => {}): Draft<Story> {
  const draft = cleanStory();
  for (const [id, date] of Object.entries(dates)) find(draft, id).sortDate = date;
  change(draft);
  return draft;
}

describe('the timeline', () => {
  it('compares dates at the precision both have', () => {
    expect(compareSortDates('2015-03', '2015-03-09')).toBe(0);
    expect(compareSortDates('2015', '2015-12-31')).toBe(0);
    expect(compareSortDates('2015-02-28', '2015-03')).toBeLessThan(0);
    expect(compareSortDates('2016', '2015-12')).toBeGreaterThan(0);
  });

  it('lets a page of a month follow a day of the same month, and a later year follow', () => {
    expect(validateStory(dated({ start: '2015-03-09', middle: '2015-03', win: '2016', lose: '2015-03-09' }))).toEqual(
      [],
    );
  });

  it('lets a choice go back into a flashback, and on from it to the present or later', () => {
    const story = dated({ start: '2019', middle: '2015', win: '2019-02', lose: '2020' }, (d) => {
      find(d, 'middle').flashback = true;
    });
    expect(validateStory(story)).toEqual([]);
  });

  it('names both pages and both dates, once per choice that goes back', () => {
    const problems = validateStory(dated({ start: '2015', middle: '2016', win: '2016', lose: '2015-06' }));
    expect(problems.map((p) => [p.rule, p.passage, p.message.split(':')[0]])).toEqual([
      ['time-goes-back', 'middle', 'Choice "lose" leads from "middle" (2016) back in time to "lose" (2015-06)'],
    ]);
  });

  it('does not hold a choice no player can take to the timeline', () => {
    const story = dated({ start: '2015', middle: '2016', win: '2016', lose: '2016' }, (d) => {
      find(d, 'middle').choices.push(choice('never', 'start', { when: { var: 'n', op: '>', value: 5 } }));
    });
    expect(rulesOf(validateStory(story))).toEqual(['choice-never-available']);
  });

  it('asks for no dates in a story that dates nothing, and for every one once it dates any', () => {
    expect(validateStory(cleanStory())).toEqual([]);
    const problems = validateStory(dated({ win: '2016' }));
    expect(problems.map((p) => `${p.rule} ${p.passage}`)).toEqual([
      'missing-sort-date start',
      'missing-sort-date middle',
      'missing-sort-date lose',
    ]);
  });
});

/** The clean story with a third way to `middle` that differs from `go` only in `m`. */
function withTwin(change: (d: Draft<Story>) => void): Draft<Story> {
  const draft = cleanStory();
  draft.variables.m = { type: 'number', initial: 0, description: 'Kept.' };
  find(draft, 'start').choices.push(
    choice('go2', 'middle', {
      effects: [
        { add: 'n', value: 1 },
        { add: 'm', value: 1 },
      ],
    }),
  );
  change(draft);
  return draft;
}

describe('inert choices', () => {
  it('are inert while nothing shows the difference', () => {
    expect(rulesOf(validateStory(withTwin(() => {})))).toEqual(['inert-choice', 'variable-never-read']);
  });

  it('are not when a page ahead reads the difference in its text', () => {
    const story = withTwin((d) => {
      find(d, 'win').body = ['He won.', { when: { var: 'm', op: '>=', value: 1 }, text: ' Twice.' }];
    });
    expect(validateStory(story)).toEqual([]);
  });

  it('are not when the record or the closed file shows the difference', () => {
    const recorded = withTwin((d) => {
      d.meta.record = [{ section: 'Kept', text: 'He kept one', when: { var: 'm', op: '>=', value: 1 } }];
    });
    expect(validateStory(recorded)).toEqual([]);
    const summed = withTwin((d) => {
      d.meta.fileSummary = [{ label: 'Kept', variable: 'm', show: 'number' }];
    });
    expect(validateStory(summed)).toEqual([]);
  });

  it('are not when no playthrough offers both together (one for each case is no pick)', () => {
    const story = withTwin((d) => {
      const [go, , go2] = find(d, 'start').choices;
      if (go && go2) {
        go.when = { var: 'flag', op: '==', value: false };
        go2.when = { var: 'flag', op: '==', value: true };
        go2.lockedHint = 'Not now.';
      }
    });
    expect(rulesOf(validateStory(story))).not.toContain('inert-choice');
  });
});

describe('the record, over every reachable state', () => {
  it('finds a line that merged states hide in its sampled playthroughs, and says nothing of it', () => {
    // Nothing but the record reads `took`: exploration merges the way that sets it with another.
    const draft = cleanStory();
    draft.variables.took = { type: 'boolean', initial: false, description: 'Took it.' };
    find(draft, 'start').choices.push(
      choice('take', 'middle', {
        effects: [
          { add: 'n', value: 1 },
          { set: 'took', value: true },
        ],
      }),
    );
    draft.meta.record = [{ section: 'What he took', text: 'Took it', when: { var: 'took', op: '==', value: true } }];
    const [line] = explore(draft).records;
    expect(line).toMatchObject({ index: 0, everKept: false });
    expect(validateStory(draft)).toEqual([]);
  });

  it('says nothing of never and always when exploration stopped at its bound', () => {
    const draft = cleanStory();
    draft.meta.record = [{ section: 'S', text: 'Never', when: { var: 'n', op: '>', value: 5 } }];
    expect(rulesOf(validateStory(draft, { maxStates: 2 }))).toEqual(['exploration-incomplete']);
  });
});
