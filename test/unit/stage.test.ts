import { describe, expect, it } from 'vitest';
import { BODY_DESIGN_SIZE, letterbox, MIN_BODY_CSS, stageFor } from '../../src/game/layout/stage';

/** The sizes the issue names, and the edges between them. */
const WINDOWS = [
  { width: 1280, height: 720, arrangement: 'desk' },
  { width: 1920, height: 1080, arrangement: 'desk' },
  { width: 1280, height: 800, arrangement: 'desk' },
  { width: 390, height: 844, arrangement: 'tall' },
  { width: 320, height: 568, arrangement: 'tall' },
  { width: 820, height: 1180, arrangement: 'tall' },
  { width: 844, height: 390, arrangement: 'wide' },
  { width: 1180, height: 820, arrangement: 'wide' },
  { width: 1280, height: 600, arrangement: 'wide' },
] as const;

describe('the stage for a window', () => {
  for (const window of WINDOWS) {
    it(`${window.width}x${window.height} is ${window.arrangement}, with body text at 16 CSS px or more`, () => {
      const stage = stageFor(window);
      expect(stage.arrangement).toBe(window.arrangement);
      expect(BODY_DESIGN_SIZE * stage.zoom).toBeGreaterThanOrEqual(MIN_BODY_CSS);
      // The world fills the window's shape: no band of empty screen.
      if (stage.arrangement !== 'desk') {
        expect(stage.width * stage.zoom).toBeCloseTo(window.width, -1);
        expect(stage.height * stage.zoom).toBeCloseTo(window.height, -1);
      }
    });
  }

  it('keeps a compact stage to a readable measure on a large portrait screen', () => {
    const stage = stageFor({ width: 1080, height: 1920 });
    expect(stage.arrangement).toBe('tall');
    expect(stage.width).toBeLessThanOrEqual(720);
    expect(stage.zoom).toBe(1.5);
  });

  it('letterboxes a desk screen on a stage of another shape, centred', () => {
    const box = letterbox({ arrangement: 'tall', width: 390, height: 844, zoom: 1 });
    expect(box.x).toBe(0);
    expect(box.y).toBeCloseTo((844 - 720 * (390 / 1280)) / 2);
  });
});

describe('the desk in a window of another shape', () => {
  it('reaches every edge, with the 1280 x 720 world centred on it', async () => {
    const { frameFor } = await import('../../src/game/layout/stage');
    const stage = stageFor({ width: 1280, height: 800 });
    expect(stage).toMatchObject({ arrangement: 'desk', width: 1280, height: 800 });
    const frame = frameFor(stage, ['desk']);
    expect(frame.world).toMatchObject({ width: 1280, height: 720 });
    expect(frame.box).toEqual({ scale: 1, x: 0, y: 40 });
  });
});
