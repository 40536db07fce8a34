/**
 * The game with a story that is not the case (test/fixtures/other-story.json: its own facts
 * G1-G4, its own case number, subject and source), booted through the schema as any JSON
 * story: its title and statement on the title screen, its facts in Sources, its saves under
 * its own id, and a route the engine plans played to an ending by the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKey } from '../../src/save/local-run-store';
import { parseStory } from '../../src/story/schema';
import type { Story } from '../../src/story/types';
import {
  buildOtherStoryPage,
  ensureChromium,
  type GamePage,
  gameState,
  REPO,
  runAxe,
  screenshot,
  seriousOrCritical,
  serveUnder,
  waitForState,
} from './harness';
import { planRoutes, playWithKeyboard, tabTo } from './play';
import { browserSuite } from './suite';

// Before any hook: finding (or installing) Chromium is not bound by the hook timeout.
ensureChromium();

function otherStory(): Story {
  const parsed = parseStory(JSON.parse(readFileSync(join(REPO, 'test/fixtures/other-story.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.story;
}

const story = otherStory();
const suite = browserSuite(async () => [await serveUnder(await buildOtherStoryPage(), '/other/')] as const);

const layerText = (page: GamePage['page'], selector: string) =>
  page.locator(`#accessible-layer ${selector}`).allTextContents();

describe('another story in the same game', () => {
  it('shows its own title, statement and facts, and plays to one of its endings by keyboard', async () => {
    const { page } = await suite.open(suite.served()[0].url);
    expect(await page.title()).toBe(story.title);
    expect(await layerText(page, 'h1')).toEqual([story.title]);
    expect((await layerText(page, 'p')).join(' ')).toContain(story.meta.statement);
    await screenshot(page, 'other-story-title');

    await tabTo(page, 'Sources');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.screen === 'sources');
    const facts = await layerText(page, 'ol > li');
    expect(facts.map((line) => line.split(' ')[0])).toEqual(['G1', 'G2', 'G3', 'G4']);
    expect(facts[1]).toContain(story.meta.facts[1]!.where);
    expect(seriousOrCritical(await runAxe(page, '#accessible-layer'))).toEqual([]);
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.screen === 'title');

    const route = planRoutes(story).keyboard;
    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    const first = await waitForState(page, (s) => s.screen === 'case');
    expect(first.passageId).toBe(story.start);
    expect(await page.evaluate((key) => localStorage.getItem(key), runKey(story.id))).not.toBeNull();
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.revealed);
    await screenshot(page, 'other-story-case');
    const record = await playWithKeyboard(page, route);
    expect(record.final.screen).toBe('ending');
    expect(record.final.log).toEqual(route.log);
    expect(record.final.ending?.id).toBe(route.endingId);
    expect(await layerText(page, 'h1')).toEqual([record.final.ending!.title]);
    expect((await gameState(page)).notice).toBeNull();
    await screenshot(page, 'other-story-ending');
  });
});
