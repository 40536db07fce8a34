/**
 * The inert-choice rule: two choices of one page, offered together in some playthrough, that
 * lead to the same page and differ only in variables nothing from there on reads (no text, no
 * lock, no record line, no row of the closed file). The player's pick then never shows: the
 * branch is a false one. Choices never offered together (one for each case) are no pick.
 */
import type { Exploration } from './explore';
import { forEachTextCondition } from './text-sites';
import type { Choice, Condition, Passage, Story } from './types';
import { effectTarget, forEachComparison } from './usage';
import { quote, type Report } from './validate-rules';

/** The variables a choice's effects touch, each with its effects in order. */
function effectsByVariable(choice: Choice): Map<string, string> {
  const by = new Map<string, unknown[]>();
  for (const effect of choice.effects ?? []) {
    const name = effectTarget(effect);
    const list = by.get(name) ?? [];
    list.push('set' in effect ? ['set', effect.value] : ['add', effect.value]);
    by.set(name, list);
  }
  return new Map([...by].map(([name, list]) => [name, JSON.stringify(list)] as const));
}

/** The variables whose effects differ between two choices. */
export function differingVariables(a: Choice, b: Choice): string[] {
  const [x, y] = [effectsByVariable(a), effectsByVariable(b)];
  const names = new Set([...x.keys(), ...y.keys()]);
  return [...names].filter((name) => x.get(name) !== y.get(name)).sort();
}

/**
 * The variables read from a passage on: by the text and the choice conditions of every page a
 * chain of links reaches from it (conditions ignored, so it over-approximates), this one included.
 */
export function readsFrom(start: string, passages: ReadonlyMap<string, Passage>): Set<string> {
  const names = new Set<string>();
  const read = (condition: Condition): void =>
    forEachComparison(condition, (leaf) => {
      if (leaf.kind === 'var') names.add(leaf.name);
    });
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const passage = passages.get(id);
    if (!passage) continue;
    forEachTextCondition(passage, read);
    for (const choice of passage.choices) {
      if (choice.when) read(choice.when);
      if (!seen.has(choice.to)) {
        seen.add(choice.to);
        queue.push(choice.to);
      }
    }
  }
  return names;
}

export function checkInertChoices(
  story: Story,
  passages: ReadonlyMap<string, Passage>,
  exploration: Exploration,
  report: Report,
): void {
  // What the player sees wherever they are: the record beside every page, the closed file's rows.
  const always = new Set(story.meta.fileSummary.map((row) => row.variable));
  for (const line of story.meta.record) {
    forEachComparison(line.when, (leaf) => {
      if (leaf.kind === 'var') always.add(leaf.name);
    });
  }
  const ahead = new Map<string, Set<string>>();
  for (const id of exploration.reachable.keys()) {
    const passage = passages.get(id);
    if (!passage || passage.ending) continue;
    const together = new Set<string>();
    for (const set of exploration.offered.get(id) ?? []) {
      set.forEach((i, at) => {
        for (const j of set.slice(at + 1)) together.add(`${i},${j}`);
      });
    }
    passage.choices.forEach((first, i) => {
      passage.choices.forEach((second, j) => {
        if (j <= i || !together.has(`${i},${j}`)) return;
        if (first.to !== second.to || !passages.has(first.to)) return;
        const differ = differingVariables(first, second);
        // No difference at all is interchangeable-choices, an error of its own.
        if (differ.length === 0) return;
        let reads = ahead.get(first.to);
        if (!reads) {
          reads = readsFrom(first.to, passages);
          ahead.set(first.to, reads);
        }
        const seen = reads;
        if (differ.some((name) => seen.has(name) || always.has(name))) return;
        const what = differ.map(quote).join(', ');
        report(
          'inert-choice',
          `Choices ${quote(first.id)} and ${quote(second.id)} both lead to ${quote(first.to)}, and what differs between them (${what}) is read by nothing from there on: no text, lock, record line or row of the closed file shows it, so the pick never shows. Give the difference a consequence that shows later, or cut one of them.`,
          passage.id,
        );
      });
    });
  }
}
