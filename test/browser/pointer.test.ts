/**
 * The pointer cursor over what can be clicked on the canvas, as a mouse user sees it (the
 * cursor of the element under the pointer): choice slips, including the next page's slips
 * that come in under a mouse that has not moved; the menu button; the exhibits and the spread
 * they open. Nothing here names a passage: the engine plans the route.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CASE_LAYOUT } from '../../src/game/layout/case-layout';
import { DIST, ensureChromium, type HookWindow, SUB_PATH, serveUnder, waitFor } from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () =>
  Promise.all([serveUnder(process.env.BROWSER_TEST_DIST ?? DIST, SUB_PATH)] as const),
);

/** The cursor the player sees at a point of the page. */
async function cursorAt(page: Page, x: number, y: number): Promise<string> {
  await page.mouse.move(x, y);
  // A few frames for the game to test what is under the pointer.
  await page.waitForTimeout(250);
  return page.evaluate(
    ([px, py]) => {
      const element = document.elementFromPoint(px ?? 0, py ?? 0);
      return element ? getComputedStyle(element).cursor : 'none';
    },
    [x, y] as const,
  );
}

/** A point of the desk's world (1280 x 720, letterboxed in the canvas) on the page. */
async function pagePoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').last().boundingBox();
  if (!box) throw new Error('No game canvas');
  const scale = Math.min(box.width / 1280, box.height / 720);
  return {
    x: box.x + (box.width - 1280 * scale) / 2 + x * scale,
    y: box.y + (box.height - 720 * scale) / 2 + y * scale,
  };
}

async function slips(page: Page) {
  await page.waitForFunction(() => ((window as HookWindow).__consultant?.choiceRects().length ?? 0) > 0, undefined, {
    timeout: 10_000,
  });
  return page.evaluate(() => (window as HookWindow).__consultant?.choiceRects() ?? []);
}

describe('the pointer cursor on the canvas', () => {
  it('shows over slips, over the next page’s slips under a still mouse, and over the menu button', async () => {
    const { url } = suite.served()[0];
    const { page } = await suite.open(url, { reducedMotion: 'reduce' });
    await page.evaluate(() => {
      const controller = (window as HookWindow).__consultant?.controller;
      controller?.changeSettings({ textSpeed: 'instant', reducedMotion: true });
      controller?.newCase();
    });
    await waitFor(page, { screen: 'case', revealed: true });
    const [first] = await slips(page);
    if (!first) throw new Error('No slip to point at');
    const middle = { x: first.x + first.width / 2, y: first.y + first.height / 2 };
    expect(await cursorAt(page, middle.x, middle.y)).toBe('pointer');
    // The game's name in the strip above the folder is not a control.
    const title = await pagePoint(page, CASE_LAYOUT.header.titleX + 20, CASE_LAYOUT.header.middle);
    expect(await cursorAt(page, title.x, title.y)).not.toBe('pointer');

    // Take the choice with the mouse and leave it there: the next page's first slip comes in under it.
    const before = (await waitFor(page, { screen: 'case' })).pageNumber;
    await page.mouse.click(middle.x, middle.y);
    await page.waitForFunction(
      (n) => ((window as HookWindow).__consultant?.controller.state.pageNumber ?? n) > n,
      before,
      { timeout: 10_000 },
    );
    await page.evaluate(() => (window as HookWindow).__consultant?.controller.completeText());
    const next = await slips(page);
    const under = next.find(
      (r) => middle.x >= r.x && middle.x <= r.x + r.width && middle.y >= r.y && middle.y <= r.y + r.height,
    );
    expect(under, 'a slip of the next page under the mouse').toBeDefined();
    await page.waitForTimeout(300);
    const still = await page.evaluate(
      ([px, py]) => {
        const element = document.elementFromPoint(px ?? 0, py ?? 0);
        return element ? getComputedStyle(element).cursor : 'none';
      },
      [middle.x, middle.y] as const,
    );
    expect(still).toBe('pointer');

    const { menu } = CASE_LAYOUT.header;
    const button = await pagePoint(page, menu.x + menu.width / 2, menu.y + menu.height / 2);
    expect(await cursorAt(page, button.x, button.y)).toBe('pointer');
  });
});
