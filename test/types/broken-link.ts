/**
 * Type test, checked by `npm run typecheck`: a choice that points at a passage that does not
 * exist must not compile. If `defineStory` ever stops catching it, the `@ts-expect-error`
 * below becomes unused and the typecheck fails.
 */
import { chapter, defineStory } from '../../src/story/define';
import { testMeta } from '../fixtures/meta';

const only = chapter({
  id: 'only',
  number: 1,
  title: 'Only',
  period: '2015',
  passages: [
    {
      id: 'here',
      chapter: 'only',
      kind: 'memo',
      title: 'Here',
      body: 'A passage.',
      provenance: { kind: 'invented' },
      choices: [{ id: 'go', label: 'Go', to: 'nowhere' }],
    },
  ],
});

const base = { id: 'broken', title: 'Broken', version: 1, variables: {}, meta: testMeta() } as const;

// @ts-expect-error "nowhere" is not the id of any passage in the story.
export const broken = defineStory({ ...base, start: 'here', chapters: [only] });

// The same chapter with the link mended compiles: the error above is about the link alone.
const mended = chapter({
  ...only,
  passages: [{ ...only.passages[0], choices: [{ id: 'go', label: 'Go', to: 'here' }] }],
});
export const fine = defineStory({ ...base, start: 'here', chapters: [mended] });

// @ts-expect-error the start must be one of the story's passage ids too.
export const badStart = defineStory({ ...base, start: 'nowhere', chapters: [mended] });
