/**
 * Places with no way out: a passage a playthrough reaches from which no ending can be reached by
 * any choices at all, locked ones taken as open (a loop that goes round for ever). Certain even
 * when the exploration stopped at its bound, since every choice is counted as a way on.
 */
import type { Exploration } from './explore';
import type { Passage } from './types';
import { quote, type Report } from './validate-rules';

export function checkTraps(passages: ReadonlyMap<string, Passage>, exploration: Exploration, report: Report): void {
  if (exploration.reachable.size === 0) return;
  // Walk back from the endings along every choice: what is left can never end.
  const leadsHere = new Map<string, string[]>();
  for (const passage of passages.values()) {
    for (const choice of passage.choices) {
      if (!passages.has(choice.to)) continue;
      const from = leadsHere.get(choice.to) ?? [];
      from.push(passage.id);
      leadsHere.set(choice.to, from);
    }
  }
  const canEnd = new Set<string>();
  const queue = [...passages.values()].filter((p) => p.ending).map((p) => p.id);
  for (const id of queue) canEnd.add(id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const from of leadsHere.get(id) ?? []) {
      if (canEnd.has(from)) continue;
      canEnd.add(from);
      queue.push(from);
    }
  }
  if (canEnd.size === 0) {
    report('no-way-out', 'The story has no ending: every playthrough goes on for ever.');
    return;
  }
  for (const id of exploration.reachable.keys()) {
    const passage = passages.get(id);
    if (!passage || canEnd.has(id) || passage.choices.length === 0) continue;
    report(
      'no-way-out',
      `No ending can be reached from here, whatever is chosen: ${quote(id)} is a loop with no way out.`,
      id,
    );
  }
}
