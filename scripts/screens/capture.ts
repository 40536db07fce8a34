/**
 * The walk through every screen that `npm run screens` photographs: the same order, route and
 * settings every time, driven through the controller's intents on the test hook, each shot
 * taken once the screen has stopped changing. Kept to intents that every version of the game
 * since the Phaser case file understands, so that old and new builds can be compared.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface Shot {
  readonly name: string;
  readonly path: string;
}

/** The part of the controller the walk uses (window.__consultant.controller). */
interface Drivable {
  readonly state: {
    readonly screen: string;
    readonly choices: ReadonlyArray<{ readonly available: boolean; readonly choice: { readonly id: string } }>;
  };
  newCase(): void;
  takeChoice(id: string): boolean;
  open(screen: string): void;
  back(): void;
  toTitle(): void;
  changeSettings(change: Record<string, unknown>): void;
}

type Hooked = Window & { __consultant?: { controller: Drivable; activeScenes(): string[] } };

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      // The reader's first move, which starts the canvas (src/game/engagement.ts).
      window.dispatchEvent(new Event('scroll'));
      const hook = (window as Hooked).__consultant;
      return hook !== undefined && hook.activeScenes().length > 1 && !document.querySelector('.al-page');
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Screenshot until two in a row are the same: every slide, fade and stamp has finished. */
async function still(page: Page, path: string): Promise<void> {
  let previous: Buffer | null = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    await page.waitForTimeout(attempt === 0 ? 300 : 150);
    const current = await page.screenshot({ path });
    if (previous?.equals(current)) return;
    previous = current;
  }
  throw new Error(`${path} never stopped changing`);
}

/** Take the first available choice `steps` times, or until the case closes. */
async function advance(page: Page, steps: number): Promise<void> {
  await page.evaluate((count) => {
    const c = (window as Hooked).__consultant!.controller;
    for (let i = 0; i < count && c.state.screen === 'case'; i++) {
      const view = c.state.choices.find((v) => v.available);
      if (!view || !c.takeChoice(view.choice.id)) break;
    }
  }, steps);
}

/**
 * Back until the screen is `screen` (at most four times): earlier builds returned from settings
 * opened in the menu straight to the case, later ones to the menu first.
 */
async function backTo(page: Page, screen: string): Promise<void> {
  await page.evaluate((target) => {
    const c = (window as Hooked).__consultant!.controller;
    for (let i = 0; i < 4 && c.state.screen !== target; i++) c.back();
  }, screen);
}

async function act(page: Page, action: string, argument: unknown = null): Promise<void> {
  await page.evaluate(
    ([name, value]) => {
      const c = (window as Hooked).__consultant!.controller as unknown as Record<string, (v: unknown) => void>;
      c[name as string]!(value);
    },
    [action, argument] as const,
  );
}

/** The wheel turned far down over the middle of the window: a screen that scrolls shows its end. */
async function scrollToEnd(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(size.width / 2, size.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1500);
}

export async function captureScreens(page: Page, url: string, dir: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const shoot = async (name: string) => {
    const path = join(dir, `${name}.png`);
    await still(page, path);
    shots.push({ name, path });
  };
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await shoot('title');
  await act(page, 'open', 'settings');
  await shoot('settings');
  await scrollToEnd(page);
  await shoot('settings-end');
  await act(page, 'back');
  await act(page, 'open', 'sources');
  await shoot('sources');
  await scrollToEnd(page);
  await shoot('sources-end');
  await act(page, 'back');
  await act(page, 'changeSettings', { textSpeed: 'instant', reducedMotion: true });
  await act(page, 'newCase');
  await shoot('case-first-page');
  await advance(page, 5);
  await shoot('case-sixth-page');
  await act(page, 'open', 'menu');
  await shoot('menu');
  await act(page, 'open', 'settings');
  await shoot('settings-from-menu');
  await backTo(page, 'case');
  await act(page, 'changeSettings', { highContrast: true });
  await shoot('case-high-contrast');
  await act(page, 'changeSettings', { highContrast: false, textSize: 'x-large' });
  await shoot('case-x-large-text');
  await act(page, 'changeSettings', { textSize: 'normal' });
  await advance(page, 500);
  await shoot('ending');
  await scrollToEnd(page);
  await shoot('ending-end');
  // The desk's tab swaps the last document for the record card (a compact stage has both in its column).
  await page.evaluate(() => document.querySelector<HTMLElement>('#accessible-layer .al-ending-record')?.click());
  await shoot('ending-record');
  // The replay screens, where the build has them (an older one stays on the ending).
  const overlay = async (screen: string, name: string) => {
    const opened = await page.evaluate((target) => {
      const c = (window as Hooked).__consultant!.controller;
      try {
        c.open(target);
      } catch {
        return false;
      }
      return c.state.screen === target;
    }, screen);
    if (!opened) return;
    await shoot(name);
    await act(page, 'back');
  };
  await overlay('history', 'history');
  await overlay('map', 'map');
  await act(page, 'toTitle');
  await overlay('endings', 'endings');
  await overlay('saves', 'saves');
  await page.evaluate(() => localStorage.setItem('the-consultant/run', '{"format":1,"run":{"storyId": broken'));
  await page.reload();
  await ready(page);
  await shoot('title-with-notice');
  return shots;
}
