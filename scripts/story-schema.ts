/**
 * npm run story:schema [-- --check]
 *
 * Writes the JSON Schema of the story format (src/story/json-schema.ts) to
 * schema/story.schema.json; with --check, only says whether the published file is up to date
 * (exit 1 when it is not).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STORY_SCHEMA_FILE, storyJsonSchema } from '../src/story/json-schema';
import { runMain } from './run-main';

async function main(): Promise<number> {
  const file = join(import.meta.dirname, '..', STORY_SCHEMA_FILE);
  const text = `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const published = await readFile(file, 'utf8').catch(() => '');
    if (published === text) {
      console.log(`${STORY_SCHEMA_FILE} is up to date.`);
      return 0;
    }
    console.error(`${STORY_SCHEMA_FILE} is out of date: run npm run story:schema.`);
    return 1;
  }
  await writeFile(file, text, 'utf8');
  console.log(`Wrote ${STORY_SCHEMA_FILE}.`);
  return 0;
}

runMain(main);
