/** Counts for the story check's summary and the author's overview. */
import type { Exploration } from './explore';
import type { Story } from './types';

export interface StoryStats {
  readonly chapters: number;
  readonly passages: number;
  readonly choices: number;
  readonly endings: number;
  readonly reachablePassages: number;
  readonly reachableEndings: number;
  /** Fact ids cited by any passage: the story's facts in their order, then any it does not declare. */
  readonly factsCited: readonly string[];
  /** Distinct states the exploration visited. */
  readonly statesExplored: number;
  /** False when the exploration stopped at its bound. */
  readonly explorationComplete: boolean;
  /**
   * How many reachable passages show different text (body, a choice's label, the ending) in
   * different reachable states: the pages that remember how the player got there.
   */
  readonly reactivePassages: number;
  /** Their ids, in the order exploration first reached them. */
  readonly reactivePassageIds: readonly string[];
}

export function storyStats(story: Story, exploration: Exploration): StoryStats {
  const ids = new Set<string>();
  let passages = 0;
  let choices = 0;
  let endings = 0;
  const cited = new Set<string>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      if (ids.has(passage.id)) continue; // a duplicate id is one passage as far as play goes
      ids.add(passage.id);
      passages++;
      choices += passage.choices.length;
      if (passage.ending) endings++;
      if (passage.provenance.kind === 'dramatization') for (const fact of passage.provenance.facts) cited.add(fact);
    }
  }
  const reactive = new Set<string>();
  for (const text of exploration.texts) if (text.everShown && text.everHidden) reactive.add(text.passage);
  const known = story.meta.facts.map((fact) => fact.id);
  const rank = (id: string) => (known.includes(id) ? known.indexOf(id) : known.length);
  return {
    chapters: story.chapters.length,
    passages,
    choices,
    endings,
    reachablePassages: exploration.reachable.size,
    reachableEndings: exploration.endings.size,
    factsCited: [...cited].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)),
    statesExplored: exploration.stateCount,
    explorationComplete: !exploration.boundHit,
    reactivePassages: reactive.size,
    reactivePassageIds: [...reactive],
  };
}
