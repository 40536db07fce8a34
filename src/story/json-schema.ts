/**
 * The JSON Schema of the story format, generated from the zod schema the loader itself uses
 * (schema.ts), so the two cannot drift apart; `npm run story:schema` publishes it as
 * schema/story.schema.json for editors (VS Code completes and checks a story file that names it
 * in `$schema`, or maps it in `json.schemas`). Draft 7, which every editor's JSON support reads.
 */

import { storySchema } from './schema';
import { z } from './zod';

export const STORY_SCHEMA_FILE = 'schema/story.schema.json';

export function storyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(storySchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    title: 'A case-file story',
    description:
      'A branching case file: chapters of passages, choices with conditions and effects, endings, and the provenance of each page. See docs/authoring.md.',
    ...rest,
  };
}
