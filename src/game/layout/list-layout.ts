/**
 * Where a list sheet (the history, the endings, the saves) puts its head, its rows and their
 * controls, for each arrangement of the stage: on the desk the sheet of the Sources, each row's
 * text on the left and its buttons in a column on the right; on a phone a sheet that fills the
 * screen, each row's buttons under its text, every target at least 44 px. A sheet taller than
 * the screen scrolls (the layout says how tall the page is). Pure, tested in Node.
 */
import type { HeadPlace, Rect } from './draw-ops';
import type { Arrangement } from './stage';

export interface ListLayoutInput {
  /** How tall the intro is, set at this width. */
  readonly intro: (width: number) => number;
  /** Each row: how tall its text is at a width, and how many buttons it has. */
  readonly rows: readonly { readonly text: (width: number) => number; readonly actions: number }[];
  /** The sheet's own buttons under the rows. */
  readonly footer: number;
}

export interface PlacedListRow {
  /** Where the row's text starts and how wide it may run. */
  readonly text: { readonly x: number; readonly y: number; readonly width: number };
  readonly actions: readonly Rect[];
  /** The whole row, for its rule and its shading. */
  readonly box: Rect;
}

export interface ListLayout {
  readonly arrangement: Arrangement;
  /** The sheet in world coordinates; on a page that scrolls it runs past the world's foot. */
  readonly sheet: Rect;
  readonly pad: number;
  /** The head in the sheet's coordinates. */
  readonly head: HeadPlace;
  readonly back: Rect;
  readonly intro: { readonly x: number; readonly y: number; readonly width: number };
  readonly rows: readonly PlacedListRow[];
  readonly footer: readonly Rect[];
  /** How tall the page is: more than the world's height when it scrolls. */
  readonly pageHeight: number;
}

const DESK = {
  sheet: { x: 150, y: 28, width: 980, minHeight: 664 },
  margin: 56,
  head: { kickerY: 38, titleY: 78, ruleY: 94 },
  back: { width: 180, height: 46, top: 30 },
  introTop: 112,
  action: { width: 220, height: 44, gap: 8 },
  rowPad: 14,
  columnGap: 24,
  footer: { width: 240, height: 48, gap: 16 },
  foot: 32,
} as const;

const COMPACT = {
  edge: 8,
  margin: 18,
  maxWidth: 760,
  tall: { kickerY: 28, titleY: 66, ruleY: 90, back: 36 },
  wide: { kickerY: 24, titleY: 56, ruleY: 72, back: 12 },
  back: { width: 112, height: 48 },
  action: { minWidth: 150, height: 48, gap: 8 },
  rowPad: 12,
  foot: 24,
} as const;

type World = { readonly arrangement: Arrangement; readonly width: number; readonly height: number };

export function listLayoutFor(world: World, input: ListLayoutInput): ListLayout {
  return world.arrangement === 'desk' ? deskLayout(world, input) : compactLayout(world, input);
}

function deskLayout(world: World, input: ListLayoutInput): ListLayout {
  const { sheet: s, margin, action, rowPad } = DESK;
  const inner = s.width - margin * 2;
  const textWidth = inner - action.width - DESK.columnGap;
  let y = DESK.introTop;
  const introHeight = input.intro(inner);
  y += introHeight + 16;
  const rows: PlacedListRow[] = input.rows.map((row) => {
    const top = y;
    const buttons = row.actions * action.height + Math.max(0, row.actions - 1) * action.gap;
    const height = Math.max(row.text(textWidth), buttons) + rowPad * 2;
    const actions = Array.from({ length: row.actions }, (_, i) => ({
      x: s.x + s.width - margin - action.width,
      y: s.y + top + rowPad + i * (action.height + action.gap),
      width: action.width,
      height: action.height,
    }));
    y += height;
    return {
      text: { x: s.x + margin, y: s.y + top + rowPad, width: textWidth },
      actions,
      box: { x: s.x + margin, y: s.y + top, width: inner, height },
    };
  });
  y += 20;
  const footer = Array.from({ length: input.footer }, (_, i) => ({
    x: s.x + margin + i * (DESK.footer.width + DESK.footer.gap),
    y: s.y + y,
    width: DESK.footer.width,
    height: DESK.footer.height,
  }));
  if (input.footer > 0) y += DESK.footer.height;
  const height = Math.max(s.minHeight, y + DESK.foot);
  const sheet = { x: s.x, y: s.y, width: s.width, height };
  return {
    arrangement: 'desk',
    sheet,
    pad: 24,
    head: { left: margin, right: s.width - margin, ...DESK.head },
    back: {
      x: s.x + s.width - margin - DESK.back.width,
      y: s.y + DESK.back.top,
      width: DESK.back.width,
      height: DESK.back.height,
    },
    intro: { x: s.x + margin, y: s.y + DESK.introTop, width: inner },
    rows,
    footer,
    pageHeight: Math.max(world.height, s.y + height + 28),
  };
}

function compactLayout(world: World, input: ListLayoutInput): ListLayout {
  const { edge, margin, action, rowPad } = COMPACT;
  const head = world.arrangement === 'tall' ? COMPACT.tall : COMPACT.wide;
  const width = Math.min(world.width - edge * 2, COMPACT.maxWidth);
  const x = Math.round((world.width - width) / 2);
  const inner = width - margin * 2;
  const columns = Math.max(1, Math.floor((inner + action.gap) / (action.minWidth + action.gap)));
  const buttonWidth = (inner - (columns - 1) * action.gap) / columns;
  const grid = (count: number, top: number) =>
    Array.from({ length: count }, (_, i) => ({
      x: x + margin + (i % columns) * (buttonWidth + action.gap),
      y: edge + top + Math.floor(i / columns) * (action.height + action.gap),
      width: buttonWidth,
      height: action.height,
    }));
  const gridHeight = (count: number) => {
    const lines = Math.ceil(count / columns);
    return lines === 0 ? 0 : lines * action.height + (lines - 1) * action.gap;
  };
  const introTop = head.ruleY + 14;
  let y = introTop + input.intro(inner) + 12;
  const rows: PlacedListRow[] = input.rows.map((row) => {
    const top = y;
    const text = row.text(inner);
    const actions = grid(row.actions, top + rowPad + text + (row.actions > 0 ? 10 : 0));
    const height = rowPad * 2 + text + (row.actions > 0 ? 10 + gridHeight(row.actions) : 0);
    y += height;
    return {
      text: { x: x + margin, y: edge + top + rowPad, width: inner },
      actions,
      box: { x: x + margin, y: edge + top, width: inner, height },
    };
  });
  y += 14;
  const footer = grid(input.footer, y);
  y += gridHeight(input.footer);
  const height = Math.max(world.height - edge * 2, y + COMPACT.foot);
  return {
    arrangement: world.arrangement,
    sheet: { x, y: edge, width, height },
    pad: 24,
    head: { left: margin, right: width - margin, kickerY: head.kickerY, titleY: head.titleY, ruleY: head.ruleY },
    back: {
      x: x + width - margin - COMPACT.back.width,
      y: edge + head.back,
      width: COMPACT.back.width,
      height: COMPACT.back.height,
    },
    intro: { x: x + margin, y: edge + introTop, width: inner },
    rows,
    footer,
    pageHeight: Math.max(world.height, edge * 2 + height),
  };
}
