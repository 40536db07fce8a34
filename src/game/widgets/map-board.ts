/**
 * The branch map's board, painted in Canvas 2D: the chapter bands and their names, the threads
 * between pages (the case's own path in red, threads walked brighter than the rest), and an
 * index card per page — a seen page carries its title, an unseen one is a silhouette, an ending
 * found is stamped CLOSED. Zoomed out, one overview picture of the whole board; zoomed in,
 * tiles sharp enough to read, painted as they come into view and dropped when they leave it.
 * Each move copies what is in the window onto a surface (the backdrop behind the canvas, see
 * board-surface.ts), so a frame costs one 2D copy however many pages the story has, and no
 * full-screen quad: on a software renderer each of those cost ~13 ms of every frame.
 */
import type { MapLayout, MapNode } from '../../map/layout';
import type { Viewport } from '../../map/viewport';
import { wrapLines } from '../layout/text-fit';
import { FONTS, family, type Theme } from '../theme';
import { MAP_SHADE } from '../widget-colours';
import type { BoardSurface } from './board-surface';
import { renderResolution } from './canvas-image';
import { cssMeasure } from './measure';
import { context, makeCanvas, rgba } from './paint';

export interface BoardMarks {
  /** Titles of the pages seen, by id. */
  readonly seen: ReadonlyMap<string, string>;
  /** The case's path, as the passages it went through in order. */
  readonly path: readonly string[];
  readonly here: string | null;
  readonly endingsFound: ReadonlySet<string>;
}

/** Room left of the bands for the chapters' names, and round the board, in map units. */
const MARGIN = 48;
/** Below this zoom the overview is shown; at or above it, the tiles. */
const TILE_ZOOM = 0.45;
/** The overview's pixels per map unit, and a tile's height in map units. */
const OVERVIEW_SCALE = 0.45;
const TILE_HEIGHT = 768;
/** The chapters' names: 13 px mono semibold, two lines 3 px apart. */
const NAME_SIZE = 13;
const NAME_LEADING = NAME_SIZE + 3;

type Region = { readonly top: number; readonly bottom: number };

/** A painted region of the board, in map units. */
interface Picture {
  readonly canvas: HTMLCanvasElement;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export class MapBoard {
  private overview: Picture | null = null;
  private readonly tiles = new Map<number, Picture>();
  private readonly onPath = new Set<string>();
  private readonly path: Set<string>;
  /** Tiles are painted at the render resolution (at most 2), so the text is sharp at full zoom. */
  private readonly tileScale = Math.min(2, Math.max(1, renderResolution()));

  constructor(
    private readonly theme: Theme,
    private readonly map: MapLayout,
    private readonly marks: BoardMarks,
    private readonly surface: BoardSurface,
  ) {
    for (let i = 1; i < marks.path.length; i++) this.onPath.add(`${marks.path[i - 1]}>${marks.path[i]}`);
    this.path = new Set(marks.path);
  }

  /** Draw what the viewport shows onto the surface: the overview zoomed out, the tiles in view zoomed in. */
  draw(viewport: Viewport, view: { width: number; height: number }): void {
    const pictures = viewport.zoom < TILE_ZOOM ? [this.overviewPicture()] : this.tilesInView(viewport, view);
    const ctx = this.surface.begin();
    ctx.transform(viewport.zoom, 0, 0, viewport.zoom, -viewport.x * viewport.zoom, -viewport.y * viewport.zoom);
    const top = viewport.y;
    const bottom = viewport.y + view.height / viewport.zoom;
    const bands = this.map.bands.filter((band) => band.y + band.height >= top && band.y <= bottom);
    this.paintBands(ctx, bands);
    for (const picture of pictures) {
      ctx.drawImage(picture.canvas, picture.left, picture.top, picture.width, picture.height);
    }
    this.paintBandNames(ctx, bands);
    this.surface.end();
  }

  destroy(): void {
    this.overview = null;
    this.tiles.clear();
  }

  /** The bands as flat fills, apart from the pictures: a picture is as wide as what it shows. */
  private paintBands(ctx: CanvasRenderingContext2D, bands: MapLayout['bands']): void {
    const { palette } = this.theme;
    for (const band of bands) {
      const index = this.map.bands.indexOf(band);
      ctx.fillStyle = rgba(palette.paper, index % 2 === 0 ? MAP_SHADE.bandEven : MAP_SHADE.bandOdd);
      ctx.fillRect(-MARGIN + 8, band.y, this.map.width + MARGIN * 2 - 16, band.height);
    }
  }

  private paintBandNames(ctx: CanvasRenderingContext2D, bands: MapLayout['bands']): void {
    const { palette } = this.theme;
    ctx.font = `600 ${NAME_SIZE}px ${family(FONTS.mono)}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = palette.chrome;
    for (const band of bands) {
      ctx.fillText(`CHAPTER ${band.number}`, -MARGIN + 20, band.y + 12);
      ctx.fillText(band.title.toUpperCase(), -MARGIN + 20, band.y + 12 + NAME_LEADING);
    }
    ctx.textBaseline = 'alphabetic';
  }

  private overviewPicture(): Picture {
    this.overview ??= this.picture({ top: -MARGIN, bottom: this.map.height + MARGIN }, OVERVIEW_SCALE);
    return this.overview;
  }

  /** The tiles the window shows, painting any missing and dropping those well out of it. */
  private tilesInView(viewport: Viewport, view: { width: number; height: number }): Picture[] {
    const top = viewport.y - TILE_HEIGHT / 2;
    const bottom = viewport.y + view.height / viewport.zoom + TILE_HEIGHT / 2;
    const first = Math.max(0, Math.floor((top + MARGIN) / TILE_HEIGHT));
    const last = Math.floor((Math.min(bottom, this.map.height + MARGIN) + MARGIN) / TILE_HEIGHT);
    for (const index of this.tiles.keys()) {
      if (index < first - 1 || index > last + 1) this.tiles.delete(index);
    }
    const shown: Picture[] = [];
    for (let index = first; index <= last; index++) {
      let tile = this.tiles.get(index);
      if (!tile) {
        const from = -MARGIN + index * TILE_HEIGHT;
        tile = this.picture({ top: from, bottom: from + TILE_HEIGHT }, this.tileScale);
        this.tiles.set(index, tile);
      }
      shown.push(tile);
    }
    return shown;
  }

  /** A region of the board, painted at `scale` pixels per map unit. */
  private picture(region: Region, scale: number): Picture {
    const { left, right } = this.extent(region);
    const canvas = makeCanvas(right - left, region.bottom - region.top, scale);
    const ctx = context(canvas);
    ctx.translate(-left, -region.top);
    this.paint(ctx);
    return { canvas, left, top: region.top, width: right - left, height: region.bottom - region.top };
  }

  /** How far across the cards and threads in a region reach (with room for shadows and strokes). */
  private extent(region: Region): { left: number; right: number } {
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    const reach = (x0: number, x1: number) => {
      left = Math.min(left, x0);
      right = Math.max(right, x1);
    };
    for (const node of this.map.nodes) {
      if (node.y + node.height + 8 >= region.top && node.y - 8 <= region.bottom) reach(node.x, node.x + node.width);
    }
    for (const edge of this.map.edges) {
      const ys = edge.points.map((p) => p.y);
      if (Math.max(...ys) < region.top || Math.min(...ys) > region.bottom) continue;
      const xs = edge.points.map((p) => p.x);
      reach(Math.min(...xs), Math.max(...xs));
    }
    if (left > right) return { left: 0, right: 1 };
    return { left: Math.floor(left - 8), right: Math.ceil(right + 10) };
  }

  /** The whole board; the canvas clips it to its region. */
  private paint(ctx: CanvasRenderingContext2D): void {
    const { palette } = this.theme;
    const { map, marks } = this;
    ctx.lineJoin = 'round';
    for (const edge of map.edges) {
      const walked = marks.seen.has(edge.from) && marks.seen.has(edge.to);
      const ours = this.onPath.has(`${edge.from}>${edge.to}`);
      ctx.lineWidth = ours ? 4 : walked ? 2 : 1.5;
      ctx.strokeStyle = ours
        ? palette.stampAlleged
        : rgba(palette.chrome, walked ? MAP_SHADE.walked : MAP_SHADE.unwalked);
      ctx.beginPath();
      edge.points.forEach((p, i) => {
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      });
      ctx.stroke();
    }
    for (const node of map.nodes) {
      const title = marks.seen.get(node.id);
      if (title === undefined) this.paintSilhouette(ctx, node);
      else this.paintCard(ctx, node, title);
    }
  }

  private paintSilhouette(ctx: CanvasRenderingContext2D, node: MapNode): void {
    const { palette } = this.theme;
    const { x, y, width: w, height: h } = node;
    ctx.fillStyle = rgba(palette.redaction, MAP_SHADE.silhouette);
    ctx.fillRect(x, y, w, h);
    ctx.lineWidth = 1;
    ctx.strokeStyle = rgba(palette.chrome, MAP_SHADE.unwalked);
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    if (!node.ending) return;
    ctx.font = `600 12px ${family(FONTS.mono)}`;
    ctx.textAlign = 'center';
    ctx.fillStyle = palette.chromeDim;
    ctx.fillText('ENDING ?', x + w / 2, y + h / 2 + 4);
    ctx.textAlign = 'left';
  }

  private paintCard(ctx: CanvasRenderingContext2D, node: MapNode, title: string): void {
    const { palette } = this.theme;
    const { x, y, width: w, height: h } = node;
    ctx.fillStyle = rgba(palette.redaction, MAP_SHADE.cardShadow);
    ctx.fillRect(x + 3, y + 4, w, h);
    ctx.fillStyle = palette.paper;
    ctx.fillRect(x, y, w, h);
    const here = node.id === this.marks.here;
    if (here || this.path.has(node.id)) {
      ctx.lineWidth = here ? 4 : 2.5;
      ctx.strokeStyle = palette.stampAlleged;
      ctx.strokeRect(x - 1, y - 1, w + 2, h + 2);
    }
    const font = `600 13px ${family(FONTS.ui)}`;
    ctx.font = font;
    ctx.fillStyle = palette.ink;
    // Two lines at most on a card: a longer title gives way to an ellipsis.
    const lines = wrapLines(title, w - 16, cssMeasure(font));
    const shown = lines.length > 2 ? [lines[0] ?? '', `${(lines[1] ?? '').replace(/\s*\S*$/, '')}\u2026`] : lines;
    shown.forEach((line, i) => {
      ctx.fillText(line, x + 8, y + 19 + i * 17);
    });
    if (!node.ending || !this.marks.endingsFound.has(node.id)) return;
    ctx.save();
    ctx.translate(x + w - 8, y + h - 6);
    ctx.rotate((-4 * Math.PI) / 180);
    ctx.font = `600 11px ${family(FONTS.mono)}`;
    ctx.textAlign = 'right';
    ctx.fillStyle = palette.stampAlleged;
    ctx.fillText('CLOSED', 0, 0);
    ctx.restore();
  }
}
