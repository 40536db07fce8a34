/**
 * The intents that reopen the file somewhere other than the next page: a saved run (the
 * autosave or a slot), a page seen in any case (the branch map), an earlier page of this run (the
 * history), a found ending (the gallery); and the route of the case on screen as a link. The
 * controller owns one of these and lends it the way into a page.
 */
import type { SavedRun } from '../save/ports';
import { openCase, type Progress } from '../story/progress';
import { replayRoute, routeHash } from '../story/route';
import { choicesOf, deriveRun } from '../story/run';
import type { Run, Story } from '../story/types';
import { joinNotices, jumpNotice, resumeNotice } from './run-notices';
import type { Snapshot } from './snapshot';

export interface EnterOptions {
  readonly read?: boolean;
  /** The page counter to count on from (the page shown again in place keeps its number). */
  readonly pageNumber?: number;
  /** The same page again (a new version of the story): the screens open over it stay. */
  readonly inPlace?: boolean;
  readonly caseNumber?: number;
  readonly progress?: Progress;
}

export interface ReplayHost {
  state(): Snapshot;
  enter(run: Run, previous: Run | null, notice: string | null, options?: EnterOptions): void;
  report(message: string): void;
  /** Keep a copy of the autosave aside (RunStore.keepCopy); null when it could not be kept. */
  keepCopy(run: SavedRun): string | null;
}

export class Replay {
  constructor(
    private readonly host: ReplayHost,
    private readonly now: () => Date,
    private readonly copyLink: ((hash: string) => Promise<boolean>) | null,
  ) {}

  /** The story on screen (a hot update may replace it while the game runs). */
  private get story(): Story {
    return this.host.state().story;
  }

  /** A saved run (the autosave, or a slot's) opened on its last page; `from` names a slot. */
  openSaved(saved: SavedRun, from: string | null): void {
    const derived = deriveRun(this.story, saved.steps);
    // The autosave follows the run on screen: a save the story outgrew is kept whole first.
    const kept = from === null && derived.failedAt !== undefined ? this.host.keepCopy(saved) : null;
    const notice = joinNotices(
      from && `Loaded the case from ${from}.`,
      resumeNotice(derived, saved.storyVersion, this.story.version),
      kept && `The case as it was saved, every step of it, is kept aside as "${kept}".`,
    );
    // A save from before cases were numbered becomes a case of its own.
    const known = saved.caseNumber;
    const options = known ? { caseNumber: known } : openCase(this.host.state().progress);
    this.host.enter(derived.run, null, notice, options);
  }

  /** The run on screen as a save keeps it; null with no case open. */
  currentSave(): SavedRun | null {
    const { run, caseNumber, stack } = this.host.state();
    if (!run || stack[0] === 'title') return null;
    return {
      storyId: this.story.id,
      storyVersion: this.story.version,
      steps: run.steps,
      savedAt: this.now().toISOString(),
      caseNumber,
    };
  }

  /**
   * Reopen the file on a page seen in any case, with the state of the most recent run that
   * reached it, saying which case that was: the branch map's jump, and the gallery's reread.
   */
  jumpToPage(passageId: string): boolean {
    const { progress, run } = this.host.state();
    const seen = Object.hasOwn(progress.pages, passageId) ? progress.pages[passageId] : undefined;
    if (!seen) return false;
    const derived = replayRoute(this.story, seen.route);
    this.host.enter(derived.run, run, jumpNotice(this.story, derived, seen), { read: true, caseNumber: seen.case });
    return true;
  }

  /** Reopen this run at an earlier page of its history (the page reached after `steps` steps). */
  reopenAt(steps: number): boolean {
    const { run } = this.host.state();
    if (!run || steps < 0 || steps >= run.steps.length) return false;
    this.host.enter(deriveRun(this.story, run.steps.slice(0, steps)).run, run, null, { read: true });
    return true;
  }

  /** Copy the route of the case on screen as a link; the notice says whether it worked. */
  copyRouteLink(): void {
    const { run } = this.host.state();
    if (!run) return;
    const refused = 'The link could not be copied: the browser refused.';
    if (!this.copyLink) {
      this.host.report(refused);
      return;
    }
    this.copyLink(routeHash(choicesOf(run.steps))).then(
      (copied) => this.host.report(copied ? 'The link to this route was copied.' : refused),
      () => this.host.report(refused),
    );
  }
}
