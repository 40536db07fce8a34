/**
 * Every player, on every screen: the game at a desktop, a large desktop at 2x, a phone held
 * upright and on its side (touch), and a tablet (touch). At each it is played to an ending
 * (taps where there is touch), every screen on the way is photographed into test-output and
 * checked with axe's WCAG 2.2 AA rules, the body text is measured, and the accessible layer's
 * controls are checked to lie where the canvas draws them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTROL_LABELS } from '../../src/game/control-labels';
import {
  type AxeViolation,
  closeCollectingErrors,
  DIST,
  ensureChromium,
  gameState,
  type HookWindow,
  runAxe,
  screenshot,
  servePreview,
  WCAG22_AA,
  waitFor,
  waitForState,
} from './harness';
import { clickToComplete, jumpToEnding, planRoutes, playWithMouse, tabTo } from './play';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

interface Device {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly touch: boolean;
  readonly arrangement: 'desk' | 'tall' | 'wide';
  /** The 4K canvas of a large screen at 2x is slow in software WebGL: it takes the shortest route. */
  readonly route?: 'shortest';
}

const DEVICES: readonly Device[] = [
  { name: 'desktop-1280x720', width: 1280, height: 720, scale: 1, touch: false, arrangement: 'desk' },
  {
    name: 'desktop-1920x1080-2x',
    width: 1920,
    height: 1080,
    scale: 2,
    touch: false,
    arrangement: 'desk',
    route: 'shortest',
  },
  { name: 'phone-390x844', width: 390, height: 844, scale: 2, touch: true, arrangement: 'tall' },
  { name: 'phone-844x390', width: 844, height: 390, scale: 2, touch: true, arrangement: 'wide' },
  { name: 'tablet-820x1180', width: 820, height: 1180, scale: 2, touch: true, arrangement: 'tall' },
];

const hook = (page: Page) => page.evaluate(() => (window as HookWindow).__consultant!.stage());

function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('\n');
}

/** Photograph the screen once it is still, and check it against WCAG 2.2 AA with axe. */
async function look(page: Page, device: Device, screen: string): Promise<void> {
  await page.waitForTimeout(400);
  await screenshot(page, `device-${device.name}-${screen}`);
  const violations = await runAxe(page, undefined, WCAG22_AA);
  expect(violations, `${screen} at ${device.name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Each choice button of the layer lies on the slip the canvas draws for it (within 3 CSS px). */
async function choicesLieOnTheirSlips(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const rects = (window as HookWindow).__consultant!.choiceRects();
      return rects.length > 0 && document.querySelectorAll('#accessible-layer .al-placed[data-choice-id]').length > 0;
    },
    undefined,
    { timeout: 10_000 },
  );
  // Let the slips finish sliding in.
  await page.waitForTimeout(700);
  const pairs = await page.evaluate(() => {
    const canvas = (window as HookWindow).__consultant!.choiceRects();
    return canvas.map((slip) => {
      const button = document.querySelector<HTMLElement>(`#accessible-layer [data-choice-id="${slip.choiceId}"]`);
      const box = button?.getBoundingClientRect();
      return { slip, button: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null };
    });
  });
  for (const { slip, button } of pairs) {
    expect(button, `a layer button for ${slip.choiceId}`).not.toBeNull();
    if (!button) continue;
    // The slip leans by a degree, so its bounding box is a few pixels taller than the slip.
    expect(Math.abs(button.x - slip.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(button.width - slip.width)).toBeLessThanOrEqual(6);
    const lean = 2 + slip.width * 0.015;
    expect(Math.abs(button.y - slip.y)).toBeLessThanOrEqual(lean);
    expect(Math.abs(button.height - slip.height)).toBeLessThanOrEqual(lean * 2);
    // A touch target is 44 x 44 CSS px at least.
    expect(button.width).toBeGreaterThanOrEqual(44);
    expect(button.height).toBeGreaterThanOrEqual(44);
  }
  return pairs.length;
}

/** Every control the layer lays over the canvas is a 44 x 44 target and lies inside the window. */
async function placedTargetsAreWhole(page: Page, device: Device): Promise<void> {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#accessible-layer button.al-placed')].map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.width, box.name).toBeGreaterThanOrEqual(44);
    expect(box.height, box.name).toBeGreaterThanOrEqual(44);
    expect(box.x, box.name).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width, box.name).toBeLessThanOrEqual(device.width + 1);
  }
}

/** A finger's swipe, as real touch events (touchstart, moves, touchend) through the browser. */
async function swiper(page: Page): Promise<(x: number, fromY: number, toY: number) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  return async (x, fromY, toY) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
    // A finger moves a few pixels between events, not in leaps.
    const steps = Math.ceil(Math.abs(toY - fromY) / 10);
    for (let step = 1; step <= steps; step++) {
      const y = fromY + ((toY - fromY) * step) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await page.waitForTimeout(8);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
  };
}

/** The box of the layer's control for `key` (a data-control), as laid over the canvas. */
async function controlBox(page: Page, key: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((k) => {
    const element = document.querySelector<HTMLElement>(`#accessible-layer [data-control="${k}"]`);
    if (!element?.classList.contains('al-placed')) return null;
    const r = element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, key);
  expect(box, `the layer's ${key} lies over the canvas`).not.toBeNull();
  return box!;
}

describe('the game on every kind of screen', () => {
  for (const device of DEVICES) {
    it(`${device.name}: fits the screen, reads at 16 px, and plays to an ending${device.touch ? ' by touch' : ''}`, async () => {
      const { page } = await suite.open(suite.served()[0].url, {
        viewport: { width: device.width, height: device.height },
        touch: device.touch,
        deviceScaleFactor: device.scale,
        reducedMotion: 'reduce',
      });
      const stage = await hook(page);
      expect(stage.arrangement).toBe(device.arrangement);
      // The canvas fills the window: no band of empty screen across a phone.
      const canvas = await page.evaluate(() => {
        const box = document.querySelector('#game canvas')!.getBoundingClientRect();
        return { width: box.width, height: box.height, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(canvas.width).toBeGreaterThanOrEqual(device.width - 2);
      expect(canvas.height).toBeGreaterThanOrEqual(device.height - 2);
      expect(canvas.scrollWidth).toBeLessThanOrEqual(device.width);
      expect(stage.bodyCssPx).toBeGreaterThanOrEqual(16);
      // Pinch zoom is the browser's over the canvas (one finger stays the game's).
      const touchAction = await page.evaluate(
        () => getComputedStyle(document.querySelector('#game canvas')!).touchAction,
      );
      expect(touchAction).toContain('pinch-zoom');

      await look(page, device, 'title');
      await placedTargetsAreWhole(page, device);
      const controller = (action: 'settings' | 'sources' | 'back' | 'menu') =>
        page.evaluate((a) => {
          const c = (window as HookWindow).__consultant!.controller;
          if (a === 'back') c.back();
          else c.open(a);
        }, action);
      await controller('settings');
      await waitForState(page, (s) => s.screen === 'settings');
      await look(page, device, 'settings');
      await controller('sources');
      await waitForState(page, (s) => s.screen === 'sources');
      await look(page, device, 'sources');
      await controller('back');
      await controller('back');
      await waitForState(page, (s) => s.screen === 'title');

      await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
      await waitForState(page, (s) => s.screen === 'case');
      const first = await clickToComplete(page, device.touch ? 'touch' : 'mouse');
      expect((await hook(page)).bodyCssPx).toBeGreaterThanOrEqual(16);
      expect(await choicesLieOnTheirSlips(page)).toBe(first.choices.filter((c) => c.available).length);
      await placedTargetsAreWhole(page, device);
      await look(page, device, 'case');
      // The File button is in the layer exactly where the canvas draws one (a compact stage's drawer).
      const file = await page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('#accessible-layer .al-file');
        return button
          ? { placed: button.classList.contains('al-placed'), display: getComputedStyle(button).display }
          : null;
      });
      if (device.arrangement === 'desk') expect(file?.display).toBe('none');
      else expect(file).toEqual({ placed: true, display: 'block' });
      if (device.arrangement !== 'desk') {
        // Pressed from the layer (as voice control would), it opens the drawer on the canvas.
        await page.evaluate(() => document.querySelector<HTMLElement>('#accessible-layer .al-file')!.click());
        await look(page, device, 'case-drawer');
        await page.evaluate(() => document.querySelector<HTMLElement>('#accessible-layer .al-file')!.click());
      }
      await controller('menu');
      await waitForState(page, (s) => s.screen === 'menu');
      await look(page, device, 'menu');
      await controller('back');
      await waitForState(page, (s) => s.screen === 'case');

      const routes = planRoutes();
      const route = device.route === 'shortest' ? routes.keyboard : routes.mouse;
      const record = await playWithMouse(page, route, device.touch ? 'touch' : 'mouse');
      expect(record.final.screen).toBe('ending');
      // The verdict lands a moment after the folder: photograph the file once it has.
      await page.waitForTimeout(1500);
      await look(page, device, 'ending');
    }, 300_000);
  }

  it("scrolls the Sources and a page by a finger's swipe on a phone, and a swipe is not a tap", async () => {
    const { page } = await suite.open(suite.served()[0].url, {
      viewport: { width: 390, height: 844 },
      touch: true,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const swipe = await swiper(page);

    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('sources'));
    await waitForState(page, (s) => s.screen === 'sources');
    await page.waitForTimeout(500);
    const scroll = () => page.evaluate(() => (window as HookWindow).__consultant!.pageScroll() ?? -1);
    expect(await scroll()).toBe(0);
    await swipe(195, 600, 250);
    // The text followed the finger up (about 350 px of it; the wheel and the keys are other tests).
    expect(await scroll()).toBeGreaterThan(250);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.back());
    await waitForState(page, (s) => s.screen === 'title');

    // Slow text, so that the page is still being typed while the finger moves.
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.changeSettings({ textSpeed: 'slow' });
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await waitForState(page, (s) => s.screen === 'case');
    await page.waitForFunction(
      () => (window as HookWindow).__consultant!.controller.state.typing.shown > 200,
      undefined,
      {
        timeout: 20_000,
      },
    );
    const onPage = await scroll();
    await swipe(195, 500, 150);
    expect(await scroll()).toBeGreaterThan(onPage + 200);
    // A swipe is not a tap: the page goes on being typed.
    expect((await gameState(page)).revealed).toBe(false);
  });

  it('scrolls the settings and the ending by a swipe on a phone held sideways, and a swipe is not a tap', async () => {
    const { page } = await suite.open(suite.served()[0].url, {
      viewport: { width: 844, height: 390 },
      touch: true,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const swipe = await swiper(page);
    const scroll = () => page.evaluate(() => (window as HookWindow).__consultant!.pageScroll() ?? -1);

    await page.evaluate(() => (window as HookWindow).__consultant!.controller.open('settings'));
    await waitForState(page, (s) => s.screen === 'settings');
    await page.waitForTimeout(500);
    expect(await scroll()).toBe(0);
    // The swipe starts on the Mute toggle: the form scrolls, and the sound stays on.
    const mute = await controlBox(page, 'setting:muted');
    await swipe(mute.x + 20, mute.y + mute.height / 2, mute.y + mute.height / 2 - 200);
    expect(await scroll()).toBeGreaterThan(60);
    expect((await gameState(page)).settings.muted).toBe(false);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.changeSettings({ textSpeed: 'slow' }));
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.back());
    await waitForState(page, (s) => s.screen === 'title');

    await jumpToEnding(page, planRoutes().keyboard.log);
    await page.waitForTimeout(800);
    expect((await gameState(page)).revealed).toBe(false);
    // The swipe starts on the last document, which the whole screen scrolls with.
    const sheet = await controlBox(page, 'page');
    const startY = Math.min(sheet.y + 150, 380);
    await swipe(sheet.x + sheet.width / 2, startY, startY - 250);
    expect(await scroll()).toBeGreaterThan(150);
    // Not a tap: the ending's text goes on being typed.
    expect((await gameState(page)).revealed).toBe(false);
    await screenshot(page, 'device-phone-844x390-ending-swiped');
  });

  for (const device of [DEVICES[0]!, DEVICES[2]!]) {
    it(`${device.name}: lays the settings form's controls over their drawings, and a tap inside one's box sets it`, async () => {
      const { page } = await suite.open(suite.served()[0].url, {
        viewport: { width: device.width, height: device.height },
        touch: device.touch,
        deviceScaleFactor: device.scale,
        reducedMotion: 'reduce',
      });
      const tap = async (x: number, y: number) => {
        if (device.touch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await page.waitForTimeout(250);
      };
      const settings = async () => (await gameState(page)).settings;
      const before = await settings();
      // Opened by a tap on the title's Settings: the tap is one press, not also a press on
      // whatever the form draws under the finger.
      await page.waitForTimeout(500);
      const open = await page.evaluate(() => {
        const button = [...document.querySelectorAll<HTMLElement>('#accessible-layer button.al-placed')].find(
          (b) => b.textContent?.trim() === 'Settings',
        );
        const r = button?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      });
      expect(open).not.toBeNull();
      await tap(open!.x, open!.y);
      await waitForState(page, (s) => s.screen === 'settings');
      await page.waitForTimeout(500);
      expect(await settings()).toEqual(before);

      const mute = await controlBox(page, 'setting:muted');
      await tap(mute.x + 12, mute.y + mute.height / 2);
      expect((await settings()).muted, device.name).toBe(true);
      const fast = await controlBox(page, 'setting:textSpeed:fast');
      await tap(fast.x + fast.width / 2, fast.y + fast.height / 2);
      expect((await settings()).textSpeed, device.name).toBe('fast');
      const large = await controlBox(page, 'setting:textSize:large');
      await tap(large.x + large.width / 2, large.y + large.height / 2);
      expect((await settings()).textSize, device.name).toBe('large');
      // The range input spans the ruler: its far ends are the slider's 0 and 100%.
      const music = await controlBox(page, 'setting:musicVolume');
      await tap(music.x + 2, music.y + music.height / 2);
      expect((await settings()).musicVolume, device.name).toBe(0);
      await tap(music.x + music.width - 2, music.y + music.height / 2);
      expect((await settings()).musicVolume, device.name).toBe(1);
      if (device.touch) {
        for (const key of ['setting:muted', 'setting:textSpeed:slow', 'setting:musicVolume', 'setting:highContrast']) {
          const box = await controlBox(page, key);
          expect(box.width, key).toBeGreaterThanOrEqual(44);
          expect(box.height, key).toBeGreaterThanOrEqual(44);
        }
      } else {
        // The keyboard's focus shows round the option tab it is on, not in a bar at the top.
        const normal = await controlBox(page, 'setting:textSize:normal');
        await page.locator('#accessible-layer input[name$="-size"][value="normal"]').focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(300);
        expect((await settings()).textSize).toBe('large');
        const ring = await page.evaluate(() => {
          const focused = document.activeElement as HTMLInputElement;
          const holder = focused.closest<HTMLElement>('.al-option')!;
          const style = getComputedStyle(holder);
          const box = holder.getBoundingClientRect();
          return {
            value: focused.value,
            outline: style.outlineStyle,
            x: box.x,
            placed: holder.classList.contains('al-placed'),
          };
        });
        expect(ring).toMatchObject({ value: 'large', outline: 'solid', placed: true });
        expect(ring.x).toBeGreaterThan(normal.x + normal.width);
        await screenshot(page, `device-${device.name}-settings-focus`);
      }
    });
  }

  // Browser zoom makes CSS pixels larger: at 200% a 1280x720 window gives the page a 640x360
  // CSS viewport at twice the device pixel ratio. Headless Chromium has no zoom control, so
  // the test gives the page exactly that (which is all the page can see of the zoom).
  it('zoomed to 200%, reflows into a compact stage with text twice as large, and plays by keyboard', async () => {
    const sizes = [];
    for (const zoom of [1, 2]) {
      const opened = await suite.open(suite.served()[0].url, {
        viewport: { width: 1280 / zoom, height: 720 / zoom },
        deviceScaleFactor: zoom,
        reducedMotion: 'reduce',
      });
      const { page } = opened;
      const stage = await hook(page);
      sizes.push({ zoom, arrangement: stage.arrangement, devicePx: stage.bodyCssPx * zoom });
      if (zoom === 1) {
        // The suite checks the last page's errors after the test; this one's are checked here.
        expect(await closeCollectingErrors(opened)).toEqual([]);
        continue;
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await tabTo(page, CONTROL_LABELS.newCase);
      await page.keyboard.press('Enter');
      await waitForState(page, (s) => s.screen === 'case');
      await page.keyboard.press('Space');
      const shown = await waitFor(page, { revealed: true, onScreen: true });
      const first = shown.choices.find((c) => c.available)!;
      await page.keyboard.press(String(first.number));
      const next = await waitFor(page, { pageAbove: shown.pageNumber });
      expect(next.log).toEqual([first.id]);
      await placedTargetsAreWhole(page, { ...DEVICES[0]!, width: 640, height: 360 });
      await look(page, { ...DEVICES[0]!, name: 'zoom-200' }, 'case');
    }
    expect(sizes[0]).toMatchObject({ arrangement: 'desk' });
    expect(sizes[1]!.arrangement).not.toBe('desk');
    // The body text in device pixels is at least twice its size at 100%.
    expect(sizes[1]!.devicePx).toBeGreaterThanOrEqual(2 * sizes[0]!.devicePx - 0.5);
  });

  it('keeps the page and how far it was typed when a phone is turned mid-page', async () => {
    const { page } = await suite.open(suite.served()[0].url, {
      viewport: { width: 390, height: 844 },
      touch: true,
      deviceScaleFactor: 2,
    });
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await waitForState(page, (s) => s.screen === 'case');
    const typing = () => page.evaluate(() => (window as HookWindow).__consultant!.controller.state.typing);
    await page.waitForFunction(() => (window as HookWindow).__consultant!.controller.state.typing.shown > 40);
    const before = await typing();
    const page1 = (await gameState(page)).pageNumber;
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => (window as HookWindow).__consultant!.stage().arrangement === 'wide');
    await page.waitForFunction(() => (window as HookWindow).__consultant!.activeScenes().includes('CaseFileScene'));
    const after = await typing();
    expect(after.page).toBe(before.page);
    expect(after.shown).toBeGreaterThanOrEqual(before.shown);
    const state = await waitFor(page, { screen: 'case' });
    expect(state.pageNumber).toBe(page1);
    expect(state.log).toEqual([]);
    // The typing goes on from where it was, on the new stage.
    await page.waitForFunction(
      (shown) => (window as HookWindow).__consultant!.controller.state.typing.shown > shown,
      after.shown,
    );
    await screenshot(page, 'device-rotated-mid-page');
  });
});
