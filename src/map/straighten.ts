/**
 * A last touch on the branch map's edges: where an edge runs through a row it does not stop in,
 * dagre's balanced placement can leave it far out to one side. This slides each such crossing
 * toward the straight line between its neighbours on the edge, but never past its neighbours in
 * the row (nodes or other edges), so rows keep their order and nothing comes to overlap.
 */

/**
 * Where an edge crosses a row: `x` moves, `row` does not. `lo` and `hi` are set to the room it
 * has in its row at the end; every x between them is clear of the row's nodes and other lanes.
 */
export interface Lane {
  x: number;
  readonly row: number;
  lo?: number;
  hi?: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LanePath {
  readonly from: Box;
  readonly to: Box;
  /** In the edge's own order, from `from` to `to`. */
  readonly lanes: Lane[];
}

export interface StraightenOptions {
  /** The y of each row's middle. */
  readonly rowCentres: readonly number[];
  /** The row of each node. */
  readonly nodes: readonly { readonly box: Box; readonly row: number }[];
  /** Least space from a lane to a node beside it, and between two lanes. */
  readonly nodeSpace: number;
  readonly laneSpace: number;
  /** How far left and right lanes may go. */
  readonly left: number;
  readonly right: number;
  readonly rounds?: number;
}

type Item = { readonly lane: Lane } | { readonly box: Box };

export function straighten(paths: readonly LanePath[], options: StraightenOptions): void {
  const rows = new Map<number, Item[]>();
  const add = (row: number, item: Item) => {
    const list = rows.get(row) ?? [];
    list.push(item);
    rows.set(row, list);
  };
  for (const node of options.nodes) add(node.row, { box: node.box });
  for (const path of paths) for (const lane of path.lanes) add(lane.row, { lane });
  const centreOf = (item: Item) => ('lane' in item ? item.lane.x : item.box.x + item.box.width / 2);
  // Each lane's neighbours in its row, in the order dagre gave (kept from here on).
  const left = new Map<Lane, Item | undefined>();
  const right = new Map<Lane, Item | undefined>();
  for (const list of rows.values()) {
    list.sort((a, b) => centreOf(a) - centreOf(b));
    list.forEach((item, i) => {
      if (!('lane' in item)) return;
      left.set(item.lane, list[i - 1]);
      right.set(item.lane, list[i + 1]);
    });
  }
  const y = (row: number) => options.rowCentres[row] ?? 0;
  const mid = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const bounds = (lane: Lane): [number, number] => {
    const l = left.get(lane);
    const r = right.get(lane);
    const lo = !l
      ? options.left
      : 'lane' in l
        ? l.lane.x + options.laneSpace
        : l.box.x + l.box.width + options.nodeSpace;
    const hi = !r ? options.right : 'lane' in r ? r.lane.x - options.laneSpace : r.box.x - options.nodeSpace;
    return lo <= hi ? [lo, hi] : [lane.x, lane.x];
  };
  for (let round = 0; round < (options.rounds ?? 8); round++) {
    for (const path of paths) {
      path.lanes.forEach((lane, i) => {
        const before = path.lanes[i - 1];
        const after = path.lanes[i + 1];
        const a = before ? { x: before.x, y: y(before.row) } : mid(path.from);
        const b = after ? { x: after.x, y: y(after.row) } : mid(path.to);
        const at = y(lane.row);
        const wanted = b.y !== a.y ? a.x + ((b.x - a.x) * (at - a.y)) / (b.y - a.y) : (a.x + b.x) / 2;
        const [lo, hi] = bounds(lane);
        lane.x = Math.min(hi, Math.max(lo, wanted));
      });
    }
  }
  for (const path of paths) {
    for (const lane of path.lanes) [lane.lo, lane.hi] = bounds(lane);
  }
}
