/**
 * What a story reads and writes: every condition and effect with where it sits, the variables
 * conditions read (choices' and conditional text's), the variables effects write, and the
 * passages whose visit counts are read.
 * Exploration uses it to key states; validation uses it to find unused or unset variables.
 */
import { forEachTextCondition } from './text-sites';
import type { Choice, Comparison, Condition, Effect, Passage, Story, Value } from './types';

/** A leaf comparison inside a condition: a variable or a visit count against a constant. */
export type Comparand =
  | { readonly kind: 'var'; readonly name: string; readonly op: Comparison; readonly value: Value }
  | { readonly kind: 'visits'; readonly passage: string; readonly op: Comparison; readonly value: number };

/** Calls `visit` for every comparison in a condition, however deeply nested. */
export function forEachComparison(condition: Condition, visit: (leaf: Comparand) => void): void {
  if ('all' in condition) for (const part of condition.all) forEachComparison(part, visit);
  else if ('any' in condition) for (const part of condition.any) forEachComparison(part, visit);
  else if ('not' in condition) forEachComparison(condition.not, visit);
  else if ('visits' in condition)
    visit({ kind: 'visits', passage: condition.visits, op: condition.op, value: condition.value });
  else visit({ kind: 'var', name: condition.var, op: condition.op, value: condition.value });
}

export interface ChoiceSite {
  readonly passage: Passage;
  readonly choice: Choice;
  /** Position of the choice in its passage, from 0. */
  readonly index: number;
}

/** Every choice of every passage, in story order (duplicates included). */
export function allChoices(story: Story): ChoiceSite[] {
  const sites: ChoiceSite[] = [];
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      passage.choices.forEach((choice, index) => {
        sites.push({ passage, choice, index });
      });
    }
  }
  return sites;
}

export interface Writes {
  /** Constants given by `set` effects. */
  readonly sets: Value[];
  /** Amounts given by `add` effects. */
  readonly adds: number[];
}

export interface StoryUsage {
  /** Variables some condition (of a choice or of text) reads, with the constants they are compared to. */
  readonly reads: ReadonlyMap<string, readonly Value[]>;
  /** Variables some effect writes. */
  readonly writes: ReadonlyMap<string, Writes>;
  /** Passages whose visit counts some condition reads, with the constants they are compared to. */
  readonly visitReads: ReadonlyMap<string, readonly number[]>;
  /** Variables the closed file shows (its summary rows): read by the player, not by conditions. */
  readonly shown: ReadonlySet<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function effectTarget(effect: Effect): string {
  return 'set' in effect ? effect.set : effect.add;
}

/** Scan every condition and effect of the story once, and what the closed file shows. */
export function analyseUsage(story: Story): StoryUsage {
  const reads = new Map<string, Value[]>();
  const visitReads = new Map<string, number[]>();
  const writes = new Map<string, { sets: Value[]; adds: number[] }>();
  const read = (leaf: Comparand): void => {
    if (leaf.kind === 'var') push(reads, leaf.name, leaf.value);
    else push(visitReads, leaf.passage, leaf.value);
  };
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages)
      forEachTextCondition(passage, (condition) => forEachComparison(condition, read));
  }
  // What the record shows is read as much as what unlocks a choice.
  for (const line of story.meta.record) forEachComparison(line.when, read);
  for (const { choice } of allChoices(story)) {
    if (choice.when) forEachComparison(choice.when, read);
    for (const effect of choice.effects ?? []) {
      const name = effectTarget(effect);
      let entry = writes.get(name);
      if (!entry) {
        entry = { sets: [], adds: [] };
        writes.set(name, entry);
      }
      if ('set' in effect) entry.sets.push(effect.value);
      else entry.adds.push(effect.value);
    }
  }
  const shown = new Set(story.meta.fileSummary.map((row) => row.variable));
  return { reads, writes, visitReads, shown };
}
