/**
 * Where the Sources sheet, its head, its Back button and the window its text scrolls in sit,
 * for each arrangement of the stage: the desk's sheet as it has always been, or a sheet that
 * fills a phone's screen (its text set to the width it has, scrolling under the head). Pure,
 * tested in Node.
 */
import type { HeadPlace, Rect } from './draw-ops';
import type { Arrangement } from './stage';

export interface SourcesLayout {
  readonly arrangement: Arrangement;
  /** The sheet, in world coordinates, and the room round it for its shadow. */
  readonly sheet: Rect;
  readonly pad: number;
  /** The head's baselines and rule, in the sheet's coordinates. */
  readonly head: HeadPlace;
  /** The window the text scrolls in, in the sheet's coordinates. */
  readonly view: Rect;
  /** The scroll track's left edge, and the hint's baseline, in the sheet's coordinates. */
  readonly trackX: number;
  readonly hintY: number;
  /** The Back button, in world coordinates. */
  readonly back: Rect;
}

const DESK: SourcesLayout = {
  arrangement: 'desk',
  sheet: { x: 150, y: 28, width: 980, height: 664 },
  pad: 24,
  head: { left: 56, right: 980 - 56, kickerY: 38, titleY: 78, ruleY: 94 },
  view: { x: 56, y: 110, width: 840, height: 520 },
  trackX: 980 - 34,
  hintY: 110 + 520 + 22,
  back: { x: 150 + 980 - 56 - 180, y: 28 + 30, width: 180, height: 46 },
};

/**
 * Compact sheets: their edge on the screen, the text's margins (the right one holds the scroll
 * track), the widest line, the head on a tall and on a wide stage, the Back button, the foot.
 */
const COMPACT = {
  edge: 8,
  margin: 18,
  track: 16,
  maxView: 760,
  tall: { kickerY: 28, titleY: 66, ruleY: 90, back: 36 },
  wide: { kickerY: 24, titleY: 56, ruleY: 72, back: 12 },
  back: { width: 112, height: 48 },
  foot: 34,
} as const;

export function sourcesLayoutFor(world: {
  readonly arrangement: Arrangement;
  readonly width: number;
  readonly height: number;
}): SourcesLayout {
  if (world.arrangement === 'desk') return DESK;
  const { edge, margin, track } = COMPACT;
  const head = world.arrangement === 'tall' ? COMPACT.tall : COMPACT.wide;
  const width = Math.min(world.width - edge * 2, COMPACT.maxView + margin * 2 + track);
  const sheet = { x: Math.round((world.width - width) / 2), y: edge, width, height: world.height - edge * 2 };
  const view = {
    x: margin,
    y: head.ruleY + 12,
    width: width - margin * 2 - track,
    height: sheet.height - head.ruleY - 12 - COMPACT.foot,
  };
  return {
    arrangement: world.arrangement,
    sheet,
    pad: 24,
    head: { left: margin, right: width - margin, kickerY: head.kickerY, titleY: head.titleY, ruleY: head.ruleY },
    view,
    trackX: width - margin - 6,
    hintY: view.y + view.height + 22,
    back: {
      x: sheet.x + width - margin - COMPACT.back.width,
      y: sheet.y + head.back,
      width: COMPACT.back.width,
      height: COMPACT.back.height,
    },
  };
}
