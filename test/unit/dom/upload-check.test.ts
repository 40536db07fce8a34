/**
 * What author mode does with a story file (the check its worker runs, in Node here): a good file
 * is accepted with its warnings; a broken one is refused with its problems by path and passage;
 * hostile files (too large, nested too deep, `__proto__` and `constructor` keys, a loop with no
 * ending, a state space of millions) are refused or bounded with a clear message, and nothing
 * is polluted. A file with the game's own id is refused, so that its saves stay apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStoryText, MAX_UPLOAD_BYTES, sizeProblem, type UploadAnswer } from '../../../src/dev/upload-check';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures', name), 'utf8');
const check = (text: string, name = 'story.json', maxStates?: number): UploadAnswer =>
  checkStoryText({ text, name, reservedId: 'the-consultant' }, () => {}, maxStates);
const messages = (answer: UploadAnswer) =>
  answer.kind === 'refused' ? answer.problems.map((p) => `${p.passage ? `${p.passage}: ` : ''}${p.message}`) : [];

/** The example story with its JSON changed by `edit`. */
function example(edit: (story: Record<string, unknown>) => void): string {
  const story = JSON.parse(fixture('example-story.json'));
  edit(story);
  return JSON.stringify(story);
}

describe('a story file loaded in author mode', () => {
  it('accepts a sound story, with its id and title, and says what it is doing', () => {
    const stages: string[] = [];
    const answer = checkStoryText(
      { text: fixture('example-story.json'), name: 'example.json', reservedId: 'the-consultant' },
      (stage) => stages.push(stage),
    );
    expect(answer).toMatchObject({ kind: 'accepted', id: 'example' });
    expect(stages[0]).toMatch(/^Reading example\.json \(\d+ KB\)$/);
    expect(stages[1]).toMatch(/^Checking every rule, exploring up to 200,000 states$/);
  });

  it('refuses a broken story, naming the passage of each problem', () => {
    expect(messages(check(fixture('broken-story.json')))).toContain(
      'desk: Choice "burn" leads to "ashes", which is not a passage.',
    );
  });

  it('refuses a file of the wrong shape, by the path in the data', () => {
    const found = messages(check(fixture('bad-shape.json')));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((message) => /^(\(root\)|[a-z]+[.[])/.test(message))).toBe(true);
  });

  it("refuses the game's own id, so that the case's saves are never touched", () => {
    const answer = check(example((s) => Object.assign(s, { id: 'the-consultant' })));
    expect(messages(answer)[0]).toContain('the game\u2019s own'.replace('\u2019', "'"));
  });

  it('refuses a file too large before reading it, and text past the size too', () => {
    expect(sizeProblem(10 * 1024 * 1024, 'huge.json')).toBe(
      'huge.json is 10.0 MB; a story file may be at most 4.0 MB.',
    );
    expect(sizeProblem(MAX_UPLOAD_BYTES, 'fits.json')).toBeNull();
    const huge = `{"id": "x", "title": "${'a'.repeat(10 * 1024 * 1024)}"}`;
    expect(messages(check(huge, 'huge.json'))).toEqual(['huge.json is 10.0 MB; a story file may be at most 4.0 MB.']);
  });

  it('refuses nesting deep enough to exhaust a stack, as JSON or as data', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(messages(check(deep))[0]).toMatch(/story\.json is not valid JSON|nested more than 64 levels deep/);
    const nested = example((s) => {
      let at: Record<string, unknown> = s.meta as Record<string, unknown>;
      for (let i = 0; i < 80; i++) at = at.x = {} as Record<string, unknown>;
    });
    expect(messages(check(nested))[0]).toMatch(/nested more than 64 levels deep$/);
  });

  it('refuses __proto__ and constructor keys, and pollutes nothing', () => {
    const proto = example((s) => {
      (s.variables as Record<string, unknown>).placeholder = 1;
    }).replace('"placeholder":1', '"__proto__":{"polluted":true}');
    expect(messages(check(proto))[0]).toMatch(/"__proto__" is not allowed as a name/);
    const constructorKey = example((s) => {
      (s.variables as Record<string, unknown>).placeholder = { type: 'number', initial: 0, description: 'x' };
    }).replace('"placeholder":', '"constructor":');
    const answer = check(constructorKey);
    // Either refused with a message, or taken as a plain name: never a crash, never a prototype changed.
    expect(['refused', 'accepted']).toContain(answer.kind);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('refuses a loop with no way to an ending', () => {
    const loop = example((s) => {
      const chapters = s.chapters as { passages: { id: string; choices: { to: string }[]; ending?: unknown }[] }[];
      for (const chapter of chapters) {
        for (const passage of chapter.passages) {
          delete passage.ending;
          if (passage.choices.length === 0)
            passage.choices = [{ id: 'again', label: 'Again', to: passage.id } as never];
        }
      }
    });
    const found = messages(check(loop));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(/ending/i);
  });

  it('bounds a state space of millions, and says the answer is incomplete', () => {
    // A counter that can climb without limit on a page that loops: every value is a new state.
    const endless = example((s) => {
      (s.variables as Record<string, unknown>).ticks = { type: 'number', initial: 0, description: 'Ticks.' };
      const chapters = s.chapters as { passages: { id: string; choices: Record<string, unknown>[] }[] }[];
      const first = chapters[0]?.passages[0];
      first?.choices.push({ id: 'tick', label: 'Wait', to: first.id, effects: [{ add: 'ticks', value: 1 }] });
      // Read by a condition, so that every count of ticks is a state of its own.
      first?.choices.push({
        id: 'late',
        label: 'Give up at last',
        to: 'case-report',
        when: { var: 'ticks', op: '>=', value: 1_000_000 },
        lockedHint: 'Not yet.',
      });
    });
    const answer = check(endless, 'endless.json', 5_000);
    const warnings = answer.kind === 'accepted' ? answer.warnings.map((w) => w.message) : messages(answer);
    expect(warnings.join('\n')).toMatch(/Exploration stopped at 5000 states/);
  });
});
