/** The history of this run: the pages read and the choices taken, in order; any page reopens the run there. */
import { historyOf } from '../../story/history';
import { NUMBERED_LABELS } from '../control-labels';
import type { Snapshot } from '../snapshot';
import type { ListModel } from './list-types';

export function historyList(snapshot: Snapshot): ListModel {
  const { run, story, caseNumber } = snapshot;
  const entries = run ? historyOf(story, run) : [];
  const last = entries.length - 1;
  return {
    kicker: `CASE ${caseNumber || '\u2014'}  \u00b7  HISTORY OF THIS CASE`,
    title: 'HISTORY',
    intro: 'The pages read and the choices taken, in order. Reopen any page to take the case up again from there.',
    rows: entries.map((entry, index) => ({
      key: `page-${index + 1}`,
      title: `${index + 1}. ${entry.title}`,
      detail: [
        entry.chapter ? `Chapter ${entry.chapter.number}: ${entry.chapter.title}` : '',
        entry.choice ? `Chose: \u201c${entry.choice}\u201d` : 'The page on the desk now.',
      ].filter((line) => line.length > 0),
      ...(index === last ? { mark: 'NOW' } : {}),
      actions:
        index === last
          ? []
          : [{ label: NUMBERED_LABELS.reopenPage(index + 1), act: (c) => c.replay.reopenAt(entry.steps) }],
    })),
    footer: [],
    empty: 'No case is open: start or continue one, and its pages are listed here.',
  };
}
