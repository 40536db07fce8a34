/**
 * Replaying the branches of the story, through the controller as a player drives it, on the
 * example story with the real localStorage stores over an in-memory storage: what is found
 * across cases (and kept), the branch map's jump, the history's reopen, the three save slots
 * with their questions, export and import, and the map's model.
 */
import { describe, expect, it } from 'vitest';
import { story as realStory } from '../../../src/content/story';
import { GameController } from '../../../src/game/controller';
import { historyList } from '../../../src/game/lists/history-list';
import { choicesLine, mapChapters, pageName } from '../../../src/game/lists/map-model';
import { savesList } from '../../../src/game/lists/saves-list';
import { attachProgressSave } from '../../../src/game/progress-save';
import { askedQuestion } from '../../../src/game/questions';
import type { FilePort } from '../../../src/game/save-slots';
import { createProgressStore, progressKey } from '../../../src/save/local-progress-store';
import { createSlotStore, slotKey } from '../../../src/save/local-slot-store';
import type { SavedRun } from '../../../src/save/ports';
import { parseSaveFile, saveFileText } from '../../../src/save/save-file';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import { choiceStep, type Story } from '../../../src/story';
import { choiceKey, completion, type Progress } from '../../../src/story/progress';
import { replayRoute } from '../../../src/story/route';
import { exampleStory } from '../../fixtures/example-story';
import { MemoryRuns, MemorySettings, silentSound } from '../dom/fixtures';
import { FullStorage, MemoryStorage } from '../save/fake-storage';

const NOW = new Date('2026-03-05T12:00:00.000Z');
const now = () => NOW;

/** Downloads are kept; the file picker hands back the texts queued, one per pick (null: none picked). */
class FakeFiles implements FilePort {
  readonly downloads: Array<{ name: string; text: string }> = [];
  readonly queued: Array<string | null> = [];
  download(name: string, text: string): void {
    this.downloads.push({ name, text });
  }
  pickText(): Promise<string | null> {
    return Promise.resolve(this.queued.length > 0 ? (this.queued.shift() ?? null) : null);
  }
}

interface Setup {
  readonly storage?: Storage;
  readonly settings?: Partial<Settings>;
  readonly story?: Story;
  readonly files?: FakeFiles;
}

function setup(options: Setup = {}) {
  const story = options.story ?? exampleStory;
  const storage = options.storage ?? new MemoryStorage();
  const files = options.files ?? new FakeFiles();
  const progressStore = createProgressStore(storage, { storyId: story.id, now });
  const slotStore = createSlotStore(storage, { storyId: story.id, now });
  const controller = new GameController({
    story,
    runs: new MemoryRuns(),
    settingsStore: new MemorySettings({ ...DEFAULT_SETTINGS, textSpeed: 'instant', ...options.settings }),
    sound: silentSound,
    progress: progressStore,
    slots: slotStore,
    files,
    now,
  });
  return { controller, storage, files, progressStore, slotStore, story };
}

/** Take these choices as a player would: show each page whole, then click. */
function play(controller: GameController, choices: readonly string[]): void {
  for (const id of choices) {
    controller.completeText();
    expect(controller.takeChoice(id), `take ${id} on ${controller.state.passage?.id}`).toBe(true);
  }
}

const CLEARED_WITH_MONEY = ['accept', 'take-envelope', 'report', 'confess-all'];

describe('what is found across cases', () => {
  it('holds every page of the path and every choice taken, and completion rises with each case', () => {
    const { controller, story } = setup();
    expect(controller.state.caseNumber).toBe(0);
    expect(completion(controller.state.progress, story).percent).toBe(0);

    controller.newCase();
    expect(controller.state.caseNumber).toBe(1);
    play(controller, CLEARED_WITH_MONEY);
    const first = controller.state;
    expect(first.screen).toBe('ending');
    const run = first.run;
    if (!run) throw new Error('no run');
    for (const id of run.path) expect(first.progress.pages[id], id).toBeDefined();
    run.steps.forEach((step, index) => {
      if (step.kind === 'choice')
        expect(first.progress.choices[choiceKey(run.path[index] as string, step.choice)]).toBeDefined();
    });
    expect(Object.keys(first.progress.endings)).toEqual(['case-cleared']);
    const afterOne = completion(first.progress, story);
    expect(afterOne.pages.seen).toBe(new Set(run.path).size);
    expect(afterOne.choices.taken).toBe(4);
    expect(afterOne.percent).toBeGreaterThan(0);

    controller.newCase();
    expect(controller.state.caseNumber).toBe(2);
    expect(controller.state.run?.steps).toEqual([]);
    play(controller, ['decline']);
    const afterTwo = completion(controller.state.progress, story);
    expect(afterTwo.percent).toBeGreaterThan(afterOne.percent);
    expect(afterTwo.endings.found).toBe(2);
    // Case 1's finds are still there.
    for (const id of run.path) expect(controller.state.progress.pages[id]).toBeDefined();
  });

  it('marks the pages of an earlier case as seen before, and skip-seen shows them whole at once', () => {
    const { controller } = setup({ settings: { textSpeed: 'normal', skipSeen: true } });
    controller.newCase();
    expect(controller.state.seenBefore).toBe(false);
    expect(controller.state.revealed).toBe(false);
    play(controller, ['accept']);
    expect(controller.state.seenBefore).toBe(false);
    expect(controller.state.revealed).toBe(false);

    controller.newCase();
    expect(controller.state.caseNumber).toBe(2);
    expect(controller.state.passage?.id).toBe('offer-letter');
    expect(controller.state.seenBefore).toBe(true);
    expect(controller.state.revealed).toBe(true);
    // Straight to a choice: the page was shown whole.
    expect(controller.takeChoice('decline')).toBe(true);
    // A page never read before is typed as usual.
    expect(controller.state.passage?.id).toBe('offer-refused');
    expect(controller.state.seenBefore).toBe(false);
    expect(controller.state.revealed).toBe(false);
  });

  it('without skip-seen, a page seen before is marked but still typed', () => {
    const { controller } = setup({ settings: { textSpeed: 'normal', skipSeen: false } });
    controller.newCase();
    play(controller, ['decline']);
    controller.newCase();
    expect(controller.state.seenBefore).toBe(true);
    expect(controller.state.revealed).toBe(false);
    expect(controller.takeChoice('accept')).toBe(false);
  });

  it('within one case, a page met again is not "seen before" (that is for earlier cases)', () => {
    const { controller } = setup({ settings: { textSpeed: 'normal', skipSeen: true } });
    controller.newCase();
    play(controller, ['accept', 'take-envelope']);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.seenBefore).toBe(false);
    expect(controller.state.revealed).toBe(false);
  });

  it('marks as new only the choices never taken, and only on a page seen before', () => {
    const { controller } = setup();
    controller.newCase();
    // A first reading: every door is new, so none is marked.
    expect(controller.state.newChoices).toEqual([]);
    play(controller, ['accept']);
    expect(controller.state.newChoices).toEqual([]);
    play(controller, ['report', 'confess-all']);

    controller.newCase();
    expect(controller.state.newChoices).toEqual(['decline', 'report-now']);
    play(controller, ['accept']);
    expect(controller.state.newChoices).toEqual(['take-envelope', 'run']);
    play(controller, ['report']);
    expect(controller.state.newChoices).toEqual(['keep-quiet', 'nothing-to-hide']);
  });

  it('on a page first read in this case, marks nothing, even in a later case', () => {
    const { controller } = setup();
    controller.newCase();
    play(controller, ['decline']);
    controller.newCase();
    play(controller, ['accept']);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.newChoices).toEqual([]);
  });

  // A door back to its own page is taken on arrival: it is not new there.
  it('does not mark as new the choice just taken when it leads back to the same page', () => {
    const { controller } = setup();
    controller.newCase();
    play(controller, ['accept', 'take-envelope']);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.newChoices).toEqual(['report', 'run']);
  });
});

describe('the branch map’s jump', () => {
  function twoCases() {
    const made = setup();
    made.controller.newCase();
    play(made.controller, CLEARED_WITH_MONEY);
    made.controller.newCase();
    play(made.controller, ['report-now', 'nothing-to-hide']);
    return made;
  }

  it('reopens a page with the state of the most recent run that reached it, in that run’s case', () => {
    const { controller, story } = twoCases();
    controller.open('map');
    expect(controller.replay.jumpToPage('case-report')).toBe(true);
    const state = controller.state;
    expect(state.stack).toEqual(['case']);
    expect(state.passage?.id).toBe('case-report');
    expect(state.run?.steps).toEqual([choiceStep('report-now')]);
    expect(state.run?.state).toEqual(replayRoute(story, ['report-now']).run.state);
    expect(state.run?.state.variables).toMatchObject({ money: 0, reported: true });
    expect(state.caseNumber).toBe(2);
    expect(state.revealed).toBe(true);
    expect(state.notice).toContain('case 2');
    expect(state.notice).toContain('\u201cInterview note\u201d');
  });

  it('reopens a page only case 1 reached as case 1 left it, and says so', () => {
    const { controller, story } = twoCases();
    expect(controller.replay.jumpToPage('offer-meeting')).toBe(true);
    const state = controller.state;
    expect(state.passage?.id).toBe('offer-meeting');
    // The first arrival there in that case: one envelope, not two.
    expect(state.run?.steps).toEqual([choiceStep('accept')]);
    expect(state.run?.state).toEqual(replayRoute(story, ['accept']).run.state);
    expect(state.run?.state.variables).toMatchObject({ money: 10 });
    expect(state.caseNumber).toBe(1);
    expect(state.notice).toMatch(/case 1, on 5 March 2026/);
    // And the case goes on from there: another door, taken in case 1.
    expect(controller.takeChoice('take-envelope')).toBe(true);
    expect(controller.state.run?.state.variables).toMatchObject({ money: 20 });
    expect(controller.state.caseNumber).toBe(1);
  });

  it('reopens a found ending from the gallery on its last page', () => {
    const { controller } = twoCases();
    expect(controller.replay.jumpToPage('case-cleared')).toBe(true);
    expect(controller.state.screen).toBe('ending');
    expect(controller.state.passage?.id).toBe('case-cleared');
    expect(controller.state.caseNumber).toBe(2);
  });

  it('refuses a page never seen, and changes nothing', () => {
    const { controller } = twoCases();
    const before = controller.state;
    expect(controller.replay.jumpToPage('case-ran')).toBe(false);
    expect(controller.replay.jumpToPage('no-such-page')).toBe(false);
    expect(controller.state).toBe(before);

    const fresh = setup().controller;
    const title = fresh.state;
    expect(fresh.replay.jumpToPage('offer-letter')).toBe(false);
    expect(fresh.state).toBe(title);
  });

  // Page ids are looked up as the progress's own keys, never an object's inherited names.
  it('refuses an id that is a name on every object, as it refuses any page never seen', () => {
    const { controller } = twoCases();
    expect(controller.replay.jumpToPage('constructor')).toBe(false);
  });
});

describe('the history’s reopen', () => {
  it('opens the page of an entry with the run’s first steps, in the same case', () => {
    const { controller, story } = setup();
    controller.newCase();
    play(controller, CLEARED_WITH_MONEY);
    controller.open('history');
    expect(controller.replay.reopenAt(2)).toBe(true);
    const state = controller.state;
    expect(state.stack).toEqual(['case']);
    expect(state.passage?.id).toBe('offer-meeting');
    expect(state.run?.steps).toEqual(CLEARED_WITH_MONEY.slice(0, 2).map(choiceStep));
    expect(state.run?.state).toEqual(replayRoute(story, CLEARED_WITH_MONEY.slice(0, 2)).run.state);
    expect(state.run?.state.variables).toMatchObject({ money: 20 });
    expect(state.caseNumber).toBe(1);
    expect(state.revealed).toBe(true);

    expect(controller.replay.reopenAt(0)).toBe(true);
    expect(controller.state.passage?.id).toBe('offer-letter');
    expect(controller.state.run?.steps).toEqual([]);
  });

  it('refuses an entry out of range (before the first, the page on screen, past it), changing nothing', () => {
    const { controller } = setup();
    expect(controller.replay.reopenAt(0)).toBe(false); // no case open
    controller.newCase();
    play(controller, ['accept', 'report']);
    const before = controller.state;
    for (const n of [-1, 2, 3, 99]) expect(controller.replay.reopenAt(n), String(n)).toBe(false);
    expect(controller.state).toBe(before);
  });

  it('is what the history sheet’s Reopen buttons do, page by page; the page on screen has none', () => {
    const { controller } = setup();
    controller.newCase();
    play(controller, ['accept', 'report']);
    controller.open('history');
    const model = historyList(controller.state);
    expect(model.rows.map((row) => row.title)).toEqual([
      '1. A message from an old classmate',
      '2. A receipt from a hotel bar',
      '3. Interview note',
    ]);
    expect(model.rows.map((row) => row.actions.length)).toEqual([1, 1, 0]);
    expect(model.rows[2]?.mark).toBe('NOW');
    model.rows[1]?.actions[0]?.act(controller);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.run?.steps).toEqual([choiceStep('accept')]);
  });
});

describe('the save slots', () => {
  const storedSteps = (storage: Storage, slot: number) => {
    const raw = storage.getItem(slotKey(exampleStory.id, slot));
    return raw === null ? null : (JSON.parse(raw) as { run: SavedRun }).run.steps;
  };

  it('saves the case in a slot, which then shows its page, its chapter and when', () => {
    const { controller, storage } = setup();
    controller.newCase();
    play(controller, ['accept']);
    controller.open('saves');
    expect(controller.state.slots.map((s) => s.kind)).toEqual(['empty', 'empty', 'empty']);
    controller.slots.save(1);
    expect(controller.state.confirm).toBeNull();
    expect(controller.state.slots[0]).toEqual({
      slot: 1,
      kind: 'saved',
      title: 'A receipt from a hotel bar',
      chapter: 'Chapter 1: The Offer',
      savedAt: NOW.toISOString(),
      steps: 1,
      ending: false,
      outgrown: false,
    });
    expect(controller.state.notice).toBe('The case was saved in slot 1.');
    expect(storedSteps(storage, 1)).toEqual([choiceStep('accept')]);
    expect(savesList(controller.state, NOW).rows[0]?.title).toBe('Slot 1: A receipt from a hotel bar');
  });

  it('saves nothing from the title, where no case is open', () => {
    const { controller, storage } = setup();
    controller.open('saves');
    controller.slots.save(1);
    expect(controller.state.slots[0]?.kind).toBe('empty');
    expect(storedSteps(storage, 1)).toBeNull();
  });

  it('asks before saving over a slot: No keeps the old save, Yes replaces it', () => {
    const { controller, storage } = setup();
    controller.newCase();
    play(controller, ['accept']);
    controller.slots.save(1);
    play(controller, ['take-envelope']);

    controller.slots.save(1);
    const question = controller.state.confirm;
    expect(question).toEqual({ kind: 'overwrite-slot', slot: 1 });
    expect(storedSteps(storage, 1)).toEqual([choiceStep('accept')]);
    controller.cancelConfirm();
    expect(controller.state.confirm).toBeNull();
    expect(storedSteps(storage, 1)).toEqual([choiceStep('accept')]);
    expect(controller.state.slots[0]).toMatchObject({ kind: 'saved', steps: 1 });

    // Escape answers No too.
    controller.slots.save(1);
    controller.escape();
    expect(controller.state.confirm).toBeNull();
    expect(storedSteps(storage, 1)).toEqual([choiceStep('accept')]);

    controller.slots.save(1);
    controller.slots.confirm();
    expect(controller.state.confirm).toBeNull();
    expect(storedSteps(storage, 1)).toEqual([choiceStep('accept'), choiceStep('take-envelope')]);
    expect(controller.state.slots[0]).toMatchObject({ kind: 'saved', steps: 2 });
  });

  it('answers the question as both views ask it: keep first, then the one that loses the save', () => {
    const { controller, storage } = setup();
    controller.newCase();
    play(controller, ['accept']);
    controller.slots.save(2);
    play(controller, ['report']);
    controller.slots.save(2);
    const asked = askedQuestion(controller.state.confirm ?? 'new-case');
    expect(asked.go.control).toBe('confirmOverwrite');
    asked.keep.act(controller);
    expect(storedSteps(storage, 2)).toEqual([choiceStep('accept')]);
    controller.slots.save(2);
    askedQuestion(controller.state.confirm ?? 'new-case').go.act(controller);
    expect(storedSteps(storage, 2)).toEqual([choiceStep('accept'), choiceStep('report')]);
  });

  it('asks before deleting a slot, and Yes empties it; an empty slot asks nothing', () => {
    const { controller, storage } = setup();
    controller.newCase();
    controller.slots.save(1);
    controller.slots.remove(1);
    expect(controller.state.confirm).toEqual({ kind: 'delete-slot', slot: 1 });
    expect(storedSteps(storage, 1)).toEqual([]);
    controller.cancelConfirm();
    expect(controller.state.slots[0]?.kind).toBe('saved');

    controller.slots.remove(1);
    expect(askedQuestion(controller.state.confirm ?? 'new-case').go.control).toBe('confirmDelete');
    controller.slots.confirm();
    expect(controller.state.confirm).toBeNull();
    expect(storedSteps(storage, 1)).toBeNull();
    expect(controller.state.slots[0]?.kind).toBe('empty');
    expect(controller.state.notice).toBe('Slot 1 was deleted.');

    controller.slots.remove(3);
    expect(controller.state.confirm).toBeNull();
  });

  it('loads a slot on its page, in its own case, and says where it came from', () => {
    const { controller } = setup();
    controller.newCase();
    play(controller, ['accept', 'take-envelope']);
    const saved = controller.state.run;
    controller.slots.save(1);
    controller.newCase();
    play(controller, ['decline']);
    expect(controller.state.caseNumber).toBe(2);

    controller.open('saves');
    controller.slots.load(1);
    expect(controller.state.stack).toEqual(['case']);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.run?.steps).toEqual(saved?.steps);
    expect(controller.state.run?.state).toEqual(saved?.state);
    expect(controller.state.caseNumber).toBe(1);
    expect(controller.state.notice).toBe('Loaded the case from slot 1.');
  });

  it('loading an empty slot does nothing', () => {
    const { controller } = setup();
    controller.newCase();
    const before = controller.state;
    controller.slots.load(2);
    expect(controller.state).toBe(before);
  });

  it('exports every save to a file that reads back, and importing it restores the slots after a wipe', async () => {
    const { controller, storage, files } = setup();
    controller.newCase();
    play(controller, ['accept']);
    controller.slots.save(1);
    play(controller, ['report']);
    controller.slots.save(3);
    const inSlot3 = controller.state.run;

    controller.slots.exportSaves('all');
    expect(files.downloads).toHaveLength(1);
    const file = files.downloads[0];
    if (!file) throw new Error('nothing downloaded');
    expect(file.name).toMatch(/^the-consultant-example-slots-1-3-\d{4}-\d{2}-\d{2}\.json$/);
    expect(controller.state.notice).toBe(`2 saves were exported as "${file.name}".`);
    const parsed = parseSaveFile(file.text, exampleStory.id);
    expect(parsed).toEqual({
      ok: true,
      saves: [
        { slot: 1, run: expect.objectContaining({ steps: [choiceStep('accept')], caseNumber: 1 }) },
        { slot: 3, run: expect.objectContaining({ steps: [choiceStep('accept'), choiceStep('report')] }) },
      ],
    });

    // The browser's storage is wiped; the game is opened again.
    storage.clear();
    const again = setup({ storage, files });
    expect(again.controller.state.slots.map((s) => s.kind)).toEqual(['empty', 'empty', 'empty']);
    files.queued.push(file.text);
    await again.controller.slots.importSaves();
    expect(again.controller.state.notice).toBe('Imported 2 saves into slots 1, 3.');
    expect(again.controller.state.slots.map((s) => s.kind)).toEqual(['saved', 'empty', 'saved']);
    again.controller.slots.load(3);
    expect(again.controller.state.passage?.id).toBe('case-report');
    expect(again.controller.state.run?.steps).toEqual(inSlot3?.steps);
    expect(again.controller.state.run?.state).toEqual(inSlot3?.state);
  });

  it('exports one slot on its own, and says when there is nothing to export', () => {
    const { controller, files } = setup();
    controller.slots.exportSaves('all');
    expect(files.downloads).toEqual([]);
    expect(controller.state.notice).toBe('There is no save to export.');
    controller.newCase();
    controller.slots.save(2);
    controller.slots.exportSaves(1);
    expect(files.downloads).toEqual([]);
    controller.slots.exportSaves(2);
    expect(files.downloads).toHaveLength(1);
    const parsed = parseSaveFile(files.downloads[0]?.text ?? '', exampleStory.id);
    expect(parsed.ok && parsed.saves.map((s) => s.slot)).toEqual([2]);
    expect(controller.state.notice).toMatch(/^The save was exported as "the-consultant-example-slot-2-/);
  });

  it('refuses a file of another story with a clear notice, and writes nothing', async () => {
    const { controller, storage, files } = setup();
    controller.newCase();
    controller.slots.save(1);
    const keys = (storage as MemoryStorage).keys().map((key) => [key, storage.getItem(key)]);
    const slotsBefore = controller.state.slots;
    const foreign: SavedRun = {
      storyId: 'another-story',
      storyVersion: 1,
      steps: [choiceStep('accept')],
      savedAt: NOW.toISOString(),
    };
    files.queued.push(saveFileText({ id: 'another-story', title: 'Another' }, [{ slot: 2, run: foreign }], NOW));
    await controller.slots.importSaves();
    expect(controller.state.notice).toBe('These saves belong to another story, "another-story"; nothing was imported.');
    expect((storage as MemoryStorage).keys().map((key) => [key, storage.getItem(key)])).toEqual(keys);
    expect(controller.state.slots).toEqual(slotsBefore);

    files.queued.push('{ not json');
    await controller.slots.importSaves();
    expect(controller.state.notice).toMatch(/not valid JSON\. Nothing was imported\./);
    expect((storage as MemoryStorage).keys().map((key) => [key, storage.getItem(key)])).toEqual(keys);
  });

  it('does nothing when the player picks no file', async () => {
    const { controller } = setup();
    const before = controller.state;
    await controller.slots.importSaves();
    expect(controller.state).toBe(before);
  });

  function withDamagedSlot2() {
    const storage = new MemoryStorage();
    const store = createSlotStore(storage, { storyId: exampleStory.id, now });
    const run = (choices: string[]): SavedRun => ({
      storyId: exampleStory.id,
      storyVersion: exampleStory.version,
      steps: choices.map(choiceStep),
      savedAt: NOW.toISOString(),
      caseNumber: 1,
    });
    expect(store.save(1, run(['accept']))).toEqual({ ok: true });
    expect(store.save(3, run(['report-now']))).toEqual({ ok: true });
    storage.setItem(slotKey(exampleStory.id, 2), '{"format":1,"run":{"storyId":');
    return setup({ storage });
  }

  it('shows a damaged slot as damaged, and the other slots still load', () => {
    const { controller } = withDamagedSlot2();
    expect(controller.state.slots.map((s) => s.kind)).toEqual(['saved', 'corrupt', 'saved']);
    const damaged = controller.state.slots[1];
    expect(damaged?.kind === 'corrupt' && damaged.message).toMatch(/^Slot 2 could not be read/);
    expect(savesList(controller.state, NOW).rows[1]?.mark).toBe('DAMAGED');
    controller.slots.load(1);
    expect(controller.state.passage?.id).toBe('offer-meeting');
    expect(controller.state.notice).toBe('Loaded the case from slot 1.');
    controller.slots.load(3);
    expect(controller.state.passage?.id).toBe('case-report');
    expect(controller.state.notice).toBe('Loaded the case from slot 3.');
  });

  // A damaged slot is kept aside and emptied by the read that finds it; the Saves screen still says so.
  it('still says a damaged slot could not be read when the player opens the Saves screen', () => {
    const { controller } = withDamagedSlot2();
    controller.open('saves');
    const said = controller.state.slots[1]?.kind === 'corrupt' || /Slot 2/.test(controller.state.notice ?? '');
    expect(said).toBe(true);
  });
});

describe('the progress store', () => {
  /** A store that records each write, and what the controller showed when it came. */
  function recording(controllerOf: () => GameController | null) {
    const writes: Array<{ progress: Progress; onScreen: Progress | undefined }> = [];
    return {
      writes,
      save(progress: Progress) {
        writes.push({ progress, onScreen: controllerOf()?.state.progress });
        return { ok: true as const };
      },
    };
  }

  it('is written after each page that finds something, not on typing, menus or settings', () => {
    let made: GameController | null = null;
    const store = recording(() => made);
    const { controller } = setup({ settings: { textSpeed: 'normal' } });
    made = controller;
    attachProgressSave(controller, store);
    expect(store.writes).toEqual([]);

    controller.newCase();
    expect(store.writes).toHaveLength(1);
    const page = controller.state.pageNumber;
    controller.startTyping(page, 100, [0]);
    controller.advanceTyping(page, 500);
    controller.completeText();
    controller.open('menu');
    controller.open('settings');
    controller.changeSettings({ highContrast: true });
    controller.back();
    controller.back();
    controller.dismissNotice();
    expect(store.writes).toHaveLength(1);

    expect(controller.takeChoice('accept')).toBe(true);
    expect(store.writes).toHaveLength(2);
    // A step back finds nothing new.
    controller.stepBack();
    expect(store.writes).toHaveLength(2);
    for (const write of store.writes) expect(write.onScreen).toBe(write.progress);
    expect(store.writes.at(-1)?.progress.pages['offer-meeting']).toBeDefined();
  });

  it('keeps what was found for the next visit: the case count goes on, and pages read are seen', () => {
    const storage = new MemoryStorage();
    const first = setup({ storage });
    attachProgressSave(first.controller, first.progressStore);
    first.controller.newCase();
    play(first.controller, ['decline']);
    expect(storage.getItem(progressKey(exampleStory.id))).not.toBeNull();

    const second = setup({ storage });
    expect(second.controller.state.progress).toEqual(first.controller.state.progress);
    second.controller.newCase();
    expect(second.controller.state.caseNumber).toBe(2);
    expect(second.controller.state.seenBefore).toBe(true);
    expect(second.controller.state.newChoices).toEqual(['accept', 'report-now']);
  });

  it('reports a write that fails in a notice, and play goes on', () => {
    const storage = new FullStorage(0);
    const { controller } = setup({ storage });
    attachProgressSave(controller, createProgressStore(storage, { storyId: exampleStory.id, now }));
    controller.newCase();
    expect(controller.state.notice).toContain(
      "Your progress could not be saved: the browser's storage for this site is full.",
    );
    expect(controller.takeChoice('accept')).toBe(true);
    expect(controller.state.passage?.id).toBe('offer-meeting');
  });
});

describe('the map’s model', () => {
  function mapped() {
    const made = setup();
    made.controller.newCase();
    play(made.controller, ['accept', 'report', 'confess-all']);
    made.controller.newCase();
    play(made.controller, ['decline']);
    return made;
  }

  it('lists the pages seen by chapter, in the story’s order, and never names an unseen one', () => {
    const { controller, story } = mapped();
    const chapters = mapChapters(controller.state);
    expect(chapters.map((c) => [c.number, c.title, c.total])).toEqual([
      [1, 'The Offer', 3],
      [2, 'The Case', 4],
    ]);
    expect(chapters.map((c) => c.pages.map((p) => p.id))).toEqual([
      ['offer-letter', 'offer-meeting', 'offer-refused'],
      ['case-report', 'case-cleared'],
    ]);
    const unseen = story.chapters
      .flatMap((c) => c.passages)
      .filter((p) => controller.state.progress.pages[p.id] === undefined);
    expect(unseen.map((p) => p.id)).toEqual(['case-ran', 'case-arrested']);
    const text = JSON.stringify(chapters);
    for (const passage of unseen) {
      expect(text).not.toContain(`"${passage.id}"`);
      expect(text).not.toContain(`"${passage.title}"`);
    }
  });

  it('flags each choice taken or not, in any case; marks the path and the page on screen', () => {
    const { controller } = mapped();
    const pages = new Map(mapChapters(controller.state).flatMap((c) => c.pages.map((p) => [p.id, p])));
    expect(pages.get('offer-letter')?.choices).toEqual([
      { label: 'Take the work', taken: true },
      { label: 'Say no', taken: true },
      { label: 'Report the message', taken: false },
    ]);
    expect(pages.get('offer-meeting')?.choices).toEqual([
      { label: 'Take another envelope', taken: false },
      { label: 'Report the approach', taken: true },
      { label: 'Take the money and run', taken: false },
    ]);
    expect([...pages.values()].filter((p) => p.onPath).map((p) => p.id)).toEqual(['offer-letter', 'offer-refused']);
    expect([...pages.values()].filter((p) => p.current).map((p) => p.id)).toEqual(['offer-refused']);
    expect([...pages.values()].filter((p) => p.ending).map((p) => p.id)).toEqual(['offer-refused', 'case-cleared']);
    expect(pages.get('offer-letter')?.caseNumber).toBe(2);
    expect(pages.get('case-report')?.caseNumber).toBe(1);

    const meeting = pages.get('offer-meeting');
    if (!meeting) throw new Error('offer-meeting not on the map');
    expect(pageName(meeting)).toBe('A receipt from a hotel bar, chapter 1');
    expect(choicesLine(meeting)).toBe(
      'Taken: \u201cReport the approach\u201d. Not taken: \u201cTake another envelope\u201d, \u201cTake the money and run\u201d.',
    );
    const cleared = pages.get('case-cleared');
    if (!cleared) throw new Error('case-cleared not on the map');
    expect(choicesLine(cleared)).toBe('An ending: the file closes here.');
  });

  it('before any case, shows every chapter empty, with its count', () => {
    const { controller } = setup();
    const chapters = mapChapters(controller.state);
    expect(chapters.map((c) => [c.pages.length, c.total])).toEqual([
      [0, 3],
      [0, 4],
    ]);
  });

  it('reads a choice’s label as it read on the most recent route to its page', () => {
    const { controller } = setup({ story: realStory });
    controller.newCase();
    const toConsulting = [
      'describe-post-fully',
      'accept-the-place',
      'leave-the-card',
      'pack-work-laptop',
      'accept-the-lift',
      'let-him-pay',
      'decline-invitation',
      'decline-for-good',
      'keep-the-number',
      'open-the-message',
    ];
    play(controller, [...toConsulting, 'ignore-it', 'name-a-price']);
    const coffee = () =>
      mapChapters(controller.state)
        .flatMap((c) => c.pages)
        .find((p) => p.id === 'consulting-coffee');
    expect(coffee()?.choices[0]).toEqual({ label: 'Shake hands on two thousand', taken: false });
    controller.newCase();
    play(controller, [...toConsulting, 'agree-to-meet']);
    expect(coffee()?.choices[0]).toEqual({ label: 'Shake hands on the rate', taken: false });
  });
});
