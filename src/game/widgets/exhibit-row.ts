/**
 * The exhibits clipped along the folder's bottom left: the newest few as tags, the rest
 * counted. The newest drops in with a click of its clip when the page that holds it arrives.
 */
import type Phaser from 'phaser';
import type { SoundPort } from '../../audio/sound';
import type { Exhibit } from '../../story/types';
import { type CaseLayout, DESK_LAYOUT } from '../layout/case-layout';
import { seededRandom, type Theme } from '../theme';
import type { CanvasImage } from './canvas-image';
import { addExhibitTag, TAG } from './dossier';
import { addText, uiFont } from './ui';

/** How far a new tag drops, and how long its fall and the wait before it take at full motion. */
const DROP = { height: 40, delayMs: 420, ms: 220 } as const;

export class ExhibitRow {
  private tags: CanvasImage[] = [];
  private more: Phaser.GameObjects.Text | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly theme: Theme,
    private readonly sound: Pick<SoundPort, 'playEffect'>,
    private readonly layout: CaseLayout = DESK_LAYOUT,
  ) {}

  /** Every exhibit in the file, oldest first; `dropNewest` when the newest arrives with this page. */
  show(exhibits: readonly Exhibit[], dropNewest: boolean): void {
    this.destroy();
    const { exhibits: row } = this.layout;
    // A compact stage keeps the exhibits in the drawer, not on the folder.
    if (!row) return;
    const shown = exhibits.slice(-row.shown);
    shown.forEach((exhibit, i) => {
      const number = exhibits.length - shown.length + i + 1;
      const random = seededRandom(`tag:${exhibit.id}`);
      const x = row.x + i * (TAG.width - row.overlap);
      const y = row.y + (i % 2) * row.stagger;
      const tag = addExhibitTag(this.scene, this.theme, exhibit, number, x, y);
      tag.image.setAngle((random() - 0.5) * 7).setDepth(3 + i * 0.01);
      if (dropNewest && i === shown.length - 1) this.drop(tag.image);
      this.tags.push(tag);
    });
    const hidden = exhibits.length - shown.length;
    if (hidden > 0) {
      this.more = addText(this.scene, row.more.x, row.more.y, `+ ${hidden} more exhibit(s) in the file`, {
        ...uiFont(12),
        color: this.theme.highContrast ? '#000000' : '#3b2f1c',
      }).setDepth(4);
    }
  }

  destroy(): void {
    for (const tag of this.tags) tag.destroy();
    this.tags = [];
    this.more?.destroy();
    this.more = null;
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
