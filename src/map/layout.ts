/**
 * The branch map's layout: the whole story as a graph, one node per passage, chapters as
 * horizontal bands stacked top to bottom, the story flowing downwards inside each band.
 * Pure: no DOM, no Phaser; the same story always gives the same layout.
 *
 * Two passes of dagre. First each chapter alone, to rank its passages into rows (where the
 * chapter is entered pulled to the top, where it is left pulled to the bottom). Then the whole
 * story at once with those rows fixed (ranker 'none'), so that dagre orders each row against
 * its neighbours across bands too (fewer crossings) and keeps room in each row for the edges
 * that cross it. Rows and bands then get our own y (bands padded and apart), each band's content
 * is centred, and edges are drawn: from the bottom of a passage to the top of the next (the other
 * way round going back up), straight through the room kept in each row they cross
 * (straighten.ts), diagonal between rows, so that no edge goes through a node.
 */
import { layout as dagreLayout, type EdgeLabel, Graph, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Passage, Story } from '../story/types';
import { loopBeside, port } from './edge-ends';
import { type Lane, straighten } from './straighten';

/** x, y are the top-left corner, in world units. */
export interface MapNode {
  readonly id: string;
  readonly chapter: string;
  readonly chapterIndex: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly ending: boolean;
  readonly start: boolean;
}

/** All the choices from one passage to another, as one polyline from `from` to `to`. */
export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** The ids of the choices of `from` that lead to `to`, in the passage's order. */
  readonly choices: readonly string[];
  readonly points: readonly { x: number; y: number }[];
}

/** A chapter's band spans the whole width of the layout. */
export interface ChapterBand {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly y: number;
  readonly height: number;
}

export interface MapLayout {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly bands: readonly ChapterBand[];
  readonly width: number;
  readonly height: number;
}

export interface MapLayoutOptions {
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  /** Least space between two nodes side by side (default 24). */
  readonly gap?: number;
  /** Space between two bands (default 2 × gap). */
  readonly bandGap?: number;
  /** The column at the left of every band, kept free for its title (default nodeWidth). */
  readonly bandLabelWidth?: number;
  /** Space between two rows of a band (default 2 × gap); half of it pads the band above and below. */
  readonly rowGap?: number;
}

interface Link {
  readonly from: string;
  readonly to: string;
  readonly choices: string[];
}

interface Placed {
  readonly id: string;
  readonly chapterIndex: number;
  readonly ending: boolean;
}

type Point = { x: number; y: number };

/** A name for a helper node that no passage has. */
function freshName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  while (taken.has(name)) name = `${name}'`;
  return name;
}

/**
 * Rows of one chapter, from 0 down, dense: every row from 0 to the last holds a passage.
 * `entries` are pulled to the top, `exits` to the bottom.
 */
function chapterRows(
  ids: readonly string[],
  links: readonly Link[],
  entries: ReadonlySet<string>,
  exits: ReadonlySet<string>,
  options: Required<MapLayoutOptions>,
): Map<string, number> {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'TB', nodesep: options.gap, ranksep: options.rowGap });
  g.setDefaultEdgeLabel(() => ({}));
  const inside = new Set(ids);
  for (const id of ids) g.setNode(id, { width: options.nodeWidth, height: options.nodeHeight });
  for (const link of links) {
    if (link.from !== link.to && inside.has(link.from) && inside.has(link.to)) {
      g.setEdge(link.from, link.to, { weight: 1, minlen: 1 });
    }
  }
  if (entries.size > 0) {
    const top = freshName('map:top', inside);
    g.setNode(top, { width: 0, height: 0 });
    for (const id of ids) if (entries.has(id)) g.setEdge(top, id, { weight: 8, minlen: 1 });
  }
  if (exits.size > 0) {
    const bottom = freshName('map:bottom', inside);
    g.setNode(bottom, { width: 0, height: 0 });
    for (const id of ids) if (exits.has(id)) g.setEdge(id, bottom, { weight: 2, minlen: 1 });
  }
  dagreLayout(g);
  const ranks = ids.map((id) => g.node(id).rank ?? 0);
  const distinct = [...new Set(ranks)].sort((a, b) => a - b);
  const row = new Map(distinct.map((rank, index) => [rank, index]));
  return new Map(ids.map((id, i) => [id, row.get(ranks[i] ?? 0) ?? 0]));
}

/** Passages in story order, each id once (the first copy wins), and the choices between them. */
function collect(story: Story): { placed: Placed[]; links: Link[] } {
  const placed: Placed[] = [];
  const firsts: Passage[] = [];
  const seen = new Set<string>();
  story.chapters.forEach((chapter, chapterIndex) => {
    for (const passage of chapter.passages) {
      if (seen.has(passage.id)) continue;
      seen.add(passage.id);
      firsts.push(passage);
      placed.push({ id: passage.id, chapterIndex, ending: passage.ending !== undefined });
    }
  });
  const links = new Map<string, Link>();
  for (const passage of firsts) {
    for (const choice of passage.choices) {
      if (!seen.has(choice.to)) continue; // a link to no passage has nowhere to go
      const key = JSON.stringify([passage.id, choice.to]);
      const link = links.get(key) ?? { from: passage.id, to: choice.to, choices: [] };
      link.choices.push(choice.id);
      links.set(key, link);
    }
  }
  return { placed, links: [...links.values()] };
}

function resolve(options: MapLayoutOptions): Required<MapLayoutOptions> {
  const gap = options.gap ?? 24;
  const o: Required<MapLayoutOptions> = {
    nodeWidth: options.nodeWidth,
    nodeHeight: options.nodeHeight,
    gap,
    bandGap: options.bandGap ?? gap * 2,
    bandLabelWidth: options.bandLabelWidth ?? options.nodeWidth,
    rowGap: options.rowGap ?? gap * 2,
  };
  if (!(o.nodeWidth > 0 && o.nodeHeight > 0 && Number.isFinite(o.nodeWidth) && Number.isFinite(o.nodeHeight))) {
    throw new RangeError('layoutMap: nodeWidth and nodeHeight must be positive');
  }
  for (const key of ['gap', 'bandGap', 'bandLabelWidth', 'rowGap'] as const) {
    if (!(o[key] >= 0 && Number.isFinite(o[key]))) throw new RangeError(`layoutMap: ${key} must be 0 or more`);
  }
  return o;
}

/** The row of every passage in the whole map, the bands' rows following each other, and each band's row count. */
function storyRows(
  story: Story,
  placed: readonly Placed[],
  links: readonly Link[],
  o: Required<MapLayoutOptions>,
): { row: Map<string, number>; counts: number[] } {
  const chapterOf = new Map(placed.map((p) => [p.id, p.chapterIndex]));
  const entries = new Set<string>([story.start]);
  const exits = new Set<string>();
  for (const link of links) {
    if (chapterOf.get(link.from) !== chapterOf.get(link.to)) {
      entries.add(link.to);
      exits.add(link.from);
    }
  }
  const row = new Map<string, number>();
  const counts: number[] = [];
  let next = 0;
  story.chapters.forEach((_, index) => {
    const ids = placed.filter((p) => p.chapterIndex === index).map((p) => p.id);
    const rows = chapterRows(ids, links, entries, exits, o);
    let count = 0;
    for (const id of ids) {
      const r = rows.get(id) ?? 0;
      row.set(id, next + r);
      count = Math.max(count, r + 1);
    }
    counts.push(count);
    next += count;
  });
  return { row, counts };
}

/**
 * Pass 2: the whole story with its rows fixed (dagre rank 2 × row; dagre wants a rank between
 * two rows of nodes). Every edge is given pointing down: those going up are given reversed.
 */
function wholeStory(
  placed: readonly Placed[],
  links: readonly Link[],
  row: (id: string) => number,
  o: Required<MapLayoutOptions>,
): Graph<GraphLabel, NodeLabel, EdgeLabel> {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  // 'none' keeps the ranks given on the nodes: dagre supports it, its typings leave it out.
  const ranker = 'none' as GraphLabel['ranker'];
  g.setGraph({ rankdir: 'TB', ranker, nodesep: o.gap, edgesep: o.gap / 2, ranksep: o.rowGap });
  for (const p of placed) g.setNode(p.id, { width: o.nodeWidth, height: o.nodeHeight, rank: 2 * row(p.id) });
  links.forEach((link, index) => {
    if (link.from === link.to) return; // drawn as a small loop beside its node instead
    const [v, w] = row(link.to) < row(link.from) ? [link.to, link.from] : [link.from, link.to];
    g.setEdge(v, w, { weight: 1, minlen: 1 }, String(index));
  });
  dagreLayout(g);
  return g;
}

/** Where an edge crosses a row it does not stop in: dagre's x there (before centring). */
interface Crossing {
  readonly x: number;
  readonly row: number;
}

export function layoutMap(story: Story, options: MapLayoutOptions): MapLayout {
  const o = resolve(options);
  const { placed, links } = collect(story);
  const { row: rows, counts } = storyRows(story, placed, links, o);
  const row = (id: string) => rows.get(id) ?? 0;
  const g = wholeStory(placed, links, row, o);

  // Our rows: each band padded by half a row gap above and below, bands apart by bandGap.
  const half = o.nodeHeight / 2;
  const pad = o.rowGap / 2;
  const centres: number[] = [];
  const rowBand: number[] = [];
  const bands: ChapterBand[] = [];
  let top = 0;
  story.chapters.forEach((chapter, index) => {
    const count = counts[index] ?? 0;
    const height = 2 * pad + count * o.nodeHeight + Math.max(0, count - 1) * o.rowGap;
    for (let r = 0; r < count; r++) {
      centres.push(top + pad + r * (o.nodeHeight + o.rowGap) + half);
      rowBand.push(index);
    }
    bands.push({ id: chapter.id, number: chapter.number, title: chapter.title, y: top, height });
    top += height + o.bandGap;
  });
  const height = Math.max(1, top - o.bandGap);

  // dagre's y of each row (its nodes', and its dummies' where edges cross it).
  const dagreCentres = centres.map(() => Number.NaN);
  for (const p of placed) dagreCentres[row(p.id)] = g.node(p.id).y ?? 0;
  const rowAt = (y: number) => dagreCentres.findIndex((c) => Math.abs(c - y) < 0.5);

  // Each edge: the rows it crosses, in its own direction (none for a loop).
  const routes = links.map((link, index) => {
    if (link.from === link.to) return [];
    const reversed = row(link.to) < row(link.from);
    const [v, w] = reversed ? [link.to, link.from] : [link.from, link.to];
    const points = g.edge(v, w, String(index))?.points ?? [];
    const crossings: Crossing[] = [];
    for (const p of points.slice(1, -1)) {
      const r = rowAt(p.y);
      if (r >= 0) crossings.push({ x: p.x, row: r });
    }
    if (reversed) crossings.reverse();
    return crossings;
  });

  const centreX = new Map(placed.map((p) => [p.id, g.node(p.id).x ?? 0]));
  const spans = [
    ...placed.map((p) => ({ band: p.chapterIndex, x: centreX.get(p.id) ?? 0, half: o.nodeWidth / 2 })),
    ...routes.flatMap((r) => r.map((c) => ({ band: rowBand[c.row] ?? 0, x: c.x, half: 0 }))),
  ];
  const { shifts, width } = centreBands(bands.length, spans, o);
  const shift = (band: number) => shifts[band] ?? 0;

  const nodes: MapNode[] = placed.map((p) => ({
    id: p.id,
    chapter: story.chapters[p.chapterIndex]?.id ?? '',
    chapterIndex: p.chapterIndex,
    x: (centreX.get(p.id) ?? 0) - o.nodeWidth / 2 + shift(p.chapterIndex),
    y: (centres[row(p.id)] ?? 0) - half,
    width: o.nodeWidth,
    height: o.nodeHeight,
    ending: p.ending,
    start: p.id === story.start,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const paths = links.map((link, index) => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    const route = routes[index];
    if (!from || !to || from === to || !route) return null;
    const lanes: Lane[] = route.map((c) => ({ x: c.x + shift(rowBand[c.row] ?? 0), row: c.row }));
    return { from, to, lanes };
  });
  straighten(
    paths.filter((path) => path !== null),
    {
      rowCentres: centres,
      nodes: nodes.map((node) => ({ box: node, row: row(node.id) })),
      nodeSpace: (o.gap * 3) / 4,
      laneSpace: o.gap / 2,
      left: o.bandLabelWidth + o.gap,
      right: width - o.gap,
    },
  );
  const edges: MapEdge[] = links.map((link, index) => {
    const path = paths[index];
    const choices = [...link.choices];
    if (!path) {
      // A choice that leads back to its own passage: a small loop on the node's right, in the gap.
      const node = byId.get(link.from);
      const points = node ? loopBeside(node, o.gap / 2) : [];
      return { from: link.from, to: link.to, choices, points };
    }
    // Through each row it crosses within the room dagre kept for it, as straight as that room allows.
    const { from, to, lanes } = path;
    const down = to.y > from.y;
    const centreOf = (n: MapNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
    const at = (lane: Lane) => ({ x: lane.x, y: centres[lane.row] ?? 0 });
    const firstLane = lanes[0];
    const lastLane = lanes[lanes.length - 1];
    const first = port(from, firstLane ? at(firstLane) : centreOf(to), down);
    const last = port(to, lastLane ? at(lastLane) : centreOf(from), !down);
    const inner = lanes.flatMap((lane, i) => {
      const c = at(lane);
      const before = lanes[i - 1];
      const after = lanes[i + 1];
      const toward = (p: Point, y: number) => {
        const x = p.y !== c.y ? c.x + ((p.x - c.x) * (y - c.y)) / (p.y - c.y) : c.x;
        return { x: Math.min(lane.hi ?? c.x, Math.max(lane.lo ?? c.x, x)), y };
      };
      const enter = down ? c.y - half : c.y + half;
      const leave = down ? c.y + half : c.y - half;
      return [toward(before ? at(before) : first, enter), toward(after ? at(after) : last, leave)];
    });
    return { from: link.from, to: link.to, choices, points: [first, ...inner, last] };
  });
  return { nodes, edges, bands, width, height };
}

/**
 * Horizontal shifts that centre each band's content (its nodes, and the edges crossing it) in
 * the width of the widest band, right of the label column.
 */
function centreBands(
  count: number,
  spans: readonly { band: number; x: number; half: number }[],
  o: Required<MapLayoutOptions>,
): { shifts: number[]; width: number } {
  const lo = Array.from({ length: count }, () => Number.POSITIVE_INFINITY);
  const hi = Array.from({ length: count }, () => Number.NEGATIVE_INFINITY);
  for (const s of spans) {
    lo[s.band] = Math.min(lo[s.band] ?? 0, s.x - s.half);
    hi[s.band] = Math.max(hi[s.band] ?? 0, s.x + s.half);
  }
  const widths = lo.map((l, i) => (Number.isFinite(l) ? (hi[i] ?? l) - l : 0));
  const content = Math.max(0, ...widths);
  const left = o.bandLabelWidth + o.gap;
  const shifts = lo.map((l, i) => (Number.isFinite(l) ? left + (content - (widths[i] ?? 0)) / 2 - l : left));
  return { shifts, width: Math.max(1, left + content + o.gap) };
}
