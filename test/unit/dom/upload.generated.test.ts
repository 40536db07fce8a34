/**
 * A story file of an author's own, on generated text: junk, any JSON, the example story cut
 * short or with one value replaced, and small random stories. The check author mode runs never
 * throws, and always ends in a verdict a person can act on: the story, or its problems by path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoryText } from '../../../src/dev/upload-check';
import { parseStoryText } from '../../../src/story/load';
import { brokenTextOf, checkGenerated, GENERATED_TIMEOUT } from '../generated-cases';
import { storyArb } from '../story/arbitraries';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example: unknown = JSON.parse(readFileSync(join(root, 'test/fixtures/example-story.json'), 'utf8'));
const RESERVED = 'the-consultant';

/** A key in a problem's path: a name (`chapters`), an index (`[0]`) or a quoted key (`["a b"]`). */
const KEY = String.raw`(?:[A-Za-z_$][\w$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])`;
/** Where a problem is: a line and column of the JSON, or the path of the value in the story. */
const WHERE = new RegExp(String.raw`^(?:mine\.json is not valid JSON: .|\(root\): .|${KEY}(?:\.?${KEY})*: .)`);

describe('a story file of the author’s own, on generated text', () => {
  it(
    'is accepted or refused with messages, never thrown on',
    () => {
      const text = fc.oneof(
        brokenTextOf(fc.constant(example)),
        storyArb.map((story) => JSON.stringify(story)),
      );
      checkGenerated(
        fc.property(text, (source) => {
          // A small bound: the property is about reading the file, not exploring it.
          const answer = checkStoryText({ text: source, name: 'mine.json', reservedId: RESERVED }, () => {}, 200);
          expect(['accepted', 'refused']).toContain(answer.kind);
          if (answer.kind === 'refused') {
            expect(answer.problems.length).toBeGreaterThan(0);
            for (const problem of answer.problems) expect(problem.message.trim()).not.toBe('');
          } else if (answer.kind === 'accepted') {
            expect(answer.id).not.toBe(RESERVED);
          }
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'names where each problem is: a line and column in the JSON, or a path in the story',
    () => {
      checkGenerated(
        fc.property(brokenTextOf(fc.constant(example)), (source) => {
          const parsed = parseStoryText(source, 'mine.json');
          if (parsed.ok) return;
          for (const problem of parsed.problems) expect(problem).toMatch(WHERE);
        }),
      );
    },
    GENERATED_TIMEOUT,
  );
});
