/**
 * What is possible at all: a quick over-approximation of exploration, for when the exact
 * search stops at its bound. Each passage gets, for each variable and counted visit, the set
 * of values it might have there, each variable on its own (their combinations are
 * forgotten). So everything the player can reach is in the result, and perhaps more:
 * a passage this says is unreachable, or a choice this says is never available, truly is.
 */
import { compare } from './conditions';
import { indexStory } from './engine';
import type { Comparison, Condition, Passage, Story, Value } from './types';
import { analyseUsage } from './usage';

/** Past this many values a variable is taken to be anything at all (so loops end). */
const WIDEN_AT = 48;

/** A set of possible values; `any` when it has grown too large to follow. */
type Values = ReadonlySet<Value | undefined> | 'any';

type Env = ReadonlyMap<string, Values>;

interface Maybe {
  /** The condition may hold. */
  readonly yes: boolean;
  /** The condition may fail. */
  readonly no: boolean;
}

export interface Possibilities {
  /** Passages some playthrough might reach; every passage outside this set is unreachable. */
  readonly reachable: ReadonlySet<string>;
  /** Per reachable passage, which choices (by index) might ever be available. */
  readonly available: ReadonlyMap<string, readonly boolean[]>;
  /**
   * Passages (outside endings) where some choice is available in every state that reaches
   * them: no dead end is possible there.
   */
  readonly neverStuck: ReadonlySet<string>;
}

interface Tracked {
  /** Variables some condition reads, with how to fold large values together. */
  readonly variables: ReadonlyMap<string, Fold>;
  /** Passages whose visits some condition reads, with the count past which all are alike. */
  readonly visits: ReadonlyMap<string, number>;
}

type Fold = { readonly mode: 'exact' } | { readonly mode: 'up' | 'down'; readonly bound: number };

const VISITS = '\u0001visits:';

function fold(value: Value | undefined, how: Fold): Value | undefined {
  if (typeof value !== 'number' || how.mode === 'exact') return value;
  if (how.mode === 'up') return value > how.bound ? how.bound + 1 : value;
  return value < how.bound ? how.bound - 1 : value;
}

function tracked(story: Story): Tracked {
  const usage = analyseUsage(story);
  const variables = new Map<string, Fold>();
  for (const [name, constants] of usage.reads) {
    const numbers = constants.map(Number);
    const adds = usage.writes.get(name)?.adds ?? [];
    if (adds.every((amount) => amount >= 0)) variables.set(name, { mode: 'up', bound: Math.max(...numbers) });
    else if (adds.every((amount) => amount <= 0)) variables.set(name, { mode: 'down', bound: Math.min(...numbers) });
    else variables.set(name, { mode: 'exact' });
  }
  const visits = new Map<string, number>();
  for (const [passage, constants] of usage.visitReads) visits.set(passage, Math.max(...constants) + 1);
  return { variables, visits };
}

function valuesOf(env: Env, key: string): Values {
  return env.get(key) ?? new Set([undefined]);
}

function leafMaybe(values: Values, op: Comparison, constant: Value): Maybe {
  if (values === 'any') return { yes: true, no: true };
  let yes = false;
  let no = false;
  for (const value of values) {
    if (value !== undefined && compare(value, op, constant)) yes = true;
    else no = true;
  }
  return { yes, no };
}

function maybe(condition: Condition, env: Env): Maybe {
  if ('all' in condition) {
    const parts = condition.all.map((c) => maybe(c, env));
    return { yes: parts.every((p) => p.yes), no: parts.some((p) => p.no) };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => maybe(c, env));
    return { yes: parts.some((p) => p.yes), no: parts.every((p) => p.no) };
  }
  if ('not' in condition) {
    const inner = maybe(condition.not, env);
    return { yes: inner.no, no: inner.yes };
  }
  if ('visits' in condition) {
    const counts = valuesOf(env, VISITS + condition.visits);
    return leafMaybe(
      counts === 'any' ? counts : new Set([...counts].map((c) => c ?? 0)),
      condition.op,
      condition.value,
    );
  }
  return leafMaybe(valuesOf(env, condition.var), condition.op, condition.value);
}

/** Keep only the values that satisfy the comparisons a condition requires outright. */
function narrow(condition: Condition, env: Map<string, Values>): void {
  const leaves = 'all' in condition ? condition.all : [condition];
  for (const leaf of leaves) {
    if (!('var' in leaf)) continue;
    const values = valuesOf(env, leaf.var);
    if (values === 'any') continue;
    env.set(leaf.var, new Set([...values].filter((v) => v !== undefined && compare(v, leaf.op, leaf.value))));
  }
}

function join(into: Map<string, Values>, from: Env): boolean {
  let grew = false;
  for (const [key, values] of from) {
    const mine = into.get(key);
    if (mine === 'any') continue;
    if (values === 'any') {
      into.set(key, 'any');
      grew = true;
      continue;
    }
    const merged = new Set(mine ?? []);
    const before = mine ? merged.size : -1;
    for (const value of values) merged.add(value);
    if (merged.size !== before) {
      into.set(key, merged.size > WIDEN_AT ? 'any' : merged);
      grew = true;
    }
  }
  return grew;
}

/** Over-approximate the reachable states of a story, passage by passage. */
export function possibleStates(story: Story): Possibilities {
  const { passages } = indexStory(story);
  const start = passages.get(story.start);
  const envs = new Map<string, Map<string, Values>>();
  const available = new Map<string, boolean[]>();
  const neverStuck = new Set<string>();
  if (!start) return { reachable: new Set(), available, neverStuck };
  const { variables, visits } = tracked(story);

  const initial = new Map<string, Values>();
  for (const [name, how] of variables) {
    const declared = Object.hasOwn(story.variables, name) ? story.variables[name] : undefined;
    initial.set(name, new Set([fold(declared?.initial, how)]));
  }
  for (const [passage, cap] of visits)
    initial.set(VISITS + passage, new Set([passage === start.id ? Math.min(1, cap) : 0]));
  envs.set(start.id, initial);

  // Sweeps in the story's order, each taking every passage whose states grew: a story runs
  // mostly forward, so one sweep carries most changes to the end, and a loop back costs one more.
  // (Depth first, a passage was taken again for every path into it.)
  const order = story.chapters.flatMap((chapter) => chapter.passages);
  const dirty = new Set<string>([start.id]);
  while (dirty.size > 0) for (const passage of order) if (dirty.delete(passage.id)) take(passage);
  return { reachable: new Set(envs.keys()), available, neverStuck };

  function take(passage: Passage): void {
    if (passage.ending) return;
    const env = envs.get(passage.id) as Map<string, Values>;
    let flags = available.get(passage.id);
    if (!flags) {
      flags = passage.choices.map(() => false);
      available.set(passage.id, flags);
    }
    const ids = new Set<string>();
    let alwaysSomething = false;
    passage.choices.forEach((choice, index) => {
      if (ids.has(choice.id)) return; // the engine takes the first choice with an id
      ids.add(choice.id);
      const chance = choice.when ? maybe(choice.when, env) : { yes: true, no: false };
      if (!chance.no) alwaysSomething = true;
      if (!chance.yes) return;
      (flags as boolean[])[index] = true;
      const target = passages.get(choice.to);
      if (!target) return;
      const next = new Map(env);
      if (choice.when) narrow(choice.when, next);
      for (const effect of choice.effects ?? []) {
        const name = 'set' in effect ? effect.set : effect.add;
        const how = variables.get(name);
        if (!how) continue; // nobody reads it
        if ('set' in effect) next.set(name, new Set([fold(effect.value, how)]));
        else {
          const values = valuesOf(next, name);
          next.set(
            name,
            values === 'any' ? 'any' : new Set([...values].map((v) => fold(Number(v ?? 0) + effect.value, how))),
          );
        }
      }
      const cap = visits.get(target.id);
      if (cap !== undefined) {
        const counts = valuesOf(next, VISITS + target.id);
        const key = VISITS + target.id;
        next.set(key, counts === 'any' ? 'any' : new Set([...counts].map((c) => Math.min(Number(c ?? 0) + 1, cap))));
      }
      const existing = envs.get(target.id);
      if (!existing) {
        envs.set(target.id, next);
        dirty.add(target.id);
      } else if (join(existing, next)) dirty.add(target.id);
    });
    if (alwaysSomething) neverStuck.add(passage.id);
    else neverStuck.delete(passage.id);
  }
}
