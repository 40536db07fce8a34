/**
 * The game's one source of truth between the engine and the two views (the Phaser canvas and
 * the accessible DOM layer). No Phaser and no DOM here: both views subscribe to snapshots and
 * send the player's intents back, so the canvas and the DOM can never disagree.
 */
import type { SoundPort } from '../audio/sound';
import type { RunStore, SettingsStore } from '../save/ports';
import { DEFAULT_SETTINGS, type Settings } from '../save/settings-types';
import {
  type ChoiceView,
  choose,
  currentPassage,
  describeChoiceError,
  findPassage,
  listChoices,
  passagePath,
  replay,
  startRun,
} from '../story/engine';
import type { Exhibit, Passage, RunState, Story } from '../story/types';

export type ScreenName = 'title' | 'case' | 'ending' | 'settings' | 'sources' | 'menu';

export interface Snapshot {
  readonly screen: ScreenName;
  /** Where Escape or Back returns from settings, sources or the menu. */
  readonly returnTo: ScreenName;
  readonly run: RunState | null;
  readonly passage: Passage | null;
  readonly choices: readonly ChoiceView[];
  /** True once the current page is fully typed; choices are taken only then. */
  readonly revealed: boolean;
  /** Set when the current passage opens a new chapter: the view shows the divider first. */
  readonly chapterChanged: boolean;
  /** Exhibits gathered along the run, oldest first. */
  readonly exhibits: readonly Exhibit[];
  /** Passage ids of the documents in the file so far, oldest first. */
  readonly documents: readonly string[];
  readonly settings: Settings;
  readonly canContinue: boolean;
  /** A message for the player (a save that could not be read, storage that is full). */
  readonly notice: string | null;
  /** Increments with every new page, so views can tell a new page from a re-render. */
  readonly pageNumber: number;
}

export interface ControllerDeps {
  readonly story: Story;
  readonly runs: RunStore;
  readonly settingsStore: SettingsStore;
  readonly sound: SoundPort;
  readonly now?: () => Date;
}

type Listener = (snapshot: Snapshot) => void;

export class GameController {
  private readonly story: Story;
  private readonly deps: ControllerDeps;
  private readonly listeners = new Set<Listener>();
  private snapshot: Snapshot;

  constructor(deps: ControllerDeps) {
    this.deps = deps;
    this.story = deps.story;
    const loadedSettings = deps.settingsStore.load();
    const saved = deps.runs.load();
    const notices: string[] = [];
    if (loadedSettings.problem) notices.push(loadedSettings.problem);
    if (saved.kind === 'corrupt') notices.push(saved.message);
    this.snapshot = {
      screen: 'title',
      returnTo: 'title',
      run: null,
      passage: null,
      choices: [],
      revealed: false,
      chapterChanged: false,
      exhibits: [],
      documents: [],
      settings: loadedSettings.settings ?? DEFAULT_SETTINGS,
      canContinue: saved.kind === 'ok' && saved.run.storyId === this.story.id && saved.run.log.length > 0,
      notice: notices.length > 0 ? notices.join(' ') : null,
      pageNumber: 0,
    };
    deps.sound.setLevels(levelsOf(this.snapshot.settings));
  }

  get state(): Snapshot {
    return this.snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  newCase(): void {
    this.enterRun(startRun(this.story), null);
  }

  /** Load the saved run by replaying its log; a log the story outgrew stops at the last fitting step. */
  continueRun(): void {
    const saved = this.deps.runs.load();
    if (saved.kind !== 'ok') {
      this.update({ notice: saved.kind === 'corrupt' ? saved.message : 'There is no case to continue.' });
      return;
    }
    const result = replay(this.story, saved.run.log);
    const notice =
      result.failedAt === undefined
        ? null
        : `The story has changed since this case was saved; it resumes at step ${result.failedAt + 1}. ${
            result.error ? describeChoiceError(result.error) : ''
          }`.trim();
    this.enterRun(result.state, notice);
  }

  /** Take a choice by id. Ignored unless the page is fully shown, so a double click takes one. */
  takeChoice(choiceId: string): boolean {
    const { run, revealed, screen } = this.snapshot;
    if (!run || screen !== 'case' || !revealed) return false;
    const result = choose(this.story, run, choiceId);
    if (!result.ok) {
      this.update({ notice: describeChoiceError(result.error) });
      return false;
    }
    this.enterRun(result.state, null);
    return true;
  }

  /** Take the n-th shown choice (1-based), as the number keys do. */
  takeChoiceNumber(n: number): boolean {
    const view = this.snapshot.choices.find((c) => c.number === n);
    return view?.available === true && this.takeChoice(view.choice.id);
  }

  /** Space, Enter or a click on the page: show the whole text at once. */
  completeText(): void {
    if (this.snapshot.screen === 'case' && !this.snapshot.revealed) this.update({ revealed: true });
  }

  /** The view reports the typewriter finished. Only the current page can be marked. */
  markRevealed(pageNumber: number): void {
    if (pageNumber === this.snapshot.pageNumber && !this.snapshot.revealed) this.update({ revealed: true });
  }

  open(screen: 'settings' | 'sources' | 'menu'): void {
    const current = this.snapshot.screen;
    if (current === screen) return;
    const returnTo =
      current === 'settings' || current === 'sources' || current === 'menu' ? this.snapshot.returnTo : current;
    this.update({ screen, returnTo });
  }

  /** Escape: open the menu during a case, otherwise go back. */
  escape(): void {
    const { screen } = this.snapshot;
    if (screen === 'case') this.open('menu');
    else if (screen === 'settings' || screen === 'sources' || screen === 'menu') this.back();
  }

  back(): void {
    this.update({ screen: this.snapshot.returnTo, returnTo: 'title' });
  }

  toTitle(): void {
    this.update({ screen: 'title', returnTo: 'title', canContinue: this.hasSavedRun() });
  }

  changeSettings(change: Partial<Settings>): void {
    const settings = { ...this.snapshot.settings, ...change };
    const saved = this.deps.settingsStore.save(settings);
    this.deps.sound.setLevels(levelsOf(settings));
    this.update({ settings, notice: saved.ok ? this.snapshot.notice : saved.message });
  }

  dismissNotice(): void {
    if (this.snapshot.notice !== null) this.update({ notice: null });
  }

  private hasSavedRun(): boolean {
    const saved = this.deps.runs.load();
    return saved.kind === 'ok' && saved.run.storyId === this.story.id && saved.run.log.length > 0;
  }

  /** An ended case leaves nothing to continue; any other page is saved as its choice log. */
  private autosave(run: RunState, ended: boolean) {
    if (ended) {
      this.deps.runs.clear();
      return { ok: true as const };
    }
    return this.deps.runs.save({
      storyId: this.story.id,
      storyVersion: this.story.version,
      log: run.log,
      savedAt: (this.deps.now?.() ?? new Date()).toISOString(),
    });
  }

  private enterRun(run: RunState, notice: string | null): void {
    const passage = currentPassage(this.story, run);
    const previousId = this.snapshot.run?.passage;
    const previous = previousId ? findPassage(this.story, previousId) : undefined;
    const documents = passagePath(this.story, run.log);
    const exhibits = documents
      .map((id) => findPassage(this.story, id)?.exhibit)
      .filter((exhibit): exhibit is Exhibit => exhibit !== undefined);
    const saveResult = this.autosave(run, passage.ending !== undefined);
    const notices = [notice, saveResult.ok ? null : saveResult.message].filter(Boolean);
    this.update({
      screen: passage.ending ? 'ending' : 'case',
      returnTo: 'title',
      run,
      passage,
      choices: listChoices(this.story, run),
      revealed: this.snapshot.settings.textSpeed === 'instant',
      chapterChanged: previous?.chapter !== passage.chapter,
      exhibits,
      documents,
      canContinue: !passage.ending,
      notice: notices.length > 0 ? notices.join(' ') : null,
      pageNumber: this.snapshot.pageNumber + 1,
    });
  }

  private update(change: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}

function levelsOf(settings: Settings) {
  return { music: settings.musicVolume, effects: settings.effectsVolume, muted: settings.muted };
}
