/** Counts for the story check's summary and the author's overview. */
import type { Exploration } from './explore';
import { FACT_IDS, type Story } from './types';

export interface StoryStats {
  readonly chapters: number;
  readonly passages: number;
  readonly choices: number;
  readonly endings: number;
  readonly reachablePassages: number;
  readonly reachableEndings: number;
  /** Fact ids cited by any passage, F1..F13 in numeric order. */
  readonly factsCited: readonly string[];
  /** Distinct states the exploration visited. */
  readonly statesExplored: number;
  /** False when the exploration stopped at its bound. */
  readonly explorationComplete: boolean;
}

function factNumber(id: string): number {
  return Number(id.slice(1));
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
      if (passage.provenance.kind === 'alleged') for (const fact of passage.provenance.facts) cited.add(fact);
    }
  }
  const known: readonly string[] = FACT_IDS;
  return {
    chapters: story.chapters.length,
    passages,
    choices,
    endings,
    reachablePassages: exploration.reachable.size,
    reachableEndings: exploration.endings.size,
    factsCited: [...cited].sort(
      (a, b) =>
        Number(!known.includes(a)) - Number(!known.includes(b)) || factNumber(a) - factNumber(b) || (a < b ? -1 : 1),
    ),
    statesExplored: exploration.stateCount,
    explorationComplete: !exploration.boundHit,
  };
}
