/**
 * The lifecycle every browser test file shares: one Chromium and the pages it serves for the
 * whole file, a fresh page per test, and after each test the errors that page logged (console
 * errors, page errors, failed requests), which must be none.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { closeCollectingErrors, type GamePage, launchBrowser, openPage } from './harness';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export interface BrowserSuite<S extends readonly Served[]> {
  /** What `serve` started, in its order. */
  served(): S;
  /** Open a page of the game for this test (closed, and its errors checked, after it). */
  open(url: string, options?: Parameters<typeof openPage>[2]): Promise<GamePage>;
  /** The page the test has open, if any. */
  current(): GamePage | null;
}

export function browserSuite<S extends readonly Served[]>(serve: () => Promise<S>): BrowserSuite<S> {
  let browser: Browser | undefined;
  let served: S | undefined;
  let current: GamePage | null = null;
  beforeAll(async () => {
    [served, browser] = await Promise.all([serve(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of served ?? []) await server.close();
  });
  afterEach(async () => {
    const errors = await closeCollectingErrors(current);
    current = null;
    expect(errors).toEqual([]);
  });
  return {
    served() {
      if (!served) throw new Error('The suite has not started its servers yet.');
      return served;
    },
    async open(url, options = {}) {
      if (!browser) throw new Error('The suite has not launched its browser yet.');
      current = await openPage(browser, url, options);
      return current;
    },
    current: () => current,
  };
}
