/**
 * Playing the game in a browser as a player would: by the keyboard alone, or by mouse clicks on
 * the canvas. Nothing here knows a passage id: the loops read the state through the test hook
 * and the accessible layer, and pick a choice by a policy.
 */
import type { Page } from 'playwright-core';
import { story } from '../../src/content/story';
import { choose, currentPassage, listChoices, startRun } from '../../src/story/engine';
import type { RunState } from '../../src/story/types';
import { focused, type GameState, type HookWindow, waitForState } from './harness';

export type Policy = 'first' | 'last';

type ChoiceLike = { readonly number: number; readonly available: boolean };

export function pick<T extends ChoiceLike>(choices: readonly T[], policy: Policy): T {
  const available = choices.filter((c) => c.available);
  const chosen = policy === 'first' ? available[0] : available[available.length - 1];
  if (!chosen) throw new Error('A page without any available choice: the story is stuck here.');
  return chosen;
}

/** What the engine says a policy leads to, computed in Node: the browser must agree. */
export function predictRoute(policy: Policy, maxSteps = 500): { log: string[]; endingId: string } {
  let state: RunState = startRun(story);
  for (let step = 0; step < maxSteps; step++) {
    const passage = currentPassage(story, state);
    if (passage.ending) return { log: [...state.log], endingId: passage.ending.id };
    const views = listChoices(story, state);
    const chosen = pick(
      views.map((v) => ({ number: v.number, available: v.available, id: v.choice.id })),
      policy,
    );
    const result = choose(story, state, chosen.id);
    if (!result.ok) throw new Error(`The engine refused ${chosen.id}`);
    state = result.state;
  }
  throw new Error(`Policy "${policy}" did not reach an ending in ${maxSteps} steps.`);
}

export interface PlayRecord {
  readonly final: GameState;
  readonly steps: number;
  /** How often the text was completed with Space (keyboard) or a click (mouse). */
  readonly completions: number;
}

const MAX_STEPS = 300;

/** Tab from wherever the focus is until the layer's button with this exact name has it. */
export async function tabTo(page: Page, name: string, maxTabs = 20): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    const now = await focused(page);
    if (now?.inLayer && now.tag === 'button' && now.text.endsWith(name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach the "${name}" button with Tab in ${maxTabs} presses.`);
}

/**
 * Keyboard only: Space completes the text (the focus is on the page's heading then), and the
 * choice is taken with its digit, or with Enter on the focused first choice every other step.
 */
export async function playWithKeyboard(page: Page, policy: Policy): Promise<PlayRecord> {
  let completions = 0;
  let state = await waitForState(page, (s) => s.screen === 'case', { what: 'the first page' });
  for (let step = 0; step < MAX_STEPS; step++) {
    if (state.screen === 'ending') return { final: state, steps: step, completions };
    if (state.screen !== 'case') throw new Error(`Unexpected screen "${state.screen}" while playing`);
    if (!state.revealed) {
      const where = await focused(page);
      if (where?.tag === 'button') throw new Error(`Space would press "${where.text}" instead of completing the text`);
      await page.keyboard.press('Space');
      completions++;
      state = await waitForState(page, (s) => s.revealed && s.pageNumber === state.pageNumber, {
        what: 'Space to reveal the page',
      });
    }
    const chosen = pick(state.choices, policy);
    if (chosen.number > 9) throw new Error(`Choice ${chosen.number} has no digit key`);
    const page0 = state.pageNumber;
    const where = await focused(page);
    const enter = step % 2 === 1 && policy === 'first' && where?.tag === 'button' && where.text.endsWith(chosen.label);
    await page.keyboard.press(enter ? 'Enter' : String(chosen.number));
    state = await waitForState(page, (s) => s.pageNumber > page0, { what: `choice ${chosen.number} to be taken` });
    if (state.pageNumber !== page0 + 1) throw new Error(`One key press turned ${state.pageNumber - page0} pages`);
  }
  throw new Error(`No ending after ${MAX_STEPS} keyboard steps`);
}

/** Mouse only: a click on the page completes the text; a click on a choice slip's centre takes it. */
export async function playWithMouse(page: Page, policy: Policy): Promise<PlayRecord> {
  let completions = 0;
  let state = await waitForState(page, (s) => s.screen === 'case', { what: 'the first page' });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  for (let step = 0; step < MAX_STEPS; step++) {
    if (state.screen === 'ending') return { final: state, steps: step, completions };
    if (!state.revealed) {
      await page.mouse.click(viewport.width / 2, viewport.height * 0.35);
      completions++;
    }
    state = await waitForState(page, (s) => s.revealed, { what: 'the page to be revealed after a click' });
    const chosen = pick(state.choices, policy);
    const page0 = state.pageNumber;
    for (let attempt = 0; ; attempt++) {
      const rect = await waitForRect(page, state, chosen.number);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      try {
        state = await waitForState(page, (s) => s.pageNumber > page0, {
          timeout: 2_000,
          what: `the click on choice ${chosen.number}`,
        });
        break;
      } catch (error) {
        // The slip may still have been sliding in; click again, but only a few times.
        if (attempt >= 3) throw error;
      }
    }
  }
  throw new Error(`No ending after ${MAX_STEPS} mouse steps`);
}

async function waitForRect(page: Page, state: GameState, number: number) {
  const handle = await page.waitForFunction(
    ({ number, count }) => {
      const rects = (window as HookWindow).__consultant?.choiceRects() ?? [];
      const rect = rects.find((r) => r.number === number);
      return rects.length === count && rect && rect.width > 0 && rect.height > 0 ? rect : null;
    },
    { number, count: state.choices.length },
    { timeout: 10_000, polling: 50 },
  );
  return (await handle.jsonValue()) as { x: number; y: number; width: number; height: number };
}
