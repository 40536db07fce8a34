/**
 * What exploration sees of the record (story.meta.record): for each line, whether some
 * reachable state keeps it and whether some reachable state does not. The record sits beside
 * every page, so every state counts; exploration keys states by what the record reads.
 */
import { holds } from './conditions';
import type { TextFacts } from './text';
import type { RecordLine } from './types';

export interface RecordReach {
  /** Position of the line in `meta.record`, from 0. */
  readonly index: number;
  readonly line: RecordLine;
  /** Some reachable state keeps the line. */
  readonly everKept: boolean;
  /** Some reachable state does not. */
  readonly everMissing: boolean;
}

export interface RecordWatch {
  see(facts: TextFacts): void;
  results(): RecordReach[];
}

export function watchRecord(lines: readonly RecordLine[]): RecordWatch {
  const kept = lines.map(() => false);
  const missing = lines.map(() => false);
  return {
    see(facts) {
      lines.forEach((line, i) => {
        if (holds(line.when, facts)) kept[i] = true;
        else missing[i] = true;
      });
    },
    results() {
      return lines.map((line, index) => ({
        index,
        line,
        everKept: kept[index] === true,
        everMissing: missing[index] === true,
      }));
    },
  };
}
