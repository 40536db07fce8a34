/**
 * The rules about the record (story.meta.record) that need the exploration: a line no
 * playthrough puts on record is dead, and one every playthrough holds from the first page on
 * records no choice of the player's.
 *
 * Exploration merges states that differ only in what the record reads (keeping them apart made
 * the real story's state space too large), so what it saw of the record is a sample of every
 * state. Before a line is called never or always kept, seeded random playthroughs look for a
 * state that says otherwise; the message says the verdict rests on both.
 */
import { describeCondition, holds } from './conditions';
import { choose, currentPassage, listChoices, startRun } from './engine';
import type { Exploration } from './explore';
import { mulberry32 } from './random';
import type { RecordLine, RunState, Story } from './types';
import { quote, type Report } from './validate-rules';

/** How many random playthroughs look for what exploration's merged states may hide. */
const SAMPLED_RUNS = 3000;
const MAX_STEPS = 400;

/** Every state of some random playthroughs, for `look` to inspect until it says stop. */
function sample(story: Story, look: (state: RunState) => boolean): void {
  const next = mulberry32(0x5eed);
  for (let run = 0; run < SAMPLED_RUNS; run++) {
    let state = startRun(story);
    for (let step = 0; step < MAX_STEPS; step++) {
      if (look(state)) return;
      if (currentPassage(story, state).ending) break;
      const open = listChoices(story, state).filter((view) => view.available);
      const pick = open[Math.floor(next() * open.length)];
      if (!pick) break;
      const result = choose(story, state, pick.choice.id);
      if (!result.ok) break;
      state = result.state;
    }
  }
}

function describeLine(line: RecordLine): string {
  return `The record line ${quote(line.text)} (under ${quote(line.section)})`;
}

export function checkRecordReach(story: Story, exploration: Exploration, report: Report): void {
  // A bounded search saw only some states: "never" and "always" would be guesses.
  if (exploration.boundHit) return;
  const never = exploration.records.filter((r) => !r.everKept).map((r) => r.line);
  const always = exploration.records.filter((r) => r.everKept && !r.everMissing).map((r) => r.line);
  if (never.length + always.length === 0) return;
  const kept = new Set<RecordLine>();
  const missing = new Set<RecordLine>();
  sample(story, (state) => {
    for (const line of never) if (holds(line.when, state)) kept.add(line);
    for (const line of always) if (!holds(line.when, state)) missing.add(line);
    return kept.size === never.length && missing.size === always.length;
  });
  const checked = `in every state the check explored and in ${SAMPLED_RUNS} sampled playthroughs`;
  for (const line of never.filter((l) => !kept.has(l))) {
    report(
      'record-never-shown',
      `${describeLine(line)} is kept in no playthrough (${checked}): it needs ${describeCondition(line.when)}; change the condition or cut the line.`,
    );
  }
  for (const line of always.filter((l) => !missing.has(l))) {
    report(
      'record-always-shown',
      `${describeLine(line)} is kept from the start (${checked}): it needs ${describeCondition(line.when)}, which always holds, so it records no choice; make its condition depend on what the player does, or cut the line.`,
    );
  }
}
