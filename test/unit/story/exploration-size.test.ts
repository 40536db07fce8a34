/**
 * Exploration must finish (not stop at its bound) and validate on a story the size of the
 * real one and on the real story as it stands. How fast it does so is measured by
 * `npm run bench` (states per second), never asserted here: these machines are noisy.
 */
import { describe, expect, it } from 'vitest';
import { story as gameStory } from '../../../src/content/story';
import { explore, validateStory } from '../../../src/story';
import { syntheticStory } from '../../fixtures/synthetic-story';

describe('exploration on stories of the real size', () => {
  it('explores a synthetic story the size of the real one completely', () => {
    const story = syntheticStory(2015);
    const choices = story.chapters.flatMap((c) => c.passages).reduce((n, p) => n + p.choices.length, 0);
    expect(story.chapters.flatMap((c) => c.passages)).toHaveLength(100);
    expect(choices).toBeGreaterThan(200);
    const exploration = explore(story);
    expect(exploration.stateCount).toBeGreaterThan(100);
    expect(() => validateStory(story, { exploration })).not.toThrow();
  }, 60_000);

  it('explores the game story completely, and it validates', () => {
    const exploration = explore(gameStory);
    expect(exploration.boundHit).toBe(false);
    expect(() => validateStory(gameStory, { exploration })).not.toThrow();
  }, 60_000);
});
