/**
 * The exhibits clipped along the folder's bottom left: the newest tags that fit side by side
 * (none covers another), the rest counted on a label. A click on a tag or on the label spreads
 * every exhibit in the file over the desk, each tag whole; a click anywhere puts them back.
 * The newest drops in with a click of its clip when the page that holds it arrives.
 */
import type Phaser from 'phaser';
import type { SoundPort } from '../../audio/sound';
import type { Exhibit } from '../../story/types';
import { type CaseLayout, DESK_LAYOUT } from '../layout/case-layout';
import { layoutTagRow, layoutTagSpread, type TagLayout } from '../layout/exhibits';
import { textScale } from '../layout/type-scale';
import { seededRandom, type Theme } from '../theme';
import { FOLDER_INK, forMode, SPREAD_SHADE } from '../widget-colours';
import type { CanvasImage } from './canvas-image';
import { addExhibitTag, exhibitTagLayout } from './dossier';
import { addText, followPointerEveryFrame, uiFont } from './ui';

/** How far a new tag drops, and how long its fall and the wait before it take at full motion. */
const DROP = { height: 40, delayMs: 420, ms: 220 } as const;
/** The spread: its shade, its heading's size and drop above the tags, and the depths it is drawn at. */
const SPREAD = { heading: 16, headingDrop: 62, depth: 70 } as const;
/** The "more" label's type at the normal text size. */
const MORE_SIZE = 13;

export class ExhibitRow {
  private tags: CanvasImage[] = [];
  private more: Phaser.GameObjects.Text | null = null;
  private spread: Array<{ destroy(): void }> = [];
  private exhibits: readonly Exhibit[] = [];
  private tagLayouts: readonly TagLayout[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly theme: Theme,
    private readonly sound: Pick<SoundPort, 'playEffect'>,
    private readonly layout: CaseLayout = DESK_LAYOUT,
  ) {
    followPointerEveryFrame(scene);
  }

  /** Every exhibit in the file, oldest first; `dropNewest` when the newest arrives with this page. */
  show(exhibits: readonly Exhibit[], dropNewest: boolean): void {
    this.destroy();
    const { exhibits: row } = this.layout;
    // A compact stage keeps the exhibits in the drawer, not on the folder.
    if (!row) return;
    this.exhibits = exhibits;
    this.tagLayouts = exhibits.map((exhibit) => exhibitTagLayout(this.theme, exhibit.label));
    // Tall tags (large text) rise so that they end above the "more" label.
    const tallest = Math.max(0, ...this.tagLayouts.slice(-row.shown).map((tag) => tag.height)) + row.stagger;
    const moreHalf = Math.round(MORE_SIZE * textScale(this.theme.bodySize) * 0.8);
    const { placed, hidden } = layoutTagRow(this.tagLayouts, {
      x: row.x,
      y: Math.min(row.y, row.more.y - moreHalf - tallest),
      right: row.right,
      gap: row.gap,
      most: row.shown,
    });
    placed.forEach((box, i) => {
      const exhibit = exhibits[box.index];
      if (!exhibit) return;
      const random = seededRandom(`tag:${exhibit.id}`);
      const y = box.y + (i % 2) * row.stagger;
      const tag = addExhibitTag(this.scene, this.theme, exhibit, box.index + 1, box.x, y, this.tagLayouts[box.index]);
      tag.image.setAngle((random() - 0.5) * 7).setDepth(3 + i * 0.01);
      this.opens(tag.image);
      if (dropNewest && i === placed.length - 1) this.drop(tag.image);
      this.tags.push(tag);
    });
    if (hidden > 0) {
      const size = Math.round(MORE_SIZE * textScale(this.theme.bodySize));
      this.more = addText(this.scene, row.more.x, row.more.y, `+ ${hidden} more in the file \u2014 show all`, {
        ...uiFont(size, 600),
        color: forMode(FOLDER_INK, this.theme.highContrast),
      })
        .setOrigin(0, 0.5)
        .setDepth(4);
      this.opens(this.more);
    }
  }

  /** Whether every exhibit is spread over the desk. */
  get spreadOpen(): boolean {
    return this.spread.length > 0;
  }

  /** Spread every exhibit in the file over the desk, each tag whole, none covering another. */
  openSpread(): void {
    this.closeSpread();
    const row = this.layout.exhibits;
    if (!row || this.exhibits.length === 0) return;
    const { scene, theme } = this;
    const { width, height } = this.layout.world;
    const shade = scene.add
      .rectangle(0, 0, width, height, 0x000000, forMode(SPREAD_SHADE, theme.highContrast))
      .setOrigin(0, 0)
      .setDepth(SPREAD.depth)
      .setInteractive({ useHandCursor: true });
    shade.on('pointerup', () => this.closeSpread());
    this.spread.push(shade);
    const area = row.spread;
    const { placed } = layoutTagSpread(this.tagLayouts, area, area.gap);
    const heading = addText(
      scene,
      area.x,
      area.y - SPREAD.headingDrop,
      `EXHIBITS IN THE FILE (${this.exhibits.length})  \u00b7  click anywhere to put them back`,
      { ...uiFont(Math.round(SPREAD.heading * textScale(theme.bodySize)), 600), color: theme.palette.chrome },
    ).setDepth(SPREAD.depth + 1);
    this.spread.push(heading);
    for (const box of placed) {
      const exhibit = this.exhibits[box.index];
      if (!exhibit) continue;
      const tag = addExhibitTag(scene, theme, exhibit, box.index + 1, box.x, box.y, this.tagLayouts[box.index]);
      tag.image.setDepth(SPREAD.depth + 2);
      this.spread.push(tag);
    }
    this.sound.playEffect('clip');
  }

  closeSpread(): void {
    for (const piece of this.spread) piece.destroy();
    this.spread = [];
  }

  destroy(): void {
    this.closeSpread();
    for (const tag of this.tags) tag.destroy();
    this.tags = [];
    this.more?.destroy();
    this.more = null;
  }

  /** A click on this piece spreads the exhibits; it shows the pointer. */
  private opens(piece: Phaser.GameObjects.Image | Phaser.GameObjects.Text): void {
    piece.setInteractive({ useHandCursor: true });
    piece.on('pointerup', () => this.openSpread());
  }

  private drop(image: Phaser.GameObjects.Image): void {
    const home = image.y;
    const motion = this.theme.motion;
    image.setY(home - DROP.height).setAlpha(0);
    this.scene.tweens.add({
      targets: image,
      y: home,
      alpha: 1,
      delay: DROP.delayMs * motion,
      duration: DROP.ms * motion,
      ease: 'Back.easeOut',
      onStart: () => this.sound.playEffect('clip'),
    });
  }
}
