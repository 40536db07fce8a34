/**
 * Breadth-first exploration of every (passage, state) pair a player can reach, bounded.
 *
 * Two states that no condition can tell apart are merged: a state is keyed by its passage,
 * the variables that some condition reads, and the visit counts that some condition reads.
 * Numbers only ever pushed one way (every `add` positive, or every `add` negative) are
 * clamped just past the last constant they are compared with, since beyond it every
 * comparison in the story gives the same answer now and later. Without this, money that
 * grows on every path or a visit count in a loop would make every path a state of its own.
 */
import { applyEffects, holds, own } from './conditions';
import { indexStory, initialVariables } from './engine';
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
  /** Examples of dead-end states (at most a thousand), shortest first. */
  readonly deadEnds: readonly DeadEnd[];
  readonly deadEndCount: number;
  readonly elapsedMs: number;
}

type Clamp = { readonly mode: 'exact' } | { readonly mode: 'up' | 'down'; readonly bound: number };

interface Keyer {
  readonly variables: readonly (readonly [string, Clamp])[];
  readonly visits: ReadonlyMap<string, number>;
}

function numericBound(values: readonly Value[], pick: (a: number, b: number) => number): number {
  return values.map(Number).reduce((a, b) => pick(a, b));
}

/** Decide which parts of a state matter to the story's conditions, and how far. */
function makeKeyer(story: Story): Keyer {
  const usage = analyseUsage(story);
  const variables: (readonly [string, Clamp])[] = [];
  for (const [name, constants] of [...usage.reads].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const adds = usage.writes.get(name)?.adds ?? [];
    let clamp: Clamp = { mode: 'exact' };
    if (adds.every((amount) => amount >= 0)) clamp = { mode: 'up', bound: numericBound(constants, Math.max) };
    else if (adds.every((amount) => amount <= 0)) clamp = { mode: 'down', bound: numericBound(constants, Math.min) };
    variables.push([name, clamp]);
  }
  const visits = new Map<string, number>();
  for (const [passage, constants] of usage.visitReads) visits.set(passage, numericBound(constants, Math.max) + 1);
  return { variables, visits };
}

function keyPart(value: Value | undefined, clamp: Clamp): string {
  if (value === undefined) return 'u';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (clamp.mode === 'up' && value > clamp.bound) return `>${clamp.bound}`;
  if (clamp.mode === 'down' && value < clamp.bound) return `<${clamp.bound}`;
  return String(value);
}

function stateKey(
  keyer: Keyer,
  passage: string,
  variables: Readonly<Record<string, Value>>,
  visits: Readonly<Record<string, number>>,
): string {
  let key = passage;
  for (const [name, clamp] of keyer.variables) key += `\u0001${keyPart(own(variables, name), clamp)}`;
  for (const [name, cap] of keyer.visits) key += `\u0001${Math.min(own(visits, name) ?? 0, cap)}`;
  return key;
}

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
      deadEnds: [],
      deadEndCount: 0,
      elapsedMs: performance.now() - started,
    };
  }
  const keyer = makeKeyer(story);

  // The queue: parallel arrays, one entry per distinct state, in breadth-first order.
  const at: Passage[] = [];
  const vars: Readonly<Record<string, Value>>[] = [];
  // Only the visit counts some condition reads are tracked.
  const seenCounts: Readonly<Record<string, number>>[] = [];
  const parent: number[] = [];
  const via: string[] = [];
  const seen = new Set<string>();
  const firstAt = new Map<string, number>();
  const available = new Map<string, boolean[]>();
  let boundHit = false;

  const add = (
    passage: Passage,
    variables: Readonly<Record<string, Value>>,
    visits: Readonly<Record<string, number>>,
    from: number,
    choiceId: string,
  ): void => {
    const key = stateKey(keyer, passage.id, variables, visits);
    if (seen.has(key)) return;
    if (at.length >= maxStates) {
      boundHit = true;
      return;
    }
    seen.add(key);
    if (!firstAt.has(passage.id)) firstAt.set(passage.id, at.length);
    at.push(passage);
    vars.push(variables);
    seenCounts.push(visits);
    parent.push(from);
    via.push(choiceId);
  };

  add(start, initialVariables(story), keyer.visits.has(start.id) ? { [start.id]: 1 } : {}, -1, '');

  const deadEndNodes: number[] = [];
  let deadEndCount = 0;
  for (let node = 0; node < at.length; node++) {
    const passage = at[node] as Passage;
    if (passage.ending) continue;
    const variables = vars[node] as Readonly<Record<string, Value>>;
    const visits = seenCounts[node] as Readonly<Record<string, number>>;
    const facts = { variables, visits };
    let flags = available.get(passage.id);
    if (!flags) {
      flags = passage.choices.map(() => false);
      available.set(passage.id, flags);
    }
    const ids = new Set<string>();
    let anyAvailable = false;
    passage.choices.forEach((choice, index) => {
      if (ids.has(choice.id)) return; // the engine takes the first choice with this id
      ids.add(choice.id);
      if (choice.when && !holds(choice.when, facts)) return;
      anyAvailable = true;
      (flags as boolean[])[index] = true;
      const target = passages.get(choice.to);
      if (!target) return; // a broken link: validation reports it, the engine refuses it
      const nextVisits = keyer.visits.has(target.id)
        ? { ...visits, [target.id]: (own(visits, target.id) ?? 0) + 1 }
        : visits;
      add(target, applyEffects(variables, choice.effects ?? []), nextVisits, node, choice.id);
    });
    if (!anyAvailable) {
      deadEndCount++;
      if (deadEndNodes.length < DEAD_END_EXAMPLES) deadEndNodes.push(node);
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

  return {
    startFound: true,
    stateCount: at.length,
    maxStates,
    boundHit,
    reachable,
    endings,
    choices,
    deadEnds: deadEndNodes.map((node) => ({
      passage: (at[node] as Passage).id,
      path: pathTo(node),
      variables: vars[node] as Readonly<Record<string, Value>>,
    })),
    deadEndCount,
    elapsedMs: performance.now() - started,
  };
}
