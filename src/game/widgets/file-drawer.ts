/**
 * On a compact stage there is no folder to lay the contents card and the exhibits on: they
 * come out in a drawer over the page, opened by the header's File button and closed by it,
 * by a tap beside the drawer, or by turning the page. Everything in it is shown whole.
 */
import type Phaser from 'phaser';
import { findPassage } from '../../story/engine';
import type { RecordSection } from '../../story/record';
import type { Exhibit, Story } from '../../story/types';
import type { CaseLayout } from '../layout/case-layout';
import { layoutTagSpread } from '../layout/exhibits';
import type { Theme } from '../theme';
import type { CanvasImage } from './canvas-image';
import { paintIndexCard } from './contents-card';
import { addExhibitTag, exhibitTagLayout, paintedImage } from './dossier';
import { paintRecordCard, recordCardHeight } from './record-card';

/** The drawer's margin inside the world, the gap between its pieces, the card's ruled row. */
const DRAWER = {
  margin: 12,
  gap: 18,
  cardRow: 22,
  cardChrome: 80,
  clip: 30,
  tagGap: 12,
  /** The contents card is never shorter; a record card shorter than this holds no line. */
  minCard: 140,
  minRecord: 80,
} as const;

export interface DrawerContents {
  readonly story: Story;
  readonly documents: readonly string[];
  readonly exhibits: readonly Exhibit[];
  readonly record: readonly RecordSection[];
}

export class FileDrawer {
  private pieces: Array<{ destroy(): void }> = [];
  private images: CanvasImage[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly theme: Theme,
    private readonly layout: CaseLayout,
  ) {}

  get open(): boolean {
    return this.pieces.length > 0;
  }

  toggle(contents: DrawerContents): void {
    if (this.open) this.close();
    else this.show(contents);
  }

  close(): void {
    for (const piece of this.pieces) piece.destroy();
    for (const image of this.images) image.destroy();
    this.pieces = [];
    this.images = [];
  }

  private show({ story, documents, exhibits, record }: DrawerContents): void {
    const { scene, theme, layout } = this;
    const { width, height } = layout.world;
    const top = layout.sheet.top;
    const shade = scene.add
      .rectangle(0, top, width, height - top, 0x000000, theme.highContrast ? 0.85 : 0.55)
      .setOrigin(0, 0)
      .setDepth(70)
      .setInteractive();
    // Closed by a tap of its own: the release of the tap that opened it must not close it again.
    let pressed = false;
    shade.on('pointerdown', () => {
      pressed = true;
    });
    shade.on('pointerup', () => {
      if (pressed) this.close();
    });
    this.pieces.push(shade);

    const entries = documents.flatMap((id, index) => {
      const passage = findPassage(story, id);
      return passage
        ? [{ number: index + 1, kind: passage.kind, title: passage.title, current: index === documents.length - 1 }]
        : [];
    });
    const inner = width - DRAWER.margin * 2;
    // Wide: the card on the left, the exhibits beside it; tall: the card above the exhibits.
    const side = layout.arrangement === 'wide' && exhibits.length > 0;
    const cardWidth = side ? Math.round(inner * 0.55) : inner;
    const room = height - top - DRAWER.margin * 2 - DRAWER.clip;
    const wanted = DRAWER.cardChrome + entries.length * DRAWER.cardRow * 2;
    // Each tag as large as its whole label needs at this text size; rows of them, none overlapping.
    const tags = exhibits.map((exhibit) => exhibitTagLayout(theme, exhibit.label));
    const tagsWidth = side ? inner - Math.round(inner * 0.55) - DRAWER.gap : inner;
    const spread = layoutTagSpread(tags, { x: 0, y: 0, width: tagsWidth, height: room }, DRAWER.tagGap);
    // The tags below the card take their height, their clip and the gap above them.
    const tagsHeight = exhibits.length > 0 ? spread.height + DRAWER.clip + DRAWER.gap : 0;
    // What the contents card and the record share; the record, under the card, takes what the
    // card can spare (its latest lines, the earlier counted), and none where that is too little
    // to hold a line (the layer still reads it).
    const column = side ? room : room - tagsHeight;
    const recordRoom = Math.min(Math.round(column * 0.45), column - DRAWER.minCard - DRAWER.gap - DRAWER.clip);
    const recordHeight = recordRoom >= DRAWER.minRecord ? recordCardHeight(theme, record, cardWidth, recordRoom) : 0;
    const recordSpace = recordHeight > 0 ? recordHeight + DRAWER.gap + DRAWER.clip : 0;
    const cardHeight = Math.max(DRAWER.minCard, Math.min(wanted, column - recordSpace));
    const cardX = DRAWER.margin;
    const cardY = top + DRAWER.margin + DRAWER.clip;
    const card = paintedImage(scene, paintIndexCard(theme, entries, cardX, cardY, cardWidth, cardHeight), 'drawer');
    card.image.setDepth(71);
    this.images.push(card);
    const recordY = cardY + cardHeight + DRAWER.gap + DRAWER.clip;
    const recordCard = paintRecordCard(theme, record, {
      x: cardX,
      y: recordY,
      width: cardWidth,
      maxHeight: recordHeight,
    });
    if (recordCard) {
      const image = paintedImage(scene, recordCard, 'drawer');
      image.image.setDepth(71);
      this.images.push(image);
    }

    const tagsLeft = side ? cardX + cardWidth + DRAWER.gap : DRAWER.margin;
    const tagsTop = side ? cardY : cardY + cardHeight + DRAWER.gap + DRAWER.clip + recordSpace;
    for (const place of spread.placed) {
      const exhibit = exhibits[place.index];
      const layoutOf = tags[place.index];
      if (!exhibit || !layoutOf) continue;
      const tag = addExhibitTag(
        scene,
        theme,
        exhibit,
        place.index + 1,
        tagsLeft + place.x,
        tagsTop + place.y,
        layoutOf,
      );
      tag.image.setDepth(72);
      this.images.push(tag);
    }
  }
}
