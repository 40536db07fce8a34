/**
 * Input and timing at their worst, in Chromium: keys and taps as fast as the browser sends
 * them, a held key, the window resized from tiny to huge during a page turn, a phone rotated
 * mid-turn, and the tab hidden and shown mid-turn. Never two choices from one intent, never a
 * choice taken on a page that was not yet on screen, and no error (the suite checks every page).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, ensureChromium, type HookWindow, screenshot, servePreview, waitForState } from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

interface Taken {
  readonly page: number;
  /** The canvas had laid that page out (it was on screen) when its choice was taken. */
  readonly onScreen: boolean;
}

type Watched = Window & { __laid: number[]; __taken: Taken[] };

/**
 * Watch which pages the canvas lays out (the sheet has landed: the typing starts) and every
 * choice taken, on which page. Wraps the controller's methods on the object itself, so the
 * canvas and the keys go through the watch.
 */
async function watchPages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const c = (window as HookWindow).__consultant!.controller;
    const w = window as unknown as Watched;
    w.__laid = [];
    w.__taken = [];
    const startTyping = c.startTyping.bind(c);
    c.startTyping = (pageNumber, total, lineStarts) => {
      w.__laid.push(pageNumber);
      startTyping(pageNumber, total, lineStarts);
    };
    const takeChoice = c.takeChoice.bind(c);
    c.takeChoice = (id) => {
      const at = c.state.pageNumber;
      const taken = takeChoice(id);
      if (taken) w.__taken.push({ page: at, onScreen: w.__laid.includes(at) });
      return taken;
    };
  });
}

const taken = (page: Page) => page.evaluate(() => (window as unknown as Watched).__taken);

/** The current page is on screen: the canvas laid it out (its sheet has landed). */
async function landed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as Watched;
      return w.__laid.includes((window as HookWindow).__consultant!.controller.state.pageNumber);
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}

/** The current page on screen, shown whole, with its choices: where they are, in page pixels. */
async function choicesShown(page: Page) {
  await landed(page);
  await page.evaluate(() => (window as HookWindow).__consultant!.controller.completeText());
  await page.waitForFunction(() => (window as HookWindow).__consultant!.choiceRects().length > 0, undefined, {
    timeout: 30_000,
    polling: 50,
  });
  await page.waitForTimeout(400);
  return page.evaluate(() => (window as HookWindow).__consultant!.choiceRects());
}

async function newCase(page: Page): Promise<void> {
  await watchPages(page);
  await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
  await waitForState(page, (s) => s.screen === 'case');
}

/** Every clickable choice lies inside the window, whole. */
async function choicesInWindow(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (window as HookWindow)
      .__consultant!.choiceRects()
      .every((r) => r.x >= -1 && r.y >= -1 && r.x + r.width <= innerWidth + 1 && r.y + r.height <= innerHeight + 1),
  );
}

describe('keys and taps as fast as they come', () => {
  it('take no choice on a page that is still turning in, however fast Space and 1 are pressed', async () => {
    const { page } = await suite.open(suite.served()[0].url);
    await newCase(page);
    // As fast as the keys go, until a few pages have turned (however slow the machine).
    const start = Date.now();
    while ((await taken(page)).length < 4 && Date.now() - start < 30_000) {
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Space');
        await page.keyboard.press('1');
      }
    }
    await page.waitForTimeout(500);
    const choices = await taken(page);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.filter((choice) => !choice.onScreen)).toEqual([]);
    const state = await waitForState(page, (s) => s.screen === 'case' || s.screen === 'ending');
    expect(state.log).toHaveLength(choices.length);
  });

  it('take one choice for a held key, however long it repeats', async () => {
    const { page, context } = await suite.open(suite.served()[0].url);
    await newCase(page);
    await page.keyboard.press('Space');
    await landed(page);
    const cdp = await context.newCDPSession(page);
    const key = { key: '1', code: 'Digit1', text: '1', windowsVirtualKeyCode: 49 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
    for (let i = 0; i < 20; i++)
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', autoRepeat: true, ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    // Long enough for the next page to land, where a repeat would have taken a second choice.
    await landed(page);
    await page.waitForTimeout(300);
    expect(await taken(page)).toHaveLength(1);
  });

  it('take one choice for one tap, and none from taps on a page still turning in', async () => {
    const { page } = await suite.open(suite.served()[0].url, { viewport: { width: 390, height: 844 }, touch: true });
    await newCase(page);
    const first = (await choicesShown(page))[0]!;
    await page.touchscreen.tap(first.x + first.width / 2, first.y + first.height / 2);
    await landed(page);
    expect(await taken(page)).toHaveLength(1);
    // Now as fast as the browser sends them, on the same spot, through page turns.
    for (let i = 0; i < 20; i++) await page.touchscreen.tap(first.x + first.width / 2, first.y + first.height / 2);
    await page.waitForTimeout(500);
    const choices = await taken(page);
    expect(choices.length).toBeLessThanOrEqual(21);
    expect(choices.filter((choice) => !choice.onScreen)).toEqual([]);
  });
});

describe('the window changing during a page turn', () => {
  it('lands the page, fitted to the last size, when the window goes from tiny to huge mid-turn', async () => {
    const { page } = await suite.open(suite.served()[0].url);
    await newCase(page);
    await page.keyboard.press('Space');
    await landed(page);
    await page.keyboard.press('1');
    for (const size of [
      { width: 200, height: 150 },
      { width: 3000, height: 2000 },
      { width: 320, height: 480 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(60);
    }
    await choicesShown(page);
    await screenshot(page, 'resized-mid-turn');
    expect(await choicesInWindow(page)).toBe(true);
    const stage = await page.evaluate(() => (window as HookWindow).__consultant!.stage());
    expect(stage.width / stage.height).toBeCloseTo(1920 / 1080, 1);
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect.poll(() => taken(page).then((list) => list.length)).toBe(2);
    expect((await taken(page)).every((choice) => choice.onScreen)).toBe(true);
  });

  it('lands the page in the new layout when a phone is rotated mid-turn, and one tap takes one choice', async () => {
    const { page } = await suite.open(suite.served()[0].url, { viewport: { width: 390, height: 844 }, touch: true });
    await newCase(page);
    const slip = (await choicesShown(page))[0]!;
    await page.touchscreen.tap(slip.x + slip.width / 2, slip.y + slip.height / 2);
    await page.waitForTimeout(100);
    await page.setViewportSize({ width: 844, height: 390 });
    const next = (await choicesShown(page))[0]!;
    await screenshot(page, 'rotated-mid-turn');
    const stage = await page.evaluate(() => (window as HookWindow).__consultant!.stage());
    expect(stage.width).toBeGreaterThan(stage.height);
    expect(await choicesInWindow(page)).toBe(true);
    await page.touchscreen.tap(next.x + next.width / 2, next.y + next.height / 2);
    await expect.poll(() => taken(page).then((list) => list.length)).toBe(2);
    await page.waitForTimeout(500);
    expect(await taken(page)).toHaveLength(2);
  });
});

/**
 * The tab hidden and shown as the browser does it: `document.hidden` and `visibilityState` say
 * so, and `visibilitychange` fires, which Phaser and the game's sound both listen to.
 */
const SWITCHABLE_VISIBILITY = `
  let hidden = false;
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  window.__setHidden = (value) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };`;

describe('the tab hidden during a page turn', () => {
  it('takes no choice while the page has not been seen, and lands it when the tab is shown again', async () => {
    const { page } = await suite.open(suite.served()[0].url, { initScript: SWITCHABLE_VISIBILITY });
    await newCase(page);
    await page.keyboard.press('Space');
    await landed(page);
    await page.keyboard.press('1');
    const turning = (await waitForState(page, (s) => s.log.length === 1)).pageNumber;
    const setHidden = (value: boolean) =>
      page.evaluate((v) => (window as unknown as { __setHidden(v: boolean): void }).__setHidden(v), value);
    await setHidden(true);
    // Keys pressed at a hidden tab (a shortcut that switched away, say) take nothing.
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await page.waitForTimeout(1500);
    await setHidden(false);
    await landed(page);
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.controller.state.pageNumber)).toBe(turning);
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect.poll(() => taken(page).then((list) => list.length)).toBe(2);
    expect((await taken(page)).every((choice) => choice.onScreen)).toBe(true);
  });
});
