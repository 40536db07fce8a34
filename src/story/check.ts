/** One call for tools: explore once, then validate and count. */
import { type Exploration, type ExploreOptions, explore } from './explore';
import { type StoryStats, storyStats } from './stats';
import type { Story } from './types';
import { type Problem, type ValidateOptions, validateStory } from './validate';

export interface StoryReport {
  readonly problems: readonly Problem[];
  readonly stats: StoryStats;
  readonly exploration: Exploration;
}

export function checkStory(
  story: Story,
  options: ExploreOptions & Pick<ValidateOptions, 'ambience'> = {},
): StoryReport {
  const exploration = explore(story, options);
  return {
    problems: validateStory(story, { exploration, ambience: options.ambience }),
    stats: storyStats(story, exploration),
    exploration,
  };
}
