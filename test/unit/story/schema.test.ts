import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, locateJsonError, parseStory, parseStoryText } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';

const exampleText = readFileSync(new URL('../../fixtures/example-story.json', import.meta.url), 'utf8');

/** A fresh, mutable copy of the example as plain JSON data. */
function example(): {
  // Parsed JSON is untyped; tests poke at it by path, so a loose record type is the honest one.
  // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong shapes are written into it
  [key: string]: any;
} {
  return JSON.parse(exampleText);
}

function problemsOf(json: unknown): string[] {
  const result = parseStory(json);
  if (result.ok) throw new Error('expected the schema to reject this');
  return result.problems;
}

describe('parseStory', () => {
  it('accepts the JSON example and gives back the same story as the typed fixture', () => {
    const result = parseStoryText(exampleText, 'example-story.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.story).toEqual(exampleStory);
  });

  it('accepts the typed fixture passed through JSON', () => {
    expect(parseStory(JSON.parse(JSON.stringify(exampleStory))).ok).toBe(true);
  });

  it('names the path of a value of the wrong type', () => {
    const json = example();
    json.chapters[0].passages[1].choices[0].to = 5;
    expect(problemsOf(json)).toEqual(['chapters[0].passages[1].choices[0].to: expected string, got number 5']);
  });

  it('names a missing field', () => {
    const json = example();
    delete json.chapters[1].passages[0].title;
    expect(problemsOf(json)).toEqual(['chapters[1].passages[0].title: expected string, but it is missing']);
  });

  it('names an unknown field (a typo)', () => {
    const json = example();
    json.chapters[0].passages[0].choises = [];
    expect(problemsOf(json)).toEqual(['chapters[0].passages[0].choises: unknown field']);
  });

  it('lists the allowed values of an enumeration', () => {
    const json = example();
    json.chapters[0].passages[2].kind = 'letter';
    const [problem] = problemsOf(json);
    expect(problem).toMatch(
      /^chapters\[0\]\.passages\[2\]\.kind: expected "memo", "invoice", .* got the text "letter"$/,
    );
  });

  it('takes any fact ids as plain ids (the validator checks them against the story), and names a bad one', () => {
    const json = example();
    json.chapters[0].passages[0].provenance.facts = ['G1', 'F14'];
    expect(parseStory(json).ok).toBe(true);
    json.chapters[0].passages[0].provenance.facts = ['G1', 'not an id'];
    expect(problemsOf(json)[0]).toMatch(/^chapters\[0\]\.passages\[0\]\.provenance\.facts\[1\]: expected an id/);
  });

  it('fills in the metadata a JSON story leaves out, and names what it must give', () => {
    const json = example();
    json.meta = { caseNumber: 'X-1', subject: { name: 'Li' } };
    const parsed = parseStory(json);
    expect(parsed.ok && parsed.story.meta).toEqual({
      caseNumber: 'X-1',
      subject: { name: 'Li', byline: 'Subject: Li', senders: ['Li'] },
      tagline: '',
      coverNote: '',
      statement: '',
      source: { outlet: '', headline: '', claimant: '', claimantShort: '', response: '' },
      facts: [],
      fileSummary: [],
      record: [],
      notes: { verifiable: [], unverifiable: [], invented: [] },
    });
    json.meta = { subject: {} };
    expect(problemsOf(json)).toEqual([
      'meta.caseNumber: expected string, but it is missing',
      'meta.subject.name: expected string, but it is missing',
    ]);
    delete json.meta;
    expect(problemsOf(json)).toEqual(['meta: expected object, but it is missing']);
  });

  it('explains a wrong provenance kind', () => {
    const json = example();
    json.chapters[0].passages[0].provenance = { kind: 'rumour' };
    expect(problemsOf(json)).toEqual([
      'chapters[0].passages[0].provenance.kind: expected "dramatization" or "invented", got the text "rumour"',
    ]);
  });

  it('finds the closest kind of condition and names the bad part', () => {
    const json = example();
    json.chapters[0].passages[1].choices[0].when = { var: 'money', op: '=', value: 1 };
    expect(problemsOf(json)[0]).toMatch(/^chapters\[0\]\.passages\[1\]\.choices\[0\]\.when\.op: expected "==", "!=", /);
  });

  it('goes into nested conditions', () => {
    const json = example();
    json.chapters[1].passages[0].choices[0].when = {
      all: [{ var: 'money', op: '>', value: 0 }, { not: { var: 'reported', op: '==', value: 'yes' } }],
    };
    expect(problemsOf(json)).toEqual([
      'chapters[1].passages[0].choices[0].when.all[1].not.value: expected a number or true/false, got the text "yes"',
    ]);
  });

  it('says what a condition looks like when the shape is unrecognisable', () => {
    const json = example();
    json.chapters[0].passages[1].choices[0].when = {};
    expect(problemsOf(json)[0]).toMatch(/^chapters\[0\]\.passages\[1\]\.choices\[0\]\.when: expected a condition: /);
    json.chapters[0].passages[1].choices[0].when = 'money > 3';
    expect(problemsOf(json)[0]).toMatch(/when: expected a condition: .* got the text "money > 3"$/);
  });

  it('names the bad part of an effect', () => {
    const json = example();
    json.chapters[0].passages[0].choices[0].effects = [{ add: 'money', value: true }];
    expect(problemsOf(json)).toEqual([
      'chapters[0].passages[0].choices[0].effects[0].value: expected number, got boolean true',
    ]);
  });

  it('checks variable declarations and names', () => {
    const json = example();
    json.variables.money.initial = true;
    json.variables['bad name'] = { type: 'number', initial: 0, description: '' };
    json.variables.odd = { type: 'string', initial: '', description: '' };
    expect(problemsOf(json)).toEqual([
      'variables.money.initial: expected number, got boolean true',
      'variables["bad name"]: "bad name" is not a variable name of letters, digits and _, starting with a letter',
      'variables.odd.type: expected "number" or "boolean", got the text "string"',
    ]);
  });

  it('rejects ids that would not survive a save or a link', () => {
    const json = example();
    json.chapters[0].passages[0].id = 'offer letter';
    expect(problemsOf(json)[0]).toMatch(/^chapters\[0\]\.passages\[0\]\.id: expected an id of letters, digits/);
  });

  it('reports every problem, not only the first', () => {
    const json = example();
    json.version = 'one';
    json.chapters[0].number = 1.5;
    json.chapters[1].passages[0].choices[0].label = null;
    expect(problemsOf(json)).toEqual([
      'version: expected number, got the text "one"',
      'chapters[0].number: expected int, got number 1.5',
      'chapters[1].passages[0].choices[0].label: expected text: a string, or a list of text parts, got null',
    ]);
  });

  it('rejects what is not a story at all', () => {
    expect(problemsOf(null)).toEqual(['(root): expected object, got null']);
    expect(problemsOf([])).toEqual(['(root): expected object, got a list']);
  });

  it('refuses absurdly deep nesting before it can exhaust the stack', () => {
    const json = example();
    let when: unknown = { var: 'money', op: '>', value: 0 };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    json.chapters[0].passages[1].choices[0].when = when;
    expect(problemsOf(json)[0]).toMatch(/nested more than 64 levels deep$/);
  });
});

describe('hostile input', () => {
  it('refuses __proto__ and friends as names, and pollutes nothing', () => {
    const text = exampleText.replace(
      '"variables": {',
      '"variables": {"__proto__": {"type": "number", "initial": 1, "description": ""},',
    );
    const result = parseStoryText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['variables.__proto__: "__proto__" is not allowed as a name']);
    const extra = parseStoryText(
      exampleText.replace('"id": "example",', '"id": "example", "__proto__": {"polluted": true},'),
    );
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.problems).toEqual(['__proto__: "__proto__" is not allowed as a name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseStory(json);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on a valid story with one value replaced by junk', () => {
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) collect(item, [...path, i]);
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    };
    collect(example(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, junk) => {
        const json = example();
        let parent = json;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path.at(-1) as string] = junk;
        const result = parseStory(json);
        if (!result.ok) for (const problem of result.problems) expect(problem).toMatch(/: ./);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseStoryText', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const result = parseStoryText('{\n  "id": "x",\n  "title": "T"\n  "version": 1\n}', 'story.json');
    expect(result).toEqual({
      ok: false,
      problems: [`story.json is not valid JSON: at line 4, column 3, expected "," or "}" but found '"version": 1'`],
    });
  });

  it('handles trailing commas, empty input and stray text', () => {
    expect(locateJsonError('{"a": [1, 2,]}')).toEqual({ offset: 12, expected: 'a value' });
    expect(locateJsonError('')).toEqual({ offset: 0, expected: 'a value' });
    expect(locateJsonError('{} x')).toEqual({ offset: 3, expected: 'the end of the text' });
    expect(locateJsonError('{"a": tru}')).toEqual({ offset: 6, expected: '"true"' });
    expect(locateJsonError('{"a": "\\q"}')).toEqual({ offset: 7, expected: 'a valid escape after a backslash' });
    expect(locateJsonError('{"a": 1}')).toBeUndefined();
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and odd keys quoted', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['chapters', 0, 'passages', 12, 'choices', 0, 'to'])).toBe(
      'chapters[0].passages[12].choices[0].to',
    );
    expect(formatPath(['variables', 'a b'])).toBe('variables["a b"]');
  });
});
