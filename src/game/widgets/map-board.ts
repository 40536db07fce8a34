/**
 * The branch map's board, drawn once in the map's own units: the chapter bands and their names,
 * the threads between pages (the case's own path in red, threads walked darker than the rest),
 * and an index card per page — a seen page carries its title, an unseen one is a silhouette, an
 * ending found is stamped CLOSED. The scene moves the container; nothing here is redrawn.
 */
import type Phaser from 'phaser';
import type { MapLayout, MapNode } from '../../map/layout';
import { hex, type Theme } from '../theme';
import { MAP_SHADE } from '../widget-colours';
import { addText, monoFont, setWrappedText, uiFont } from './ui';

export interface BoardMarks {
  /** Titles of the pages seen, by id. */
  readonly seen: ReadonlyMap<string, string>;
  /** The case's path, as the passages it went through in order. */
  readonly path: readonly string[];
  readonly here: string | null;
  readonly endingsFound: ReadonlySet<string>;
}

/** Text on the cards is drawn this much sharper than the screen, so it stays crisp zoomed in. */
const CARD_TEXT_RESOLUTION = 3;

export function addMapBoard(
  scene: Phaser.Scene,
  theme: Theme,
  map: MapLayout,
  marks: BoardMarks,
): Phaser.GameObjects.Container {
  const { palette } = theme;
  const g = scene.add.graphics();
  const children: Phaser.GameObjects.GameObject[] = [g];
  map.bands.forEach((band, index) => {
    g.fillStyle(hex(palette.paper), index % 2 === 0 ? MAP_SHADE.bandEven : MAP_SHADE.bandOdd);
    g.fillRect(-40, band.y, map.width + 80, band.height);
    children.push(
      addText(scene, -24, band.y + 14, `CHAPTER ${band.number}\n${band.title.toUpperCase()}`, {
        ...monoFont(13, 600),
        color: palette.chrome,
        letterSpacing: 2,
      }),
    );
  });
  const onPath = new Set<string>();
  for (let i = 1; i < marks.path.length; i++) onPath.add(`${marks.path[i - 1]}>${marks.path[i]}`);
  for (const edge of map.edges) {
    const walked = marks.seen.has(edge.from) && marks.seen.has(edge.to);
    const ours = onPath.has(`${edge.from}>${edge.to}`);
    const width = ours ? 4 : walked ? 2 : 1.5;
    const alpha = ours ? 1 : walked ? MAP_SHADE.walked : MAP_SHADE.unwalked;
    g.lineStyle(width, hex(ours ? palette.stampAlleged : palette.chrome), alpha);
    g.beginPath();
    edge.points.forEach((p, i) => {
      if (i === 0) g.moveTo(p.x, p.y);
      else g.lineTo(p.x, p.y);
    });
    g.strokePath();
  }
  const path = new Set(marks.path);
  for (const node of map.nodes) {
    const title = marks.seen.get(node.id);
    if (title === undefined) drawSilhouette(scene, theme, g, children, node);
    else
      drawCard(scene, theme, g, children, node, title, {
        onPath: path.has(node.id),
        here: node.id === marks.here,
        closed: marks.endingsFound.has(node.id),
      });
  }
  return scene.add.container(0, 0, children);
}

function drawSilhouette(
  scene: Phaser.Scene,
  theme: Theme,
  g: Phaser.GameObjects.Graphics,
  children: Phaser.GameObjects.GameObject[],
  node: MapNode,
): void {
  const { palette } = theme;
  const { x, y, width: w, height: h } = node;
  g.fillStyle(hex(palette.redaction), MAP_SHADE.silhouette);
  g.fillRoundedRect(x, y, w, h, 4);
  g.lineStyle(1, hex(palette.chrome), MAP_SHADE.unwalked);
  g.strokeRoundedRect(x, y, w, h, 4);
  if (!node.ending) return;
  children.push(
    addText(scene, x + w / 2, y + h / 2, 'ENDING ?', {
      ...monoFont(12, 600),
      color: palette.chromeDim,
      letterSpacing: 2,
      resolution: CARD_TEXT_RESOLUTION,
    }).setOrigin(0.5),
  );
}

function drawCard(
  scene: Phaser.Scene,
  theme: Theme,
  g: Phaser.GameObjects.Graphics,
  children: Phaser.GameObjects.GameObject[],
  node: MapNode,
  title: string,
  mark: { readonly onPath: boolean; readonly here: boolean; readonly closed: boolean },
): void {
  const { palette } = theme;
  const { x, y, width: w, height: h } = node;
  g.fillStyle(hex(palette.redaction), MAP_SHADE.cardShadow);
  g.fillRoundedRect(x + 3, y + 4, w, h, 4);
  g.fillStyle(hex(palette.paper), 1);
  g.fillRoundedRect(x, y, w, h, 4);
  if (mark.onPath || mark.here) {
    g.lineStyle(mark.here ? 4 : 2.5, hex(palette.stampAlleged), 1);
    g.strokeRoundedRect(x - 1, y - 1, w + 2, h + 2, 5);
  }
  const label = addText(scene, x + 8, y + 6, '', {
    ...uiFont(13, 600),
    color: palette.ink,
    resolution: CARD_TEXT_RESOLUTION,
  });
  setWrappedText(label, title, w - 16);
  // Two lines at most on a card: a longer title gives way to an ellipsis.
  const lines = label.text.split('\n');
  if (lines.length > 2)
    label.setText(
      `${lines
        .slice(0, 2)
        .join('\n')
        .replace(/\s*\S*$/, '')}\u2026`,
    );
  children.push(label);
  if (!mark.closed) return;
  children.push(
    addText(scene, x + w - 6, y + h - 3, 'CLOSED', {
      ...monoFont(11, 600),
      color: palette.stampAlleged,
      letterSpacing: 2,
      resolution: CARD_TEXT_RESOLUTION,
    })
      .setOrigin(1, 1)
      .setAngle(-4),
  );
}
