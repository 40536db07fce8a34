/**
 * Pan and zoom for the branch map, as pure functions of a viewport: no DOM, no Phaser. A screen
 * point s and a world point w are related by s = (w - viewport) × zoom.
 */
import type { MapLayout, MapNode } from './layout';

/** The world point at the screen's top-left, and screen pixels per world unit. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ZoomLimits {
  /** Default: a little less than the zoom at which the whole story fits. */
  readonly minZoom?: number;
  /** Default: 2.5, or the zoom that fits the whole story when that is more; never below minZoom. */
  readonly maxZoom?: number;
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export type MapKey = 'left' | 'right' | 'up' | 'down' | 'in' | 'out' | 'fit';

/** Screen pixels left free around the story when it is fitted. */
export const FIT_MARGIN = 24;
export const MAX_ZOOM = 2.5;
/** The least zoom, as a share of the zoom that fits the whole story. */
export const MIN_ZOOM_SHARE = 0.8;
/** How much of the view an arrow key pans, and how much + and − zoom. */
export const KEY_PAN = 0.2;
export const KEY_ZOOM = 1.25;
/** When zoomed in, how far past its edge (a share of the view) the story may be dragged. */
export const OVERSCROLL = 0.25;

export function toWorld(v: Viewport, screenX: number, screenY: number): { x: number; y: number } {
  return { x: v.x + screenX / v.zoom, y: v.y + screenY / v.zoom };
}

export function toScreen(v: Viewport, worldX: number, worldY: number): { x: number; y: number } {
  return { x: (worldX - v.x) * v.zoom, y: (worldY - v.y) * v.zoom };
}

/** The whole story on screen, centred, `margin` screen pixels free on its tighter sides. */
export function fitWhole(layout: Size, view: ViewSize, margin = FIT_MARGIN): Viewport {
  const w = Math.max(layout.width, 1e-9);
  const h = Math.max(layout.height, 1e-9);
  let zoom = Math.min((view.width - 2 * margin) / w, (view.height - 2 * margin) / h);
  if (!(zoom > 0)) zoom = Math.min(view.width / w, view.height / h);
  if (!(zoom > 0) || !Number.isFinite(zoom)) zoom = 1;
  return centreOn({ x: 0, y: 0, zoom }, layout.width / 2, layout.height / 2, view);
}

/** The same zoom, with the world point (worldX, worldY) at the view's centre. */
export function centreOn(v: Viewport, worldX: number, worldY: number, view: ViewSize): Viewport {
  return { x: worldX - view.width / (2 * v.zoom), y: worldY - view.height / (2 * v.zoom), zoom: v.zoom };
}

/** The content follows the pointer: it moved (dxScreen, dyScreen) screen pixels. */
export function panBy(v: Viewport, dxScreen: number, dyScreen: number): Viewport {
  return { x: v.x - dxScreen / v.zoom, y: v.y - dyScreen / v.zoom, zoom: v.zoom };
}

/** Zoom by `factor`, the world point under (screenX, screenY) staying under it. */
export function zoomAt(v: Viewport, factor: number, screenX: number, screenY: number): Viewport {
  if (!(factor > 0) || !Number.isFinite(factor)) return v;
  const w = toWorld(v, screenX, screenY);
  const zoom = v.zoom * factor;
  return { x: w.x - screenX / zoom, y: w.y - screenY / zoom, zoom };
}

/**
 * Two fingers moved from `before` to `after`: the world point under their midpoint follows the
 * midpoint, and the zoom changes as the distance between them.
 */
export function pinch(
  v: Viewport,
  before: { readonly a: ScreenPoint; readonly b: ScreenPoint },
  after: { readonly a: ScreenPoint; readonly b: ScreenPoint },
): Viewport {
  const mid = (p: { a: ScreenPoint; b: ScreenPoint }) => ({ x: (p.a.x + p.b.x) / 2, y: (p.a.y + p.b.y) / 2 });
  const distance = (p: { a: ScreenPoint; b: ScreenPoint }) => Math.hypot(p.a.x - p.b.x, p.a.y - p.b.y);
  const d0 = distance(before);
  const d1 = distance(after);
  // Fingers less than a pixel apart give no ratio to go by: then it is a pan only.
  const factor = d0 >= 1 && d1 >= 1 ? d1 / d0 : 1;
  const m0 = mid(before);
  const m1 = mid(after);
  const w = toWorld(v, m0.x, m0.y);
  const zoom = v.zoom * factor;
  return { x: w.x - m1.x / zoom, y: w.y - m1.y / zoom, zoom };
}

/** The zoom range for this story in this view. */
export function zoomRange(layout: Size, view: ViewSize, limits: ZoomLimits = {}): { min: number; max: number } {
  const fit = fitWhole(layout, view).zoom;
  const min = limits.minZoom ?? fit * MIN_ZOOM_SHARE;
  const max = Math.max(limits.maxZoom ?? Math.max(MAX_ZOOM, fit), min);
  return { min, max };
}

/**
 * The zoom brought within its range (about the view's centre), then the pan: a story smaller
 * than the view stays wholly inside it; a larger one may be dragged only a little past its edges,
 * so that it always fills most of the view.
 */
export function clampViewport(v: Viewport, layout: Size, view: ViewSize, limits: ZoomLimits = {}): Viewport {
  const { min, max } = zoomRange(layout, view, limits);
  const zoom = Math.min(max, Math.max(min, v.zoom));
  const centre = toWorld(v, view.width / 2, view.height / 2);
  const zoomed = zoom === v.zoom ? v : centreOn({ x: 0, y: 0, zoom }, centre.x, centre.y, view);
  const axis = (at: number, length: number, viewLength: number) => {
    const seen = viewLength / zoom;
    const slack = length > seen ? (OVERSCROLL * viewLength) / zoom : 0;
    const lo = Math.min(0, length - seen) - slack;
    const hi = Math.max(0, length - seen) + slack;
    return Math.min(hi, Math.max(lo, at));
  };
  return {
    x: axis(zoomed.x, layout.width, view.width),
    y: axis(zoomed.y, layout.height, view.height),
    zoom,
  };
}

/** The node under a world point (edges included), or null in the gaps. */
export function nodeAt(layout: MapLayout, worldX: number, worldY: number): MapNode | null {
  for (const node of layout.nodes) {
    if (worldX >= node.x && worldX <= node.x + node.width && worldY >= node.y && worldY <= node.y + node.height) {
      return node;
    }
  }
  return null;
}

/** The nodes at least partly on screen, in layout order. */
export function visibleNodes(layout: MapLayout, v: Viewport, view: ViewSize): MapNode[] {
  const left = v.x;
  const top = v.y;
  const right = v.x + view.width / v.zoom;
  const bottom = v.y + view.height / v.zoom;
  return layout.nodes.filter(
    (node) => node.x <= right && node.x + node.width >= left && node.y <= bottom && node.y + node.height >= top,
  );
}

/**
 * Keyboard: arrows pan by a fifth of the view (the view moves the arrow's way), + and − zoom
 * about the view's centre, 0 fits the whole story. The result is clamped.
 */
export function keyStep(v: Viewport, key: MapKey, layout: Size, view: ViewSize): Viewport {
  const dx = view.width * KEY_PAN;
  const dy = view.height * KEY_PAN;
  let next: Viewport;
  switch (key) {
    case 'left':
      next = panBy(v, dx, 0);
      break;
    case 'right':
      next = panBy(v, -dx, 0);
      break;
    case 'up':
      next = panBy(v, 0, dy);
      break;
    case 'down':
      next = panBy(v, 0, -dy);
      break;
    case 'in':
      next = zoomAt(v, KEY_ZOOM, view.width / 2, view.height / 2);
      break;
    case 'out':
      next = zoomAt(v, 1 / KEY_ZOOM, view.width / 2, view.height / 2);
      break;
    case 'fit':
      return fitWhole(layout, view);
  }
  return clampViewport(next, layout, view);
}
