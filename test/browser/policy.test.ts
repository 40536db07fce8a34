/**
 * Text that looks like markup, and the page's Content-Security-Policy, in Chromium. A story of
 * an author's own whose title, page and choice hold `<img onerror>` and `</script>` shows them as
 * the characters they are, on the canvas and in the accessible layer, and creates no element.
 * The production build runs under its policy (no inline script, no `eval`) with no violation,
 * and a violation, when one happens, is reported as an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, ensureChromium, type HookWindow, REPO, servePreview, waitForState } from './harness';
import { tabTo } from './play';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `</script><script>window.__pwned='script'</script>`;

/** The example story with markup in its title, its first page's title and text, and a choice. */
function hostileStory(): string {
  const story = JSON.parse(readFileSync(join(REPO, 'test/fixtures/example-story.json'), 'utf8'));
  story.title = `The Envelope ${SCRIPT}`;
  const first = story.chapters[0].passages[0];
  first.title = `A message ${IMG}`;
  first.body = `LI: Open ${IMG} now.\n\nLI: Then ${SCRIPT} and <b>this</b>.`;
  first.choices[0].label = `Take ${IMG}`;
  return JSON.stringify(story);
}

/** Every string Canvas 2D is asked to draw, recorded from before the game's first script. */
const RECORD_DRAWN_TEXT = `
  window.__drawn = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__drawn.push(String(text));
    return fill.call(this, text, ...rest);
  };`;

/**
 * What was drawn, in order. Text with letter spacing is drawn a character at a time, so the
 * strings are joined as they come: a line drawn in pieces reads whole again.
 */
const drawn = (page: Page) => page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn.join(''));

/** Elements no text of the game ever makes. */
const madeElements = (page: Page) =>
  page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    b: document.querySelectorAll('#accessible-layer b, #author-panel b').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
  }));

describe('text that looks like markup', () => {
  it('shows as plain characters on the canvas and in the layer, and makes no element', async () => {
    const text = hostileStory();
    const { page } = await suite.open(`${suite.served()[0].url}?author&story=custom`, {
      reducedMotion: 'reduce',
      initScript: `${RECORD_DRAWN_TEXT}
        sessionStorage.setItem('the-consultant/author/custom-story', ${JSON.stringify(text)});`,
    });
    const title = JSON.parse(text).title as string;
    expect(await page.title()).toBe(title);
    await expect.poll(() => page.locator('#accessible-layer h1').textContent()).toBe(title);
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'case');
    await page.keyboard.press('Space');
    const shown = await waitForState(page, (s) => s.revealed);
    expect(shown.passageTitle).toBe(`A message ${IMG}`);

    // The layer reads the characters out, as a screen reader would say them.
    const layer = (await page.locator('#accessible-layer').textContent()) ?? '';
    expect(layer).toContain(`A message ${IMG}`);
    expect(layer).toContain(`Open ${IMG} now.`);
    expect(layer).toContain(`Then ${SCRIPT} and <b>this</b>.`);
    expect(await page.getByRole('button', { name: `Take ${IMG}` }).count()).toBe(1);

    // The canvas drew them as text (wrapped at spaces, so each piece is looked for).
    for (const piece of [`onerror="window.__pwned='img'">`, SCRIPT, '<b>this</b>.', 'Take']) {
      // The page's sheet is laid after its chapter's card: the text comes a few seconds after the press.
      await expect.poll(() => drawn(page), { timeout: 15_000 }).toContain(piece);
    }
    expect(await madeElements(page)).toEqual({ img: 0, b: 0, inlineScripts: 0, pwned: null });
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline script and no eval, and the game plays under it without a violation', async () => {
    const { page, errors } = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    const scriptSrc =
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toBe("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    // A new case, pages turned by keyboard, the map (its layout chunk loads), sources and settings.
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    for (let turn = 0; turn < 3; turn++) {
      await page.keyboard.press('Space');
      const shown = await waitForState(page, (s) => s.revealed && s.onScreen);
      await page.keyboard.press(String(shown.choices.find((c) => c.available)!.number));
      await waitForState(page, (s) => s.log.length === turn + 1);
    }
    for (const screen of ['map', 'sources', 'settings'] as const) {
      await page.evaluate((name) => (window as HookWindow).__consultant!.controller.open(name), screen);
      await waitForState(page, (s) => s.screen === screen);
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await waitForState(page, (s) => s.screen === 'case');
    }
    expect(errors).toEqual([]);
  });

  it('reports a violation as an error', async () => {
    const game = await suite.open(suite.served()[0].url, { reducedMotion: 'reduce' });
    await game.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.head.append(script);
    });
    await expect
      .poll(() => game.errors.some((e) => e.includes('Content-Security-Policy blocked inline code')))
      .toBe(true);
    expect(await game.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran ?? false)).toBe(false);
    // Expected here: the suite checks every page for errors, so this one is taken off its list.
    game.errors.length = 0;
  });
});
