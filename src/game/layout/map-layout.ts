/**
 * Where the branch map's pieces sit, for each arrangement of the stage: the head (what the map
 * is and how much of the file is seen), Back, the two view buttons (the whole map, where I am),
 * the window the map is drawn in, and the card that opens over its foot for the page picked.
 * Pure, tested in Node.
 */
import type { Rect } from './draw-ops';
import type { Arrangement } from './stage';

export interface MapScreenLayout {
  readonly arrangement: Arrangement;
  readonly kicker: { readonly x: number; readonly y: number };
  readonly title: { readonly x: number; readonly y: number; readonly size: number };
  /** The counts and the hint, one line each, under the title. */
  readonly counts: { readonly x: number; readonly y: number; readonly width: number };
  readonly back: Rect;
  readonly fit: Rect;
  readonly centre: Rect;
  /** The window the map is drawn in. */
  readonly view: Rect;
  /** The picked page's card, over the map's foot; its button inside it. */
  readonly card: Rect;
  readonly reopen: Rect;
}

type World = { readonly arrangement: Arrangement; readonly width: number; readonly height: number };

export function mapLayoutFor(world: World): MapScreenLayout {
  const { width, height } = world;
  if (world.arrangement === 'desk') {
    const card = { x: 28, y: height - 28 - 150, width: 560, height: 150 };
    return {
      arrangement: 'desk',
      kicker: { x: 28, y: 14 },
      title: { x: 28, y: 30, size: 26 },
      counts: { x: 236, y: 22, width: 400 },
      back: { x: width - 28 - 160, y: 18, width: 160, height: 46 },
      fit: { x: width - 28 - 160 - 16 - 210, y: 18, width: 210, height: 46 },
      centre: { x: width - 28 - 160 - 16 - 210 - 12 - 190, y: 18, width: 190, height: 46 },
      view: { x: 12, y: 78, width: width - 24, height: height - 90 },
      card,
      reopen: { x: card.x + card.width - 20 - 200, y: card.y + card.height - 20 - 46, width: 200, height: 46 },
    };
  }
  const margin = 10;
  const tall = world.arrangement === 'tall';
  const back = { x: width - margin - 100, y: margin, width: 100, height: 48 };
  const buttonsY = tall ? 112 : margin;
  // Wide: the two view buttons share the row with the title (about 190 wide) and Back.
  const half = tall
    ? (width - margin * 2 - 8) / 2
    : Math.min(190, Math.floor((width - margin * 2 - 100 - 16 - 190) / 2));
  const fit = tall
    ? { x: margin, y: buttonsY, width: half, height: 48 }
    : { x: back.x - 8 - half, y: buttonsY, width: half, height: 48 };
  const centre = tall
    ? { x: margin + half + 8, y: buttonsY, width: half, height: 48 }
    : { x: fit.x - 8 - half, y: buttonsY, width: half, height: 48 };
  // Wide: the counts and the hint run under the buttons' row, the whole width.
  const viewTop = tall ? buttonsY + 48 + 8 : 112;
  const cardHeight = tall ? 190 : 140;
  const card = {
    x: margin,
    y: height - margin - cardHeight,
    width: Math.min(width - margin * 2, 560),
    height: cardHeight,
  };
  return {
    arrangement: world.arrangement,
    kicker: { x: margin + 4, y: margin + 4 },
    title: { x: margin + 4, y: margin + 20, size: 24 },
    counts: { x: margin + 4, y: tall ? 58 : 66, width: tall ? width - margin * 2 - 110 : width - margin * 2 - 8 },
    back,
    fit,
    centre,
    view: { x: 0, y: viewTop, width, height: height - viewTop },
    card,
    reopen: {
      x: card.x + card.width - 14 - 180,
      y: card.y + card.height - 14 - 48,
      width: 180,
      height: 48,
    },
  };
}
