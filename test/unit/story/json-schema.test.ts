/**
 * The published JSON Schema of the story format (schema/story.schema.json): generated from the
 * loader's own zod schema, in step with it, and read by a standard JSON Schema validator (ajv,
 * as editors do) the same way the loader reads the stories.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { STORY_SCHEMA_FILE, storyJsonSchema } from '../../../src/story/json-schema';
import { parseStory } from '../../../src/story/schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const published = JSON.parse(readFileSync(join(root, STORY_SCHEMA_FILE), 'utf8'));
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(root, 'test/fixtures', name), 'utf8'));

describe('the JSON Schema of the story format', () => {
  it('is published as the code generates it (run `npm run story:schema` after changing the schema)', () => {
    expect(published).toEqual(storyJsonSchema());
  });

  const validate = new Ajv({ allErrors: true, strict: false }).compile(published);

  it('accepts every story the loader accepts, the game story too', () => {
    for (const name of ['example-story.json', 'other-story.json', 'reactive-story.json', 'broken-story.json']) {
      const data = fixture(name);
      expect(parseStory(data).ok, name).toBe(true);
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const game = JSON.parse(JSON.stringify(story));
    expect(validate(game), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A file that names the schema for its editor still loads.
    const named = { $schema: `../${STORY_SCHEMA_FILE}`, ...(fixture('example-story.json') as object) };
    expect(parseStory(named).ok).toBe(true);
    expect(validate(named)).toBe(true);
  });

  it('refuses what the loader refuses, at the same place', () => {
    const bad = fixture('bad-shape.json');
    const loaded = parseStory(bad);
    expect(loaded.ok).toBe(false);
    expect(validate(bad)).toBe(false);
    const example = fixture('example-story.json') as { chapters: { passages: Record<string, unknown>[] }[] };
    const wrongKind = structuredClone(example);
    const page = wrongKind.chapters[0]?.passages[0];
    if (!page) throw new Error('the example has a page');
    page.kind = 'telegram';
    page.unknownField = 1;
    expect(parseStory(wrongKind).ok).toBe(false);
    expect(validate(wrongKind)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toContain('/chapters/0/passages/0');
    expect(paths).toContain('/chapters/0/passages/0/kind');
  });
});
