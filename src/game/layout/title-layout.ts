/**
 * Where the title screen's pieces lie, for each arrangement of the stage: the closed folder
 * (its top-left corner and scale), the statement card along the foot, the menu of buttons and
 * the notice. The desk keeps its original numbers; a tall stage stacks the folder, the menu
 * and the statement; a wide one puts the folder and the menu side by side over the statement.
 * Pure: the statement's height comes from the caller's measure.
 */
import type { Arrangement } from './stage';

export interface TitleLayout {
  /** The folder's top-left corner (before its slight turn) and its scale. */
  readonly folder: { readonly x: number; readonly y: number; readonly scale: number };
  /** The statement card: its left edge, width, and the bottom it sits on. */
  readonly statement: { readonly x: number; readonly width: number; readonly bottom: number };
  readonly menu: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly buttonHeight: number;
    readonly step: number;
    readonly headingGap: number;
  };
  readonly notice: { readonly x: number; readonly y: number; readonly width: number };
  /**
   * How tall the screen's content is: the world's height, or more on a screen too short for
   * the folder, the menu and the statement, where the statement follows the menu and the
   * screen scrolls.
   */
  readonly height: number;
}

/** The folder's size as painted at scale 1 (title-cover.ts), with the room its tab takes above. */
export const TITLE_FOLDER = { width: 600, height: 470, tab: 30 } as const;
/** The handwriting on the cover under its label (baselines, in the folder's space). */
export const COVER_HAND = { x: 60, byline: 318, note: 350 } as const;
/** The dramatization stamp across the cover: its centre (in the desk's world, the folder at its desk place), tilt and size. */
export const COVER_STAMP = { x: 420, y: 500, angle: -5, size: 26 } as const;

const DESK: TitleLayout = {
  folder: { x: 90, y: 96, scale: 1 },
  statement: { x: 90, width: 1100, bottom: 712 },
  menu: { x: 780, y: 130, width: 380, buttonHeight: 56, step: 70, headingGap: 34 },
  notice: { x: 780, y: 460, width: 380 },
  height: 720,
};

/** Compact stages: the margin, the gaps, and the buttons (at least 44 px tall, 8 px apart). */
const COMPACT = { margin: 12, gap: 16, buttonHeight: 52, step: 60, headingGap: 30 } as const;

export interface TitleLayoutInput {
  readonly arrangement: Arrangement;
  readonly width: number;
  readonly height: number;
  /** How many buttons the menu has (Continue comes and goes). */
  readonly buttons: number;
  /** The statement card's height when set `width` wide. */
  readonly statementHeight: (width: number) => number;
}

export function titleLayoutFor(input: TitleLayoutInput): TitleLayout {
  if (input.arrangement === 'desk') {
    // Four buttons take the desk's menu as it has always been; more are set closer.
    if (input.buttons <= 4) return DESK;
    const menu = { ...DESK.menu, buttonHeight: 48, step: 56 };
    const bottom = menu.y + menu.headingGap + (input.buttons - 1) * menu.step + menu.buttonHeight;
    return { ...DESK, menu, notice: { ...DESK.notice, y: bottom + 14 } };
  }
  const { margin, gap, buttonHeight, step, headingGap } = COMPACT;
  const { width, height } = input;
  const inner = width - margin * 2;
  const statement = { x: margin, width: inner, bottom: height - margin };
  const statementTop = statement.bottom - input.statementHeight(inner);
  const menuHeight = headingGap + (input.buttons - 1) * step + buttonHeight;
  const menuBase = { buttonHeight, step, headingGap };
  if (input.arrangement === 'tall') {
    // The folder takes what the menu and the statement leave, never wider than the screen.
    const room = statementTop - gap - menuHeight - gap - margin - TITLE_FOLDER.tab;
    const scale = Math.max(0.3, Math.min(1, inner / (TITLE_FOLDER.width + 24), room / TITLE_FOLDER.height));
    const folderWidth = TITLE_FOLDER.width * scale;
    const folder = { x: Math.round((width - folderWidth) / 2), y: margin + TITLE_FOLDER.tab, scale };
    const menuY = Math.round(folder.y + TITLE_FOLDER.height * scale + gap);
    return {
      folder,
      ...statementAfter(menuY + menuHeight + gap, statement, input),
      menu: { ...menuBase, x: margin, y: menuY, width: inner },
      notice: { x: margin, y: menuY + menuHeight + gap / 2, width: inner },
    };
  }
  const room = statementTop - gap - margin - TITLE_FOLDER.tab;
  const scale = Math.max(0.3, Math.min(1, room / TITLE_FOLDER.height, (inner * 0.55) / TITLE_FOLDER.width));
  const folder = { x: margin + 8, y: margin + TITLE_FOLDER.tab, scale };
  const menuX = Math.round(folder.x + TITLE_FOLDER.width * scale + gap * 2);
  const menuWidth = Math.min(380, width - margin - menuX);
  return {
    folder,
    ...statementAfter(Math.max(margin + menuHeight, folder.y + TITLE_FOLDER.height * scale) + gap, statement, input),
    menu: { ...menuBase, x: menuX, y: margin, width: menuWidth },
    notice: { x: menuX, y: margin + menuHeight + gap / 2, width: menuWidth },
  };
}

/**
 * The statement along the foot of the screen, or, where what is above it reaches `above`
 * lower than its top, right after that, with the screen as tall as it then needs.
 */
function statementAfter(
  above: number,
  statement: TitleLayout['statement'],
  input: TitleLayoutInput,
): Pick<TitleLayout, 'statement' | 'height'> {
  const height = input.statementHeight(statement.width);
  if (above <= statement.bottom - height) return { statement, height: input.height };
  const bottom = Math.ceil(above + height);
  return { statement: { ...statement, bottom }, height: bottom + COMPACT.margin };
}
