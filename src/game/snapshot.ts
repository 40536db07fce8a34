/**
 * What the controller shows the two views at each change (controller.ts): the screen and its
 * stack, the run and the page as its state shows it, the typing, the file, settings, notices.
 * Plain data; no Phaser and no DOM.
 */
import type { LoadedRun } from '../save/ports';
import type { Settings } from '../save/settings-types';
import { type ChoiceView, findPassage } from '../story/engine';
import type { Progress } from '../story/progress';
import type { RecordSection } from '../story/record';
import { deriveRun } from '../story/run';
import type { ShownPassage } from '../story/text';
import type { Exhibit, Run, Story } from '../story/types';
import type { Stack } from './navigation';
import type { ScreenName } from './screen-table';
import type { ScrollRequest } from './scroll';
import type { SlotSummary } from './slot-summary';

/** How far the typewriter has got on the current page. */
export interface Typing {
  readonly page: number;
  /** Characters shown. */
  readonly shown: number;
  /** Characters on the page, once the view has laid it out; null before. */
  readonly total: number | null;
}

export interface Snapshot {
  readonly story: Story;
  /** The screen on top: what the player sees and the keys act on. */
  readonly screen: ScreenName;
  /** Every screen open, the base first: Back returns down this stack. */
  readonly stack: Stack<ScreenName>;
  readonly run: Run | null;
  /** The current passage as the run's state shows it: conditional text already resolved. */
  readonly passage: ShownPassage | null;
  readonly choices: readonly ChoiceView[];
  readonly typing: Typing;
  /** True once the current page is fully shown; choices are taken only then. */
  readonly revealed: boolean;
  /** Set when the current passage opens a new chapter: the view shows the divider first. */
  readonly chapterChanged: boolean;
  /** Exhibits gathered along the run, oldest first. */
  readonly exhibits: readonly Exhibit[];
  /** What the file holds on record at this point of the run, by section. */
  readonly record: readonly RecordSection[];
  /** Passage ids of the documents in the file so far, oldest first. */
  readonly documents: readonly string[];
  readonly settings: Settings;
  readonly canContinue: boolean;
  /** When the case Continue would resume was saved (an ISO time), or null. */
  readonly savedAt: string | null;
  /** The saved case reached an ending: Continue reopens it there, and a new case need not ask first. */
  readonly savedClosed: boolean;
  /** A message for the player (a save that could not be read, storage that is full). */
  readonly notice: string | null;
  /** Increments with every new page, so views can tell a new page from a re-render. */
  readonly pageNumber: number;
  /** The player's last request to scroll the page on screen (the scene that shows it follows). */
  readonly scroll: ScrollRequest | null;
  /**
   * A question waiting for the player's answer before an intent goes ahead: 'new-case' when New
   * case would replace a saved case (confirmNewCase or cancelConfirm answers it).
   */
  readonly confirm: Question | null;
  /** What the player has found across all their cases (pages, choices, endings). */
  readonly progress: Progress;
  /** Which of the player's cases the run is (1 for the first opened); 0 before any. */
  readonly caseNumber: number;
  /** The page on screen was read in an earlier case (it is marked so, and skip-seen shows it whole). */
  readonly seenBefore: boolean;
  /**
   * The ids of this page's choices never taken in any case, marked as new. Only on a page the
   * player has seen before: on a first reading every door is new, and the mark would say nothing.
   */
  readonly newChoices: readonly string[];
  /** The three save slots as the Saves screen lists them (read when it opens and after each change). */
  readonly slots: readonly SlotSummary[];
}

/** A question before an intent that loses something: replacing the saved case, or a slot's save. */
export type Question =
  | 'new-case'
  | { readonly kind: 'overwrite-slot'; readonly slot: number }
  | { readonly kind: 'delete-slot'; readonly slot: number };

/** What the title says of the saved case: whether it can be continued, when it was saved, whether it closed. */
export function savedCase(story: Story, saved: LoadedRun): Pick<Snapshot, 'canContinue' | 'savedAt' | 'savedClosed'> {
  if (saved.kind !== 'ok' || saved.run.steps.length === 0)
    return { canContinue: false, savedAt: null, savedClosed: false };
  const at = deriveRun(story, saved.run.steps).run.state.passage;
  return { canContinue: true, savedAt: saved.run.savedAt, savedClosed: findPassage(story, at)?.ending !== undefined };
}

/** A step back is offered once the run has a step to undo. */
export function canStepBack(snapshot: Snapshot): boolean {
  return (snapshot.run?.steps.length ?? 0) > 0;
}

/** The title screen as the game opens: no run yet, Continue when a case was saved. */
export function firstSnapshot(
  story: Story,
  settings: Settings,
  saved: LoadedRun,
  found: { readonly progress: Progress; readonly notice: string | null },
): Snapshot {
  return {
    story,
    screen: 'title',
    stack: ['title'],
    run: null,
    passage: null,
    choices: [],
    typing: { page: 0, shown: 0, total: null },
    revealed: false,
    chapterChanged: false,
    exhibits: [],
    record: [],
    documents: [],
    settings,
    ...savedCase(story, saved),
    notice: found.notice,
    pageNumber: 0,
    scroll: null,
    confirm: null,
    progress: found.progress,
    caseNumber: 0,
    seenBefore: false,
    newChoices: [],
    slots: [],
  };
}
