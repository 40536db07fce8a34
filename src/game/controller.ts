/**
 * The game's one source of truth between the engine and the two views (the Phaser canvas and
 * the accessible DOM layer). No Phaser and no DOM here: both views subscribe to snapshots and
 * send the player's intents back, so the canvas and the DOM can never disagree. The story is
 * read from here and nowhere else.
 */
import type { SoundPort } from '../audio/sound';
import type { ProgressStore } from '../save/local-progress-store';
import type { SlotStore } from '../save/local-slot-store';
import type { RunStore, SavedRun, SettingsStore } from '../save/ports';
import { CHARACTERS_PER_SECOND, DEFAULT_SETTINGS, type Settings, soundLevels } from '../save/settings-types';
import { emptyProgress, openCase } from '../story/progress';
import { replayRoute } from '../story/route';
import { applyStep, beginRun, choiceStep, choicesOf, describeStepError, stepBack } from '../story/run';
import type { Run, Story } from '../story/types';
import { AuthorTools } from './author';
import { escapeFrom, goBack, openScreen, type Stack, topOf } from './navigation';
import { enterPage, keptInPlace } from './page-entry';
import { lockedNotice } from './refusal';
import { type EnterOptions, Replay } from './replay';
import { joinNotices, routeNotice, routeWaitingNotice, sameRoute } from './run-notices';
import { type FilePort, SaveSlots } from './save-slots';
import { type OverlayName, SCREENS, type ScreenName } from './screen-table';
import { type ScrollAmount, scrolls } from './scroll';
import { firstSnapshot, type Snapshot, savedCase } from './snapshot';
import * as typewriter from './typewriter';

export type { OverlayName, ScreenName } from './screen-table';
export { canStepBack, type Snapshot, type Typing } from './snapshot';

export interface ControllerDeps {
  readonly story: Story;
  /** Read when the player asks to continue; writing is the autosave's job (autosave.ts). */
  readonly runs: Pick<RunStore, 'load'> & Partial<Pick<RunStore, 'keepCopy'>>;
  readonly settingsStore: SettingsStore;
  readonly sound: SoundPort;
  /** What the player has found across cases; read once, written by progress-save.ts. */
  readonly progress?: Pick<ProgressStore, 'load'>;
  readonly slots?: SlotStore;
  readonly files?: FilePort;
  /** Copies a route link (the hash) to the clipboard as a whole address; false when it could not. */
  readonly copyLink?: (hash: string) => Promise<boolean>;
  readonly now?: () => Date;
  /** A view lays each page out before it is on screen (startTyping): the number keys wait for it. */
  readonly viewLaysOutPages?: () => boolean;
}

type Listener = (snapshot: Snapshot) => void;

export class GameController {
  private readonly deps: ControllerDeps;
  private readonly listeners = new Set<Listener>();
  /** A route link waiting for the answer to "replace the saved case?". */
  private pendingRoute: readonly string[] | null = null;
  private snapshot: Snapshot;
  /** The clock of the page being typed, once the view has laid the page out. */
  private clock: typewriter.Typewriter | null = null;
  /** The Saves screen's intents: save, load, delete, export, import. */
  readonly slots: SaveSlots;
  /** Reopening the file elsewhere: a save, a page seen (the map), the history, a link. */
  readonly replay: Replay;
  /** Author mode's jumps, variables and routes. */
  readonly author: AuthorTools;
  private readonly now: () => Date;

  constructor(deps: ControllerDeps) {
    this.deps = deps;
    const loadedSettings = deps.settingsStore.load();
    const saved = deps.runs.load();
    const progress = deps.progress?.load() ?? { kind: 'none' };
    this.snapshot = firstSnapshot(deps.story, loadedSettings.settings ?? DEFAULT_SETTINGS, saved, {
      progress: progress.kind === 'ok' ? progress.progress : emptyProgress(deps.story.id),
      notice: joinNotices(
        loadedSettings.problem,
        saved.kind === 'corrupt' ? saved.message : null,
        progress.kind === 'corrupt' ? progress.message : null,
      ),
    });
    this.now = deps.now ?? (() => new Date());
    const host = {
      state: () => this.snapshot,
      enter: (run: Run, previous: Run | null, notice: string | null, options?: EnterOptions) =>
        this.enterRun(run, previous, notice, options),
      report: (message: string) => this.report(message),
      keepCopy: (run: SavedRun) => this.deps.runs.keepCopy?.(run) ?? null,
    };
    this.replay = new Replay(host, this.now, deps.copyLink ?? null);
    this.author = new AuthorTools(host);
    this.slots = new SaveSlots(
      {
        state: () => this.snapshot,
        update: (change) => this.update(change),
        openSaved: (run, from) => this.replay.openSaved(run, from),
        currentSave: () => this.replay.currentSave(),
      },
      deps.slots ?? null,
      deps.files ?? null,
      this.now,
    );
    this.snapshot = { ...this.snapshot, slots: this.slots.summaries() };
    deps.sound.setLevels(soundLevels(this.snapshot.settings));
  }

  get state(): Snapshot {
    return this.snapshot;
  }

  get story(): Story {
    return this.snapshot.story;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  // ------------------------------------------------------------------------------ runs

  /**
   * Start a new case; when a saved case would be replaced (the title offers to continue it),
   * ask first: the snapshot's `confirm` says so, and nothing is replaced until confirmNewCase.
   */
  newCase(): void {
    this.pendingRoute = null;
    if (this.snapshot.screen === 'title' && this.snapshot.canContinue && !this.snapshot.savedClosed) {
      if (this.snapshot.confirm !== 'new-case') this.update({ confirm: 'new-case' });
      return;
    }
    this.openNewCase(beginRun(this.story), null);
  }

  /** A new case: the next case number, and the run it opens on (the start, or a route's end). */
  private openNewCase(run: Run, notice: string | null): void {
    const opened = openCase(this.snapshot.progress);
    this.enterRun(run, null, notice, { caseNumber: opened.caseNumber, progress: opened.progress });
  }

  /** Yes to "replace the saved case?". */
  confirmNewCase(): void {
    if (this.snapshot.confirm !== 'new-case') return;
    const route = this.pendingRoute;
    this.pendingRoute = null;
    if (route) this.enterRoute(route);
    else this.openNewCase(beginRun(this.story), null);
  }

  /** No to the question waiting (Escape answers it too). */
  cancelConfirm(): void {
    this.pendingRoute = null;
    if (this.snapshot.confirm !== null) this.update({ confirm: null });
  }

  /**
   * Open the file where a route link ends (its choice ids, from `#route=`), replayed from the
   * start. The link of the saved case itself (a reload) leaves the title as it is, with
   * Continue on it; any other route asks first, as a new case does, before it replaces a saved one.
   */
  openRoute(choices: readonly string[]): void {
    const saved = this.deps.runs.load();
    if (saved.kind === 'ok' && sameRoute(choicesOf(saved.run.steps), choices)) return;
    if (this.snapshot.screen === 'title' && this.snapshot.canContinue && !this.snapshot.savedClosed) {
      this.pendingRoute = choices;
      this.update({ confirm: 'new-case', notice: routeWaitingNotice(choices.length) });
      return;
    }
    this.enterRoute(choices);
  }

  private enterRoute(choices: readonly string[]): void {
    const derived = replayRoute(this.story, choices);
    this.openNewCase(derived.run, routeNotice(derived, choices.length));
  }

  /**
   * Load the saved run by deriving it from its steps. A run the story outgrew stops at the
   * last step that still fits, and the player is told; so are they when the story's version
   * changed since the save.
   */
  continueRun(): void {
    const saved = this.deps.runs.load();
    if (saved.kind !== 'ok') {
      this.update({ notice: saved.kind === 'corrupt' ? saved.message : 'There is no case to continue.' });
      return;
    }
    this.replay.openSaved(saved.run, null);
  }

  /**
   * One step back along the run, from the case, its menu or the ending: the page before, as it
   * was then, shown whole (it has been read). Nothing before the first page.
   */
  stepBack(): boolean {
    const { run, stack } = this.snapshot;
    if (!run || run.steps.length === 0 || (stack[0] !== 'case' && stack[0] !== 'ending')) return false;
    this.enterRun(stepBack(this.story, run), run, null, { read: true });
    return true;
  }

  /** Take a choice by id. Ignored unless the page is fully shown, so a double click takes one. */
  takeChoice(choiceId: string): boolean {
    const { run, revealed, screen, choices } = this.snapshot;
    if (!run || screen !== 'case' || !revealed) return false;
    const locked = choices.find((view) => view.choice.id === choiceId && !view.available);
    if (locked) {
      this.refuse(lockedNotice(locked));
      return false;
    }
    const result = applyStep(this.story, run, choiceStep(choiceId));
    if (!result.ok) {
      this.update({ notice: describeStepError(result.error) });
      return false;
    }
    this.enterRun(result.run, run, null);
    return true;
  }

  /**
   * Take the n-th shown choice (1-based), as the number keys do; a locked one says why not. Not
   * while the page is still turning in: keys pressed as fast as they come skip no page unseen.
   */
  takeChoiceNumber(n: number): boolean {
    if (this.deps.viewLaysOutPages?.() && this.snapshot.typing.total === null) return false;
    const view = this.snapshot.choices.find((c) => c.number === n);
    return view !== undefined && this.takeChoice(view.choice.id);
  }

  /**
   * A choice the player cannot take: say why (the notice is shown on the canvas and spoken by
   * the layer's status region) with a small sound. The same refusal twice is said twice.
   */
  private refuse(message: string): void {
    this.deps.sound.playEffect('clip');
    if (this.snapshot.notice === message) this.update({ notice: null });
    this.update({ notice: message });
  }

  // ------------------------------------------------------------------------- scrolling

  /** Arrows, Page Up/Down, Home/End: scroll the long page on screen. False where nothing scrolls. */
  scrollPage(amount: ScrollAmount): boolean {
    const { screen, scroll } = this.snapshot;
    if (!scrolls(screen, amount)) return false;
    this.update({ scroll: { id: (scroll?.id ?? 0) + 1, amount } });
    return true;
  }

  // ---------------------------------------------------------------------------- typing

  /**
   * The view has laid out the current page: `total` characters, lines starting at
   * `lineStarts`. Typing starts (or, for a page laid out again, goes on where it was).
   */
  startTyping(page: number, total: number, lineStarts: readonly number[]): void {
    if (page !== this.snapshot.pageNumber || !this.snapshot.passage) return;
    const { settings, revealed } = this.snapshot;
    const clock = this.clock
      ? typewriter.relaid(this.clock, total, lineStarts)
      : typewriter.startTypewriter({
          total,
          lineStarts,
          charsPerSecond: CHARACTERS_PER_SECOND[settings.textSpeed],
          byLine: settings.reducedMotion,
        });
    this.setClock(revealed ? typewriter.complete(clock) : clock);
  }

  /** Real time passed on the current page (the view's frame time). */
  advanceTyping(page: number, elapsedMs: number): void {
    if (page !== this.snapshot.pageNumber || !this.clock || this.snapshot.revealed) return;
    this.setClock(typewriter.tick(this.clock, elapsedMs));
  }

  /** Space, Enter or a click on the page: show the whole text at once. */
  completeText(): void {
    const { screen, revealed } = this.snapshot;
    if ((screen !== 'case' && screen !== 'ending') || revealed) return;
    if (this.clock) this.setClock(typewriter.complete(this.clock));
    else this.update({ revealed: true });
  }

  /** Only a change a view can see makes a new snapshot (not every frame's fraction of a character). */
  private setClock(clock: typewriter.Typewriter): void {
    this.clock = clock;
    const next = this.typingOf(clock);
    const before = this.snapshot;
    if (
      before.typing.shown === next.typing.shown &&
      before.typing.total === next.typing.total &&
      before.revealed === next.revealed
    )
      return;
    this.update(next);
  }

  // ------------------------------------------------------------------------ navigation

  open(screen: OverlayName): void {
    const change = screen === 'saves' ? { slots: this.slots.summaries() } : {};
    this.navigate(openScreen(this.snapshot.stack, screen, SCREENS), change);
  }

  /** Escape: whatever the screen on top says (the menu during a case, Back on an overlay). */
  escape(): void {
    if (this.snapshot.confirm !== null) {
      this.cancelConfirm();
      return;
    }
    this.navigate(escapeFrom(this.snapshot.stack, SCREENS));
  }

  back(): void {
    this.navigate(goBack(this.snapshot.stack, SCREENS));
  }

  toTitle(): void {
    this.navigate(['title'], savedCase(this.story, this.deps.runs.load()));
  }

  private navigate(stack: Stack<ScreenName>, change: Partial<Snapshot> = {}): void {
    if (stack === this.snapshot.stack && Object.keys(change).length === 0) return;
    this.update({ ...change, stack, screen: topOf(stack), confirm: null });
  }

  // -------------------------------------------------------------------------- settings

  changeSettings(change: Partial<Settings>): void {
    const settings = { ...this.snapshot.settings, ...change };
    const saved = this.deps.settingsStore.save(settings);
    this.deps.sound.setLevels(soundLevels(settings));
    // The page being typed goes on at the new speed and in the new motion mode.
    const clock =
      this.clock &&
      typewriter.withByLine(
        typewriter.withSpeed(this.clock, CHARACTERS_PER_SECOND[settings.textSpeed]),
        settings.reducedMotion,
      );
    this.clock = clock;
    const instantly = settings.textSpeed === 'instant' && this.snapshot.passage !== null;
    this.update({
      settings,
      notice: saved.ok ? this.snapshot.notice : saved.message,
      ...(clock ? this.typingOf(clock) : instantly ? { revealed: true } : {}),
    });
  }

  private typingOf(clock: typewriter.Typewriter): Pick<Snapshot, 'typing' | 'revealed'> {
    return {
      typing: { page: this.snapshot.pageNumber, shown: typewriter.shown(clock), total: clock.total },
      revealed: this.snapshot.revealed || typewriter.isDone(clock),
    };
  }

  // --------------------------------------------------------------------------- notices

  dismissNotice(): void {
    if (this.snapshot.notice !== null) this.update({ notice: null });
  }

  /** Tell the player something that happened outside an intent (a save that failed). */
  report(message: string): void {
    if (this.snapshot.notice?.includes(message)) return;
    this.update({ notice: joinNotices(this.snapshot.notice, message) });
  }

  // ---------------------------------------------------------------------------- pages

  /**
   * Play on a new version of the story (a hot update, story-update.ts says where the run stands):
   * the page on screen again, under the same page number, so every view redraws it in place.
   */
  replaceStory(story: Story, run: Run | null, notice: string | null): void {
    this.snapshot = { ...this.snapshot, story };
    if (run) this.enterRun(run, run, notice, { read: true, pageNumber: this.snapshot.pageNumber - 1, inPlace: true });
    else this.update({ notice });
  }

  private enterRun(run: Run, previous: Run | null, notice: string | null, options: EnterOptions = {}): void {
    const { settings } = this.snapshot;
    this.clock = null;
    const entered = enterPage({
      story: this.story,
      run,
      previous,
      progress: options.progress ?? this.snapshot.progress,
      caseNumber: options.caseNumber ?? this.snapshot.caseNumber,
      pageNumber: options.pageNumber ?? this.snapshot.pageNumber,
      read: options.read === true || settings.textSpeed === 'instant',
      skipSeen: settings.skipSeen,
      at: this.now().toISOString(),
    });
    this.update({ ...entered, ...(options.inPlace ? keptInPlace(this.snapshot, entered) : {}), notice });
  }

  private update(change: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
