/** The three save slots: the page, the chapter and the date of each; save, load, delete, export; export all and import. */
import { CONTROL_LABELS as LABELS, NUMBERED_LABELS } from '../control-labels';
import { savedWhen } from '../saved-when';
import type { SlotSummary } from '../slot-summary';
import type { Snapshot } from '../snapshot';
import type { ListAction, ListModel, ListRow } from './list-types';

function rowOf(summary: SlotSummary, canSave: boolean, now: Date): ListRow {
  const { slot } = summary;
  const save: ListAction[] = canSave ? [{ label: NUMBERED_LABELS.saveSlot(slot), act: (c) => c.slots.save(slot) }] : [];
  if (summary.kind === 'empty') {
    return { key: `slot-${slot}`, title: `Slot ${slot}`, detail: ['Empty.'], dim: true, actions: save };
  }
  if (summary.kind === 'corrupt') {
    return {
      key: `slot-${slot}`,
      title: `Slot ${slot}: could not be read`,
      detail: [summary.message],
      mark: 'DAMAGED',
      actions: [...save, { label: NUMBERED_LABELS.deleteSlot(slot), act: (c) => c.slots.remove(slot), tone: 'danger' }],
    };
  }
  const when = savedWhen(summary.savedAt, now);
  return {
    key: `slot-${slot}`,
    title: `Slot ${slot}: ${summary.title}`,
    detail: [
      [
        summary.chapter,
        summary.ending ? 'the file closed' : '',
        when ? `${when.slice(0, 1).toUpperCase()}${when.slice(1)}` : '',
      ]
        .filter((part) => part.length > 0)
        .join(' \u00b7 '),
      ...(summary.outgrown ? ['Saved on an earlier version of the story: it loads as far as it still fits.'] : []),
    ],
    actions: [
      { label: NUMBERED_LABELS.loadSlot(slot), act: (c) => c.slots.load(slot) },
      ...save,
      { label: NUMBERED_LABELS.exportSlot(slot), act: (c) => c.slots.exportSaves(slot), tone: 'quiet' },
      { label: NUMBERED_LABELS.deleteSlot(slot), act: (c) => c.slots.remove(slot), tone: 'danger' },
    ],
  };
}

export function savesList(snapshot: Snapshot, now: Date): ListModel {
  const canSave = snapshot.run !== null && snapshot.stack[0] !== 'title';
  const any = snapshot.slots.some((summary) => summary.kind === 'saved');
  return {
    kicker: 'THE DRAWER  \u00b7  THREE FOLDERS',
    title: 'SAVES',
    intro: canSave
      ? 'Keep this case in a slot to come back to it, or load another. The case is also saved by itself at every step.'
      : 'Load a case kept in a slot, or import saves from a file.',
    rows: snapshot.slots.map((summary) => rowOf(summary, canSave, now)),
    footer: [
      ...(any
        ? [
            {
              label: LABELS.exportAll,
              act: (c: import('../controller').GameController) => c.slots.exportSaves('all'),
              tone: 'quiet' as const,
            },
          ]
        : []),
      { label: LABELS.importSaves, act: (c) => void c.slots.importSaves(), tone: 'quiet' },
    ],
    empty: 'This browser keeps no saves.',
  };
}
