/**
 * Author mode in Chromium, by the keyboard and through the accessibility tree, as an author uses
 * it: `?author` opens the panel; a passage typed by its id opens; the panel says, for a locked
 * choice there, the rule that locks it and the part that fails; a variable set from the panel
 * unlocks it, and that change is a step of the run: it is still there after a reload, and the
 * history shows it. A route played to a point opens where it should.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import { describeCondition } from '../../src/story/conditions';
import { initialVariables, listChoices } from '../../src/story/engine';
import { replayRoute } from '../../src/story/route';
import type { Choice, Passage } from '../../src/story/types';
import {
  DIST,
  ensureChromium,
  type HookWindow,
  REPO,
  runAxe,
  servePreview,
  WCAG22_AA,
  waitForGame,
  waitForState,
} from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

/** A page whose choice is locked on arrival by one variable's comparison, which setting that variable opens. */
function lockedByOneVariable(): { passage: Passage; choice: Choice; variable: string; value: number | boolean } {
  for (const passage of story.chapters.flatMap((chapter) => chapter.passages)) {
    const state = {
      passage: passage.id,
      variables: initialVariables(story),
      visits: { [story.start]: 1, [passage.id]: 1 },
    };
    for (const view of listChoices(story, state)) {
      const when = view.choice.when;
      if (view.available || !when || !('var' in when)) continue;
      if (when.op === '==' || when.op === '>=' || when.op === '<=') {
        const choice = passage.choices.find((c) => c.id === view.choice.id) as Choice;
        return { passage, choice, variable: when.var, value: when.value };
      }
    }
  }
  throw new Error('no choice of the story is locked by one variable alone');
}

describe('author mode', () => {
  it('jumps to a passage, explains its lock, sets a variable that opens it, and keeps that step across a reload', async () => {
    const { page } = await suite.open(`${suite.served()[0].url}?author`, { reducedMotion: 'reduce' });
    const panel = page.getByRole('complementary', { name: 'Author mode' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const target = lockedByOneVariable();

    // The passage by its id, from the keyboard.
    const field = page.getByRole('combobox', { name: 'Passage id or title' });
    await field.focus();
    await page.keyboard.type(target.passage.id);
    await page.keyboard.press('Enter');
    const opened = await waitForState(page, (s) => s.passageId === target.passage.id);
    expect(opened.screen).toBe(target.passage.ending ? 'ending' : 'case');
    // The panel as a screen reader meets it: no WCAG 2.2 AA violation of any kind.
    expect(await runAxe(page, '#author-panel', WCAG22_AA)).toEqual([]);

    // The lock, explained: the rule, and the part that fails.
    const locks = panel.getByRole('region', { name: 'Locked choices here' });
    await expect.poll(() => locks.textContent()).toContain(`(${target.choice.id})`);
    const text = (await locks.textContent()) ?? '';
    expect(text).toContain(`Locked by: ${describeCondition(target.choice.when!)}`);
    expect(text).toMatch(/Fails here: \S/);

    // The variable set from its field: the choice opens, as a step of the run.
    const variable = panel.getByRole(typeof target.value === 'boolean' ? 'combobox' : 'spinbutton', {
      name: target.variable,
      exact: true,
    });
    if (typeof target.value === 'boolean') await variable.selectOption(String(target.value));
    else await variable.fill(String(target.value));
    await panel.getByRole('button', { name: `Set ${target.variable}`, exact: true }).press('Enter');
    const unlocked = await page.waitForFunction(
      ([id]) => {
        const state = (window as HookWindow).__consultant!.controller.state;
        return state.choices.find((c) => c.choice.id === id)?.available === true ? state.run?.steps : null;
      },
      [target.choice.id],
    );
    expect(await unlocked.jsonValue()).toEqual([
      { kind: 'jump', passage: target.passage.id },
      { kind: 'set', variable: target.variable, value: target.value },
    ]);
    await expect.poll(() => locks.textContent()).not.toContain(`(${target.choice.id})`);

    // A reload keeps it: Continue reopens the case with the author's steps, and the history lists them.
    await page.reload();
    await waitForState(page, (s) => s.screen === 'title' && s.canContinue);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.continueRun());
    const resumed = await waitForState(page, (s) => s.passageId === target.passage.id);
    expect(resumed.log).toEqual([]);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('history'));
    await waitForState(page, (s) => s.screen === 'history');
    await expect
      .poll(() => page.locator('#accessible-layer').textContent())
      .toContain(`Author: set ${target.variable} to ${String(target.value)}`);
  });

  it('plays the alleged path to a chosen step in one go', async () => {
    const { page } = await suite.open(`${suite.served()[0].url}?author`, { reducedMotion: 'reduce' });
    const panel = page.getByRole('complementary', { name: 'Author mode' });
    await panel.getByRole('spinbutton', { name: 'Up to step (empty: all of it)' }).fill('12');
    await panel.getByRole('button', { name: 'Play', exact: true }).press('Enter');
    const expected = replayRoute(story, ALLEGED_ROUTE.slice(0, 12)).run.state.passage;
    const played = await waitForState(page, (s) => s.passageId === expected);
    expect(played.log).toEqual(ALLEGED_ROUTE.slice(0, 12));
  });

  it("loads a JSON story of the author's own, plays it to an ending, and leaves the case's saves untouched", async () => {
    const { page } = await suite.open(`${suite.served()[0].url}?author`, { reducedMotion: 'reduce' });
    // A case in progress first: its save is what must not change.
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.newCase();
      c.completeText();
      c.takeChoice(c.state.choices.find((choice) => choice.available)!.choice.id);
    });
    const caseKeys = () =>
      page.evaluate(() =>
        Object.fromEntries(
          Object.keys(localStorage)
            .filter((key) => key.startsWith('the-consultant/stories/the-consultant/'))
            .map((key) => [key, localStorage.getItem(key)]),
        ),
      );
    const before = await caseKeys();
    expect(Object.keys(before).length).toBeGreaterThan(0);

    const panel = page.getByRole('complementary', { name: 'Author mode' });
    await Promise.all([
      page.waitForURL(/story=custom/),
      panel.getByLabel('Story file (JSON)').setInputFiles(join(REPO, 'test/fixtures/example-story.json')),
    ]);
    await waitForGame(page);
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.story.id)).toBe('example');
    await expect.poll(() => panel.textContent()).toContain('Playing your story "The Envelope"');
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.newCase();
      c.completeText();
      c.takeChoice('decline');
    });
    const ended = await waitForState(page, (s) => s.screen === 'ending');
    expect(ended.ending?.verdict).toBe('NO CASE');
    // The case's saves are as they were; the story's own run is kept under its own id.
    expect(await caseKeys()).toEqual(before);
    expect(await page.evaluate(() => localStorage.getItem('the-consultant/stories/example/run'))).not.toBeNull();
  });

  it('lists the problems of a broken story file, by passage and by path, and loads nothing', async () => {
    const { page } = await suite.open(`${suite.served()[0].url}?author`, { reducedMotion: 'reduce' });
    const panel = page.getByRole('complementary', { name: 'Author mode' });
    const status = panel.getByRole('status');
    const problems = panel.getByRole('list', { name: 'Problems in the story file' });
    await panel.getByLabel('Story file (JSON)').setInputFiles(join(REPO, 'test/fixtures/broken-story.json'));
    await expect.poll(() => status.textContent()).toMatch(/^The story was not loaded: \d+ problems?\.$/);
    expect(await problems.getByRole('listitem').allTextContents()).toContain(
      'desk: Choice "burn" leads to "ashes", which is not a passage.',
    );
    // Dropped on the panel this time, as a file dragged from the desktop is.
    const dropped = readFileSync(join(REPO, 'test/fixtures/bad-shape.json'), 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'bad-shape.json', { type: 'application/json' }));
      const target = document.getElementById('author-panel')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, dropped);
    await expect.poll(() => problems.getByRole('listitem').first().textContent()).toMatch(/^chapters\[0\]/);
    expect(page.url()).not.toContain('story=custom');
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.story.id)).toBe(story.id);
  });
});
