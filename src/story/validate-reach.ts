/**
 * The rules that need the exploration: what no playthrough reaches, choices locked in every
 * playthrough, places a player can be stuck, and what a bounded exploration left unsettled.
 */
import { describeCondition, own } from './conditions';
import type { Exploration } from './explore';
import { possibleStates } from './possible';
import { describeText } from './text';
import type { Choice, Passage, Story } from './types';
import { allChoices, forEachComparison } from './usage';
import { choiceName, plural, quote, type Report, showValue } from './validate-rules';

/** Reachability problems of a story whose start exists. */
export function checkReachability(
  story: Story,
  allPassages: readonly Passage[],
  exploration: Exploration,
  report: Report,
): void {
  // When the exact search stopped early, a quick over-approximation still settles much:
  // what it finds impossible is impossible. The rest is listed as unsettled.
  const possible = exploration.boundHit ? possibleStates(story) : undefined;
  const unsettled = { passages: [] as string[], choices: [] as string[], stuck: [] as string[] };
  const linkers = new Map<string, Set<string>>();
  for (const { passage, choice } of allChoices(story)) {
    if (choice.to === passage.id) continue;
    const set = linkers.get(choice.to) ?? new Set<string>();
    set.add(passage.id);
    linkers.set(choice.to, set);
  }
  const mayReach = (id: string): boolean => exploration.reachable.has(id) || possible?.reachable.has(id) === true;
  const passages = new Map<string, Passage>();
  for (const passage of allPassages) if (!passages.has(passage.id)) passages.set(passage.id, passage);

  for (const passage of passages.values()) {
    if (exploration.reachable.has(passage.id)) continue;
    if (possible?.reachable.has(passage.id)) {
      unsettled.passages.push(passage.id);
      continue;
    }
    const from = [...(linkers.get(passage.id) ?? [])];
    const why =
      from.length === 0
        ? 'no choice links to it'
        : from.some(mayReach)
          ? 'the choices that lead here are never available'
          : 'only passages that no playthrough reaches link to it';
    if (passage.ending) {
      report(
        'unreachable-ending',
        `No playthrough reaches the ending ${quote(describeText(passage.ending.title))}: ${why}.`,
        passage.id,
      );
    } else report('unreachable-passage', `No playthrough reaches this passage: ${why}.`, passage.id);
  }

  const everAvailable = new Set<string>();
  for (const reach of exploration.choices)
    if (reach.everAvailable) everAvailable.add(`${reach.passage}\u0000${reach.index}`);
  for (const passage of passages.values()) {
    if (passage.ending) continue;
    const reached = exploration.reachable.has(passage.id);
    if (!reached && !possible?.reachable.has(passage.id)) continue; // reported as unreachable
    const ids = new Set<string>();
    passage.choices.forEach((choice, index) => {
      const takeable = !ids.has(choice.id);
      ids.add(choice.id);
      if (!takeable || !choice.when || everAvailable.has(`${passage.id}\u0000${index}`)) return;
      if (possible?.available.get(passage.id)?.[index]) {
        // At a passage exploration never reached, the passage itself is what is unsettled.
        if (reached) unsettled.choices.push(`${passage.id} > ${choice.id}`);
        return;
      }
      report(
        'choice-never-available',
        `${choiceName(choice)} (${quote(describeText(choice.label))}) is locked in every playthrough that reaches this passage: it ${describeNeed(choice)}, which never holds here.`,
        passage.id,
      );
    });
  }

  const deadEndsByPassage = new Map<string, number>();
  for (const dead of exploration.deadEnds) {
    if (passages.get(dead.passage)?.choices.length === 0) continue; // already reported above
    const count = deadEndsByPassage.get(dead.passage) ?? 0;
    deadEndsByPassage.set(dead.passage, count + 1);
    if (count > 0) continue;
    const passage = passages.get(dead.passage) as Passage;
    const shown = readsOf(passage)
      .map((name) => {
        const value = own(dead.variables, name);
        return `${name} ${value === undefined ? 'unset' : showValue(value)}`;
      })
      .join(', ');
    report(
      'dead-end',
      `A player can get stuck here with every choice locked, for example ${describePath(dead.path)}${shown ? ` (${shown})` : ''}.`,
      dead.passage,
    );
  }

  if (possible) {
    for (const passage of passages.values()) {
      const maybeHere = exploration.reachable.has(passage.id) || possible.reachable.has(passage.id);
      if (!maybeHere || passage.ending || passage.choices.length === 0) continue;
      if (!deadEndsByPassage.has(passage.id) && !possible.neverStuck.has(passage.id)) unsettled.stuck.push(passage.id);
    }
    const parts = [
      unsettledPart(unsettled.passages, 'passage', 'may be unreachable'),
      unsettledPart(unsettled.choices, 'choice', 'may never be available'),
      unsettledPart(unsettled.stuck, 'passage', 'may leave a player stuck'),
    ].filter((part) => part !== '');
    report(
      'exploration-incomplete',
      `Exploration stopped at ${exploration.stateCount} states before covering every playthrough. The other problems reported are certain${parts.length > 0 ? `; not settled: ${parts.join('; ')}` : ''}. Raise the bound (--max-states), or let fewer values of fewer variables decide conditions${widest(exploration)}.`,
    );
  }
}

/** Where the explored states pile up, and which variables split them most. */
function widest(exploration: Exploration): string {
  const top = <K>(map: ReadonlyMap<K, number>, count: number): [K, number][] =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  const passages = top(exploration.statesPerPassage, 3).map(([id, n]) => `${id} (${n})`);
  const variables = top(exploration.valuesPerVariable, 4)
    .filter(([, n]) => n > 1)
    .map(([name, n]) => `${name} (${n} values)`);
  if (passages.length === 0) return '';
  const split = variables.length > 0 ? `; the variables that split them most: ${variables.join(', ')}` : '';
  return ` (most states are at ${passages.join(', ')}${split})`;
}

function unsettledPart(items: readonly string[], word: string, what: string): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, 6).join(', ');
  return `${plural(items.length, word)} ${what} (${shown}${items.length > 6 ? ', ...' : ''})`;
}

function describeNeed(choice: Choice): string {
  return choice.when ? `needs ${describeCondition(choice.when)}` : 'has no condition';
}

/** The variables a passage's choice conditions read, in order of first appearance. */
function readsOf(passage: Passage): string[] {
  const names = new Set<string>();
  for (const choice of passage.choices) {
    if (choice.when) {
      forEachComparison(choice.when, (leaf) => {
        if (leaf.kind === 'var') names.add(leaf.name);
      });
    }
  }
  return [...names];
}

function describePath(path: readonly string[]): string {
  return path.length === 0 ? 'at the start' : `after ${path.map(quote).join(' > ')}`;
}
