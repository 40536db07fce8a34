/**
 * The browser-test harness: one Chromium per test file, the production build served by Vite's
 * preview server at the root and by a small static server under a sub-path (the build uses a
 * relative base, so it must work from anywhere), and helpers to read the game's state through
 * the test hook `(window as HookWindow).__consultant`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import type { GameController } from '../../src/game/controller';
import { findChromium, systemFinderDeps } from './chromium';

export const REPO = resolve(import.meta.dirname, '../..');
export const DIST = join(REPO, 'dist');
export const SCREENSHOTS = join(REPO, 'test-output', 'screenshots');
export const SUB_PATH = '/sub/';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export interface ChoiceRect {
  readonly choiceId: string;
  readonly number: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The test hook the game exposes (src/game/view-hook.ts). */
export interface ConsultantHook {
  readonly controller: GameController;
  choiceRects(): ChoiceRect[];
  activeScenes(): string[];
  stage(): { arrangement: string; width: number; height: number; bodyCssPx: number };
  pageScroll(): number | null;
}

/**
 * The page's window with the hook. A cast rather than a global declaration, so that it cannot
 * clash with the game's own declaration of the hook.
 */
export type HookWindow = Window & { __consultant?: ConsultantHook };

let found: string | undefined;

/**
 * The Chromium to use, found (or installed) once per process. Test files call it at module
 * level, where no hook timeout applies: an apt-get install can take minutes.
 */
export function ensureChromium(): string {
  found ??= findChromium(systemFinderDeps()).path;
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: [...LAUNCH_ARGS] });
}

// ------------------------------------------------------------------------------ servers

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` under `mount` (e.g. /sub/) and nothing else: any absolute asset URL would 404. */
/** How a static host answers: `compress` gzips text as a real host does, when the browser asks. */
export interface ServeOptions {
  readonly compress?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export async function serveUnder(
  dir: string,
  mount: string,
  options: ServeOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(mount)) {
      response.writeHead(404).end('not under the sub-path');
      return;
    }
    let file = normalize(join(root, pathname.slice(mount.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
      // Vite names built assets by their content, so a host may keep them for a year.
      if (options.compress && pathname.includes('/assets/'))
        headers['cache-control'] = 'public, max-age=31536000, immutable';
      const gzipped =
        options.compress &&
        COMPRESSIBLE.has(extname(file)) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzipped) headers['content-encoding'] = 'gzip';
      response.writeHead(200, headers);
      response.end(gzipped ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export async function servePreview(outDir = DIST): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run the browser tests with \`npm run test:browser\`, which builds first.`);
  }
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: REPO,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

// ------------------------------------------------------------------------------- pages

export interface GamePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors, as they happen. */
  readonly errors: string[];
  /** Console warnings (Phaser's among them), for tests that promise there are none. */
  readonly warnings: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    bypassCSP?: boolean;
    /** The window, in CSS pixels (1280 x 800 by default), and a phone's touch and pixel ratio. */
    viewport?: { readonly width: number; readonly height: number };
    touch?: boolean;
    deviceScaleFactor?: number;
    /** Run in every page before the game's own scripts (to record a browser API, say). */
    initScript?: string;
    /** Requests a test breaks on purpose (a sound answered 404): their failures are not errors. */
    brokenOnPurpose?: RegExp;
    /** Set up the context before the page loads (a request held back, say). */
    beforeLoad?: (context: BrowserContext) => Promise<unknown>;
    /** Wait for the canvas to have drawn (the default), or only for the page's heading. */
    waitForCanvas?: boolean;
  } = {},
): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  if (options.brokenOnPurpose) {
    const broken = options.brokenOnPurpose;
    await context.route(broken, (route) => route.fulfill({ status: 404, body: 'not here' }));
  }
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() !== 'error') return;
    // The browser asks for /favicon.ico by itself when the page names no icon: not the game's error.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (options.brokenOnPurpose?.test(message.location().url)) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('crash', () => errors.push('crash'));
  page.on('response', (response) => {
    if (options.brokenOnPurpose?.test(response.url())) return;
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // The address follows the case (#route=...), and Chromium asks for the icon again on such a
    // same-page change; a reload or a new page right after cancels that request. Only that is noise.
    if (options.brokenOnPurpose?.test(request.url())) return;
    const iconCancelled =
      /\/favicon\.(svg|ico)$/.test(request.url()) && request.failure()?.errorText === 'net::ERR_ABORTED';
    if (!iconCancelled) errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  if (options.beforeLoad) await options.beforeLoad(context);
  await page.goto(url);
  if (options.waitForCanvas ?? true) await waitForGame(page);
  else await page.waitForSelector('#accessible-layer h1', { state: 'attached', timeout: 30_000 });
  return { page, context, errors, warnings };
}

/**
 * Close a test's page and return what went wrong on it. The errors are copied before the
 * context closes: requests cut off by the closing are not the game's errors.
 */
export async function closeCollectingErrors(page: GamePage | null): Promise<string[]> {
  const errors = [...(page?.errors ?? [])];
  await page?.context.close();
  return errors;
}

/**
 * The reader is there (the canvas starts at their first move: src/game/engagement.ts), the hook
 * is there, a scene is running, the accessible layer shows a heading and has stepped back under
 * the canvas (until then it is the page itself: dom/html-page.ts).
 */
export async function waitForGame(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      // A scroll, as a reader's first move: unlike a mouse move it hovers over nothing.
      window.dispatchEvent(new Event('scroll'));
      const hook = (window as HookWindow).__consultant;
      return (
        hook !== undefined &&
        hook.activeScenes().length > 0 &&
        document.querySelector('#accessible-layer h1') !== null &&
        document.querySelector('#accessible-layer.al-page') === null
      );
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}

export interface GameState {
  readonly screen: string;
  readonly passageId: string | null;
  readonly passageTitle: string | null;
  readonly revealed: boolean;
  /** The canvas has laid the page out: it is on screen, and its number keys work. */
  readonly onScreen: boolean;
  readonly pageNumber: number;
  readonly choices: ReadonlyArray<{ id: string; label: string; number: number; available: boolean }>;
  readonly ending: { id: string; title: string; verdict: string } | null;
  readonly notice: string | null;
  readonly canContinue: boolean;
  /** The choice ids of the run's steps. */
  readonly log: readonly string[];
  readonly settings: Record<string, unknown>;
  /** The element with the focus, if any besides the body. */
  readonly focus: { tag: string; text: string; inLayer: boolean } | null;
}

export async function gameState(page: Page): Promise<GameState> {
  return page.evaluate(() => {
    const s = (window as HookWindow).__consultant!.controller.state;
    const ending = s.passage?.ending;
    return {
      screen: s.screen,
      passageId: s.passage?.id ?? null,
      passageTitle: s.passage?.title ?? null,
      revealed: s.revealed,
      onScreen: s.typing.total !== null && s.typing.page === s.pageNumber,
      pageNumber: s.pageNumber,
      choices: s.choices.map((c) => ({
        id: c.choice.id,
        label: c.choice.label,
        number: c.number,
        available: c.available,
      })),
      ending: ending ? { id: ending.id, title: ending.title, verdict: ending.verdict } : null,
      notice: s.notice,
      canContinue: s.canContinue,
      log: (s.run?.steps ?? []).flatMap((step) => (step.kind === 'choice' ? [step.choice] : [])),
      settings: { ...s.settings },
      focus: (() => {
        const active = document.activeElement;
        if (!active || active === document.body) return null;
        return {
          tag: active.tagName.toLowerCase(),
          text: (active.textContent ?? '').replace(/\s+/g, ' ').trim(),
          inLayer: document.getElementById('accessible-layer')?.contains(active) ?? false,
        };
      })(),
    };
  });
}

/** A condition on the controller's state that the page itself polls (one round trip, not many). */
export interface StateCondition {
  readonly screen?: string;
  readonly revealed?: boolean;
  /** The canvas has laid the page out (its number keys work). */
  readonly onScreen?: boolean;
  /** The page number is greater than this. */
  readonly pageAbove?: number;
}

export async function waitFor(
  page: Page,
  condition: StateCondition,
  { timeout = 20_000, what = JSON.stringify(condition) } = {},
): Promise<GameState> {
  try {
    await page.waitForFunction(
      (c) => {
        const s = (window as HookWindow).__consultant?.controller.state;
        if (!s) return false;
        if (c.screen !== undefined && s.screen !== c.screen) return false;
        if (c.revealed !== undefined && s.revealed !== c.revealed) return false;
        if (c.onScreen !== undefined && (s.typing.total !== null && s.typing.page === s.pageNumber) !== c.onScreen)
          return false;
        if (c.pageAbove !== undefined && !(s.pageNumber > c.pageAbove)) return false;
        return true;
      },
      condition,
      { timeout, polling: 'raf' },
    );
  } catch (error) {
    const state = await gameState(page).catch(() => null);
    throw new Error(`Timed out waiting for ${what}; last state: ${JSON.stringify(state)}`, { cause: error });
  }
  return gameState(page);
}

/** Waits until the game state satisfies the predicate (polling), and returns it. */
export async function waitForState(
  page: Page,
  predicate: (state: GameState) => boolean,
  { timeout = 15_000, what = 'the expected game state' } = {},
): Promise<GameState> {
  const start = Date.now();
  let state = await gameState(page);
  while (!predicate(state)) {
    if (Date.now() - start > timeout) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last state: ${JSON.stringify(state)}`);
    }
    await page.waitForTimeout(50);
    state = await gameState(page);
  }
  return state;
}

/** What the focused element is, as a keyboard user would be told. */
export async function focused(page: Page): Promise<{ tag: string; text: string; inLayer: boolean } | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    return {
      tag: active.tagName.toLowerCase(),
      text: (active.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inLayer: document.getElementById('accessible-layer')?.contains(active) ?? false,
    };
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Role and accessible name of every node the browser exposes, from its accessibility tree. */
export async function accessibilityTree(
  page: Page,
): Promise<Array<{ role: string; name: string; description: string; disabled: boolean }>> {
  const client = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        ignored?: boolean;
        role?: { value?: string };
        name?: { value?: string };
        description?: { value?: string };
        properties?: Array<{ name: string; value?: { value?: unknown } }>;
      }>;
    };
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
        disabled: node.properties?.some((p) => p.name === 'disabled' && p.value?.value === true) ?? false,
      }));
  } finally {
    await client.detach();
  }
}

/** Builds a test page (a folder of test/browser with an index.html) into test-output/<name>. */
async function buildTestPage(folder: string, name: string): Promise<string> {
  const outDir = join(REPO, 'test-output', name);
  const { build } = await import('vite');
  await build({
    root: join(REPO, 'test', 'browser', folder),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  return outDir;
}

/**
 * Builds the stand-in page (test/browser/fixture): the real controller and accessible layer
 * over a plain canvas, so the layer can be tested in a browser without the Phaser scenes.
 */
export function buildLayerFixture(): Promise<string> {
  return buildTestPage('fixture', 'layer-fixture');
}

/** Builds the game booted with another story (test/browser/other-story). */
export function buildOtherStoryPage(): Promise<string> {
  return buildTestPage('other-story', 'other-story');
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core in the page (injected through the DevTools protocol, so the page's CSP does not block it). */
/** The axe rules of WCAG 2.2 at levels A and AA (and the 2.0 and 2.1 rules they include). */
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;

export async function runAxe(page: Page, include?: string, tags?: readonly string[]): Promise<AxeViolation[]> {
  const axe = (await import('axe-core')).default;
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ selector, tags }) => {
      const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = selector ? { include: [[selector]] } : document;
      const result = await runner.run(context as import('axe-core').ElementContext, {
        resultTypes: ['violations'],
        ...(tags ? { runOnly: { type: 'tag' as const, values: [...tags] } } : {}),
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    },
    { selector: include ?? null, tags: tags ?? null },
  );
}

export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
