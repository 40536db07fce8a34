/** The branch map's pan and zoom: pure arithmetic on a viewport, checked on the real story's layout. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { layoutMap, type MapNode } from '../../../src/map/layout';
import {
  centreOn,
  clampViewport,
  fitWhole,
  keyStep,
  MAX_ZOOM,
  nodeAt,
  panBy,
  pinch,
  toScreen,
  toWorld,
  type Viewport,
  visibleNodes,
  zoomAt,
  zoomRange,
} from '../../../src/map/viewport';

const map = layoutMap(story, { nodeWidth: 200, nodeHeight: 56, gap: 24, rowGap: 40, bandLabelWidth: 180 });
const VIEWS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
  { width: 100, height: 60 },
];
const view = { width: 1280, height: 720 };

const coord = fc.double({ min: -5000, max: 5000, noNaN: true });
const viewportArb: fc.Arbitrary<Viewport> = fc.record({
  x: coord,
  y: coord,
  zoom: fc.double({ min: 0.05, max: 5, noNaN: true }),
});
const screen = fc.record({
  x: fc.double({ min: 0, max: 1920, noNaN: true }),
  y: fc.double({ min: 0, max: 1080, noNaN: true }),
});
const close = (a: number, b: number, tolerance = 1e-6) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

function onScreen(v: Viewport, node: MapNode, size: { width: number; height: number }): boolean {
  const a = toScreen(v, node.x, node.y);
  const b = toScreen(v, node.x + node.width, node.y + node.height);
  return a.x >= -1e-6 && a.y >= -1e-6 && b.x <= size.width + 1e-6 && b.y <= size.height + 1e-6;
}

describe('screen and world', () => {
  it('toWorld undoes toScreen', () => {
    fc.assert(
      fc.property(viewportArb, coord, coord, (v, x, y) => {
        const s = toScreen(v, x, y);
        const w = toWorld(v, s.x, s.y);
        expect(close(w.x, x, 1e-9)).toBe(true);
        expect(close(w.y, y, 1e-9)).toBe(true);
      }),
    );
  });

  it('puts the viewport point at the top-left and scales by the zoom', () => {
    const v = { x: 100, y: 50, zoom: 2 };
    expect(toScreen(v, 100, 50)).toEqual({ x: 0, y: 0 });
    expect(toScreen(v, 110, 60)).toEqual({ x: 20, y: 20 });
  });
});

describe('panning and zooming', () => {
  it('zoomAt keeps the world point under the cursor where it was', () => {
    fc.assert(
      fc.property(viewportArb, fc.double({ min: 0.1, max: 10, noNaN: true }), screen, (v, factor, s) => {
        const before = toWorld(v, s.x, s.y);
        const next = zoomAt(v, factor, s.x, s.y);
        const after = toWorld(next, s.x, s.y);
        expect(close(next.zoom, v.zoom * factor)).toBe(true);
        expect(close(after.x, before.x)).toBe(true);
        expect(close(after.y, before.y)).toBe(true);
      }),
    );
  });

  it('zoomAt ignores a factor that is not a positive number', () => {
    const v = { x: 1, y: 2, zoom: 1 };
    for (const factor of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(zoomAt(v, factor, 10, 10)).toBe(v);
  });

  it('panBy then panBy back is where it started', () => {
    fc.assert(
      fc.property(viewportArb, coord, coord, (v, dx, dy) => {
        const back = panBy(panBy(v, dx, dy), -dx, -dy);
        expect(close(back.x, v.x)).toBe(true);
        expect(close(back.y, v.y)).toBe(true);
        expect(back.zoom).toBe(v.zoom);
      }),
    );
  });

  it('panBy moves the content with the pointer', () => {
    const v = { x: 0, y: 0, zoom: 2 };
    const moved = panBy(v, 40, -20);
    expect(toScreen(moved, 0, 0)).toEqual({ x: 40, y: -20 });
  });

  it('pinch with the fingers as far apart as before is a pure pan of the midpoint', () => {
    fc.assert(
      fc.property(viewportArb, screen, screen, screen, (v, a, b, shift) => {
        const d = { x: shift.x - 960, y: shift.y - 540 };
        const after = { a: { x: a.x + d.x, y: a.y + d.y }, b: { x: b.x + d.x, y: b.y + d.y } };
        const next = pinch(v, { a, b }, after);
        const panned = panBy(v, d.x, d.y);
        expect(close(next.zoom, v.zoom, 1e-9)).toBe(true);
        expect(close(next.x, panned.x)).toBe(true);
        expect(close(next.y, panned.y)).toBe(true);
      }),
    );
  });

  it('pinch zooms by the ratio of the distances, the midpoint carrying its world point', () => {
    const v = { x: 10, y: 20, zoom: 1 };
    const before = { a: { x: 100, y: 100 }, b: { x: 200, y: 100 } };
    const after = { a: { x: 250, y: 300 }, b: { x: 450, y: 300 } };
    const next = pinch(v, before, after);
    expect(next.zoom).toBeCloseTo(2);
    const under = toWorld(v, 150, 100);
    const now = toScreen(next, under.x, under.y);
    expect(now.x).toBeCloseTo(350);
    expect(now.y).toBeCloseTo(300);
  });

  it('centreOn puts the world point in the middle of the view', () => {
    const v = centreOn({ x: 0, y: 0, zoom: 1.5 }, 400, 300, view);
    expect(toScreen(v, 400, 300)).toEqual({ x: view.width / 2, y: view.height / 2 });
    expect(v.zoom).toBe(1.5);
  });
});

describe('fitting and clamping', () => {
  it('fitWhole shows every node, centred', () => {
    for (const size of VIEWS) {
      const v = fitWhole(map, size);
      for (const node of map.nodes)
        expect(onScreen(v, node, size), `${node.id} in ${size.width}×${size.height}`).toBe(true);
      const centre = toScreen(v, map.width / 2, map.height / 2);
      expect(centre.x).toBeCloseTo(size.width / 2);
      expect(centre.y).toBeCloseTo(size.height / 2);
      expect(clampViewport(v, map, size)).toEqual(v);
    }
  });

  it('fitWhole leaves the margin on the tighter side', () => {
    const v = fitWhole({ width: 1000, height: 100 }, { width: 1048, height: 600 });
    expect(v.zoom).toBeCloseTo(1);
    expect(toScreen(v, 0, 0).x).toBeCloseTo(24);
  });

  it('keeps the zoom between a little less than the whole story and 2.5', () => {
    const { min, max } = zoomRange(map, view);
    expect(min).toBeLessThan(fitWhole(map, view).zoom);
    expect(min).toBeGreaterThan(fitWhole(map, view).zoom / 2);
    expect(max).toBe(MAX_ZOOM);
    expect(clampViewport({ x: 0, y: 0, zoom: 100 }, map, view).zoom).toBe(MAX_ZOOM);
    expect(clampViewport({ x: 0, y: 0, zoom: 1e-4 }, map, view).zoom).toBe(min);
    expect(clampViewport({ x: 0, y: 0, zoom: 1 }, map, view, { minZoom: 1.2, maxZoom: 2 }).zoom).toBe(1.2);
    expect(clampViewport({ x: 0, y: 0, zoom: 3 }, map, view, { minZoom: 1.2, maxZoom: 2 }).zoom).toBe(2);
  });

  it('never lets the story leave the screen, whatever the pan and zoom', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          zoom: fc.double({ min: 1e-3, max: 50, noNaN: true }),
        }),
        fc.constantFrom(...VIEWS),
        (v, size) => {
          const c = clampViewport(v, map, size);
          const { min, max } = zoomRange(map, size);
          expect(c.zoom).toBeGreaterThanOrEqual(min);
          expect(c.zoom).toBeLessThanOrEqual(max);
          const a = toScreen(c, 0, 0);
          const b = toScreen(c, map.width, map.height);
          // The story covers at least three quarters of the view on each axis, or is wholly in it.
          const seenX = Math.min(b.x, size.width) - Math.max(a.x, 0);
          const seenY = Math.min(b.y, size.height) - Math.max(a.y, 0);
          expect(seenX).toBeGreaterThanOrEqual(Math.min(b.x - a.x, size.width * 0.75) - 1e-6);
          expect(seenY).toBeGreaterThanOrEqual(Math.min(b.y - a.y, size.height * 0.75) - 1e-6);
          expect(clampViewport(c, map, size)).toEqual(c);
        },
      ),
    );
  });

  it('clamping a zoom keeps the view centred where it was', () => {
    const v = centreOn({ x: 0, y: 0, zoom: 10 }, 700, 2000, view);
    const c = clampViewport(v, map, view);
    const centre = toWorld(c, view.width / 2, view.height / 2);
    expect(centre.x).toBeCloseTo(700);
    expect(centre.y).toBeCloseTo(2000);
  });
});

describe('hit testing and culling', () => {
  it('nodeAt finds each node by its centre and corners', () => {
    for (const node of map.nodes) {
      expect(nodeAt(map, node.x + node.width / 2, node.y + node.height / 2)).toBe(node);
      expect(nodeAt(map, node.x, node.y)).toBe(node);
      expect(nodeAt(map, node.x + node.width, node.y + node.height)).toBe(node);
    }
  });

  it('nodeAt misses the gaps', () => {
    for (const node of map.nodes) {
      expect(nodeAt(map, node.x - 1, node.y + node.height / 2)).toBeNull();
      expect(nodeAt(map, node.x + node.width + 1, node.y + node.height / 2)).toBeNull();
      expect(nodeAt(map, node.x + node.width / 2, node.y - 1)).toBeNull();
      expect(nodeAt(map, node.x + node.width / 2, node.y + node.height + 1)).toBeNull();
    }
    expect(nodeAt(map, -10, -10)).toBeNull();
    expect(nodeAt(map, 10, 10)).toBeNull(); // the label column
  });

  it('visibleNodes is every node when the story fits, and those in view when zoomed in', () => {
    expect(visibleNodes(map, fitWhole(map, view), view)).toEqual(map.nodes);
    const target = map.nodes[40] as MapNode;
    const v = centreOn({ x: 0, y: 0, zoom: 2 }, target.x + target.width / 2, target.y + target.height / 2, view);
    const seen = visibleNodes(map, v, view);
    expect(seen).toContain(target);
    expect(seen.length).toBeLessThan(map.nodes.length / 4);
    const left = v.x;
    const right = v.x + view.width / v.zoom;
    const top = v.y;
    const bottom = v.y + view.height / v.zoom;
    for (const node of map.nodes) {
      const overlaps =
        node.x <= right && node.x + node.width >= left && node.y <= bottom && node.y + node.height >= top;
      expect(seen.includes(node)).toBe(overlaps);
    }
  });
});

describe('keyboard', () => {
  const start = clampViewport(centreOn({ x: 0, y: 0, zoom: 1 }, map.width / 2, map.height / 2, view), map, view);

  it('arrows move the view the arrow’s way by a fifth of it', () => {
    const right = keyStep(start, 'right', map, view);
    expect(right.x - start.x).toBeCloseTo((view.width * 0.2) / start.zoom);
    const down = keyStep(start, 'down', map, view);
    expect(down.y - start.y).toBeCloseTo((view.height * 0.2) / start.zoom);
    expect(keyStep(right, 'left', map, view).x).toBeCloseTo(start.x);
    expect(keyStep(down, 'up', map, view).y).toBeCloseTo(start.y);
  });

  it('+ and − zoom about the centre, and undo each other', () => {
    const zoomed = keyStep(start, 'in', map, view);
    expect(zoomed.zoom).toBeGreaterThan(start.zoom);
    const centre = toWorld(start, view.width / 2, view.height / 2);
    const after = toWorld(zoomed, view.width / 2, view.height / 2);
    expect(after.x).toBeCloseTo(centre.x);
    expect(after.y).toBeCloseTo(centre.y);
    const back = keyStep(zoomed, 'out', map, view);
    expect(back.zoom).toBeCloseTo(start.zoom);
    expect(back.x).toBeCloseTo(start.x);
    expect(back.y).toBeCloseTo(start.y);
  });

  it('0 fits the whole story, and keys never leave the limits', () => {
    expect(keyStep(start, 'fit', map, view)).toEqual(fitWhole(map, view));
    let v = start;
    for (let i = 0; i < 30; i++) v = keyStep(v, 'in', map, view);
    expect(v.zoom).toBe(MAX_ZOOM);
    for (let i = 0; i < 30; i++) v = keyStep(v, 'out', map, view);
    expect(v.zoom).toBe(zoomRange(map, view).min);
    for (let i = 0; i < 100; i++) v = keyStep(v, 'left', map, view);
    expect(clampViewport(v, map, view)).toEqual(v);
  });
});
