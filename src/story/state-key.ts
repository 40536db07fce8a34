/**
 * What of a run's state still matters at a passage, for exploration: the variables and visit
 * counts that some condition ahead reads (a choice's, or the text's of a page ahead or this one), with numbers clamped where nothing ahead can tell
 * them apart any more, and the key of the state a choice leads to, computed before that
 * state is built. See explore.ts for why the merging this allows is exact.
 */
import { own } from './conditions';
import { forEachTextCondition } from './text-sites';
import type { Choice, Condition, Effect, Passage, Value } from './types';
import { forEachComparison } from './usage';

export type Clamp = { readonly mode: 'exact' } | { readonly mode: 'up' | 'down'; readonly bound: number };

/** What of a state still matters at one passage. */
export interface Keyer {
  readonly variables: readonly (readonly [string, Clamp])[];
  readonly visits: readonly (readonly [string, number])[];
}

/** What the rest of the story, from a passage on, can read and how it can move numbers. */
interface Future {
  /** Variables read from here on, with the smallest and largest constant they meet. */
  readonly reads: Map<string, { min: number; max: number }>;
  /** Passages whose visit counts are read from here on, with the largest constant. */
  readonly visits: Map<string, number>;
  /** Variables that some `add` from here on raises, and that some `add` lowers. */
  readonly raised: Set<string>;
  readonly lowered: Set<string>;
}

function local(passage: Passage, everywhere: readonly Condition[]): Future {
  const future: Future = { reads: new Map(), visits: new Map(), raised: new Set(), lowered: new Set() };
  const read = (condition: Condition): void =>
    forEachComparison(condition, (leaf) => {
      const constant = Number(leaf.value);
      if (leaf.kind === 'visits') {
        future.visits.set(leaf.passage, Math.max(future.visits.get(leaf.passage) ?? constant, constant));
      } else {
        const range = future.reads.get(leaf.name);
        if (range) {
          range.min = Math.min(range.min, constant);
          range.max = Math.max(range.max, constant);
        } else future.reads.set(leaf.name, { min: constant, max: constant });
      }
    });
  // The page's own text is read on arrival, an ending's too, so states that show it differently stay apart.
  forEachTextCondition(passage, read);
  // What is read on every page (the record beside it) is read here too.
  for (const condition of everywhere) read(condition);
  if (passage.ending) return future; // exploration never leaves an ending
  for (const choice of passage.choices) {
    if (choice.when) read(choice.when);
    for (const effect of choice.effects ?? []) {
      if (!('add' in effect)) continue;
      if (effect.value > 0) future.raised.add(effect.add);
      if (effect.value < 0) future.lowered.add(effect.add);
    }
  }
  return future;
}

/** Fold `from` into `into`; true when `into` grew. */
function merge(into: Future, from: Future): boolean {
  let grew = false;
  for (const [name, range] of from.reads) {
    const mine = into.reads.get(name);
    if (!mine) {
      into.reads.set(name, { ...range });
      grew = true;
    } else if (range.min < mine.min || range.max > mine.max) {
      mine.min = Math.min(mine.min, range.min);
      mine.max = Math.max(mine.max, range.max);
      grew = true;
    }
  }
  for (const [name, max] of from.visits) {
    const mine = into.visits.get(name);
    if (mine === undefined || max > mine) {
      into.visits.set(name, max);
      grew = true;
    }
  }
  for (const [mine, theirs] of [
    [into.raised, from.raised],
    [into.lowered, from.lowered],
  ] as const) {
    for (const name of theirs) {
      if (mine.has(name)) continue;
      mine.add(name);
      grew = true;
    }
  }
  return grew;
}

function byName<T>(entries: Iterable<readonly [string, T]>): (readonly [string, T])[] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * For every passage, which parts of a state can still change what happens or is shown from
 * there on (`everywhere`: conditions whose outcome every page shows, the record's), found by
 * a liveness analysis over the links, conditions ignored, so it over-approximates the
 * future and merging stays exact; and how far one-way numbers are worth telling apart.
 */
export function makeKeyers(
  passages: ReadonlyMap<string, Passage>,
  everywhere: readonly Condition[] = [],
): Map<string, Keyer> {
  const futures = new Map<string, Future>();
  const callers = new Map<string, Set<string>>();
  for (const [id, passage] of passages) {
    futures.set(id, local(passage, everywhere));
    if (passage.ending) continue;
    for (const choice of passage.choices) {
      if (!passages.has(choice.to)) continue;
      let set = callers.get(choice.to);
      if (!set) {
        set = new Set();
        callers.set(choice.to, set);
      }
      set.add(id);
    }
  }
  const work = [...passages.keys()];
  while (work.length > 0) {
    const id = work.pop() as string;
    const future = futures.get(id) as Future;
    for (const caller of callers.get(id) ?? []) {
      if (merge(futures.get(caller) as Future, future)) work.push(caller);
    }
  }
  const keyers = new Map<string, Keyer>();
  for (const [id, future] of futures) {
    const variables = byName(future.reads).map(([name, range]): readonly [string, Clamp] => {
      if (!future.lowered.has(name)) return [name, { mode: 'up', bound: range.max }];
      if (!future.raised.has(name)) return [name, { mode: 'down', bound: range.min }];
      return [name, { mode: 'exact' }];
    });
    const visits = byName(future.visits).map(([name, max]) => [name, max + 1] as const);
    keyers.set(id, { variables, visits });
  }
  return keyers;
}

export function keyPart(value: Value | undefined, clamp: Clamp): string {
  if (value === undefined) return 'u';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (clamp.mode === 'up' && value > clamp.bound) return `>${clamp.bound}`;
  if (clamp.mode === 'down' && value < clamp.bound) return `<${clamp.bound}`;
  return String(value);
}

/** A choice as exploration takes it, prepared once per passage. */
export interface Move {
  readonly index: number;
  readonly choice: Choice;
  readonly target: Passage | undefined;
  /** The effects of the choice on each variable, in order. */
  readonly effectsOn: ReadonlyMap<string, readonly Effect[]>;
}

export function prepareMoves(passage: Passage, passages: ReadonlyMap<string, Passage>): Move[] {
  const ids = new Set<string>();
  const steps: Move[] = [];
  passage.choices.forEach((choice, index) => {
    if (ids.has(choice.id)) return; // the engine takes the first choice with this id
    ids.add(choice.id);
    const effectsOn = new Map<string, Effect[]>();
    for (const effect of choice.effects ?? []) {
      const name = 'set' in effect ? effect.set : effect.add;
      const list = effectsOn.get(name);
      if (list) list.push(effect);
      else effectsOn.set(name, [effect]);
    }
    steps.push({ index, choice, target: passages.get(choice.to), effectsOn });
  });
  return steps;
}

/** A variable's value after a choice's effects, without building the new state (as applyEffects). */
function valueAfter(
  variables: Readonly<Record<string, Value>>,
  name: string,
  effects: readonly Effect[] | undefined,
): Value | undefined {
  let value = own(variables, name);
  if (effects) {
    for (const effect of effects) value = 'set' in effect ? effect.value : Number(value ?? 0) + effect.value;
  }
  return value;
}

/**
 * The key of the state a step leads to, computed before that state is built, so that a
 * state already seen costs a string and nothing else.
 */
export function moveKey(
  keyer: Keyer,
  passage: string,
  variables: Readonly<Record<string, Value>>,
  effectsOn: ReadonlyMap<string, readonly Effect[]>,
  visits: Readonly<Record<string, number>>,
): string {
  let key = passage;
  for (const [name, clamp] of keyer.variables) {
    key += `\u0001${keyPart(valueAfter(variables, name, effectsOn.get(name)), clamp)}`;
  }
  for (const [name, cap] of keyer.visits) {
    const count = (own(visits, name) ?? 0) + (name === passage ? 1 : 0);
    key += `\u0001${Math.min(count, cap)}`;
  }
  return key;
}
