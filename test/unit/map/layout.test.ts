/**
 * The branch map's layout, checked on the real story and on small random ones: every passage
 * once, nothing overlapping, every node in its chapter's band, every choice on one edge, edges
 * that start and end at their nodes and go through no other, and the same layout every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { layoutMap, type MapLayout, type MapLayoutOptions, type MapNode } from '../../../src/map/layout';
import type { Story } from '../../../src/story/types';
import { storyArb } from '../story/arbitraries';

const OPTIONS: MapLayoutOptions = { nodeWidth: 200, nodeHeight: 56, gap: 24, rowGap: 40, bandLabelWidth: 180 };
const EPS = 1e-6;

type P = { x: number; y: number };

/** The same passages spread over up to four chapters, so edges go forward, back and across several. */
const chapteredArb: fc.Arbitrary<Story> = storyArb.chain((s) => {
  const passages = s.chapters.flatMap((c) => c.passages);
  return fc
    .record({
      count: fc.integer({ min: 1, max: 4 }),
      picks: fc.array(fc.nat(3), { minLength: passages.length, maxLength: passages.length }),
    })
    .map(({ count, picks }) => ({
      ...s,
      chapters: Array.from({ length: count }, (_, i) => ({
        id: `ch${i}`,
        number: i + 1,
        title: `Chapter ${i + 1}`,
        period: 'now',
        passages: passages.filter((_, j) => (picks[j] ?? 0) % count === i).map((p) => ({ ...p, chapter: `ch${i}` })),
      })),
    }));
});

function inside(p: P, n: MapNode, slack = 0.5): boolean {
  return p.x >= n.x - slack && p.x <= n.x + n.width + slack && p.y >= n.y - slack && p.y <= n.y + n.height + slack;
}

/** Does the segment a–b pass through the inside of the node (shrunk by a pixel)? */
function cuts(a: P, b: P, n: MapNode): boolean {
  const x0 = n.x + 1;
  const x1 = n.x + n.width - 1;
  const y0 = n.y + 1;
  const y1 = n.y + n.height - 1;
  // Liang–Barsky clipping of the segment against the rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/** Every property the layout promises, for any story. */
function checkLayout(s: Story, map: MapLayout, options: MapLayoutOptions): void {
  const gap = options.gap ?? 24;
  const passages = s.chapters.flatMap((chapter, index) => chapter.passages.map((p) => ({ p, index })));
  const ids = [...new Set(passages.map(({ p }) => p.id))];

  // Every passage exactly once, in its chapter.
  expect(map.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
  for (const node of map.nodes) {
    const first = passages.find(({ p }) => p.id === node.id);
    expect(node.chapterIndex).toBe(first?.index);
    expect(node.chapter).toBe(s.chapters[node.chapterIndex]?.id);
    expect(node.start).toBe(node.id === s.start);
    expect(node.ending).toBe(first?.p.ending !== undefined);
  }

  // Positive size, nothing at negative coordinates or past the far edges.
  expect(map.width).toBeGreaterThan(0);
  expect(map.height).toBeGreaterThan(0);
  for (const n of map.nodes) {
    expect(n.x).toBeGreaterThanOrEqual((options.bandLabelWidth ?? options.nodeWidth) - EPS);
    expect(n.y).toBeGreaterThanOrEqual(-EPS);
    expect(n.x + n.width).toBeLessThanOrEqual(map.width + EPS);
    expect(n.y + n.height).toBeLessThanOrEqual(map.height + EPS);
  }
  for (const e of map.edges) {
    for (const p of e.points) {
      expect(p.x).toBeGreaterThanOrEqual(-EPS);
      expect(p.y).toBeGreaterThanOrEqual(-EPS);
      expect(p.x).toBeLessThanOrEqual(map.width + EPS);
      expect(p.y).toBeLessThanOrEqual(map.height + EPS);
    }
  }

  // No two nodes overlap; side by side they are at least a gap apart.
  for (let i = 0; i < map.nodes.length; i++) {
    for (let j = i + 1; j < map.nodes.length; j++) {
      const a = map.nodes[i] as MapNode;
      const b = map.nodes[j] as MapNode;
      const apartX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const apartY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
      expect(apartX >= gap - EPS || apartY > 0, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }

  // Bands in chapter order, apart, each holding its chapter's nodes.
  expect(map.bands.map((b) => b.id)).toEqual(s.chapters.map((c) => c.id));
  map.bands.forEach((band, i) => {
    expect(band.height).toBeGreaterThan(0);
    expect(band.number).toBe(s.chapters[i]?.number);
    expect(band.title).toBe(s.chapters[i]?.title);
    const next = map.bands[i + 1];
    if (next) expect(band.y + band.height).toBeLessThanOrEqual(next.y + EPS);
  });
  expect(map.bands.at(-1)?.y ?? 0).toBeLessThanOrEqual(map.height);
  for (const n of map.nodes) {
    const band = map.bands[n.chapterIndex];
    expect(band, n.id).toBeDefined();
    if (!band) continue;
    expect(n.y).toBeGreaterThanOrEqual(band.y - EPS);
    expect(n.y + n.height).toBeLessThanOrEqual(band.y + band.height + EPS);
  }

  // Every choice (to a passage that exists) on exactly one edge, from its passage to its target.
  const firstCopies = new Map<string, (typeof passages)[number]['p']>();
  for (const { p } of passages) if (!firstCopies.has(p.id)) firstCopies.set(p.id, p);
  const expected = [...firstCopies.values()].flatMap((p) =>
    p.choices.filter((c) => firstCopies.has(c.to)).map((c) => `${p.id} ${c.id} ${c.to}`),
  );
  const found = map.edges.flatMap((e) => e.choices.map((c) => `${e.from} ${c} ${e.to}`));
  expect(found.sort()).toEqual(expected.sort());
  const pairs = map.edges.map((e) => `${e.from} ${e.to}`);
  expect(new Set(pairs).size).toBe(pairs.length);

  // Edges start on their passage and end on its target, and go through no other node.
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  for (const e of map.edges) {
    const from = byId.get(e.from) as MapNode;
    const to = byId.get(e.to) as MapNode;
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    expect(inside(e.points[0] as P, from), `${e.from} -> ${e.to} starts at its node`).toBe(true);
    expect(inside(e.points.at(-1) as P, to), `${e.from} -> ${e.to} ends at its node`).toBe(true);
    for (let k = 1; k < e.points.length; k++) {
      for (const n of map.nodes) {
        const a = e.points[k - 1] as P;
        const b = e.points[k] as P;
        expect(cuts(a, b, n), `${e.from} -> ${e.to} goes through ${n.id}`).toBe(false);
      }
    }
  }
}

// dagre is not quick (a tenth of a second or more for the whole story), so these get time.
describe('layoutMap on the story', { timeout: 30_000 }, () => {
  const map = layoutMap(story, OPTIONS);

  it('keeps every promise of the layout', () => {
    checkLayout(story, map, OPTIONS);
  });

  it('has one node per passage and a band per chapter', () => {
    expect(map.nodes).toHaveLength(story.chapters.reduce((n, c) => n + c.passages.length, 0));
    expect(map.bands).toHaveLength(story.chapters.length);
    expect(map.nodes.filter((n) => n.start).map((n) => n.id)).toEqual([story.start]);
    const endings = story.chapters.flatMap((c) => c.passages.filter((p) => p.ending).map((p) => p.id));
    expect(map.nodes.filter((n) => n.ending).map((n) => n.id)).toEqual(endings);
  });

  it('starts the story in the top row of the first band', () => {
    const start = map.nodes.find((n) => n.start);
    expect(start?.y).toBe(Math.min(...map.nodes.map((n) => n.y)));
  });

  it('is the same layout every time', () => {
    expect(layoutMap(story, OPTIONS)).toEqual(map);
  });

  it('holds with other sizes and the default options', () => {
    for (const options of [
      { nodeWidth: 160, nodeHeight: 48 },
      { nodeWidth: 240, nodeHeight: 80, gap: 8, rowGap: 16, bandGap: 0, bandLabelWidth: 0 },
    ]) {
      checkLayout(story, layoutMap(story, options), options);
    }
  });

  it('rejects nodes without size', () => {
    expect(() => layoutMap(story, { nodeWidth: 0, nodeHeight: 40 })).toThrow(RangeError);
    expect(() => layoutMap(story, { nodeWidth: 100, nodeHeight: 40, gap: -1 })).toThrow(RangeError);
  });
});

describe('layoutMap on small random stories', { timeout: 30_000 }, () => {
  it('keeps every promise of the layout', () => {
    fc.assert(
      fc.property(chapteredArb, (s) => {
        checkLayout(s, layoutMap(s, OPTIONS), OPTIONS);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(chapteredArb, (s) => {
        expect(layoutMap(s, OPTIONS)).toEqual(layoutMap(s, OPTIONS));
      }),
      { numRuns: 40 },
    );
  });

  it('copes with an empty chapter, a passage written twice and a link to no passage', () => {
    const base = story.chapters[0];
    if (!base) throw new Error('no chapter');
    const [a, b] = base.passages;
    if (!a || !b) throw new Error('too few passages');
    const odd: Story = {
      ...story,
      start: a.id,
      chapters: [
        { ...base, passages: [{ ...a, choices: [...a.choices, { id: 'nowhere', label: 'x', to: 'missing' }] }, b] },
        { ...base, id: 'empty', number: 2, passages: [] },
        {
          ...base,
          id: 'again',
          number: 3,
          passages: [a, { ...b, id: 'self', choices: [{ id: 'me', label: 'x', to: 'self' }] }],
        },
      ],
    };
    const map = layoutMap(odd, OPTIONS);
    checkLayout(odd, map, OPTIONS);
    expect(map.nodes.filter((n) => n.id === a.id)).toHaveLength(1);
    expect(map.edges.find((e) => e.from === 'self')?.points.length).toBeGreaterThan(2);
  });
});
