/**
 * What the canvas holds stays flat over many runs: every page painted is a texture of the game's
 * (not of its scene), so a page still sliding away when its scene shut down used to keep its
 * texture for good. (The bench measures the JS heap over 200 runs: npm run bench.)
 */
import { describe, expect, it } from 'vitest';
import { DIST, ensureChromium, servePreview } from './harness';
import { browserSuite } from './suite';

ensureChromium();

const suite = browserSuite(async () => [await servePreview(process.env.BROWSER_TEST_DIST ?? DIST)] as const);

/** A case played fast (a frame a page, so pages are mid-slide), a step back, then the title. */
const RUN = `(async (run) => {
  const c = window.__consultant.controller;
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  c.newCase();
  if (c.state.confirm) c.confirmNewCase();
  await frame();
  for (let step = 0; step < 12 && c.state.screen === 'case'; step++) {
    c.completeText();
    const open = c.state.choices.filter((choice) => choice.available);
    if (open.length === 0) break;
    c.takeChoice(open[(run + step) % open.length].choice.id);
    await frame();
    if (step === 5) { c.stepBack(); await frame(); }
  }
  c.toTitle();
  await new Promise((done) => setTimeout(done, 800));
  return window.__consultant.census();
})`;

describe('memory', () => {
  it('keeps the same number of textures and game objects after one run and after five', async () => {
    const { page } = await suite.open(suite.served()[0].url);
    const census: { gameObjects: number; textures: number }[] = [];
    for (let run = 0; run < 5; run++) census.push(await page.evaluate(`${RUN}(${run})`));
    expect(census[0]?.textures).toBeGreaterThan(0);
    expect(census[4]).toEqual(census[0]);
  });
});
