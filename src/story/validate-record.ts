/**
 * The rules about the record (story.meta.record) that need the exploration: a line no
 * playthrough puts on record is dead, and one every playthrough holds from the first page on
 * records no choice of the player's.
 */
import { describeCondition } from './conditions';
import type { Exploration } from './explore';
import type { RecordLine } from './types';
import { quote, type Report } from './validate-rules';

function describeLine(line: RecordLine): string {
  return `The record line ${quote(line.text)} (under ${quote(line.section)})`;
}

export function checkRecordReach(exploration: Exploration, report: Report): void {
  // A bounded search saw only some states: "never" and "always" would be guesses.
  if (exploration.boundHit) return;
  for (const { line, everKept, everMissing } of exploration.records) {
    if (!everKept) {
      report(
        'record-never-shown',
        `${describeLine(line)} is kept in no playthrough: it needs ${describeCondition(line.when)}, which never holds; change the condition or cut the line.`,
      );
    } else if (!everMissing) {
      report(
        'record-always-shown',
        `${describeLine(line)} is kept from the start in every playthrough (it needs ${describeCondition(line.when)}, which always holds), so it records no choice; make its condition depend on what the player does, or cut the line.`,
      );
    }
  }
}
