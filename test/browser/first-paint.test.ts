/**
 * The first screen is a web page: painted as HTML in the game's look before the canvas's chunk
 * (Phaser) has arrived, and usable at once. The canvas takes over when it has drawn; if it never
 * arrives, the case is read and played as a page, to an ending.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';
import { CONTROL_LABELS } from '../../src/game/control-labels';
import {
  DIST,
  ensureChromium,
  gameState,
  type HookWindow,
  launchBrowser,
  runAxe,
  screenshot,
  servePreview,
  WCAG22_AA,
  waitForGame,
  waitForState,
} from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

/** The canvas's chunk: Phaser, which everything drawn waits on. */
const PHASER = /\/assets\/phaser-[^/]+\.js$/;

/** The layer is the page: shown, in the flow, taking clicks. */
const layerIsPage = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('#accessible-layer.al-page') !== null);

describe('the first screen as a web page', () => {
  it('is painted by the HTML alone, before any script has run', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(suite.served()[0].url);
      const title = page.locator('#accessible-layer h1');
      expect(await title.textContent()).toBe(story.title);
      expect((await title.boundingBox())?.width ?? 0).toBeGreaterThan(200);
      expect(await page.getByRole('button', { name: CONTROL_LABELS.newCase }).isVisible()).toBe(true);
      await screenshot(page, 'first-paint-no-script-phone');
    } finally {
      await browser.close();
    }
  });

  it('is painted and usable before Phaser has arrived, and the canvas takes over where the player is', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    const { page } = await suite.open(suite.served()[0].url, {
      waitForCanvas: false,
      beforeLoad: (context) =>
        context.route(PHASER, async (route) => {
          await held;
          await route.continue();
        }),
    });
    expect(await layerIsPage(page)).toBe(true);
    expect(await page.locator('#game canvas').count()).toBe(0);
    // The title is there to read: the game's name, the statement, and New case.
    const title = page.locator('#accessible-layer h1');
    await expect.poll(() => title.boundingBox().then((box) => box?.width ?? 0)).toBeGreaterThan(200);
    expect(await page.locator('#accessible-layer .al-disclaimer').isVisible()).toBe(true);
    await screenshot(page, 'first-paint-title');
    // Seen, not only heard, now: WCAG 2.2 AA in full, contrast included.
    expect(await runAxe(page, '#accessible-layer', WCAG22_AA)).toEqual([]);

    // New case works on it, and the first page is read whole, with its choices.
    await page.getByRole('button', { name: CONTROL_LABELS.newCase, exact: true }).click();
    const first = await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    expect(await page.locator('#accessible-layer .al-document').isVisible()).toBe(true);
    await screenshot(page, 'first-paint-case');
    expect(await runAxe(page, '#accessible-layer', WCAG22_AA)).toEqual([]);
    const door = first.choices.find((choice) => choice.available)!;
    await page.locator(`#accessible-layer button[data-choice-id="${door.id}"]`).click();
    const second = await waitForState(page, (s) => s.log.length === 1 && s.revealed);
    expect(await page.locator('#game canvas').count()).toBe(0);

    // Phaser arrives: the canvas draws the same page, and the layer steps back under it.
    release();
    await waitForGame(page);
    expect(await layerIsPage(page)).toBe(false);
    const after = await gameState(page);
    expect({ page: after.pageNumber, log: after.log }).toEqual({ page: second.pageNumber, log: second.log });
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.activeScenes())).toContain('CaseFileScene');
  });

  it('fetches the canvas only when the reader first does something on the page', async () => {
    const phaserAsked: string[] = [];
    const { page, context } = await suite.open(suite.served()[0].url, {
      viewport: { width: 390, height: 844 },
      touch: true,
      waitForCanvas: false,
      beforeLoad: async (context) => {
        context.on('request', (request) => {
          if (PHASER.test(request.url())) phaserAsked.push(request.url());
        });
      },
    });
    // A reader who only looks at the title downloads none of the canvas's 350 KB.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(phaserAsked).toEqual([]);
    expect(await layerIsPage(page)).toBe(true);
    // A touch anywhere on the page starts it; the title the reader touched stays where it was
    // until the finger is lifted.
    const touch = await context.newCDPSession(page);
    const at = [{ x: 195, y: 40 }];
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at });
    await expect.poll(() => phaserAsked.length).toBe(1);
    await expect
      .poll(() => page.evaluate(() => (window as HookWindow).__consultant?.activeScenes() ?? []))
      .toContain('TitleScene');
    await page.waitForTimeout(500);
    expect(await layerIsPage(page)).toBe(true);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => layerIsPage(page)).toBe(false);
    expect(await page.evaluate(() => (window as HookWindow).__consultant!.activeScenes())).toContain('TitleScene');
    await context.close();
  });

  it('moves nothing when the canvas takes over, and the focus stays on the control it was on', async () => {
    for (const viewport of [
      { width: 412, height: 823 },
      { width: 1350, height: 940 },
    ]) {
      let release: () => void = () => {};
      const held = new Promise<void>((done) => {
        release = done;
      });
      const { page, context } = await suite.open(suite.served()[0].url, {
        viewport,
        waitForCanvas: false,
        beforeLoad: async (context) => {
          // Every layout shift the page makes, as Chromium's Layout Instability API reports it.
          await context.addInitScript(() => {
            const shifts: { at: number; what: string }[] = [];
            (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
            new PerformanceObserver((list) => {
              type Shift = PerformanceEntry & { value: number; sources?: { node?: Node }[] };
              for (const entry of list.getEntries() as Shift[])
                if (entry.value > 0.001)
                  shifts.push({
                    at: entry.startTime,
                    what: `${entry.value.toFixed(3)}: ${entry.sources?.map((s) => s.node?.textContent).join(', ')}`,
                  });
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await context.route(PHASER, async (route) => {
            await held;
            await route.continue();
          });
        },
      });
      const newCase = page.getByRole('button', { name: CONTROL_LABELS.newCase, exact: true });
      await expect.poll(() => newCase.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await newCase.evaluate((button) => button === document.activeElement)).toBe(true);
      // From here on: a face swapping in before (a slow machine may paint the fallback first)
      // is not the takeover's doing.
      const released = await page.evaluate(() => performance.now());
      release();
      await waitForGame(page);
      expect(await layerIsPage(page)).toBe(false);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { at: number; what: string }[] }).__shifts,
      );
      expect(shifts.filter((shift) => shift.at >= released).map((shift) => shift.what)).toEqual([]);
      // The same control, now over the canvas's slip: Enter takes it.
      expect(await newCase.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await waitForState(page, (s) => s.screen === 'case');
      await context.close();
    }
  });

  it('plays on as a page, to an ending, by touch, when Phaser cannot be fetched', async () => {
    const { page, warnings } = await suite.open(suite.served()[0].url, {
      viewport: { width: 390, height: 844 },
      touch: true,
      waitForCanvas: false,
      brokenOnPurpose: PHASER,
      beforeLoad: (context) => context.route(PHASER, (route) => route.abort()),
    });
    expect(await layerIsPage(page)).toBe(true);
    await screenshot(page, 'page-only-title-phone');
    // The first tap asks for the canvas, which does not come.
    await page.getByRole('button', { name: CONTROL_LABELS.newCase, exact: true }).tap();
    await waitForState(page, (s) => s.screen === 'case');
    await expect.poll(() => warnings.filter((w) => w.startsWith('The canvas could not start')).length).toBe(1);
    expect(await layerIsPage(page)).toBe(true);
    let shots = 0;
    for (let turn = 0; turn < 80; turn++) {
      const state = await waitForState(page, (s) => s.screen === 'ending' || (s.screen === 'case' && s.revealed));
      if (state.screen === 'ending') break;
      if (shots++ === 1) await screenshot(page, 'page-only-case-phone');
      const door = state.choices.find((choice) => choice.available);
      if (!door) throw new Error(`no open door on ${state.passageId}`);
      const before = state.pageNumber;
      await page.locator(`#accessible-layer button[data-choice-id="${door.id}"]`).tap();
      await waitForState(page, (s) => s.pageNumber > before);
    }
    const end = await waitForState(page, (s) => s.screen === 'ending');
    expect(end.ending).not.toBeNull();
    await screenshot(page, 'page-only-ending-phone');
  });
});
