/**
 * What changes in the snapshot when the file opens on a run's current page: the page as its
 * state shows it, its choices and which of them are new, the file's documents and exhibits, the
 * record, and what the player has found (noted here, saved by progress-save.ts). Pure.
 */
import { findPassage, listChoices } from '../story/engine';
import type { Progress } from '../story/progress';
import { choiceKey, hasSeenPage, noteRun, seenBeforeCase } from '../story/progress';
import { recordOf } from '../story/record';
import { showPassage } from '../story/text';
import type { Exhibit, Run, Story } from '../story/types';
import type { Snapshot } from './snapshot';

export interface PageEntry {
  readonly story: Story;
  readonly run: Run;
  /** The run the player was on before, if any (a chapter divider shows when the chapter changes). */
  readonly previous: Run | null;
  readonly progress: Progress;
  readonly caseNumber: number;
  /** The page counter of the snapshot before. */
  readonly pageNumber: number;
  /** Shown whole at once: the player has read it (a step back), or the settings say so. */
  readonly read: boolean;
  readonly skipSeen: boolean;
  readonly at: string;
}

export function enterPage(entry: PageEntry): Partial<Snapshot> {
  const { story, run, previous, progress, caseNumber } = entry;
  const passage = findPassage(story, run.state.passage);
  if (!passage) throw new Error(`The run stands on "${run.state.passage}", which this story has no passage for.`);
  const previousPassage = previous ? findPassage(story, previous.state.passage) : undefined;
  const exhibits = run.path
    .map((id) => findPassage(story, id)?.exhibit)
    .filter((exhibit): exhibit is Exhibit => exhibit !== undefined);
  const seenBefore = seenBeforeCase(progress, passage.id, caseNumber);
  const choices = listChoices(story, run.state);
  // Seen before this arrival; taken in any case, this arrival's step included (a door back to its own page).
  const noted = noteRun(progress, story, run, caseNumber, entry.at);
  const newChoices = hasSeenPage(progress, passage.id)
    ? choices.map((view) => view.choice.id).filter((id) => !Object.hasOwn(noted.choices, choiceKey(passage.id, id)))
    : [];
  const base = passage.ending ? 'ending' : 'case';
  return {
    stack: [base],
    screen: base,
    run,
    passage: showPassage(passage, run.state),
    choices,
    typing: { page: entry.pageNumber + 1, shown: 0, total: null },
    revealed: entry.read || (entry.skipSeen && seenBefore),
    chapterChanged: previousPassage?.chapter !== passage.chapter,
    exhibits,
    record: recordOf(story, run.state),
    documents: run.path,
    // The autosave keeps every page, an ending too: Continue reopens a closed case at its end.
    canContinue: true,
    savedClosed: passage.ending !== undefined,
    pageNumber: entry.pageNumber + 1,
    confirm: null,
    progress: noted,
    caseNumber,
    seenBefore,
    newChoices,
  };
}

/**
 * The same page entered again in place (a new version of the story): the screens open over it
 * stay, and so do its "read before" and "new" marks, which its own first arrival would otherwise
 * turn on for every door.
 */
export function keptInPlace(before: Snapshot, entered: Partial<Snapshot>): Partial<Snapshot> {
  if (entered.stack?.[0] !== before.stack[0]) return {};
  const kept: Partial<Snapshot> = { stack: before.stack, screen: before.screen };
  if (entered.passage?.id !== before.passage?.id) return kept;
  const doors = new Set((entered.choices ?? []).map((view) => view.choice.id));
  return { ...kept, seenBefore: before.seenBefore, newChoices: before.newChoices.filter((id) => doors.has(id)) };
}
