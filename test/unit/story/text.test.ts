/**
 * Conditional text: what a state shows (resolution), in the typed and the JSON format, and the
 * helpers for code that reads the story as written.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARISONS,
  type Condition,
  describeText,
  findPassage,
  fullText,
  listChoices,
  type Passage,
  parseStory,
  passageWithAllText,
  resolveText,
  type StoryText,
  showPassage,
  startRun,
  type TextPart,
  textPieces,
} from '../../../src/story';
import { reactiveStory } from '../../fixtures/reactive-story';
import { walkChoices } from './helpers';

const rich: Condition = { var: 'money', op: '>', value: 0 };
const told: Condition = { var: 'toldCho', op: '==', value: true };
const facts = (variables: Record<string, number | boolean>, visits: Record<string, number> = {}) => ({
  variables,
  visits,
});

describe('resolveText', () => {
  it('gives a plain string back unchanged, whatever the state', () => {
    const text = 'TO: File\n\nHe came home [[late]].';
    expect(resolveText(text, facts({}))).toBe(text);
    expect(resolveText(text, facts({ money: 5 }))).toBe(text);
  });

  it('joins the parts exactly as written, leaving out a conditional part whose condition fails', () => {
    const text: StoryText = ['He came home.', { when: rich, text: ' The envelope was in his coat.' }, '\n\nEnd.'];
    expect(resolveText(text, facts({ money: 10 }))).toBe('He came home. The envelope was in his coat.\n\nEnd.');
    expect(resolveText(text, facts({ money: 0 }))).toBe('He came home.\n\nEnd.');
  });

  it('shows the first alternative that holds, the "otherwise" when none does, and nothing without one', () => {
    const first: TextPart = {
      first: [{ when: told, text: 'She knew.' }, { when: rich, text: 'She did not ask.' }, { text: 'She slept.' }],
    };
    expect(resolveText([first], facts({ toldCho: true, money: 10 }))).toBe('She knew.');
    expect(resolveText([first], facts({ toldCho: false, money: 10 }))).toBe('She did not ask.');
    expect(resolveText([first], facts({ toldCho: false, money: 0 }))).toBe('She slept.');
    const noOtherwise: TextPart = { first: [{ when: told, text: 'She knew.' }] };
    expect(resolveText(['A', noOtherwise, 'B'], facts({ toldCho: false }))).toBe('AB');
  });

  it('reads visit counts and nested conditions as choices do', () => {
    const again: StoryText = [
      { when: { visits: 'desk', op: '>', value: 1 }, text: 'Again.' },
      { when: { all: [rich, { not: told }] }, text: ' Quietly richer.' },
    ];
    expect(resolveText(again, facts({ money: 1, toldCho: false }, { desk: 2 }))).toBe('Again. Quietly richer.');
    expect(resolveText(again, facts({ money: 1, toldCho: true }, { desk: 1 }))).toBe('');
  });

  it('treats an undeclared variable as a condition that fails (validation reports it)', () => {
    expect(resolveText([{ when: { var: 'ghost', op: '==', value: true }, text: 'Boo' }, 'ok'], facts({}))).toBe('ok');
  });

  it('never throws and always gives a joint of the pieces as written, for any state', () => {
    const names = ['a', 'b'];
    const leaf: fc.Arbitrary<Condition> = fc.oneof(
      fc.record({
        var: fc.constantFrom(...names),
        op: fc.constantFrom(...COMPARISONS),
        value: fc.integer({ min: -2, max: 3 }),
      }),
      fc.record({
        var: fc.constantFrom(...names),
        op: fc.constantFrom('==' as const, '!=' as const),
        value: fc.boolean(),
      }),
      fc.record({ visits: fc.constantFrom('p', 'q'), op: fc.constantFrom(...COMPARISONS), value: fc.nat(3) }),
    );
    const condition: fc.Arbitrary<Condition> = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.record({ all: fc.array(leaf, { maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ any: fc.array(leaf, { maxLength: 3 }) }) },
      { weight: 1, arbitrary: fc.record({ not: leaf }) },
    );
    const piece = fc.string({ maxLength: 6 });
    const part: fc.Arbitrary<TextPart> = fc.oneof(
      piece,
      fc.record({ when: condition, text: piece }),
      fc.record({
        first: fc.array(fc.record({ when: condition, text: piece }, { requiredKeys: ['text'] }), { maxLength: 4 }),
      }),
    );
    const text: fc.Arbitrary<StoryText> = fc.oneof(piece, fc.array(part, { maxLength: 5 }));
    const value = fc.oneof(fc.integer({ min: -3, max: 4 }), fc.boolean());
    const state = fc.record({
      variables: fc.dictionary(fc.constantFrom(...names), value),
      visits: fc.dictionary(fc.constantFrom('p', 'q'), fc.nat(4)),
    });
    fc.assert(
      fc.property(text, state, (t, s) => {
        const shown = resolveText(t, s);
        expect(typeof shown).toBe('string');
        // Part by part, in order, each showing one of its own pieces or nothing.
        const parts = typeof t === 'string' ? [t] : t;
        const each = parts.map((p) => resolveText([p], s));
        expect(shown).toBe(each.join(''));
        parts.forEach((p, i) => {
          expect(typeof p === 'string' ? [p] : ['', ...textPieces([p])]).toContain(each[i]);
        });
      }),
    );
  });
});

/** A passage of the fixture, by id (a missing one is a broken test). */
function page(id: string): Passage {
  const found = findPassage(reactiveStory, id);
  if (!found) throw new Error(`reactive-story has no passage ${id}`);
  return found;
}

describe('a passage as a state shows it', () => {
  const evening = page('evening');

  it('resolves the body and every choice label, and keeps the rest of the passage', () => {
    const state = walkChoices(reactiveStory, ['take']);
    const shown = showPassage(evening, state);
    expect(shown.body).toBe(
      'TO: File\nRE: The evening\n\nHe came home late. The envelope was in his coat.\n\nCho did not ask.',
    );
    expect(shown.choices.map((c) => c.label)).toEqual(['Give Cho the envelope', 'Go to bed']);
    expect(shown.choices[0]?.when).toEqual(evening.choices[0]?.when);
    expect({ ...shown, body: evening.body, choices: evening.choices }).toEqual(evening);
  });

  it('differs by the path that led there', () => {
    const bodies = [['take'], ['leave'], ['tell']].map(
      (path) => showPassage(evening, walkChoices(reactiveStory, path)).body,
    );
    expect(bodies.map((body) => body.split('\n\n').at(-1))).toEqual([
      'Cho did not ask.',
      'Cho was asleep.',
      'Cho already knew.',
    ]);
  });

  it("resolves an ending's title and summary", () => {
    const closedRich = showPassage(page('closed'), walkChoices(reactiveStory, ['take', 'sleep']));
    expect(closedRich.ending).toMatchObject({
      title: 'Kept quiet',
      verdict: 'CLOSED',
      summary: 'He closed the file ten thousand pounds richer.',
    });
    const state = walkChoices(reactiveStory, ['leave', 'confess']);
    const closed = showPassage(page('closed'), state);
    expect(closed.ending).toMatchObject({ title: 'Told', summary: 'He closed the file.' });
  });

  it('gives choice views with the labels the state shows', () => {
    expect(listChoices(reactiveStory, walkChoices(reactiveStory, ['leave'])).map((v) => v.choice.label)).toEqual([
      'Tell Cho about the offer',
      'Go to bed',
    ]);
    const start = listChoices(reactiveStory, startRun(reactiveStory));
    expect(start.map((v) => v.choice.label)).toEqual(['Take the envelope', 'Leave it', 'Call Cho first']);
  });
});

describe('the JSON format', () => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/reactive-story.json', import.meta.url), 'utf8'),
  );

  it('reads the same story as the typed module', () => {
    const parsed = parseStory(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.story).toEqual(reactiveStory);
  });

  it('keeps a plain string valid everywhere', () => {
    const parsed = parseStory(
      JSON.parse(readFileSync(new URL('../../fixtures/example-story.json', import.meta.url), 'utf8')),
    );
    expect(parsed.ok).toBe(true);
  });

  const broken = (change: (story: { chapters: { passages: Record<string, unknown>[] }[] }) => void): string[] => {
    const copy = structuredClone(json) as { chapters: { passages: Record<string, unknown>[] }[] };
    change(copy);
    const parsed = parseStory(copy);
    return parsed.ok ? [] : parsed.problems;
  };

  it('names the path of a misspelt text part, and of a bad condition inside one', () => {
    expect(
      broken((s) => {
        const evening = s.chapters[0]?.passages[1] as { body: unknown[] };
        evening.body[1] = { when: { var: 'money', op: '>', value: 0 }, txt: 'x' };
      }),
    ).toEqual([
      'chapters[0].passages[1].body[1].text: expected string, but it is missing',
      'chapters[0].passages[1].body[1].txt: unknown field',
    ]);
    expect(
      broken((s) => {
        const evening = s.chapters[0]?.passages[1] as { choices: { label: unknown }[] };
        const confess = evening.choices[0];
        if (confess) confess.label = [{ first: [{ when: { var: 'money', op: 'is', value: 0 }, text: 'x' }] }];
      }),
    ).toEqual([
      'chapters[0].passages[1].choices[0].label[0].first[0].when.op: expected "==", "!=", "<", "<=", ">" or ">=", got the text "is"',
    ]);
  });

  it('says what text looks like when it is neither a string nor a list', () => {
    const problems = broken((s) => {
      const desk = s.chapters[0]?.passages[0];
      if (desk) desk.body = 42;
    });
    expect(problems).toEqual([
      'chapters[0].passages[0].body: expected text: a string, or a list of text parts, got number 42',
    ]);
  });
});

describe('the story as written', () => {
  const text: StoryText = [
    'He came home.',
    { when: rich, text: ' Paid.' },
    { first: [{ when: told, text: ' Told.' }, { text: ' Quiet.' }] },
  ];

  it('lists every piece a state can show, and all of them at once', () => {
    expect(textPieces(text)).toEqual(['He came home.', ' Paid.', ' Told.', ' Quiet.']);
    expect(fullText(text)).toBe('He came home. Paid. Told. Quiet.');
    expect(fullText('plain')).toBe('plain');
  });

  it('describes conditional text for an author, alternatives side by side', () => {
    expect(describeText(text)).toBe('He came home.{Paid.}{Told. / Quiet.}');
    expect(describeText('Go to bed')).toBe('Go to bed');
  });

  it('gives a passage with all its text in, for tests that draw every passage', () => {
    const all = passageWithAllText(page('evening'));
    for (const piece of ['The envelope was in his coat.', 'Cho already knew.', 'Cho did not ask.', 'Cho was asleep.']) {
      expect(all.body).toContain(piece);
    }
    expect(all.choices[0]?.label).toBe('Give Cho the envelopeTell Cho about the offer');
  });
});
