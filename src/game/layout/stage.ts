/**
 * The stage: how big the game's world is, in design pixels, and which arrangement of the
 * screens fits the window. The desk (1280 x 720, the original layout) is used wherever it
 * shows the body text at 16 CSS px or more; smaller windows get a stage cut to the window's
 * own shape, one design pixel to at least one CSS pixel, so text never shrinks below its
 * design size: "tall" for portrait phones and tablets, "wide" for landscape phones and small
 * windows. Pure, so the choice is tested in Node.
 */
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';

export type Arrangement = 'desk' | 'wide' | 'tall';

export interface Stage {
  readonly arrangement: Arrangement;
  /** The world's size in design pixels. */
  readonly width: number;
  readonly height: number;
  /** CSS pixels per design pixel. */
  readonly zoom: number;
}

export interface Viewport {
  /** The window's inner size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** The smallest body text the game draws, in design pixels (the normal text size). */
export const BODY_DESIGN_SIZE = 17;
/** The body text must come out at least this big, in CSS pixels. */
export const MIN_BODY_CSS = 16;
/** Past this, a compact stage is zoomed rather than made any larger: a line stays a readable measure. */
const COMPACT_MAX = { tallWidth: 720, wideHeight: 720 } as const;
/** Below this a window is treated as this big (a 320 px phone still reflows; nothing is smaller). */
const SMALLEST = 280;

export const DESK_STAGE: Stage = { arrangement: 'desk', width: DESIGN_WIDTH, height: DESIGN_HEIGHT, zoom: 1 };

/** The desk's scale in a window: the whole 1280 x 720 shown, letterboxed. */
export function deskScale(viewport: Viewport): number {
  return Math.min(viewport.width / DESIGN_WIDTH, viewport.height / DESIGN_HEIGHT);
}

export function stageFor(viewport: Viewport): Stage {
  const width = Math.max(SMALLEST, viewport.width);
  const height = Math.max(SMALLEST, viewport.height);
  const scale = deskScale({ width, height });
  if (scale * BODY_DESIGN_SIZE >= MIN_BODY_CSS) {
    // The desk's 1280 x 720 in the middle of a stage of the window's own shape: the desk
    // itself reaches every edge, and what is on it stays centred.
    return {
      arrangement: 'desk',
      width: Math.round(Math.max(DESIGN_WIDTH, width / scale)),
      height: Math.round(Math.max(DESIGN_HEIGHT, height / scale)),
      zoom: scale,
    };
  }
  if (width > height) {
    const zoom = Math.max(1, height / COMPACT_MAX.wideHeight);
    return { arrangement: 'wide', width: Math.round(width / zoom), height: Math.round(height / zoom), zoom };
  }
  const zoom = Math.max(1, width / COMPACT_MAX.tallWidth);
  return { arrangement: 'tall', width: Math.round(width / zoom), height: Math.round(height / zoom), zoom };
}

export function sameStage(a: Stage, b: Stage): boolean {
  return a.arrangement === b.arrangement && a.width === b.width && a.height === b.height;
}

/**
 * Where a scene drawn for the desk sits on a stage of another shape: scaled to fit and
 * centred (the letterbox of a screen that has no arrangement of its own yet).
 */
export function letterbox(stage: Stage): { readonly scale: number; readonly x: number; readonly y: number } {
  const scale = Math.min(stage.width / DESIGN_WIDTH, stage.height / DESIGN_HEIGHT);
  return {
    scale,
    x: (stage.width - DESIGN_WIDTH * scale) / 2,
    y: (stage.height - DESIGN_HEIGHT * scale) / 2,
  };
}

/**
 * What one scene draws in: the real stage, the world the scene lays itself out in (the stage,
 * or the desk's 1280 x 720 on a desk stage or when the scene has no arrangement for this
 * stage), and where that world sits on the stage.
 */
export interface Frame {
  readonly stage: Stage;
  readonly world: { readonly width: number; readonly height: number; readonly arrangement: Arrangement };
  readonly box: { readonly scale: number; readonly x: number; readonly y: number };
}

export function frameFor(stage: Stage, arrangements: readonly Arrangement[]): Frame {
  if (stage.arrangement !== 'desk' && arrangements.includes(stage.arrangement)) {
    return { stage, world: stage, box: { scale: 1, x: 0, y: 0 } };
  }
  return { stage, world: DESK_STAGE, box: letterbox(stage) };
}
