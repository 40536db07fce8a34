/**
 * Performance benchmarks, reported as ratios against a baseline measured in the same run
 * (these machines are noisy, so absolute numbers mean little). Both pages are served gzipped,
 * as any host serves them.
 *  - app code size (gzip, without Phaser, Howler and dagre) against the 80 KB budget, and how
 *    much of it is the story's own text;
 *  - the first contentful paint, the time until the first choice can be taken (New case, on the
 *    HTML page or the canvas), the time until the canvas has drawn the title, and the bytes
 *    fetched before the first choice, against a bare Phaser page built from the same Phaser with
 *    the same design size (budgets: paint at most 0.3x, first choice at most 1.2x);
 *  - Lighthouse's scores (mobile preset) on the production build, served on loopback. Lighthouse
 *    never touches the page, so the canvas (started at the reader's first move) is not in its
 *    run: the next figure measures it;
 *  - the canvas's start on a phone (a CPU 4 times slower): the blocking time (Lighthouse's TBT:
 *    each long task's time past 50 ms) from the first move until the canvas has taken over,
 *    against the bare page's whole boot;
 *  - a key that takes a choice, until the next page's first characters are drawn, against the
 *    length of the page's arrival by design (budget: median at most 100 ms beyond it);
 *  - the JS heap after garbage collection, game objects and textures, after run 10 and after
 *    run 200 of full runs in one page (budget: the heap grows at most 5%);
 *  - frame times while turning pages, against the bare page's idle frames (budget: 60 fps);
 *  - frame times while the first page is typed (after its stamp lands), against the same;
 *  - frame times while the branch map is dragged up and down for 4 s, every card of the whole
 *    story on its board (a case played to an ending first, so most cards carry titles), against
 *    the same (checked a second way: frames counted over the wall time of the drag), and then
 *    moved by the arrow keys' intent on every frame, so that no frame is spared a redraw (a
 *    mouse driven from here moves ~45 times a second);
 *  - the engine in Node: validating a generated story of 10,000 passages (budget 1 s); states
 *    explored per second on the real story and on a synthetic one of the size of the real one.
 * Usage: npm run bench [-- --runs 7] [-- --memory-runs 200] [-- --no-build]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { ALLEGED_ROUTE } from '../src/content/routes';
import { story as gameStory } from '../src/content/story';
import { DESK_LAYOUT } from '../src/game/layout/case-layout';
import { pageArrivalMs } from '../src/game/widgets/page-turn';
import { explore, type Story, validateStory } from '../src/story';
import { ensureChromium, LAUNCH_ARGS, launchBrowser, serveUnder } from '../test/browser/harness';
import { syntheticStory } from '../test/fixtures/synthetic-story';

const REPO = resolve(import.meta.dirname, '..');
const GAME_DIST = join(REPO, 'dist');
const BARE_DIST = join(REPO, 'test-output', 'bench-bare');
const APP_BUDGET_KB = 80;
const INPUT_TO_TEXT_BUDGET_MS = 100;
const HEAP_GROWTH_BUDGET = 0.05;
const VALIDATION_BUDGET_MS = 1000;
const FIRST_CHOICE_BUDGET = 1.2;
const FIRST_PAINT_BUDGET = 0.3;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const memoryRuns = Number(args[args.indexOf('--memory-runs') + 1]) || 200;
const skipBuild = args.includes('--no-build');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function appSize(): { appKb: number; vendorKb: number; authorKb: number } {
  const assets = join(GAME_DIST, 'assets');
  let app = 0;
  let vendor = 0;
  let author = 0;
  for (const file of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(file)) continue;
    const gz = gzipSync(readFileSync(join(assets, file))).length;
    // Libraries: Phaser and Howler, and dagre (fetched only when the branch map opens).
    if (/^(phaser|howler|dagre)-/.test(file)) vendor += gz;
    // Author mode's panel and its story checker: fetched only with ?author.
    else if (/^(author-panel|story-worker|custom-story)-/.test(file)) author += gz;
    else app += gz;
  }
  return { appKb: app / 1024, vendorKb: vendor / 1024, authorKb: author / 1024 };
}

interface FirstLoad {
  /** ms from navigation until the first choice can be taken, measured inside the page. */
  readonly choiceMs: number;
  /** ms from navigation to the first contentful paint (Chromium's paint timing). */
  readonly firstPaintMs: number;
  /** Bytes of every response finished by then (as sent: the loopback server does not compress). */
  readonly bytesBeforeChoice: number;
}

async function firstLoad(browser: Browser, url: string, ready: () => boolean): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Polled from the moment the page commits: waiting for the load event would measure that instead.
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
  const choiceMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
    timeout: 60_000,
  });
  const measured = await page.evaluate((at) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0] as PerformanceEntry;
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    const bytes = entries.filter((e) => e.responseEnd <= at).reduce((sum, e) => sum + e.encodedBodySize, 0);
    return { firstPaintMs: paint.startTime, bytesBeforeChoice: bytes };
  }, choiceMs);
  await context.close();
  return { choiceMs, ...measured };
}

/**
 * The first contentful paint as a reader on a phone meets it: Lighthouse's mobile conditions
 * (slow 4G: 150 ms round trip, 1.6 Mbit/s down; a CPU 4 times slower), set through CDP.
 */
async function throttledPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
    timeout: 120_000,
  });
  const at = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
  await context.close();
  return at;
}

interface LighthouseFigures {
  readonly scores: string;
  readonly metrics: string;
}

/**
 * Lighthouse's mobile preset (simulated slow 4G, a 4x slower CPU) on the production build, in a
 * Chromium of its own, Debian's, reached over its debugging port.
 */
async function lighthouseFigures(url: string): Promise<LighthouseFigures> {
  const port = 9333;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...LAUNCH_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const shown = (id: string) => audits[id]?.displayValue ?? '?';
    return {
      scores: `${score('performance')} / ${score('accessibility')} / ${score('best-practices')}`,
      metrics: `FCP ${shown('first-contentful-paint')}, LCP ${shown('largest-contentful-paint')}, TBT ${shown('total-blocking-time')}, CLS ${shown('cumulative-layout-shift')}`,
    };
  } finally {
    await browser.close();
  }
}

// Functions, not strings: the game's Content-Security-Policy forbids evaluating strings.
/** New case can be taken: on the HTML page (before the canvas), or on the canvas's title. */
const GAME_READY = () => {
  const hook = (window as unknown as { __consultant?: { activeScenes(): string[] } }).__consultant;
  // Until the shell has run, the HTML's New case is painted but does nothing yet.
  if (!hook) return false;
  const onPage = document.querySelector('#accessible-layer.al-page') !== null;
  if (!onPage && !hook?.activeScenes().includes('TitleScene')) return false;
  return [...document.querySelectorAll('#accessible-layer button')].some((b) => b.textContent?.trim() === 'New case');
};
/** The canvas has drawn the title (the figure before the title was painted as HTML first). */
const CANVAS_READY = () => {
  // The reader's first move starts the canvas (src/game/engagement.ts): here, as soon as possible.
  window.dispatchEvent(new Event('scroll'));
  const hook = (window as unknown as { __consultant?: { activeScenes(): string[] } }).__consultant;
  return hook?.activeScenes().includes('TitleScene') === true;
};
/** The canvas has drawn the title and the HTML page has stepped aside. */
const CANVAS_TOOK_OVER = () => {
  window.dispatchEvent(new Event('scroll'));
  const hook = (window as unknown as { __consultant?: { activeScenes(): string[] } }).__consultant;
  return hook?.activeScenes().includes('TitleScene') === true && document.querySelector('.al-page') === null;
};
const MAP_READY = () => (window as unknown as { __consultant?: { map(): unknown } }).__consultant?.map() !== null;
const BARE_READY = () => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt !== undefined;

// In-page scripts are strings: tsx would wrap named inner functions in a helper the page
// does not have, and CDP evaluation of a string is not subject to the page's CSP.
const SAMPLER = `
  const intervals = [];
  let sampling = true;
  let last = performance.now();
  const tick = (now) => { intervals.push(now - last); last = now; if (sampling) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** Frame intervals sampled with requestAnimationFrame for `ms`. */
function sampleFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`(async () => {
    ${SAMPLER}
    await new Promise((wait) => setTimeout(wait, ${ms}));
    sampling = false;
    return intervals;
  })()`);
}

/** Turn a page every 700 ms (complete the text, take the first available choice) while sampling frames. */
const TURN_PAGES_SAMPLING_FRAMES = `(async () => {
  const controller = window.__consultant.controller;
  ${SAMPLER}
  for (let turn = 0; turn < 8 && controller.state.screen === 'case'; turn++) {
    await new Promise((wait) => setTimeout(wait, 700));
    controller.completeText();
    const first = controller.state.choices.find((c) => c.available);
    if (first) controller.takeChoice(first.choice.id);
  }
  sampling = false;
  return intervals;
})()`;

/** The game page with a new case just opened, in a context of its own. */
async function openNewCase(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(CANVAS_READY, undefined, { polling: 'raf', timeout: 60_000 });
  await page.evaluate(() => {
    const hook = (window as unknown as { __consultant: { controller: { newCase(): void } } }).__consultant;
    hook.controller.newCase();
  });
  return { context, page };
}

async function pageTurnFrames(browser: Browser, url: string): Promise<number[]> {
  const { context, page } = await openNewCase(browser, url);
  const frames: number[] = await page.evaluate(TURN_PAGES_SAMPLING_FRAMES);
  await context.close();
  return frames.slice(5);
}

/** Wait for the first page to start typing, then sample frames while it types. */
const TYPING_FRAMES = `(async () => {
  const controller = window.__consultant.controller;
  // The page slides in and is stamped (~0.8 s) before the typewriter starts.
  await new Promise((wait) => setTimeout(wait, 1200));
  ${SAMPLER}
  await new Promise((wait) => setTimeout(wait, 3000));
  sampling = false;
  return { intervals, stillTyping: !controller.state.revealed };
})()`;

async function typingFrames(browser: Browser, url: string): Promise<number[]> {
  const { context, page } = await openNewCase(browser, url);
  const result: { intervals: number[]; stillTyping: boolean } = await page.evaluate(TYPING_FRAMES);
  await context.close();
  if (!result.stillTyping) throw new Error('The first page finished typing before the sample ended.');
  return result.intervals.slice(5);
}

async function idleFrames(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(BARE_READY, undefined, { polling: 'raf' });
  const frames = await sampleFrames(page, 5_000);
  await context.close();
  return frames.slice(5);
}

/**
 * A case played along the alleged path to its ending, the map opened and zoomed out (0.3, the
 * board four screens tall), then the mouse drags it up and down for `ms` while frames are
 * sampled. Returns the intervals and the frames counted over the drag's wall time.
 */
async function mapPanFrames(
  browser: Browser,
  url: string,
  ms = 4000,
): Promise<{ intervals: number[]; fps: number; everyFrame: number[] }> {
  const { context, page } = await openNewCase(browser, url);
  await page.evaluate(`(() => {
    const c = window.__consultant.controller;
    for (const choice of ${JSON.stringify(ALLEGED_ROUTE)}) { c.completeText(); c.takeChoice(choice); }
    c.open('map');
  })()`);
  await page.waitForFunction(MAP_READY, undefined, { timeout: 60_000 });
  for (let i = 0; i < 6; i++) await page.evaluate(`window.__consultant.controller.scrollPage('zoom-out')`);
  await page.waitForTimeout(500);
  await page.evaluate(`(() => { ${SAMPLER}; window.__benchStop = () => { sampling = false; return intervals; }; })()`);
  const started = Date.now();
  await page.mouse.move(640, 300);
  await page.mouse.down();
  for (let t = 0; Date.now() - started < ms; t++) {
    await page.mouse.move(640 + 40 * Math.sin(t / 7), 420 + 180 * Math.sin(t / 11));
  }
  await page.mouse.up();
  const intervals: number[] = await page.evaluate('window.__benchStop()');
  const elapsed = intervals.reduce((sum, x) => sum + x, 0);
  // The board moved a line down or up (20 frames each way) on every frame, sampled alike.
  const everyFrame: number[] = await page.evaluate(`(async () => {
    const controller = window.__consultant.controller;
    const intervals = [];
    let sampling = true;
    let last = performance.now();
    let frame = 0;
    const tick = (now) => {
      intervals.push(now - last);
      last = now;
      controller.scrollPage(Math.floor(frame++ / 20) % 2 ? 'line-up' : 'line-down');
      if (sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await new Promise((wait) => setTimeout(wait, ${ms}));
    sampling = false;
    return intervals;
  })()`);
  await context.close();
  return { intervals: intervals.slice(5), fps: (intervals.length * 1000) / elapsed, everyFrame: everyFrame.slice(5) };
}

/** Long tasks as the page's PerformanceObserver sees them, from navigation on. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface Blocking {
  /** Sum over long tasks of their time past 50 ms (Lighthouse's total blocking time), ms. */
  readonly blockingMs: number;
  readonly longestMs: number;
}

function blockingSince(tasks: readonly { start: number; duration: number }[], since: number): Blocking {
  const after = tasks.filter((task) => task.start >= since);
  return {
    blockingMs: after.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longestMs: Math.max(0, ...after.map((task) => task.duration)),
  };
}

/**
 * What the canvas costs the main thread of a phone (a CPU 4 times slower, set through CDP) when
 * it starts: on the game, from the reader's first move until the canvas has taken over the
 * title; on the bare page, from navigation until its text is up. Lighthouse never moves, so its
 * run leaves the canvas out; this figure puts it back.
 */
async function canvasBlocking(browser: Browser, url: string, bare: boolean): Promise<Blocking> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  let since = 0;
  if (bare) await page.waitForFunction(BARE_READY, undefined, { polling: 100, timeout: 120_000 });
  else {
    await page.waitForFunction(GAME_READY, undefined, { polling: 100, timeout: 120_000 });
    await page.waitForTimeout(1000);
    since = await page.evaluate(() => performance.now());
    await page.waitForFunction(CANVAS_TOOK_OVER, undefined, { polling: 100, timeout: 120_000 });
  }
  // The tasks that follow at once (the first frames) belong to the start too.
  await page.waitForTimeout(1000);
  const tasks: { start: number; duration: number }[] = await page.evaluate('window.__longTasks');
  await context.close();
  return blockingSince(tasks, since);
}

/**
 * A key that takes a choice, until the next page's first characters are drawn: the keydown's
 * time stamp, to the first frame after the typewriter has shown a character of the new page.
 * Only turns within a chapter (a chapter's divider is a transition of its own). Returns the
 * times, ms.
 */
export async function inputToText(browser: Browser, url: string, turns: number): Promise<number[]> {
  const { context, page } = await openNewCase(browser, url);
  const times: number[] = [];
  for (let turn = 0; turn < turns * 3 && times.length < turns; turn++) {
    // Polled in the page, frame by frame (a string given to waitForFunction would be eval'd,
    // which the game's CSP forbids).
    const next = (await page.evaluate(`(async () => {
      const c = window.__consultant.controller;
      for (let frame = 0; frame < 1800; frame++) {
        const s = c.state;
        if (s.screen !== 'case') return null;
        c.completeText();
        const first = s.choices.find((choice) => choice.available);
        if (s.revealed && s.typing.total && first) return { number: first.number, to: first.choice.to, chapter: s.passage.chapter };
        await new Promise((done) => requestAnimationFrame(done));
      }
      return null;
    })()`)) as { number: number; to: string; chapter: string } | null;
    if (!next) break;
    const sameChapter = await page.evaluate(
      `window.__consultant.controller.story.chapters.find((c) => c.passages.some((p) => p.id === ${JSON.stringify(next.to)}))?.id === ${JSON.stringify(next.chapter)}`,
    );
    await page.evaluate(`(() => {
      const c = window.__consultant.controller;
      window.__inputToText = new Promise((done) => {
        let pressed = 0;
        let page = c.state.pageNumber;
        document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true, once: true });
        const stop = c.subscribe((s) => {
          if (!pressed || s.pageNumber === page || s.typing.page !== s.pageNumber || s.typing.shown < 1) return;
          stop();
          requestAnimationFrame((drawn) => done(drawn - pressed));
        });
      });
    })()`);
    await page.keyboard.press(String(next.number));
    const ms: number = await page.evaluate('window.__inputToText');
    if (sameChapter) times.push(ms);
  }
  await context.close();
  return times;
}

/**
 * 200 full runs in one page: each a new case played to an ending (every fourth step taken back
 * and taken again), the branch map opened and a jump from it, then the title again. The JS heap
 * after a forced garbage collection, and the game objects and textures the game holds, after
 * run 10 and after the last.
 */
export async function memoryOverRuns(
  browser: Browser,
  url: string,
  runs: number,
  /** Where to look besides: a heap snapshot, say, when finding what grows. */
  options: {
    readonly sampleAt?: readonly number[];
    readonly onSample?: (run: number, cdp: CDPSession) => Promise<void>;
  } = {},
): Promise<{ at: number; heapMb: number; gameObjects: number; textures: number }[]> {
  const sampleAt = options.sampleAt ?? [10, runs];
  const { context, page } = await openNewCase(browser, url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const samples: { at: number; heapMb: number; gameObjects: number; textures: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    await page.evaluate(`(async () => {
      const c = window.__consultant.controller;
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      if (c.state.screen !== 'case') { c.toTitle(); await frame(); c.newCase(); if (c.state.confirm) c.confirmNewCase(); }
      await frame();
      for (let step = 0; step < 80 && c.state.screen === 'case'; step++) {
        c.completeText();
        const open = c.state.choices.filter((choice) => choice.available);
        if (open.length === 0) break;
        c.takeChoice(open[(${run} + step) % open.length].choice.id);
        await frame();
        if (step % 4 === 3 && c.state.screen === 'case') { c.stepBack(); await frame(); }
      }
      c.open('map');
      await frame(); await frame();
      const pages = Object.keys(c.state.progress.pages);
      const seen = pages.length > 0 ? pages[${run} % pages.length] : null;
      if (seen) c.replay.jumpToPage(seen);
      await frame(); await frame();
      c.toTitle();
      await frame();
    })()`);
    if (sampleAt.includes(run)) {
      await page.waitForTimeout(1500);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const census: { gameObjects: number; textures: number } = await page.evaluate('window.__consultant.census()');
      samples.push({ at: run, heapMb: usedSize / 2 ** 20, ...census });
      await options.onSample?.(run, cdp);
    }
  }
  await context.close();
  return samples;
}

/** Explore and validate a story three times; the median time, and states per second from it. */
function engineFigures(story: Story): { states: number; ms: number; perSecond: number } {
  const times: number[] = [];
  let states = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const exploration = explore(story);
    validateStory(story, { exploration });
    times.push(performance.now() - started);
    states = exploration.stateCount;
  }
  const ms = median(times);
  return { states, ms, perSecond: states / (ms / 1000) };
}

/** Validate a generated story of `passages` pages (its exploration included); the median of 3, ms. */
export function validationMs(chapters: number): { passages: number; ms: number } {
  const story = syntheticStory(2015, chapters);
  const passages = story.chapters.reduce((sum, chapter) => sum + chapter.passages.length, 0);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    validateStory(story);
    times.push(performance.now() - started);
  }
  return { passages, ms: median(times) };
}

async function main(): Promise<void> {
  if (!skipBuild) {
    await build({ root: REPO, logLevel: 'warn' });
    await build({
      root: join(REPO, 'bench', 'bare-phaser'),
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir: BARE_DIST, emptyOutDir: true },
    });
  }
  const size = appSize();
  const engineGame = engineFigures(gameStory);
  const engineSynthetic = engineFigures(syntheticStory(2015));
  const validation = validationMs(800);
  // Gzipped, as any host serves them.
  const game = await serveUnder(GAME_DIST, '/', { compress: true });
  const bare = await serveUnder(BARE_DIST, '/', { compress: true });
  const browser = await launchBrowser();
  try {
    const gameLoads: FirstLoad[] = [];
    const bareLoads: FirstLoad[] = [];
    const canvasTimes: number[] = [];
    // Interleaved, so drift in machine load hits both sides alike.
    for (let run = 0; run < runs; run++) {
      bareLoads.push(await firstLoad(browser, bare.url, BARE_READY));
      gameLoads.push(await firstLoad(browser, game.url, GAME_READY));
      canvasTimes.push((await firstLoad(browser, game.url, CANVAS_READY)).choiceMs);
    }
    const throttledGame: number[] = [];
    const throttledBare: number[] = [];
    for (let run = 0; run < Math.min(runs, 5); run++) {
      throttledBare.push(await throttledPaint(browser, bare.url));
      throttledGame.push(await throttledPaint(browser, game.url));
    }
    const audit = await lighthouseFigures(game.url);
    const gameBlocking: Blocking[] = [];
    const bareBlocking: Blocking[] = [];
    for (let run = 0; run < 3; run++) {
      bareBlocking.push(await canvasBlocking(browser, bare.url, true));
      gameBlocking.push(await canvasBlocking(browser, game.url, false));
    }
    const keyToText = await inputToText(browser, game.url, 9);
    const arrival = pageArrivalMs(DESK_LAYOUT, false);
    const memory = await memoryOverRuns(browser, game.url, memoryRuns);
    const [early, late] = [memory[0], memory[memory.length - 1]];
    if (!early || !late) throw new Error('The memory run took no samples.');
    const gameTimes = gameLoads.map((load) => load.choiceMs);
    const bareTimes = bareLoads.map((load) => load.choiceMs);
    const gamePaint = median(gameLoads.map((load) => load.firstPaintMs));
    const barePaint = median(bareLoads.map((load) => load.firstPaintMs));
    const gameBytes = median(gameLoads.map((load) => load.bytesBeforeChoice));
    const turnFrames = await pageTurnFrames(browser, game.url);
    const typeFrames = await typingFrames(browser, game.url);
    const mapPan = await mapPanFrames(browser, game.url);
    const baseFrames = await idleFrames(browser, bare.url);
    const fps = (frames: number[]) => 1000 / median(frames);
    const ratio = median(gameTimes) / median(bareTimes);
    const rows = [
      [
        'app code, gzip (KB)',
        size.appKb.toFixed(1),
        `budget ${APP_BUDGET_KB}`,
        (size.appKb / APP_BUDGET_KB).toFixed(2),
      ],
      [
        "of which the story's text (the story as JSON, gzip, KB)",
        (gzipSync(JSON.stringify(gameStory)).length / 1024).toFixed(1),
        '',
        '',
      ],
      ['Phaser + Howler + dagre, gzip (KB)', size.vendorKb.toFixed(1), '', ''],
      [
        'Lighthouse, mobile preset: performance / accessibility / best practices (gzip; no input, so no canvas)',
        audit.scores,
        audit.metrics,
        'budget 90 / 100 / 100',
      ],
      ['author mode (panel + story checker, only with ?author), gzip (KB)', size.authorKb.toFixed(1), '', ''],
      [
        `first contentful paint (median of ${runs}, ms)`,
        gamePaint.toFixed(0),
        `bare Phaser ${barePaint.toFixed(0)}`,
        `${(gamePaint / barePaint).toFixed(2)} (budget ${FIRST_PAINT_BUDGET})`,
      ],
      [
        `first contentful paint on slow 4G with a 4x slower CPU (median of ${throttledGame.length}, ms)`,
        median(throttledGame).toFixed(0),
        `bare Phaser ${median(throttledBare).toFixed(0)}`,
        `${(median(throttledGame) / median(throttledBare)).toFixed(2)} (budget ${FIRST_PAINT_BUDGET})`,
      ],
      [
        `time to first choice, New case usable (median of ${runs}, ms)`,
        median(gameTimes).toFixed(0),
        `bare Phaser ${median(bareTimes).toFixed(0)}`,
        `${ratio.toFixed(2)} (budget ${FIRST_CHOICE_BUDGET})`,
      ],
      [
        `time until the canvas has drawn the title (median of ${runs}, ms)`,
        median(canvasTimes).toFixed(0),
        `bare Phaser ${median(bareTimes).toFixed(0)}`,
        (median(canvasTimes) / median(bareTimes)).toFixed(2),
      ],
      [
        'bytes fetched before the first choice (KB as sent, gzip)',
        (gameBytes / 1024).toFixed(0),
        `bare Phaser ${(median(bareLoads.map((load) => load.bytesBeforeChoice)) / 1024).toFixed(0)}`,
        '',
      ],
      [
        'page turns: median fps / p95 frame ms',
        `${fps(turnFrames).toFixed(1)} / ${percentile(turnFrames, 95).toFixed(1)}`,
        `bare idle ${fps(baseFrames).toFixed(1)} / ${percentile(baseFrames, 95).toFixed(1)}`,
        (fps(turnFrames) / fps(baseFrames)).toFixed(2),
      ],
      [
        'typing: median fps / p95 frame ms',
        `${fps(typeFrames).toFixed(1)} / ${percentile(typeFrames, 95).toFixed(1)}`,
        `bare idle ${fps(baseFrames).toFixed(1)} / ${percentile(baseFrames, 95).toFixed(1)}`,
        (fps(typeFrames) / fps(baseFrames)).toFixed(2),
      ],
      [
        'branch map dragged, whole story drawn: median fps / p95 frame ms (frames / wall time)',
        `${fps(mapPan.intervals).toFixed(1)} / ${percentile(mapPan.intervals, 95).toFixed(1)} (${mapPan.fps.toFixed(1)} fps)`,
        `bare idle ${fps(baseFrames).toFixed(1)} / ${percentile(baseFrames, 95).toFixed(1)}`,
        (fps(mapPan.intervals) / fps(baseFrames)).toFixed(2),
      ],
      [
        'branch map moved by keys every frame: median fps / p95 frame ms',
        `${fps(mapPan.everyFrame).toFixed(1)} / ${percentile(mapPan.everyFrame, 95).toFixed(1)}`,
        `bare idle ${fps(baseFrames).toFixed(1)} / ${percentile(baseFrames, 95).toFixed(1)}`,
        (fps(mapPan.everyFrame) / fps(baseFrames)).toFixed(2),
      ],
      [
        'the canvas starting on a phone (4x CPU): blocking time / longest task, ms (median of 3)',
        `${median(gameBlocking.map((b) => b.blockingMs)).toFixed(0)} / ${median(gameBlocking.map((b) => b.longestMs)).toFixed(0)}`,
        `bare Phaser ${median(bareBlocking.map((b) => b.blockingMs)).toFixed(0)} / ${median(bareBlocking.map((b) => b.longestMs)).toFixed(0)}`,
        (median(gameBlocking.map((b) => b.blockingMs)) / median(bareBlocking.map((b) => b.blockingMs))).toFixed(2),
      ],
      [
        `key to the next page's first characters drawn (median of ${keyToText.length}, ms)`,
        `${median(keyToText).toFixed(0)} (p95 ${percentile(keyToText, 95).toFixed(0)})`,
        `the page's arrival ${arrival}`,
        `${(median(keyToText) - arrival).toFixed(0)} beyond it (budget ${INPUT_TO_TEXT_BUDGET_MS})`,
      ],
      [
        `JS heap after GC, run ${early.at} / run ${late.at} (MB); game objects; textures`,
        `${early.heapMb.toFixed(1)} / ${late.heapMb.toFixed(1)}; ${early.gameObjects} / ${late.gameObjects}; ${early.textures} / ${late.textures}`,
        '',
        `${(((late.heapMb - early.heapMb) / early.heapMb) * 100).toFixed(1)}% (budget ${HEAP_GROWTH_BUDGET * 100}%)`,
      ],
      [
        `engine: validate a generated story of ${validation.passages} passages (median of 3, ms)`,
        validation.ms.toFixed(0),
        '',
        `budget ${VALIDATION_BUDGET_MS}`,
      ],
      [
        'engine: explore + validate the story (median of 3, ms)',
        `${engineGame.ms.toFixed(0)} (${engineGame.states} states, ${Math.round(engineGame.perSecond)}/s)`,
        `synthetic ${engineSynthetic.ms.toFixed(0)} (${engineSynthetic.states} states, ${Math.round(engineSynthetic.perSecond)}/s)`,
        (engineGame.perSecond / engineSynthetic.perSecond).toFixed(2),
      ],
    ];
    console.log(['measure', 'value', 'baseline', 'ratio'].join(' | '));
    for (const row of rows) console.log(row.join(' | '));
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
}

// Run as a script; imported (a figure measured on its own, while working on it), it only exports.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
