/**
 * Playing the game in a browser as a player would: by the keyboard alone, or by mouse clicks on
 * the canvas. Nothing here knows a passage id. The engine (in Node) plans a route for a simple
 * policy ("the first available choice", "the last", ...); the loops follow it by reading the
 * state through the test hook, and the browser must arrive where the engine says.
 */
import type { Page } from 'playwright-core';
import { story as caseStory } from '../../src/content/story';
import { choose, currentPassage, listChoices, startRun } from '../../src/story/engine';
import type { RunState, Story } from '../../src/story/types';
import { focused, type GameState, type HookWindow, waitFor, waitForState } from './harness';

/** Picks an index among the n available choices of a page, at a given step of the run. */
export interface Policy {
  readonly name: string;
  readonly pick: (n: number, step: number) => number;
}

/** A small deterministic hash, so that "random" policies are the same on every run. */
function mix(seed: number, step: number): number {
  let h = (seed * 0x9e3779b1 + step * 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export const POLICIES: readonly Policy[] = [
  { name: 'first', pick: () => 0 },
  { name: 'last', pick: (n) => n - 1 },
  { name: 'second', pick: (n) => Math.min(1, n - 1) },
  { name: 'second-last', pick: (n) => Math.max(0, n - 2) },
  { name: 'middle', pick: (n) => Math.floor(n / 2) },
  ...Array.from({ length: 16 }, (_, i) => ({
    name: `seeded-${i + 1}`,
    pick: (n: number, step: number) => mix(i + 1, step) % n,
  })),
];

export interface Route {
  readonly policy: string;
  /** Choice ids from the start to the ending. */
  readonly log: readonly string[];
  readonly endingId: string;
}

/** The route a policy takes through a story (the case unless told), computed by the engine. */
export function predictRoute(policy: Policy, story: Story = caseStory, maxSteps = 500): Route {
  let state: RunState = startRun(story);
  const log: string[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const passage = currentPassage(story, state);
    if (passage.ending) return { policy: policy.name, log, endingId: passage.ending.id };
    const available = listChoices(story, state).filter((v) => v.available);
    const chosen = available[policy.pick(available.length, step)];
    if (!chosen) throw new Error(`Passage "${passage.id}" has no available choice: the story is stuck.`);
    const result = choose(story, state, chosen.choice.id);
    if (!result.ok) throw new Error(`The engine refused "${chosen.choice.id}" in "${passage.id}"`);
    state = result.state;
    log.push(chosen.choice.id);
  }
  throw new Error(`Policy "${policy.name}" did not reach an ending in ${maxSteps} steps.`);
}

/**
 * Two routes for the browser tests, short ones so that the suite stays quick: the shortest,
 * and the shortest that ends differently, unless that is much longer; then the shortest that
 * at least goes another way.
 */
export function planRoutes(story: Story = caseStory): { keyboard: Route; mouse: Route } {
  const routes = POLICIES.map((p) => predictRoute(p, story)).sort((a, b) => a.log.length - b.log.length);
  const keyboard = routes[0]!;
  const key = (r: Route) => r.log.join('\u0000');
  const others = routes.filter((r) => key(r) !== key(keyboard));
  const otherEnding = others.find((r) => r.endingId !== keyboard.endingId);
  const mouse =
    otherEnding && otherEnding.log.length <= keyboard.log.length + 12 ? otherEnding : (others[0] ?? keyboard);
  return { keyboard, mouse };
}

export interface PlayRecord {
  readonly final: GameState;
  readonly steps: number;
  /** How often the text was completed with Space (keyboard) or a click (mouse). */
  readonly completions: number;
}

/** Tab from wherever the focus is until the layer's button with this exact name has it. */
export async function tabTo(page: Page, name: string, maxTabs = 20): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    const now = await focused(page);
    if (now?.inLayer && now.tag === 'button' && now.text.endsWith(name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach the "${name}" button with Tab in ${maxTabs} presses.`);
}

function choiceFor(state: GameState, route: Route, step: number) {
  const id = route.log[step];
  const choice = state.choices.find((c) => c.id === id);
  if (!choice?.available) {
    throw new Error(
      `Step ${step + 1} of the "${route.policy}" route: the engine takes "${id}", but the page "${state.passageId}" offers ${JSON.stringify(state.choices)}`,
    );
  }
  return choice;
}

/**
 * Keyboard only: Space completes the text (the focus waits on the page's heading then), and
 * the choice is taken with its digit key, or with Enter when the focus is already on it.
 */
export async function playWithKeyboard(page: Page, route: Route): Promise<PlayRecord> {
  let completions = 0;
  let state = await waitFor(page, { screen: 'case' }, { what: 'the first page' });
  for (let step = 0; step <= route.log.length; step++) {
    if (state.screen === 'ending') return { final: state, steps: step, completions };
    if (state.screen !== 'case') throw new Error(`Unexpected screen "${state.screen}" while playing`);
    if (!state.revealed) {
      if (state.focus?.tag === 'button') {
        throw new Error(`Space would press "${state.focus.text}" instead of completing the text`);
      }
      await page.keyboard.press('Space');
      completions++;
      state = await waitFor(page, { revealed: true }, { what: 'Space to reveal the page' });
      if (state.log.length !== step) throw new Error('Space took a choice');
    }
    // A player presses the digit once the page is on screen (until then the keys take nothing).
    state = await waitFor(page, { onScreen: true }, { what: 'the page on screen' });
    const chosen = choiceFor(state, route, step);
    if (chosen.number > 9) throw new Error(`Choice ${chosen.number} has no digit key`);
    const onIt = state.focus?.tag === 'button' && state.focus.text.endsWith(chosen.label);
    const before = state.pageNumber;
    await page.keyboard.press(onIt && step % 2 === 1 ? 'Enter' : String(chosen.number));
    state = await waitFor(page, { pageAbove: before }, { what: `choice ${chosen.number} to be taken` });
    if (state.pageNumber !== before + 1) throw new Error(`One key press turned ${state.pageNumber - before} pages`);
  }
  throw new Error(`No ending after the ${route.log.length} steps of the "${route.policy}" route`);
}

/** Clicks the page (the document on the canvas) until the text is complete. */
/** How a test points: a mouse's click, or a finger's tap on a touch screen. */
export type Pointer = 'mouse' | 'touch';

async function press(page: Page, pointer: Pointer, x: number, y: number): Promise<void> {
  if (pointer === 'touch') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

export async function clickToComplete(page: Page, pointer: Pointer = 'mouse'): Promise<GameState> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  // A deadline, not a count of clicks: a 2x canvas on a loaded two-core machine can take
  // seconds per frame, and a fixed number of quick retries ran out before the page arrived.
  const deadline = Date.now() + 60_000;
  let clicks = 0;
  while (Date.now() < deadline) {
    await press(page, pointer, viewport.width / 2, viewport.height * 0.4);
    clicks++;
    try {
      return await waitFor(page, { revealed: true }, { timeout: 1000 });
    } catch {
      // The sheet may still be under the chapter divider or sliding in: click again.
    }
  }
  throw new Error(`Clicking the page did not complete the text (${clicks} clicks in 60 s)`);
}

/** Mouse only: a click on the page completes the text; a click on a choice slip's centre takes it. */
export async function playWithMouse(page: Page, route: Route, pointer: Pointer = 'mouse'): Promise<PlayRecord> {
  let completions = 0;
  let state = await waitFor(page, { screen: 'case' }, { what: 'the first page' });
  for (let step = 0; step <= route.log.length; step++) {
    if (state.screen === 'ending') return { final: state, steps: step, completions };
    if (!state.revealed) {
      state = await clickToComplete(page, pointer);
      completions++;
    }
    const chosen = choiceFor(state, route, step);
    const before = state.pageNumber;
    for (let attempt = 0; ; attempt++) {
      const rect = await waitForRect(page, state, chosen.number);
      await press(page, pointer, rect.x + rect.width / 2, rect.y + rect.height / 2);
      try {
        state = await waitFor(page, { pageAbove: before }, { timeout: 2_000 });
        break;
      } catch (error) {
        // The slip may still have been sliding in; click again, but only a few times.
        if (attempt >= 3) throw error;
      }
    }
    if (state.pageNumber !== before + 1) throw new Error(`One click turned ${state.pageNumber - before} pages`);
  }
  throw new Error(`No ending after the ${route.log.length} steps of the "${route.policy}" route`);
}

/** The slip's rectangle once it is on the page and has stopped moving (two frames alike). */
async function waitForRect(page: Page, state: GameState, number: number) {
  const handle = await page.waitForFunction(
    ({ number, count }) => {
      const w = window as HookWindow & { __lastSlip?: string };
      const rects = w.__consultant?.choiceRects() ?? [];
      const rect = rects.find((r) => r.number === number);
      if (rects.length !== count || !rect || rect.width <= 0 || rect.height <= 0) return null;
      const key = JSON.stringify(rect);
      const still = w.__lastSlip === key;
      w.__lastSlip = key;
      return still ? rect : null;
    },
    { number, count: state.choices.filter((c) => c.available).length },
    { timeout: 15_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as { x: number; y: number; width: number; height: number };
}

/** A new case taken along these choices straight through the controller, to the ending they reach. */
export async function jumpToEnding(page: Page, route: readonly string[]): Promise<GameState> {
  await page.evaluate((log) => {
    const c = (window as HookWindow).__consultant!.controller;
    c.newCase();
    for (const choice of log) {
      c.completeText();
      if (!c.takeChoice(choice)) throw new Error(`could not take ${choice}`);
    }
  }, route);
  return waitForState(page, (s) => s.screen === 'ending');
}

/**
 * Press the canvas where the layer's button of this name lies: the layer lays its control over
 * the canvas's (class al-placed) a frame after the canvas draws it, and only while it is in the
 * window, so a control below the fold of a long list is first scrolled to with the wheel, as a
 * player would. Waits for the place to hold still (nothing sliding in) before pressing.
 */
export async function pressOnCanvas(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  for (let turn = 0; turn < 30; turn++) {
    const placed = await page
      .waitForFunction(
        (label) => {
          const w = window as Window & { __lastBox?: string };
          const found = [...document.querySelectorAll('#accessible-layer button.al-placed')].find(
            (b) => b.querySelector('.al-label')?.textContent === label,
          );
          if (!found) return null;
          const box = found.getBoundingClientRect();
          const key = JSON.stringify(box);
          const still = w.__lastBox === key;
          w.__lastBox = key;
          return still ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
        },
        name,
        { timeout: turn === 0 ? 10_000 : 1_500, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    if (placed && placed.y >= 0 && placed.y + placed.height <= viewport.height) {
      await page.mouse.click(placed.x + placed.width / 2, placed.y + placed.height / 2);
      return;
    }
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, placed && placed.y < 0 ? -300 : 300);
    await page.waitForTimeout(150);
  }
  throw new Error(`The "${name}" button never came to lie in the window.`);
}

/**
 * The colour of the picture behind the game's canvas (the backdrop: the desk of the screen
 * shown, or the branch map's board) at a point of the page, as [r, g, b].
 */
export async function backdropColour(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ({ px, py }) => {
      const backdrop = document.querySelector<HTMLCanvasElement>('#game > canvas[aria-hidden="true"]');
      if (!backdrop) throw new Error('no backdrop behind the canvas');
      const box = backdrop.getBoundingClientRect();
      const at = (v: number, from: number, size: number, pixels: number) => Math.floor(((v - from) / size) * pixels);
      const data = backdrop
        .getContext('2d')!
        .getImageData(
          at(px, box.left, box.width, backdrop.width),
          at(py, box.top, box.height, backdrop.height),
          1,
          1,
        ).data;
      return [data[0]!, data[1]!, data[2]!] as [number, number, number];
    },
    { px: x, py: y },
  );
}
