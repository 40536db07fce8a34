/**
 * Replaying the branches in Chromium, as a re-player does: an ending, the branch map, a jump
 * back to a page of chapter 3 seen in that case, the other door, a second ending, and both in
 * the gallery; a save exported to a file, the browser's storage cleared, the file imported and
 * the case continued where it was. Pointer presses land on the canvas where the accessible
 * layer says its controls are, so the canvas and the layer must agree.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import { CONTROL_LABELS, NUMBERED_LABELS } from '../../src/game/control-labels';
import { MAP_BOARD } from '../../src/game/widget-colours';
import { findPassage, listChoices } from '../../src/story/engine';
import { replayRoute } from '../../src/story/route';
import { applyStep, choiceStep } from '../../src/story/run';
import type { Run } from '../../src/story/types';
import { DIST, ensureChromium, gameState, type HookWindow, screenshot, servePreview, waitForState } from './harness';
import { backdropColour, jumpToEnding, pressOnCanvas } from './play';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

const chapterOf = (id: string) => story.chapters.find((c) => c.id === findPassage(story, id)?.chapter);

/** The first available choice, step after step, to an ending: the choice ids. */
function firstDoorsToEnding(run: Run): { route: string[]; ending: string } {
  let at = run;
  const route: string[] = [];
  for (let i = 0; i < 300; i++) {
    const passage = findPassage(story, at.state.passage);
    if (passage?.ending) return { route, ending: passage.id };
    const next = listChoices(story, at.state).find((view) => view.available);
    if (!next) break;
    const stepped = applyStep(story, at, choiceStep(next.choice.id));
    if (!stepped.ok) break;
    route.push(next.choice.id);
    at = stepped.run;
  }
  throw new Error('no ending on the first doors');
}

/**
 * A page of chapter 3 on the alleged route with another door that leads, door after first
 * door, to another ending: where the re-player jumps back to.
 */
function branchInChapterThree() {
  const alleged = replayRoute(story, ALLEGED_ROUTE).run.state.passage;
  for (let steps = 0; steps < ALLEGED_ROUTE.length; steps++) {
    const run = replayRoute(story, ALLEGED_ROUTE.slice(0, steps)).run;
    const page = run.state.passage;
    if (chapterOf(page)?.number !== 3) continue;
    for (const view of listChoices(story, run.state)) {
      if (!view.available || view.choice.id === ALLEGED_ROUTE[steps]) continue;
      const stepped = applyStep(story, run, choiceStep(view.choice.id));
      if (!stepped.ok) continue;
      const rest = firstDoorsToEnding(stepped.run);
      if (rest.ending !== alleged) return { steps, page, door: view, rest: rest.route, ending: rest.ending };
    }
  }
  throw new Error('no door in chapter 3 leads to another ending');
}

/** "#rrggbb" as [r, g, b]. */
function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

describe('replaying the branches in Chromium', () => {
  it('reaches an ending, jumps back through the branch map to chapter 3, takes the other door to a second ending; the gallery shows both', async () => {
    const { page } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    const first = await jumpToEnding(page, ALLEGED_ROUTE);
    const branch = branchInChapterThree();

    // From the ending, the map: drawn on the canvas, the whole story's cards there.
    await pressOnCanvas(page, CONTROL_LABELS.branchMap);
    await waitForState(page, (s) => s.screen === 'map');
    await page.waitForFunction(() => (window as HookWindow).__consultant!.map() !== null, undefined, {
      timeout: 30_000,
    });
    const here = await page.evaluate((id) => (window as HookWindow).__consultant!.map()!.card(id), first.passageId!);
    expect(here, 'the map opens on the page on the desk').not.toBeNull();
    // The board is drawn behind the canvas, over the ending's desk, which it keeps aside.
    const board = rgbOf(MAP_BOARD.normal);
    expect(await backdropColour(page, 3, 3)).toEqual(board);
    // A drag moves the board with the pointer (down, towards the start: the story is narrower
    // than the window, so it stays whole across it, and the ending is near its foot); the wheel zooms.
    await page.mouse.move(here!.x + 120, here!.y - 150);
    await page.mouse.down();
    await page.mouse.move(here!.x + 120, here!.y - 50, { steps: 4 });
    await page.mouse.up();
    const dragged = await page.evaluate((id) => (window as HookWindow).__consultant!.map()!.card(id), first.passageId!);
    expect(dragged!.x).toBeCloseTo(here!.x, 0);
    expect(dragged!.y).toBeCloseTo(here!.y + 100, 0);
    const zoom = await page.evaluate(() => (window as HookWindow).__consultant!.map()!.zoom);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((z) => (window as HookWindow).__consultant!.map()!.zoom < z, zoom);
    await screenshot(page, 'replay-branch-map');

    // The map's accessible twin: the page of chapter 3, named by its title and chapter; Enter reopens it.
    const name = `${findPassage(story, branch.page)!.title}, chapter 3`;
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    const reopened = await waitForState(page, (s) => s.screen === 'case' && s.passageId === branch.page);
    expect(reopened.log).toEqual(ALLEGED_ROUTE.slice(0, branch.steps));
    expect(reopened.revealed).toBe(true);
    expect(reopened.notice).toContain('case 1');
    // The map gave the backdrop back: the case's desk is behind the canvas again, not the board.
    expect(await backdropColour(page, 3, 3)).not.toEqual(board);
    // The door taken before is not new; the other one is, on the canvas and in the layer.
    const fresh = await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.newChoices);
    expect(fresh).toContain(branch.door.choice.id);
    expect(fresh).not.toContain(ALLEGED_ROUTE[branch.steps]);
    await expect
      .poll(() => page.locator(`#accessible-layer button[data-choice-id="${branch.door.choice.id}"]`).textContent())
      .toContain(', new');

    // The other door, by its number (once the page is on screen), then on to the end.
    await waitForState(page, (s) => s.onScreen);
    await page.keyboard.press(String(branch.door.number));
    await waitForState(page, (s) => s.log.length === branch.steps + 1);
    const second = await page.evaluate((route) => {
      const c = (window as HookWindow).__consultant!.controller;
      for (const choice of route) {
        c.completeText();
        if (!c.takeChoice(choice)) throw new Error(`could not take ${choice}`);
      }
      return c.state.passage?.id;
    }, branch.rest);
    expect(second).toBe(branch.ending);
    await waitForState(page, (s) => s.screen === 'ending');

    // A reload at the ending keeps the closed case: Continue (described as closed) reopens it there.
    await page.reload();
    await waitForState(page, (s) => s.screen === 'title' && s.canContinue);
    const resume = page.getByRole('button', { name: CONTROL_LABELS.continueCase, exact: true });
    await expect.poll(() => resume.getAttribute('aria-describedby')).not.toBeNull();
    const described = await resume.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/^closed today at \d\d:\d\d$/);
    await resume.focus();
    await page.keyboard.press('Enter');
    const reopenedEnding = await waitForState(page, (s) => s.screen === 'ending');
    expect(reopenedEnding.passageId).toBe(branch.ending);

    // The gallery, from the title: both endings found, the others locked.
    await pressOnCanvas(page, CONTROL_LABELS.returnToTitle);
    await waitForState(page, (s) => s.screen === 'title');
    await pressOnCanvas(page, CONTROL_LABELS.endings);
    await waitForState(page, (s) => s.screen === 'endings');
    const rows = await page.locator('#accessible-layer .al-row h2').allTextContents();
    const found = rows.filter((row) => row.endsWith('(found)'));
    expect(found).toHaveLength(2);
    const titles = [first.ending!.title, (await endingTitle(page, branch.ending))!];
    for (const title of titles) expect(found.some((row) => row.includes(title))).toBe(true);
    expect(rows.filter((row) => row.endsWith('(locked)')).length).toBe(rows.length - 2);
    await screenshot(page, 'replay-endings-gallery');
    // A found ending can be reread: it opens on that closed file.
    const reread = (await page.locator('#accessible-layer .al-row').allTextContents()).findIndex((t) =>
      t.includes(titles[1]!),
    );
    await pressOnCanvas(page, NUMBERED_LABELS.rereadEnding(reread + 1));
    const again = await waitForState(page, (s) => s.screen === 'ending');
    expect(again.passageId).toBe(branch.ending);
  });

  it('exports a save to a file, imports it into a cleared browser and continues where it was', async () => {
    const { page } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    const route = ALLEGED_ROUTE.slice(0, 12);
    await page.evaluate((log) => {
      const c = (window as HookWindow).__consultant!.controller;
      c.newCase();
      for (const choice of log) {
        c.completeText();
        if (!c.takeChoice(choice)) throw new Error(`could not take ${choice}`);
      }
      c.open('menu');
    }, route);
    const kept = await gameState(page);
    await pressOnCanvas(page, CONTROL_LABELS.saves);
    await waitForState(page, (s) => s.screen === 'saves');
    await pressOnCanvas(page, NUMBERED_LABELS.saveSlot(1));
    await waitForState(page, (s) => s.notice?.includes('slot 1') ?? false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressOnCanvas(page, NUMBERED_LABELS.exportSlot(1)),
    ]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.storyId).toBe(story.id);
    expect(saved.saves[0].slot).toBe(1);

    // A cleared browser: nothing to continue, the slots empty.
    // (Back on the title first, so the address no longer holds the case's route link.)
    await page.evaluate(() => {
      (window as HookWindow).__consultant!.controller.toTitle();
      localStorage.clear();
    });
    await page.reload();
    const fresh = await waitForState(page, (s) => s.screen === 'title');
    expect(fresh.canContinue).toBe(false);
    await pressOnCanvas(page, CONTROL_LABELS.saves);
    await waitForState(page, (s) => s.screen === 'saves');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      pressOnCanvas(page, CONTROL_LABELS.importSaves),
    ]);
    await chooser.setFiles(file);
    await waitForState(page, (s) => s.notice?.includes('Imported 1 save into slot 1') ?? false);
    await screenshot(page, 'replay-saves-imported');
    await pressOnCanvas(page, NUMBERED_LABELS.loadSlot(1));
    const loaded = await waitForState(page, (s) => s.screen === 'case');
    expect(loaded.log).toEqual(route);
    expect(loaded.passageId).toBe(kept.passageId);
  });
});

async function endingTitle(page: Page, passage: string): Promise<string | undefined> {
  return page.evaluate((id) => {
    const c = (window as HookWindow).__consultant!.controller;
    const found = c.state.story.chapters.flatMap((ch) => ch.passages).find((p) => p.id === id);
    const title = found?.ending?.title;
    return typeof title === 'string' ? title : undefined;
  }, passage);
}
