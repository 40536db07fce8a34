/**
 * Breadth-first exploration of every (passage, state) pair a player can reach, bounded.
 *
 * Two states that nothing ahead can tell apart are merged. At each passage a state is keyed
 * by the passage, the variables and visit counts that some condition still ahead reads
 * (ahead: anywhere a chain of links leads from here, conditions ignored), and nothing else.
 * A number that nothing ahead pushes back (no `add` ahead lowers it) is clamped just past
 * the largest constant ahead compares it with: beyond that, every comparison ahead gives the
 * same answer now and later; likewise the other way round. Without this, money that grows
 * on every path, a flag read only in chapter one, or a visit count in a loop would make
 * every path a state of its own. The merging is exact: it never hides a reachable passage,
 * an available choice, a dead end, or a way a page's conditional text can read (the text's
 * conditions are read ahead like choices').
 */
import { applyEffects, holds, own } from './conditions';
import { indexStory, initialVariables } from './engine';
import { type RecordReach, watchRecord } from './record-watch';
import { type Keyer, keyPart, type Move, makeKeyers, moveKey, prepareMoves } from './state-key';
import { type BlankText, type TextReach, watchText } from './text-watch';
import type { Passage, Story, Value } from './types';
import { analyseUsage } from './usage';

export const DEFAULT_MAX_STATES = 200_000;
/** How many dead-end states are kept as examples; all of them are counted. */
const DEAD_END_EXAMPLES = 1_000;

export interface ExploreOptions {
  /** Stop adding states after this many; `boundHit` then says the results are incomplete. */
  readonly maxStates?: number;
}

/** A reachable state at a passage without an ending where no choice is available. */
export interface DeadEnd {
  readonly passage: string;
  /** Shortest choice path (choice ids from the start) to this state. */
  readonly path: readonly string[];
  readonly variables: Readonly<Record<string, Value>>;
}

export interface ChoiceReach {
  readonly passage: string;
  readonly choiceId: string;
  /** Position of the choice in its passage, from 0. */
  readonly index: number;
  /** True when the choice's condition held (or it had none) in at least one reachable state. */
  readonly everAvailable: boolean;
  /**
   * False for a later choice that repeats an earlier choice's id in the same passage: the
   * engine always takes the first, so this one can never be taken.
   */
  readonly takeable: boolean;
}

export type { RecordReach } from './record-watch';
export type { BlankText, TextReach } from './text-watch';

export interface Exploration {
  /** False when the story's start passage does not exist; nothing is reachable then. */
  readonly startFound: boolean;
  /** Distinct states visited. */
  readonly stateCount: number;
  readonly maxStates: number;
  /** True when the bound stopped the search: reachability results are then a lower bound. */
  readonly boundHit: boolean;
  /** Every reachable passage, in breadth-first order, with the shortest choice path to it. */
  readonly reachable: ReadonlyMap<string, readonly string[]>;
  /** The reachable passages that carry an ending, with the shortest path to each. */
  readonly endings: ReadonlyMap<string, readonly string[]>;
  /** Every choice of every reachable passage, and whether it was ever available. */
  readonly choices: readonly ChoiceReach[];
  /**
   * For each reachable passage, the distinct sets of its choices (by index) that some reachable
   * state offers together: which picks a player actually has.
   */
  readonly offered: ReadonlyMap<string, readonly (readonly number[])[]>;
  /** Every variant of the text of every reachable passage (in the order first reached), as states showed it. */
  readonly texts: readonly TextReach[];
  /** Every line of the story's record, and whether reachable states keep it. */
  readonly records: readonly RecordReach[];
  /** Conditional text fields that some reachable state shows empty. */
  readonly blankTexts: readonly BlankText[];
  /** Examples of dead-end states (at most a thousand), shortest first. */
  readonly deadEnds: readonly DeadEnd[];
  readonly deadEndCount: number;
  /** How many distinct states each reached passage had: where the state space is widest. */
  readonly statesPerPassage: ReadonlyMap<string, number>;
  /**
   * How many distinct values (as told apart by conditions ahead) each variable, and each
   * counted visit (`visits:passage-id`), took across all states: what splits states most.
   */
  readonly valuesPerVariable: ReadonlyMap<string, number>;
  readonly elapsedMs: number;
}

const NOTHING: Readonly<Record<string, never>> = Object.freeze({});

/** Explore every reachable state of the story, breadth first, up to `maxStates` states. */
export function explore(story: Story, options: ExploreOptions = {}): Exploration {
  const started = performance.now();
  const maxStates = Math.max(1, options.maxStates ?? DEFAULT_MAX_STATES);
  const { passages } = indexStory(story);
  const start = passages.get(story.start);
  if (!start) {
    return {
      startFound: false,
      stateCount: 0,
      maxStates,
      boundHit: false,
      reachable: new Map(),
      endings: new Map(),
      choices: [],
      offered: new Map(),
      texts: [],
      records: [],
      blankTexts: [],
      deadEnds: [],
      deadEndCount: 0,
      statesPerPassage: new Map(),
      valuesPerVariable: new Map(),
      elapsedMs: performance.now() - started,
    };
  }
  // States are not kept apart by what the record reads: every line read on every page made the
  // real story's state space outgrow the bound. The record's checks sample what merging hides.
  const keyers = makeKeyers(passages);
  // Visit counts are tracked only for passages some condition counts.
  const counted = new Set(analyseUsage(story).visitReads.keys());
  const movesOf = new Map<string, Move[]>();

  // The queue: parallel arrays, one entry per distinct state, in breadth-first order.
  // A state's variables and counts are dropped once it has been expanded.
  const at: Passage[] = [];
  const vars: (Readonly<Record<string, Value>> | undefined)[] = [];
  const seenCounts: (Readonly<Record<string, number>> | undefined)[] = [];
  const parent: number[] = [];
  const via: string[] = [];
  const seen = new Set<string>();
  const firstAt = new Map<string, number>();
  const available = new Map<string, boolean[]>();
  const offered = new Map<string, Set<string>>();
  let boundHit = false;

  const text = watchText();
  const record = watchRecord(story.meta.record);

  const statesPerPassage = new Map<string, number>();
  const values = new Map<string, Set<string>>();
  const note = (name: string, part: string): void => {
    const set = values.get(name);
    if (set) set.add(part);
    else values.set(name, new Set([part]));
  };
  const push = (
    passage: Passage,
    variables: Readonly<Record<string, Value>>,
    visits: Readonly<Record<string, number>>,
    from: number,
    choiceId: string,
  ): void => {
    if (!firstAt.has(passage.id)) firstAt.set(passage.id, at.length);
    statesPerPassage.set(passage.id, (statesPerPassage.get(passage.id) ?? 0) + 1);
    text.see(passage, { variables, visits });
    record.see({ variables, visits });
    const keyer = keyers.get(passage.id) as Keyer;
    for (const [name, clamp] of keyer.variables) note(name, keyPart(own(variables, name), clamp));
    for (const [name, cap] of keyer.visits) note(`visits:${name}`, String(Math.min(own(visits, name) ?? 0, cap)));
    at.push(passage);
    vars.push(variables);
    seenCounts.push(visits);
    parent.push(from);
    via.push(choiceId);
  };

  const startVisits = counted.has(start.id) ? { [start.id]: 1 } : NOTHING;
  seen.add(moveKey(keyers.get(start.id) as Keyer, start.id, initialVariables(story), new Map(), { [start.id]: 0 }));
  push(start, initialVariables(story), startVisits, -1, '');

  const deadEnds: DeadEnd[] = [];
  const deadEndNodes: number[] = [];
  let deadEndCount = 0;
  for (let node = 0; node < at.length; node++) {
    const passage = at[node] as Passage;
    const variables = vars[node] as Readonly<Record<string, Value>>;
    const visits = seenCounts[node] as Readonly<Record<string, number>>;
    vars[node] = undefined;
    seenCounts[node] = undefined;
    if (passage.ending) continue;
    const facts = { variables, visits };
    let moves = movesOf.get(passage.id);
    let flags = available.get(passage.id);
    if (!moves || !flags) {
      moves = prepareMoves(passage, passages);
      movesOf.set(passage.id, moves);
      flags = passage.choices.map(() => false);
      available.set(passage.id, flags);
    }
    let anyAvailable = false;
    let together = '';
    for (const { index, choice, target, effectsOn } of moves) {
      if (choice.when && !holds(choice.when, facts)) continue;
      anyAvailable = true;
      flags[index] = true;
      together += `${together === '' ? '' : ','}${index}`;
      if (!target) continue; // a broken link: validation reports it, the engine refuses it
      const key = moveKey(keyers.get(target.id) as Keyer, target.id, variables, effectsOn, visits);
      if (seen.has(key)) continue;
      if (at.length >= maxStates) {
        boundHit = true;
        continue;
      }
      seen.add(key);
      const nextVisits = counted.has(target.id)
        ? { ...visits, [target.id]: (own(visits, target.id) ?? 0) + 1 }
        : visits;
      push(target, applyEffects(variables, choice.effects ?? []), nextVisits, node, choice.id);
    }
    const sets = offered.get(passage.id);
    if (sets) sets.add(together);
    else offered.set(passage.id, new Set([together]));
    if (!anyAvailable) {
      deadEndCount++;
      if (deadEndNodes.length < DEAD_END_EXAMPLES) {
        deadEndNodes.push(node);
        deadEnds.push({ passage: passage.id, path: [], variables });
      }
    }
  }

  const pathTo = (node: number): string[] => {
    const path: string[] = [];
    for (let n = node; n > 0; n = parent[n] as number) path.push(via[n] as string);
    return path.reverse();
  };

  const reachable = new Map<string, string[]>();
  const endings = new Map<string, string[]>();
  for (const [id, node] of firstAt) {
    const path = pathTo(node);
    reachable.set(id, path);
    if ((at[node] as Passage).ending) endings.set(id, path);
  }

  const choices: ChoiceReach[] = [];
  for (const id of firstAt.keys()) {
    const passage = passages.get(id) as Passage;
    if (passage.ending) continue;
    const flags = available.get(id) ?? [];
    const ids = new Set<string>();
    passage.choices.forEach((choice, index) => {
      const takeable = !ids.has(choice.id);
      ids.add(choice.id);
      choices.push({ passage: id, choiceId: choice.id, index, everAvailable: flags[index] === true, takeable });
    });
  }

  const { texts, blank } = text.results();

  return {
    startFound: true,
    stateCount: at.length,
    maxStates,
    boundHit,
    reachable,
    endings,
    choices,
    offered: new Map(
      [...offered].map(
        ([id, sets]) => [id, [...sets].filter(Boolean).map((set) => set.split(',').map(Number))] as const,
      ),
    ),
    texts,
    records: record.results(),
    blankTexts: blank,
    deadEnds: deadEnds.map((dead, i) => ({ ...dead, path: pathTo(deadEndNodes[i] as number) })),
    deadEndCount,
    statesPerPassage,
    valuesPerVariable: new Map([...values].map(([name, set]) => [name, set.size] as const)),
    elapsedMs: performance.now() - started,
  };
}
