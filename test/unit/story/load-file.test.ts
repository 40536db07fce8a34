import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStoryFile } from '../../../src/story/load-file';
import { exampleStory } from '../../fixtures/example-story';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

describe('loadStoryFile', () => {
  it('loads a story JSON file through the schema', async () => {
    expect(await loadStoryFile(fixture('example-story.json'))).toEqual({ ok: true, story: exampleStory });
  });

  it('names the file and the path of a wrong shape', async () => {
    const result = await loadStoryFile(fixture('bad-shape.json'));
    expect(result).toEqual({
      ok: false,
      problems: ['chapters[0].passages[0].choices[0].to: expected string, got number 7'],
    });
  });

  it('says plainly when the file cannot be read', async () => {
    const path = fixture('no-such-story.json');
    const result = await loadStoryFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatch(
        new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read: ENOENT`),
      );
  });
});
