/** Where an edge of the branch map leaves and meets its nodes: a side's port, a loop to itself. */
import type { MapNode } from './layout';

type Point = { x: number; y: number };

/** Where the line from a node's centre toward `toward` leaves through its top or bottom side. */
export function port(node: MapNode, toward: Point, bottom: boolean): Point {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const dy = Math.abs(toward.y - cy);
  const x = dy > 0 ? cx + ((toward.x - cx) * (node.height / 2)) / dy : cx;
  const inset = Math.min(12, node.width / 4);
  return {
    x: Math.min(node.x + node.width - inset, Math.max(node.x + inset, x)),
    y: bottom ? node.y + node.height : node.y,
  };
}

/** A choice back to its own page: a small loop out of the node's right side and back. */
export function loopBeside(node: MapNode, reach: number): Point[] {
  const right = node.x + node.width;
  const top = node.y + node.height / 4;
  const bottom = node.y + (node.height * 3) / 4;
  return [
    { x: right, y: top },
    { x: right + reach, y: top },
    { x: right + reach, y: bottom },
    { x: right, y: bottom },
  ];
}
