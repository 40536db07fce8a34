/**
 * The browser's storage failing for real, injected before the game's own scripts run: the game
 * keeps working, tells the player once, and loses nothing saved before.
 */

import { chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { OTHER_TAB_NOTICE } from '../../src/game/other-tabs';
import {
  closeCollectingErrors,
  DIST,
  ensureChromium,
  type HookWindow,
  LAUNCH_ARGS,
  openPage,
  screenshot,
  servePreview,
  waitForGame,
  waitForState,
} from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

/** Take the first open choice `count` times, as a player would, page after page. */
async function play(page: import('playwright-core').Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => {
      const c = (window as HookWindow).__consultant!.controller;
      c.completeText();
      c.takeChoice(c.state.choices.find((choice) => choice.available)!.choice.id);
    });
  }
}

const notice = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as HookWindow).__consultant!.controller.state.notice);

describe('storage that fails', () => {
  it('plays on when localStorage throws on access (private modes, blocked cookies), and says so once', async () => {
    const { page } = await suite.open(suite.served()[0].url, {
      reducedMotion: 'reduce',
      initScript: `Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });`,
    });
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await waitForState(page, (s) => s.screen === 'case');
    const told = (await notice(page)) ?? '';
    expect(told).toContain('This browser does not let the game keep anything');
    expect(told.match(/does not let the game keep/g)).toHaveLength(1);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.dismissNotice());
    await play(page, 3);
    const state = await waitForState(page, (s) => s.log.length === 3);
    expect(state.notice).toBeNull();
    // And in the layer, where a screen reader hears it: the page and its choices are there.
    expect(await page.locator('#accessible-layer h1').count()).toBe(1);
  });

  it('keeps what was saved when the storage fills up: Continue still works, and the failure is said once', async () => {
    const { page, context } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 2);
    const saved = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.endsWith('/run'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(saved).toHaveLength(1);
    // From now on every write is refused as a full storage refuses it.
    await context.addInitScript(`Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };`);
    await page.reload();
    await waitForGame(page);
    await waitForState(page, (s) => s.screen === 'title' && s.canContinue);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.continueRun());
    const resumed = await waitForState(page, (s) => s.screen === 'case');
    expect(resumed.log).toHaveLength(2);
    await play(page, 1);
    await waitForState(page, (s) => s.log.length === 3);
    const told = (await notice(page)) ?? '';
    expect(told).toContain('storage for this site is full');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.dismissNotice());
    await play(page, 1);
    await waitForState(page, (s) => s.log.length === 4);
    expect(await notice(page)).toBeNull();
    // Nothing saved before was lost: the run in storage is the one saved before it filled up.
    const after = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.endsWith('/run'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(after).toEqual(saved);
  });
});

describe('sound that fails', () => {
  it('plays on in silence when every sound file is missing (404), with one warning per file', async () => {
    const { page, warnings } = await suite.open(suite.served()[0].url, {
      reducedMotion: 'reduce',
      brokenOnPurpose: /\.(webm|mp3)(\?.*)?$/,
    });
    // A key unlocks the sound, as a player's first key does; then a case, with its bed and its typing.
    await page.keyboard.press('Tab');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 3);
    const state = await waitForState(page, (s) => s.log.length === 3);
    expect(state.screen).toBe('case');
    await expect.poll(() => warnings.filter((w) => w.startsWith('Sound "')).length).toBeGreaterThan(0);
    const sound = warnings.filter((w) => w.startsWith('Sound "'));
    // Each file is warned about once, and never tried again.
    const names = sound.map((w) => w.match(/^Sound "([^"]+)"/)?.[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(sound.every((w) => w.endsWith('the game goes on without it.'))).toBe(true);
  });
});

describe('sound that cannot play', () => {
  it('plays on in silence when every sound file is garbage that cannot be decoded, warning once per file', async () => {
    const { page, context, warnings } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    // Served with a 200 and the right type, as a broken upload would be, but not audio at all.
    await context.route(/\.(webm|mp3)(\?.*)?$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/webm', body: Buffer.from('not audio at all '.repeat(64)) }),
    );
    await page.keyboard.press('Tab');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 3);
    expect((await waitForState(page, (s) => s.log.length === 3)).screen).toBe('case');
    await expect.poll(() => warnings.filter((w) => w.startsWith('Sound "')).length).toBeGreaterThan(0);
    const sound = warnings.filter((w) => w.startsWith('Sound "'));
    const names = sound.map((w) => w.match(/^Sound "([^"]+)"/)?.[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(sound.every((w) => /could not be loaded.*the game goes on without it\.$/.test(w))).toBe(true);
  });

  it('plays on in silence, with one warning, when the browser refuses an audio context', async () => {
    const { page, warnings } = await suite.open(suite.served()[0].url, {
      reducedMotion: 'reduce',
      initScript: `for (const name of ['AudioContext', 'webkitAudioContext']) {
        window[name] = function () { throw new DOMException('Audio is not allowed here.', 'NotAllowedError'); };
      }`,
    });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (/\.(webm|mp3)(\?.*)?$/.test(request.url())) requests.push(request.url());
    });
    await page.keyboard.press('Tab');
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 3);
    expect((await waitForState(page, (s) => s.log.length === 3)).screen).toBe('case');
    await expect.poll(() => warnings.filter((w) => w.startsWith('Sound is off')).length).toBe(1);
    expect(warnings.filter((w) => w.startsWith('Sound'))).toEqual([
      'Sound is off: this browser refused the game an audio context; the game goes on in silence.',
    ]);
    // Silence, not HTML5 Audio behind the player's back: no sound file is even fetched.
    expect(requests).toEqual([]);
  });
});

describe('two tabs of the game', () => {
  it('never overwrites a save made in the other tab with an older run, and says so', async () => {
    const { page: first, context } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await first.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(first, 2);
    await waitForState(first, (s) => s.log.length === 2);
    const savedRun = () =>
      first.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.endsWith('/run'));
        return key ? (JSON.parse(localStorage.getItem(key)!) as { run: { steps: unknown[] } }).run.steps.length : 0;
      });
    expect(await savedRun()).toBe(2);

    // The second tab continues the same case and goes two pages further.
    const second = await context.newPage();
    const secondErrors: string[] = [];
    second.on('pageerror', (error) => secondErrors.push(error.message));
    await second.goto(suite.served()[0].url);
    await waitForGame(second);
    await waitForState(second, (s) => s.screen === 'title' && s.canContinue);
    await second.evaluate(() => (window as HookWindow).__consultant!.controller.continueRun());
    await waitForState(second, (s) => s.log.length === 2);
    await play(second, 2);
    await waitForState(second, (s) => s.log.length === 4);
    await expect.poll(savedRun).toBe(4);

    // Back in the first tab, one more page: its older run is not written over the newer save.
    await expect.poll(() => notice(first)).toContain(OTHER_TAB_NOTICE);
    await play(first, 1);
    await waitForState(first, (s) => s.log.length === 3);
    expect(await savedRun()).toBe(4);
    expect(secondErrors).toEqual([]);
    await second.close();
  });
});

describe('no WebGL', () => {
  it('plays to an ending by keyboard in a browser launched without WebGL (--disable-3d-apis)', async () => {
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: [...LAUNCH_ARGS, '--disable-3d-apis'],
    });
    try {
      const game = await openPage(browser, suite.served()[0].url, { reducedMotion: 'reduce' });
      const { page } = game;
      expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
      await page.getByRole('button', { name: 'New case', exact: true }).focus();
      await page.keyboard.press('Enter');
      await waitForState(page, (s) => s.screen === 'case');
      // Page after page: Space shows the whole page, the number of the first open door takes it.
      for (let turn = 0; turn < 80; turn++) {
        const state = await waitForState(page, (s) => s.screen === 'ending' || s.choices.length > 0);
        if (state.screen === 'ending') break;
        await page.keyboard.press('Space');
        const shown = await waitForState(page, (s) => s.revealed && s.onScreen);
        const door = shown.choices.find((choice) => choice.available);
        if (!door) throw new Error(`no open door on ${shown.passageId}`);
        await page.keyboard.press(String(door.number));
        await waitForState(page, (s) => s.passageId !== shown.passageId || s.pageNumber !== shown.pageNumber);
      }
      expect((await waitForState(page, (s) => s.screen === 'ending')).ending).not.toBeNull();
      expect(await closeCollectingErrors(game)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/** How many near-black pixels (ink, redactions) the screenshot has in a box: what the canvas draws there. */
async function inkIn(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 70) ink++;
  }
  return ink;
}

describe('the WebGL context lost', () => {
  it('is drawn again when the context comes back (as a phone gives it back), mid-case, and play goes on', async () => {
    const { page } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 1);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.completeText());
    await waitForState(page, (s) => s.revealed);
    await page.waitForTimeout(500);
    // The page's heading and text, drawn by WebGL over the desk behind the canvas.
    const sheet = { x: 380, y: 120, width: 540, height: 260 };
    const drawn = await inkIn(page, sheet);
    expect(drawn).toBeGreaterThan(500);
    // The extension is kept: once the context is lost, it is the only way to ask for it back.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#game canvas:not([aria-hidden])')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const extension = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
      extension.loseContext();
    });
    await page.waitForTimeout(500);
    // Lost, nothing of the page is drawn (the check can tell).
    expect(await inkIn(page, sheet)).toBeLessThan(drawn / 4);
    await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
    await expect.poll(() => inkIn(page, sheet), { timeout: 10_000 }).toBeGreaterThan(drawn / 2);
    await play(page, 1);
    await waitForState(page, (s) => s.log.length === 2);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.completeText());
    await expect.poll(() => inkIn(page, sheet), { timeout: 10_000 }).toBeGreaterThan(drawn / 4);
  });
});

/**
 * Records every string Canvas 2D draws past the edge of the canvas it is drawn on: text that
 * does not fit its box (a slip, a notice, a card) is cut off there. Scaled transforms only; a
 * rotated stamp is left out.
 */
const RECORD_OVERFLOW = `
  window.__overflow = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const m = this.getTransform();
    if (m.b === 0 && m.c === 0 && String(text).trim() !== '') {
      let width = this.measureText(String(text)).width;
      if (maxWidth !== undefined) width = Math.min(width, maxWidth);
      const align = this.textAlign;
      const left = x - (align === 'center' ? width / 2 : align === 'right' || align === 'end' ? width : 0);
      const from = m.a * left + m.e;
      const to = m.a * (left + width) + m.e;
      if (from < -1 || to > this.canvas.width + 1) {
        window.__overflow.push(String(text) + ' [' + Math.round(from) + '..' + Math.round(to) + ' of ' + this.canvas.width + '] ' + this.font);
      }
    }
    return fill.call(this, text, x, y, maxWidth);
  };`;

describe('fonts that fail to load', () => {
  it('draws in the fallback faces, and every text still fits its box', async () => {
    const { page } = await suite.open(suite.served()[0].url, {
      reducedMotion: 'reduce',
      brokenOnPurpose: /\.woff2?(\?.*)?$/,
      initScript: RECORD_OVERFLOW,
    });
    // Every face the game asked for failed for real: none is loaded.
    const faces = await page.evaluate(() => [...document.fonts].map((face) => face.status));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((status) => status === 'loaded')).toEqual([]);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.newCase());
    await play(page, 3);
    await page.evaluate(() => (window as HookWindow).__consultant!.controller.completeText());
    await waitForState(page, (s) => s.revealed);
    await page.waitForTimeout(2500);
    await screenshot(page, 'fonts-failed-case');
    // Not the branch map: its canvas is a window onto a larger board, which cuts labels at its edge by design.
    for (const screen of ['menu', 'settings', 'sources', 'saves', 'history', 'endings'] as const) {
      await page.evaluate((name) => (window as HookWindow).__consultant!.controller.open(name), screen);
      await waitForState(page, (s) => s.screen === screen);
      await page.waitForTimeout(400);
      await page.keyboard.press('Escape');
      await waitForState(page, (s) => s.screen === 'case');
    }
    expect(await page.evaluate(() => (window as unknown as { __overflow: string[] }).__overflow)).toEqual([]);
  });
});
