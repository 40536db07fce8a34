import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import { CONTROL_LABELS } from '../../src/game/control-labels';
import { corruptPrefix, runKey } from '../../src/save/local-run-store';
import { replayRoute, routeHash } from '../../src/story/route';

const RUN_KEY = runKey(story.id);
const CORRUPT_PREFIX = corruptPrefix(story.id);

import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { rgbOf } from '../../src/game/lighting';
import { REPORT_NOTE } from '../../src/game/widget-colours';
import { SETTINGS_KEY } from '../../src/save/local-settings-store';
import {
  accessibilityTree,
  buildLayerFixture,
  DIST,
  ensureChromium,
  focused,
  type GamePage,
  gameState,
  type HookWindow,
  runAxe,
  SUB_PATH,
  screenshot,
  seriousOrCritical,
  servePreview,
  serveUnder,
  waitFor,
  waitForGame,
  waitForState,
} from './harness';
import { clickToComplete, jumpToEnding, planRoutes, playWithKeyboard, playWithMouse, tabTo } from './play';
import { browserSuite } from './suite';

// Before any hook: finding (or installing) Chromium is not bound by the hook timeout.
ensureChromium();

const onFixture = process.env.BROWSER_TEST_TARGET === 'fixture';

// (c) No console errors, page errors or failed requests in any test: the suite checks each page.
const suite = browserSuite(async () => {
  const dir = onFixture ? await buildLayerFixture() : (process.env.BROWSER_TEST_DIST ?? DIST);
  return Promise.all([onFixture ? serveUnder(dir, '/') : servePreview(dir), serveUnder(dir, SUB_PATH)] as const);
});

function open(url = suite.served()[0].url, options: Parameters<typeof suite.open>[1] = {}) {
  return suite.open(url, options);
}

const layerHeading = (page: GamePage['page']) => page.locator('#accessible-layer h1').textContent();

describe('the game in Chromium (production build)', () => {
  it('boots from a sub-path (relative base) and from the root', async () => {
    const { page } = await open(suite.served()[1].url);
    expect(page.url()).toContain(SUB_PATH);
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.activeScenes())).not.toEqual([]);
    expect((await gameState(page)).screen).toBe('title');
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'case');
  });

  it('(a) plays from the title to an ending with the keyboard only', async () => {
    const { page } = await open();
    const start = await gameState(page);
    expect(start.settings.textSpeed).toBe('normal');
    await screenshot(page, 'game-title');

    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    const first = await waitForState(page, (s) => s.screen === 'case');
    // Normal speed: the page types, and the focus waits on the heading for Space.
    expect(first.revealed).toBe(false);
    expect((await focused(page))?.tag).toBe('h1');
    expect(await layerHeading(page)).toBe(first.passageTitle);
    await page.keyboard.press('Space');
    const shown = await waitForState(page, (s) => s.revealed);
    expect(shown.log).toEqual([]); // Space completed the text and took no choice
    // The focus waits on the choices' heading: a second Space takes nothing.
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Choices' });
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    expect((await gameState(page)).log).toEqual([]);
    await screenshot(page, 'game-passage-focus-bar');

    const route = planRoutes().keyboard;
    const record = await playWithKeyboard(page, route);
    expect(record.final.screen).toBe('ending');
    expect(record.completions).toBeGreaterThan(0);
    expect(record.final.log).toEqual(route.log);
    expect(record.final.ending?.id).toBe(route.endingId);
    // The ending in the DOM layer and in the controller.
    expect(await layerHeading(page)).toBe(record.final.ending!.title);
    expect(await page.locator('#accessible-layer .al-verdict').textContent()).toContain(record.final.ending!.verdict);
    // Space completes the typing of the ending's last document too.
    expect((await gameState(page)).revealed).toBe(false);
    await page.waitForTimeout(800); // the ending's sheet has started typing
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.revealed);
    // A screen reader can jump to what the closed file holds and to its contents.
    const headings = (await accessibilityTree(page)).filter((n) => n.role === 'heading').map((n) => n.name);
    expect(headings).toEqual(expect.arrayContaining(['What the file holds', 'Contents of the file']));
    const layer = page.locator('#accessible-layer');
    expect(await layer.locator('.al-file-summary li').count()).toBeGreaterThanOrEqual(2);
    expect(await layer.locator('.al-contents li').count()).toBe(record.final.log.length + 1);
    await screenshot(page, 'game-ending');
  });

  it('(b) plays another route with mouse clicks on the canvas', async () => {
    const { page } = await open();
    const { keyboard, mouse } = planRoutes();
    // The title menu's canvas buttons have no rectangles in the hook: start through the controller.
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    const first = await waitFor(page, { screen: 'case' });
    expect(first.revealed).toBe(false);
    // A click on the page completes the text.
    await clickToComplete(page);
    expect((await gameState(page)).log).toEqual([]);
    await screenshot(page, 'game-passage');
    // The rest at instant speed and with reduced motion (the typing and the animations are not
    // under test here), set through the settings UI: from the menu, and back to the case.
    await page.keyboard.press('Escape');
    await waitFor(page, { screen: 'menu' });
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await waitFor(page, { screen: 'settings' });
    await page.getByLabel('Instant').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Reduced motion').focus();
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.settings.textSpeed === 'instant' && s.settings.reducedMotion === true);
    // Back goes one screen down: settings return to the menu they were opened from, then the case.
    await page.keyboard.press('Escape');
    await waitFor(page, { screen: 'menu' });
    await page.keyboard.press('Escape');
    await waitFor(page, { screen: 'case' });
    expect(suite.current()?.warnings.filter((w) => /Cannot (pause|resume)/.test(w))).toEqual([]);

    const record = await playWithMouse(page, mouse);
    expect(record.final.screen).toBe('ending');
    expect(record.final.log).toEqual(mouse.log);
    expect(mouse.log).not.toEqual(keyboard.log);
    expect(record.final.ending?.id).toBe(mouse.endingId);
    if (mouse.endingId !== keyboard.endingId) expect(record.final.ending?.id).not.toBe(keyboard.endingId);
    expect(await layerHeading(page)).toBe(record.final.ending!.title);
  });

  it('(d) has no serious or critical axe violations on the title, a passage, settings and an ending', async () => {
    const { page } = await open();
    const layer: Record<string, unknown> = {};
    const whole: Record<string, unknown> = {};
    const check = async (name: string) => {
      layer[name] = seriousOrCritical(await runAxe(page, '#accessible-layer'));
      whole[name] = seriousOrCritical(await runAxe(page));
    };
    await check('title');
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'settings');
    await page.getByLabel('Instant').focus();
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.settings.textSpeed === 'instant');
    await check('settings');
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.screen === 'title');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    await check('passage');
    // To an ending quickly: the first open choice, page after page, without waiting for the canvas.
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      for (let i = 0; i < 500 && c.state.screen === 'case'; i++) {
        const view = c.state.choices.find((v) => v.available);
        if (!view || !c.takeChoice(view.choice.id)) break;
      }
    });
    await waitForState(page, (s) => s.screen === 'ending');
    await check('ending');
    expect({ layer, whole }).toEqual({
      layer: { title: [], settings: [], passage: [], ending: [] },
      whole: { title: [], settings: [], passage: [], ending: [] },
    });
  });

  it('(e) keeps settings changed through the DOM controls across a reload', async () => {
    const { page } = await open();
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'settings');
    await page.getByLabel('Music volume').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByLabel('High contrast').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Fast').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Large', { exact: true }).focus();
    await page.keyboard.press('Space');
    const changed = await waitForState(page, (s) => s.settings.textSize === 'large');
    expect(changed.settings).toMatchObject({ musicVolume: 0.1, highContrast: true, textSpeed: 'fast' });
    expect(await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)).not.toBeNull();

    await page.reload();
    await waitForGame(page);
    const reloaded = await gameState(page);
    expect(reloaded.settings).toMatchObject({
      musicVolume: 0.1,
      highContrast: true,
      textSpeed: 'fast',
      textSize: 'large',
    });
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('settings'));
    await waitForState(page, (s) => s.screen === 'settings');
    expect(await page.getByLabel('Music volume').inputValue()).toBe('10');
    expect(await page.getByLabel('High contrast').isChecked()).toBe(true);
    expect(await page.getByLabel('Fast').isChecked()).toBe(true);
    expect(await page.getByLabel('Large', { exact: true }).isChecked()).toBe(true);
  });

  it("reads the page and its choices aloud with Read aloud on, through the browser's speech synthesis", async () => {
    // The browser's speech synthesis, recorded: headless Chromium has no voices to hear.
    const { page } = await suite.open(suite.served()[0].url, {
      initScript: `
        window.__spoken = [];
        Object.defineProperty(window, 'speechSynthesis', {
          configurable: true,
          value: {
            speak: (utterance) => window.__spoken.push(utterance.text),
            cancel: () => window.__spoken.push('<cancel>'),
            getVoices: () => [],
          },
        });`,
    });
    const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());
    // A keyboard player turns it on in the settings.
    await tabTo(page, CONTROL_LABELS.settings);
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'settings');
    await page.locator('#accessible-layer input[name="read-aloud"]').focus();
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.settings.readAloud === true);
    expect(await spoken()).toEqual(['<cancel>', 'Settings']);
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.screen === 'title');
    expect(await spoken()).toContain(story.title);

    await tabTo(page, CONTROL_LABELS.newCase);
    await page.keyboard.press('Enter');
    const first = await waitForState(page, (s) => s.screen === 'case');
    await page.waitForFunction(
      (title) => (window as unknown as { __spoken: string[] }).__spoken.includes(title),
      first.passageTitle ?? '',
    );
    const page1 = (await spoken()).join('\n');
    expect(page1).not.toContain('[[');
    expect(page1).not.toContain('Choices.');
    await page.keyboard.press('Space');
    const shown = await waitFor(page, { revealed: true });
    await page.waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.includes('Choices.'));
    const said = await spoken();
    for (const choice of shown.choices)
      expect(said.some((line) => line.startsWith(`${choice.number}: ${choice.label}.`))).toBe(true);

    // Turned off, it stops at once and says nothing more.
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.changeSettings({ readAloud: false }));
    const off = await spoken();
    expect(off.at(-1)).toBe('<cancel>');
    await waitFor(page, { onScreen: true });
    await page.keyboard.press(String(shown.choices.find((c) => c.available)!.number));
    await waitFor(page, { pageAbove: shown.pageNumber });
    expect(await spoken()).toEqual(off);
  });

  it('offers Continue only when there is a saved case, and continues it after a reload', async () => {
    const { page } = await open();
    const titleButtons = () => page.locator('#accessible-layer nav button .al-label').allTextContents();
    expect(await titleButtons()).not.toContain(CONTROL_LABELS.continueCase);
    const planned = planRoutes().keyboard.log.slice(0, 2);
    await page.evaluate((ids) => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'instant' });
      c.newCase();
      for (const id of ids) c.takeChoice(id);
    }, planned);
    const saved = await waitForState(page, (s) => s.log.length === planned.length);
    await page.reload();
    await waitForGame(page);
    // Continue first, as the canvas draws it; New case asks before it replaces the save.
    expect(await titleButtons()).toEqual([
      CONTROL_LABELS.continueCase,
      CONTROL_LABELS.newCase,
      CONTROL_LABELS.saves,
      CONTROL_LABELS.endings,
      CONTROL_LABELS.branchMap,
      CONTROL_LABELS.settings,
      CONTROL_LABELS.sources,
    ]);
    await tabTo(page, CONTROL_LABELS.newCase);
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.focus?.text.includes(CONTROL_LABELS.keepSavedCase) === true);
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.focus?.text === CONTROL_LABELS.newCase);
    expect((await gameState(page)).screen).toBe('title');
    await tabTo(page, CONTROL_LABELS.continueCase);
    await page.keyboard.press('Enter');
    const resumed = await waitFor(page, { screen: 'case' });
    expect(resumed.log).toEqual(saved.log);
    expect(resumed.passageId).toBe(saved.passageId);
    expect(await layerHeading(page)).toBe(saved.passageTitle);
  });

  it('scrolls a long page and the Sources from the keyboard (End, Home, arrows, Page Down)', async () => {
    const { page } = await open();
    // The middle of the sheet's text, in design pixels (1280 by 720), below the focus bar.
    const picture = async () => {
      const box = (await page.locator('canvas').first().boundingBox())!;
      const k = box.width / 1280;
      const clip = { x: box.x + 260 * k, y: box.y + 200 * k, width: 760 * k, height: 400 * k };
      return (await page.screenshot({ clip, animations: 'disabled' })).toString('base64');
    };
    await tabTo(page, CONTROL_LABELS.sources);
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'sources');
    await page.keyboard.press('Home');
    await page.waitForTimeout(400);
    const top = await picture();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    const end = await picture();
    expect(end).not.toBe(top);
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    expect(await picture()).toBe(top);
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    expect(await picture()).not.toBe(top);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    expect(await picture()).not.toBe(top);

    // The first page of a case, shown whole: End brings its end into view, Home its top.
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.screen === 'title');
    await page.evaluate(() =>
      (window as HookWindow).__consultant!.controller.changeSettings({ textSpeed: 'instant', reducedMotion: true }),
    );
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    await page.waitForTimeout(1500); // the divider and the page's arrival
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    const pageTop = await picture();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    expect(await picture()).not.toBe(pageTop);
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    expect(await picture()).toBe(pageTop);
  });

  it("stamps a dramatized page with the facts it stages and clips the report's own words after its text", async () => {
    const { page } = await suite.open(suite.served()[0].url);
    const first = story.chapters[0]!.passages.find((p) => p.id === story.start)!;
    expect(first.provenance.kind).toBe('dramatization');
    const facts = first.provenance.kind === 'dramatization' ? first.provenance.facts : [];
    const words = story.meta.facts.find((fact) => fact.id === facts[0])!.report![0]!;
    /** Pixels of the slip's note paper on the screen. */
    const notePixels = async () => {
      const shot = PNG.sync.read(await page.screenshot());
      const [r, g, b] = rgbOf(REPORT_NOTE.normal);
      let count = 0;
      for (let i = 0; i < shot.data.length; i += 4) {
        const near =
          Math.abs(shot.data[i]! - r) + Math.abs(shot.data[i + 1]! - g) + Math.abs(shot.data[i + 2]! - b) < 18;
        if (near) count++;
      }
      return count;
    };
    await tabTo(page, CONTROL_LABELS.newCase);
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'case');
    await page.keyboard.press('Space');
    await waitFor(page, { revealed: true });
    // The slip follows the text: below the fold of a long first page until it is scrolled to.
    await page.waitForTimeout(600);
    const before = await notePixels();
    await page.keyboard.press('End');
    await page.waitForTimeout(600);
    expect(await notePixels()).toBeGreaterThan(before + 20_000);
    await screenshot(page, 'game-provenance-slip');
    const said = await page.locator('#accessible-layer .al-provenance').textContent();
    expect(said).toBe(`Dramatization of fact ${facts[0]}. From the ${story.meta.source.outlet} report: ${words}`);
  });

  it('keeps a visible record that grows with the case, on the canvas and in the layer', async () => {
    const { page } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    // Along the alleged path until the file holds something on record (its first lines come early).
    const steps = await page.evaluate((route) => {
      const c = (window as HookWindow).__consultant!.controller;
      c.newCase();
      let taken = 0;
      for (const choice of route) {
        if (c.state.record.length > 0) break;
        c.completeText();
        c.takeChoice(choice);
        taken++;
      }
      return taken;
    }, ALLEGED_ROUTE);
    const record = await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.record);
    expect(record.length, `something on record within ${steps} steps`).toBeGreaterThan(0);
    await page.waitForTimeout(1200);
    await screenshot(page, 'game-record');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('#accessible-layer section[aria-labelledby$="-record"] li')].map(
        (li) => li.textContent,
      ),
    );
    expect(shown).toEqual(record.flatMap((part) => part.lines));
  });

  it("shows the closed file's whole record on the canvas: on the desk a tab swaps it for the last document", async () => {
    const { page } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await jumpToEnding(page, ALLEGED_ROUTE);
    // The last document typed out in full, so that it looks the same each time it comes back.
    await page.waitForTimeout(1500);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.completeText());
    await waitForState(page, (s) => s.revealed);
    await page.waitForTimeout(500);
    const swap = page.locator('#accessible-layer .al-ending-record');
    // The tab is drawn on the canvas, and its twin lies over it under the same name.
    expect(await swap.getAttribute('class')).toContain('al-placed');
    expect((await swap.textContent())?.trim()).toBe(CONTROL_LABELS.showRecord);
    const box = (await swap.boundingBox())!;
    const viewport = page.viewportSize()!;
    // The right half of the screen, where the last document lies and the record will.
    const clip = { x: viewport.width / 2, y: box.y + box.height + 4, width: viewport.width / 2, height: 400 };
    const shot = async () => PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
    /** The share of pixels that differ between two shots (a caret may blink; a swapped card changes most of them). */
    const differ = (a: PNG, b: PNG) =>
      pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height);
    const documentShown = await shot();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await swap.textContent())?.trim()).toBe(CONTROL_LABELS.showLastDocument);
    await page.waitForTimeout(300);
    expect(differ(await shot(), documentShown), 'the record card lies where the document did').toBeGreaterThan(0.1);
    await screenshot(page, 'game-ending-record');
    // Every line on record is in the layer too, the same as the canvas's card.
    const record = await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.record);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('#accessible-layer section[aria-labelledby$="-record"] li')].map(
        (li) => li.textContent,
      ),
    );
    expect(shown).toEqual(record.flatMap((part) => part.lines));
    expect(shown.length).toBeGreaterThan(10);
    // Pressed again (from the keyboard this time), the document is back.
    await swap.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await swap.textContent())?.trim()).toBe(CONTROL_LABELS.showRecord);
    await page.waitForTimeout(300);
    expect(differ(await shot(), documentShown)).toBeLessThan(0.01);
  });

  it('opens a route link in a fresh browser where the route ends, and keeps the address a link to the case', async () => {
    // Into chapter 3 along the alleged path: the link of a run a player or a bug report would paste.
    const route = ALLEGED_ROUTE.slice(0, 14);
    const expected = replayRoute(story, route).run.state.passage;
    const link = `${suite.served()[0].url}${routeHash(route)}`;
    expect(link.length, 'readable in an address bar').toBeLessThan(400);
    const { page } = await open(link, { reducedMotion: 'reduce' });
    const landed = await waitForState(page, (s) => s.screen === 'case');
    expect(landed.passageId).toBe(expected);
    expect(landed.log).toEqual(route);
    expect(landed.notice).toBeNull();
    await screenshot(page, 'game-route-link');
    // One more choice: the address holds the longer route, without a new history entry.
    const before = await page.evaluate(() => history.length);
    await page.evaluate((next) => {
      const c = (window as HookWindow).__consultant!.controller;
      c.completeText();
      c.takeChoice(next);
    }, ALLEGED_ROUTE[14]!);
    await waitForState(page, (s) => s.log.length === 15);
    expect(await page.evaluate(() => location.hash)).toBe(routeHash(ALLEGED_ROUTE.slice(0, 15)));
    expect(await page.evaluate(() => history.length)).toBe(before);
    // A reload there lands on the title, which offers to continue that same case, no question asked.
    await page.reload();
    await waitForState(page, (s) => s.screen === 'title' && s.canContinue);
    expect(await page.locator('#accessible-layer [role="alertdialog"]').count()).toBe(0);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.continueRun());
    const resumed = await waitForState(page, (s) => s.screen === 'case');
    expect(resumed.log).toEqual(ALLEGED_ROUTE.slice(0, 15));
    // Back on the title the address is bare again.
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.toTitle());
    await waitForState(page, (s) => s.screen === 'title');
    expect(await page.evaluate(() => location.hash)).toBe('');
  });

  it('opens a route link that no longer fits at its last valid step, and says so', async () => {
    const route = [...ALLEGED_ROUTE.slice(0, 3), 'a-choice-the-story-cut'];
    const { page } = await open(`${suite.served()[0].url}${routeHash(route)}`, { reducedMotion: 'reduce' });
    const landed = await waitForState(page, (s) => s.screen === 'case');
    expect(landed.log).toEqual(ALLEGED_ROUTE.slice(0, 3));
    expect(landed.passageId).toBe(replayRoute(story, ALLEGED_ROUTE.slice(0, 3)).run.state.passage);
    expect(landed.notice).toContain('no longer fits');
  });

  it('steps back from the ending with Backspace, page by page, and takes the other door at once', async () => {
    const { page } = await open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await jumpToEnding(page, ALLEGED_ROUTE);
    await page.keyboard.press('Backspace');
    const before = await waitForState(page, (s) => s.screen === 'case');
    expect(before.log).toEqual(ALLEGED_ROUTE.slice(0, -1));
    // A page stepped back to has been read: it is whole, its choices ready.
    expect(before.revealed).toBe(true);
    // Back into chapter 3, one key press a page.
    const target = 14;
    for (let length = ALLEGED_ROUTE.length - 1; length > target; length--) {
      await page.keyboard.press('Backspace');
      await waitForState(page, (s) => s.log.length === length - 1, { what: `step back to ${length - 1} steps` });
    }
    const there = await gameState(page);
    expect(there.log).toEqual(ALLEGED_ROUTE.slice(0, target));
    expect(there.passageId).toBe(replayRoute(story, ALLEGED_ROUTE.slice(0, target)).run.state.passage);
    const other = there.choices.find((c) => c.available && c.id !== ALLEGED_ROUTE[target]);
    expect(other, 'another door on this page').toBeDefined();
    await waitForState(page, (s) => s.onScreen);
    await page.keyboard.press(String(other!.number));
    const taken = await waitForState(page, (s) => s.log.length === target + 1);
    expect(taken.log[target]).toBe(other!.id);
    await screenshot(page, 'game-step-back-other-door');
  });

  it('(f) starts despite a corrupt save, shows the notice and keeps the data aside', async () => {
    const { page } = await open();
    const corrupt = '{"format":2,"run":{"storyId": broken';
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [RUN_KEY, corrupt]);
    await page.reload();
    await waitForGame(page);
    const state = await gameState(page);
    expect(state.screen).toBe('title');
    expect(state.notice).toBeTruthy();
    expect(await page.locator('#accessible-layer [role="status"]').textContent()).toContain(state.notice!);
    const stored = await page.evaluate(() => {
      const entries: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        entries[key] = localStorage.getItem(key)!;
      }
      return entries;
    });
    const kept = Object.entries(stored).filter(([key]) => key.startsWith(CORRUPT_PREFIX));
    expect(kept).toHaveLength(1);
    expect(kept[0]![1]).toBe(corrupt);
    expect(state.notice).toContain(kept[0]![0]);

    // Dismiss the notice from the keyboard, then start a case.
    await tabTo(page, 'Dismiss notice');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.notice === null);
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'case');
    // The kept copy survives the new case's autosave.
    const after = await page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
      CORRUPT_PREFIX,
    );
    expect(after).toHaveLength(1);
  });
});
