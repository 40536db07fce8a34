/**
 * The pile on the folder: the last few documents fanned under the current one, and the file's
 * contents card. Both are painted once per page and drawn behind the game's canvas with the
 * desk (no texture, no quad); without the backdrop, as two images.
 */
import type Phaser from 'phaser';
import { findPassage } from '../../story/engine';
import type { RecordSection } from '../../story/record';
import type { Story } from '../../story/types';
import { type CaseLayout, DESK_LAYOUT, sheetLeft } from '../layout/case-layout';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { seededRandom, type Theme } from '../theme';
import { backdropContext } from './backdrop';
import { type CanvasImage, renderResolution } from './canvas-image';
import { paintIndexCard } from './contents-card';
import { type Painted, paintedImage, paintUnderSheets } from './dossier';
import { paintRecordCard, recordCardHeight } from './record-card';

/** A piece of the pile: painted once per page, drawn behind the canvas (or as a quad). */
interface PileLayer extends Painted {
  /** Degrees, about the top-left corner. */
  readonly angle: number;
  /** The earlier sheets fade in when a page arrives; the contents card does not. */
  readonly fades: boolean;
}

/** The record card: at most this share of the contents card's room, this far below it, a touch askew. */
const RECORD_SHARE = 0.5;
const RECORD_GAP = 16;
const RECORD_SHIFT = 6;
const RECORD_TILT = 1.4;

/** The earlier sheets come in at this opacity, and reach full after a short delay. */
const FADE = { from: 0.6, delayMs: 200, ms: 200 } as const;

export class Pile {
  private images: CanvasImage[] = [];
  /** What the backdrop shows now; a fade in progress redraws only while it is current. */
  private layers: readonly PileLayer[] | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly theme: Theme,
    /** The desk and folder as painted: the pile is drawn over it behind the canvas. */
    private readonly desk: HTMLCanvasElement,
    private readonly layout: CaseLayout = DESK_LAYOUT,
    /** Where the scene's world sits on the stage (the backdrop is the whole stage). */
    private readonly box: { readonly scale: number; readonly x: number; readonly y: number } = { scale: 1, x: 0, y: 0 },
  ) {}

  /** The pile for a file of these documents (the last is on top, not in the pile), and its record. */
  show(
    story: Story,
    documents: readonly string[],
    record: readonly RecordSection[],
    options: { readonly fade: boolean },
  ): void {
    this.destroy();
    const layers = this.paint(story, documents, record);
    const fading = options.fade && layers.some((layer) => layer.fades);
    if (this.drawBehind(layers, fading ? FADE.from : 1)) {
      this.layers = layers;
      if (fading) {
        this.scene.tweens.addCounter({
          from: FADE.from,
          to: 1,
          delay: FADE.delayMs,
          duration: FADE.ms,
          onUpdate: (tween) => {
            if (this.layers === layers) this.drawBehind(layers, tween.getValue() ?? 1);
          },
        });
      }
      return;
    }
    this.showAsImages(layers, fading);
  }

  destroy(): void {
    for (const image of this.images) image.destroy();
    this.images = [];
    this.layers = null;
  }

  private paint(story: Story, documents: readonly string[], record: readonly RecordSection[]): PileLayer[] {
    const { pile, contents } = this.layout;
    const earlier = documents.slice(0, -1);
    const fanned = pile.shown > 0 ? earlier.slice(-pile.shown) : [];
    const under = fanned.flatMap((id, i) => {
      const passage = findPassage(story, id);
      if (!passage) return [];
      const depth = fanned.length - i;
      const random = seededRandom(`fan:${id}:${earlier.length - fanned.length + i}`);
      const { width } = DOCUMENT_STYLES[passage.kind].sheet;
      return [
        {
          id,
          kind: passage.kind,
          x: sheetLeft(width, this.layout) - pile.shiftLeft - depth * pile.stepLeft + random() * pile.jitterX,
          y: this.layout.sheet.top + pile.dropY + random() * pile.jitterY,
          angle: -pile.tilt - depth * pile.tiltStep + random() * 1.2,
        },
      ];
    });
    const entries = documents.flatMap((id, index) => {
      const passage = findPassage(story, id);
      if (!passage) return [];
      return [{ number: index + 1, kind: passage.kind, title: passage.title, current: index === documents.length - 1 }];
    });
    const layers: PileLayer[] = [];
    if (under.length > 0) layers.push({ ...paintUnderSheets(this.theme, under), angle: 0, fades: true });
    // A compact stage keeps the contents and the record in the drawer, not on the folder.
    if (contents) {
      // The record takes the card's lower part once there is something on record.
      const recordHeight = recordCardHeight(this.theme, record, contents.width, contents.height * RECORD_SHARE);
      const cardHeight = recordHeight > 0 ? contents.height - recordHeight - RECORD_GAP : contents.height;
      const card = paintIndexCard(this.theme, entries, contents.x, contents.y, contents.width, cardHeight);
      layers.push({ ...card, angle: contents.angle, fades: false });
      const recordCard = paintRecordCard(this.theme, record, {
        x: contents.x + RECORD_SHIFT,
        y: contents.y + cardHeight + RECORD_GAP,
        width: contents.width,
        maxHeight: recordHeight,
      });
      if (recordCard) layers.push({ ...recordCard, angle: contents.angle + RECORD_TILT, fades: false });
    }
    return layers;
  }

  /** Paint the desk, the earlier sheets (at `alpha`) and the contents card behind the canvas. */
  private drawBehind(layers: readonly PileLayer[], alpha: number): boolean {
    const ctx = backdropContext(this.desk.width, this.desk.height);
    if (!ctx) return false;
    const resolution = renderResolution();
    ctx.drawImage(this.desk, 0, 0);
    for (const layer of layers) {
      // Each piece turns about its top-left corner, as its quad did.
      const { box } = this;
      ctx.setTransform(resolution * box.scale, 0, 0, resolution * box.scale, resolution * box.x, resolution * box.y);
      ctx.translate(layer.x, layer.y);
      ctx.rotate((layer.angle * Math.PI) / 180);
      ctx.globalAlpha = layer.fades ? alpha : 1;
      ctx.drawImage(layer.canvas, 0, 0, layer.canvas.width * layer.scale, layer.canvas.height * layer.scale);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    return true;
  }

  /** No backdrop: the pile and the card as images on the canvas. */
  private showAsImages(layers: readonly PileLayer[], fading: boolean): void {
    layers.forEach((layer, order) => {
      const image = paintedImage(this.scene, layer, layer.fades ? 'under' : 'index');
      image.image.setAngle(layer.angle).setDepth(1 + order);
      if (fading && layer.fades) {
        image.image.setAlpha(FADE.from);
        this.scene.tweens.add({ targets: image.image, alpha: 1, delay: FADE.delayMs, duration: FADE.ms });
      }
      this.images.push(image);
    });
  }
}
