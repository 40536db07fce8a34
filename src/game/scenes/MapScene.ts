/**
 * The branch map: the whole story as a graph on the desk, chapters as bands, each page an index
 * card. Seen pages carry their titles, unseen ones are silhouettes; the case's own path is drawn
 * in red; endings are stamped found or left open. Drag, wheel, pinch and keys move it (the
 * viewport math is src/map/viewport.ts); a tap on a seen card opens its card at the foot, whose
 * button reopens the file there. The board is painted once into pictures; a move copies what the
 * window shows behind the canvas, at most once a frame (widgets/map-board.ts).
 */
import Phaser from 'phaser';
import type { MapLayout } from '../../map/layout';
import { mapLayoutOf } from '../../map/load';
import {
  centreOn,
  clampViewport,
  fitWhole,
  type MapKey,
  nodeAt,
  panBy,
  pinch,
  toScreen,
  toWorld,
  type Viewport,
  zoomAt,
} from '../../map/viewport';
import { completion } from '../../story/progress';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import type { Rect } from '../layout/draw-ops';
import { type MapScreenLayout, mapLayoutFor } from '../layout/map-layout';
import { type MapPage, mapChapters } from '../lists/map-model';
import { followScrollRequests, type ScrollAmount } from '../scroll';
import { forMode, MAP_BOARD } from '../widget-colours';
import { type BoardSurface, boardSurface } from '../widgets/board-surface';
import { MapBoard } from '../widgets/map-board';
import { watchMapGestures } from '../widgets/map-gestures';
import { addMapPageCard } from '../widgets/map-page-card';
import { addText, Button, keyHint, monoFont, setWrappedText, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** The zoom the map opens at round the page on the desk: the cards' titles read at about 11 px. */
const READING_ZOOM = 0.85;

interface MapRebuild {
  readonly viewport: Viewport;
  readonly picked: string | null;
}

const KEYS: Partial<Record<ScrollAmount, MapKey>> = {
  'line-up': 'up',
  'line-down': 'down',
  left: 'left',
  right: 'right',
  'zoom-in': 'in',
  'zoom-out': 'out',
  fit: 'fit',
  'page-up': 'up',
  'page-down': 'down',
};

export class MapScene extends ViewScene<MapRebuild> {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private at!: MapScreenLayout;
  private map: MapLayout | null = null;
  private board: MapBoard | null = null;
  private viewport: Viewport | null = null;
  private picked: string | null = null;
  private card: Phaser.GameObjects.Container | null = null;
  private pages = new Map<string, MapPage>();
  /** The viewport moved since the board was last drawn. */
  private stale = false;

  constructor() {
    super('MapScene');
  }

  /** For the test hook and the bench: the zoom once the board is drawn. */
  mapZoom(): number | null {
    return this.board && this.viewport ? this.viewport.zoom : null;
  }

  /** For the test hook: where a page's card is in the scene's world, when it is in the map's window. */
  mapCardCentre(passageId: string): { x: number; y: number } | null {
    const node = this.map?.nodes.find((n) => n.id === passageId);
    if (!node || !this.viewport) return null;
    const { view } = this.at;
    const at = toScreen(this.viewport, node.x + node.width / 2, node.y + node.height / 2);
    const inside = at.x >= 0 && at.y >= 0 && at.x <= view.width && at.y <= view.height;
    return inside ? { x: view.x + at.x, y: view.y + at.y } : null;
  }

  protected override rebuildData(): Partial<MapRebuild> {
    return this.viewport ? { viewport: this.viewport, picked: this.picked } : {};
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<MapRebuild>): void {
    const { palette } = this.theme;
    this.board = null;
    this.map = null;
    this.card = null;
    this.picked = rebuilt.picked ?? null;
    this.at = mapLayoutFor(this.frame.world);
    const at = this.at;
    // The lamp turned down: the board is read on the dark, one flat colour (the lit desk under a
    // shade cost more to draw each frame than the whole board); nothing under it takes a click.
    const boardColour = forMode(MAP_BOARD, this.theme.highContrast);
    const surface = boardSurface(this, this.frame, at.view, boardColour);
    if (!surface.behind) this.cameras.main.setBackgroundColor(boardColour);
    // The board's colour at once, under the loading line.
    surface.begin();
    surface.end();
    this.blockPresses();
    this.pages = new Map(mapChapters(snapshot).flatMap((chapter) => chapter.pages.map((page) => [page.id, page])));
    const done = completion(snapshot.progress, snapshot.story);
    const loading = addText(
      this,
      at.view.x + at.view.width / 2,
      at.view.y + at.view.height / 2,
      'Laying out the file\u2026',
      {
        ...uiFont(this.theme.uiSize),
        color: palette.chromeDim,
      },
    ).setOrigin(0.5);
    mapLayoutOf(snapshot.story).then(
      (map) => {
        if (!this.sys.isActive() && !this.sys.isPaused()) return;
        loading.destroy();
        this.map = map;
        this.drawBoard(snapshot, map, surface, rebuilt.viewport ?? null);
        this.addChrome(done);
        if (this.picked) this.pick(this.picked);
      },
      () => loading.setText('The map could not be laid out.'),
    );
    watchMapGestures(this, this.at.view, {
      pan: (dx, dy) => this.viewport && this.move(panBy(this.viewport, dx, dy)),
      pinch: (before, after) => this.viewport && this.move(pinch(this.viewport, before, after)),
      zoom: (factor, point) => this.viewport && this.move(zoomAt(this.viewport, factor, point.x, point.y)),
      tap: (point) => this.tap(point),
    });
    const follow = followScrollRequests(this.controller, 'map', (amount) => this.key(amount));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, follow);
  }

  /** The head over the map, Back and the two view buttons: drawn over the board. */
  private addChrome(done: ReturnType<typeof completion>): void {
    const { at, theme } = this;
    const { palette } = theme;
    addText(this, at.kicker.x, at.kicker.y, 'CASE FILE INDEX', {
      ...monoFont(11, 600),
      color: palette.chromeDim,
      letterSpacing: 3,
    });
    addText(this, at.title.x, at.title.y, 'Branch map', { ...uiFont(at.title.size, 600), color: palette.chrome });
    const counts = `${done.pages.seen} of ${done.pages.total} pages seen \u00b7 ${done.endings.found} of ${done.endings.total} endings found`;
    const hint =
      at.arrangement === 'desk'
        ? 'Drag to move \u00b7 wheel to zoom \u00b7 arrows, + \u2212 0 \u00b7 pick a page'
        : 'Drag \u00b7 pinch to zoom \u00b7 tap a page';
    setWrappedText(
      addText(this, at.counts.x, at.counts.y, '', { ...uiFont(this.theme.uiSize - 3), color: palette.chromeDim }),
      `${counts}\n${hint}`,
      at.counts.width,
    );
    const button = (place: Rect, label: string, onClick: () => void, hint = '') =>
      new Button(this, place.x, place.y, {
        width: place.width,
        height: place.height,
        label,
        theme,
        variant: 'quiet',
        onClick,
        ...(hint ? { hint } : {}),
      });
    button(at.centre, LABELS.centreMap, () => this.centreOnCase());
    button(at.fit, LABELS.fitMap, () => this.key('fit'), keyHint(this, '0'));
    new Button(this, at.back.x, at.back.y, {
      width: at.back.width,
      height: at.back.height,
      label: LABELS.back,
      hint: keyHint(this, 'Esc'),
      theme,
      onClick: () => this.controller.back(),
    });
  }

  /** Bands, threads and cards, painted once, in the map's own units; the viewport only moves them. */
  private drawBoard(snapshot: Snapshot, map: MapLayout, surface: BoardSurface, kept: Viewport | null): void {
    const { run, progress } = snapshot;
    const here = run?.state.passage ?? null;
    this.board = new MapBoard(
      this.theme,
      map,
      {
        seen: new Map([...this.pages.values()].map((page) => [page.id, page.title])),
        path: run?.path ?? [],
        here,
        endingsFound: new Set(Object.keys(progress.endings)),
      },
      surface,
    );
    this.viewport = kept ? this.clamp(kept) : this.startView(map, here ?? undefined);
    this.place();
  }

  private startView(map: MapLayout, here: string | undefined): Viewport {
    const whole = fitWhole(map, this.at.view);
    const node = here ? map.nodes.find((n) => n.id === here) : undefined;
    if (!node) return this.clamp(whole);
    // Open on the page on the desk, near enough to read the titles round it.
    const near = { ...whole, zoom: Math.max(whole.zoom, READING_ZOOM) };
    return this.clamp(centreOn(near, node.x + node.width / 2, node.y + node.height / 2, this.at.view));
  }

  private clamp(v: Viewport): Viewport {
    return this.map ? clampViewport(v, this.map, this.at.view) : v;
  }

  /** The board is drawn where the viewport says at the next frame (a drag sends several moves a frame). */
  private place(): void {
    this.stale = true;
  }

  override update(): void {
    const { board, viewport } = this;
    if (!this.stale || !board || !viewport) return;
    this.stale = false;
    board.draw(viewport, this.at.view);
  }

  private move(next: Viewport): void {
    this.viewport = this.clamp(next);
    this.place();
  }

  private key(amount: ScrollAmount): void {
    const key = amount === 'start' || amount === 'end' ? 'fit' : KEYS[amount];
    if (!key || !this.viewport || !this.map) return;
    if (key === 'fit') {
      this.move(fitWhole(this.map, this.at.view));
      return;
    }
    const { view } = this.at;
    const pan = Math.min(view.width, view.height) * 0.2;
    const v = this.viewport;
    if (key === 'in' || key === 'out') this.move(zoomAt(v, key === 'in' ? 1.25 : 0.8, view.width / 2, view.height / 2));
    else
      this.move(
        panBy(v, key === 'left' ? pan : key === 'right' ? -pan : 0, key === 'up' ? pan : key === 'down' ? -pan : 0),
      );
  }

  private centreOnCase(): void {
    const here = this.controller.state.run?.state.passage;
    const node = here && this.map?.nodes.find((n) => n.id === here);
    if (!node || !this.viewport) return;
    this.move(
      centreOn(
        { ...this.viewport, zoom: Math.max(this.viewport.zoom, 0.9) },
        node.x + node.width / 2,
        node.y + node.height / 2,
        this.at.view,
      ),
    );
  }

  private tap(at: { x: number; y: number }): void {
    if (!this.map || !this.viewport) return;
    const { card, view } = this.at;
    const x = at.x + view.x;
    const y = at.y + view.y;
    if (this.card && x >= card.x && x <= card.x + card.width && y >= card.y && y <= card.y + card.height) return;
    const world = toWorld(this.viewport, at.x, at.y);
    const node = nodeAt(this.map, world.x, world.y);
    this.pick(node && this.pages.has(node.id) ? node.id : null);
  }

  /** Open the card of a seen page at the map's foot (or close it). */
  private pick(id: string | null): void {
    this.card?.destroy();
    this.card = null;
    this.picked = id;
    const page = id ? this.pages.get(id) : undefined;
    if (page)
      this.card = addMapPageCard(this, this.theme, this.at, page, () => this.controller.replay.jumpToPage(page.id));
  }
}
