import { describe, expect, it } from 'vitest';
import { CONTROL_LABELS } from '../../src/game/control-labels';
import {
  accessibilityTree,
  buildLayerFixture,
  ensureChromium,
  focused,
  type GamePage,
  gameState,
  type HookWindow,
  runAxe,
  screenshot,
  seriousOrCritical,
  serveUnder,
  waitForState,
} from './harness';
import { planRoutes, playWithKeyboard, playWithMouse, tabTo } from './play';
import { browserSuite } from './suite';

// Before any hook: finding (or installing) Chromium is not bound by the hook timeout.
ensureChromium();

const suite = browserSuite(async () => [await serveUnder(await buildLayerFixture(), '/fixture/')] as const);
const fixtureUrl = () => suite.served()[0].url;

function open(options: Parameters<typeof suite.open>[1] = {}) {
  return suite.open(fixtureUrl(), options);
}

/** The focused element's box and whether it is painted, in page pixels. */
async function focusBox(page: GamePage['page']) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    const box = active.getBoundingClientRect();
    const style = getComputedStyle(active);
    return {
      width: box.width,
      height: box.height,
      bottom: box.bottom,
      outlineColor: style.outlineColor,
      outlineStyle: style.outlineStyle,
      pointerEvents: style.pointerEvents,
      fontFamily: style.fontFamily,
    };
  });
}

describe('accessible layer in Chromium (stand-in page)', () => {
  it('shows a labelled bar for the keyboard focus only, and never blocks the canvas', async () => {
    const { page } = await open();
    // Nothing focused and nothing shown before the player does anything.
    expect(await focused(page)).toBeNull();
    // The layer lets clicks through: the element at the centre of the screen is the canvas.
    const hit = await page.evaluate(() => document.elementFromPoint(640, 400)?.id);
    expect(hit).toBe('stand-in');

    await tabTo(page, 'New case');
    const bar = await focusBox(page);
    expect(bar?.width).toBeGreaterThan(60);
    expect(bar?.height).toBeGreaterThan(20);
    expect(bar?.outlineStyle).toBe('solid');
    expect(bar?.outlineColor).toBe('rgb(242, 193, 78)');
    expect(bar?.pointerEvents).toBe('auto');
    expect(bar?.fontFamily).toContain('IBM Plex Sans');
    await screenshot(page, 'layer-focus-bar-title');
    // The bar's caption is drawn by CSS and stays out of the accessible name.
    const names = (await accessibilityTree(page)).filter((n) => n.role === 'button').map((n) => n.name);
    // The names the canvas draws (one table for both: src/game/control-labels.ts).
    expect(names).toEqual([
      CONTROL_LABELS.newCase,
      CONTROL_LABELS.saves,
      CONTROL_LABELS.endings,
      CONTROL_LABELS.branchMap,
      CONTROL_LABELS.settings,
      CONTROL_LABELS.sources,
    ]);

    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'case');
    expect((await focused(page))?.tag).toBe('h1');
    await screenshot(page, 'layer-focus-bar-heading');
    const heading = (await accessibilityTree(page)).find((n) => n.role === 'heading');
    expect(heading?.name).toBe((await gameState(page)).passageTitle);
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.revealed);
    // The focus goes on to the choices' heading, not onto a choice.
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Choices' });
    expect((await gameState(page)).log).toEqual([]);
    await page.keyboard.press('Tab');
    const state = await gameState(page);
    const first = state.choices[0]!;
    expect((await focused(page))?.text).toContain(first.label);
    await screenshot(page, 'layer-focus-bar-choice');

    // A mouse press hides the bar again (the focus stays, invisible and click-through).
    await page.mouse.click(5, 5);
    const hidden = await focusBox(page);
    expect(hidden === null || hidden.width <= 1).toBe(true);
    if (hidden) expect(hidden.pointerEvents).toBe('none');
  });

  it('names each choice button exactly by its label (from the browser’s accessibility tree)', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'instant' });
      c.newCase();
    });
    const state = await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    const tree = await accessibilityTree(page);
    const buttons = tree.filter((n) => n.role === 'button').map((n) => n.name);
    for (const choice of state.choices) expect(buttons).toContain(choice.label);
    expect(buttons).toContain('Menu');
    const main = tree.filter((n) => n.role === 'main');
    expect(main).toHaveLength(1);
    const headings = tree.filter((n) => n.role === 'heading').map((n) => n.name);
    expect(headings).toContain(state.passageTitle);
  });

  it('gives a locked choice its label as name, aria-disabled, and the reason as description', async () => {
    const { page } = await suite.open(`${fixtureUrl()}#test-story`);
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'instant' });
      c.newCase();
    });
    // The stand-in page has no canvas: its keys need not wait for one to lay the page out.
    const state = await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    const locked = state.choices.find((c) => !c.available)!;
    expect(locked).toBeDefined();
    const node = (await accessibilityTree(page)).find((n) => n.role === 'button' && n.name === locked.label);
    expect(node?.disabled).toBe(true);
    expect(node?.description).toMatch(/^Locked: /);
    // Its digit takes nothing, and says why in the status region.
    await page.keyboard.press(String(locked.number));
    const refused = await waitForState(page, (s) => s.notice !== null);
    expect(refused.log).toEqual([]);
    expect(refused.notice).toContain(locked.label);
    const status = await page.locator('#accessible-layer [role="status"] p').textContent();
    expect(status).toBe(refused.notice);
  });

  it('follows reduced motion (system and setting) and the text size in the bar', async () => {
    const barStyle = async (page: GamePage['page']) =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { animation: style.animationName, fontSize: Number.parseFloat(style.fontSize) };
      });
    const moving = await open();
    await tabTo(moving.page, 'New case');
    const normal = await barStyle(moving.page);
    expect(normal.animation).toBe('al-rise');
    await moving.page.evaluate(() =>
      (window as HookWindow).__consultant!.controller.changeSettings({ reducedMotion: true, textSize: 'x-large' }),
    );
    const setting = await barStyle(moving.page);
    expect(setting.animation).toBe('none');
    expect(setting.fontSize).toBeGreaterThan(normal.fontSize * 1.3);
    expect([...moving.errors]).toEqual([]);
    await moving.context.close();

    const still = await open({ reducedMotion: 'reduce' });
    await tabTo(still.page, 'New case');
    expect((await barStyle(still.page)).animation).toBe('none');
  });

  it('a held key takes one choice, not two', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'instant' });
      c.newCase();
    });
    const before = await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    await page.keyboard.down('1');
    await page.keyboard.down('1'); // auto-repeat: Playwright sends repeat: true for a key already down
    await page.keyboard.down('1');
    await page.keyboard.up('1');
    const after = await waitForState(page, (s) => s.pageNumber > before.pageNumber);
    expect(after.log).toHaveLength(1);
    // Enter held on a choice the player went to: the repeats must not click the next page's first choice.
    expect((await focused(page))?.tag).toBe('h1');
    await tabTo(page, after.choices.find((c) => c.available)!.label);
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    const third = await waitForState(page, (s) => s.pageNumber > after.pageNumber);
    await page.waitForTimeout(100);
    expect((await gameState(page)).log).toHaveLength(third.log.length);
    expect(third.log).toHaveLength(2);
  });

  it('fifty Spaces complete the page and never take a choice', async () => {
    const { page } = await open();
    await tabTo(page, CONTROL_LABELS.newCase);
    await page.keyboard.press('Enter');
    const first = await waitForState(page, (s) => s.screen === 'case');
    expect(first.revealed).toBe(false);
    for (let i = 0; i < 50; i++) await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    const after = await gameState(page);
    expect(after.revealed).toBe(true);
    expect(after.log).toEqual([]);
    expect(after.pageNumber).toBe(first.pageNumber);
  });

  it('lists the title menu in the drawn order, and asks before New case replaces a saved case', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'instant' });
      c.newCase();
      c.takeChoice(c.state.choices.find((v) => v.available)!.choice.id);
      c.toTitle();
    });
    await waitForState(page, (s) => s.screen === 'title' && s.canContinue);
    const names = (await accessibilityTree(page)).filter((n) => n.role === 'button').map((n) => n.name);
    expect(names).toEqual([
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
    const dialog = (await accessibilityTree(page)).find((n) => n.role === 'alertdialog');
    expect(dialog?.name).toBe('Replace the saved case?');
    expect((await focused(page))?.text).toContain(CONTROL_LABELS.keepSavedCase);
    await page.keyboard.press('Escape');
    const kept = await waitForState(page, (s) => s.screen === 'title');
    expect(kept.canContinue).toBe(true);
    expect((await focused(page))?.text).toBe(CONTROL_LABELS.newCase);
    await page.keyboard.press('Enter');
    await tabTo(page, CONTROL_LABELS.confirmNewCase);
    await page.keyboard.press('Enter');
    const fresh = await waitForState(page, (s) => s.screen === 'case');
    expect(fresh.log).toEqual([]);
  });

  it('plays to an ending by keyboard, and another by mouse, as the engine predicts', async () => {
    const { page } = await open();
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    const { keyboard, mouse } = planRoutes();
    const byKeys = await playWithKeyboard(page, keyboard);
    expect(byKeys.final.log).toEqual(keyboard.log);
    expect(await page.locator('#accessible-layer h1').textContent()).toBe(byKeys.final.ending?.title);

    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    const byMouse = await playWithMouse(page, mouse);
    expect(byMouse.final.log).toEqual(mouse.log);
    expect(byMouse.final.log).not.toEqual(byKeys.final.log);
  });

  it('has no serious or critical axe violations on any screen', async () => {
    const { page } = await open();
    const report: Record<string, unknown> = {};
    const check = async (name: string) => {
      // The focus bar rises into view (140 ms): check the screen once it has settled.
      await page.waitForTimeout(300);
      const found = seriousOrCritical(await runAxe(page));
      report[name] = found;
    };
    await check('title');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('settings'));
    await waitForState(page, (s) => s.screen === 'settings');
    await tabTo(page, 'Back', 30).catch(() => {});
    await check('settings');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('sources'));
    await check('sources');
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.back();
      c.newCase();
      c.completeText();
    });
    await waitForState(page, (s) => s.screen === 'case' && s.revealed);
    await check('case');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('menu'));
    await check('menu');
    expect(report).toEqual({ title: [], settings: [], sources: [], case: [], menu: [] });
  });
});
