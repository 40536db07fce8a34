/**
 * Golden transcripts: the path the report alleges and the shortest path to every other ending,
 * rendered as plain text (src/story/transcript.ts) and compared with the files under
 * test/golden, so a change to the story shows as a readable diff in review. After a change
 * that is meant, update them: npx vitest run --project unit test/content/golden.test.ts -u
 */
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import { choiceStep, deriveRun, explore, findPassage, renderTranscript } from '../../src/story';

const allegedEnd = deriveRun(story, ALLEGED_ROUTE.map(choiceStep)).run.state.passage;

/** Every ending but the alleged one, by its ending id, with the shortest path to it. */
const others = [...explore(story).endings]
  .filter(([passage]) => passage !== allegedEnd)
  .map(([passage, path]) => ({ id: findPassage(story, passage)?.ending?.id ?? passage, path }));

describe('golden transcripts', () => {
  it('renders the alleged path, to its ending, as in test/golden/alleged.txt', async () => {
    const transcript = renderTranscript(story, ALLEGED_ROUTE);
    expect(transcript.ok).toBe(true);
    expect(findPassage(story, allegedEnd)?.ending).toBeDefined();
    await expect(transcript.text).toMatchFileSnapshot('../golden/alleged.txt');
  });

  it('has a path to at least three other endings', () => {
    expect(others.length).toBeGreaterThanOrEqual(3);
  });

  it.each(others)(
    'renders the shortest path to the ending $id as in test/golden/ending-$id.txt',
    async ({ id, path }) => {
      const transcript = renderTranscript(story, path);
      expect(transcript.ok).toBe(true);
      await expect(transcript.text).toMatchFileSnapshot(`../golden/ending-${id}.txt`);
    },
  );
});
