/**
 * Where the menu's card and its buttons sit, for each arrangement of the stage: the desk's
 * numbers as they have always been, or a card cut to a phone (one column of full-width buttons)
 * or to a landscape phone (two columns, so the card is short enough). Pure, tested in Node.
 */
import type { Rect } from './draw-ops';
import type { Arrangement } from './stage';

export interface MenuLayout {
  readonly arrangement: Arrangement;
  /** The card, in world coordinates, and the room round it for its shadow. */
  readonly card: Rect;
  readonly shadow: number;
  /** The small capitals over the line, and its size. */
  readonly kicker: { readonly x: number; readonly y: number; readonly size: number };
  /** The line under it: where it starts, how wide it may run (it wraps), its type size. */
  readonly line: { readonly x: number; readonly y: number; readonly width: number; readonly size: number };
  /** One box per button, in order, and whether its hint (a key, a word) is printed in it. */
  readonly buttons: readonly Rect[];
  readonly hints: readonly boolean[];
}

export interface MenuInput {
  /** The interface type size of the theme. */
  readonly uiSize: number;
  /** How many lines the line under the kicker takes at this width. */
  readonly lines: (width: number) => number;
  /** Each button's label and hint, as wide as they are set. */
  readonly buttons: readonly { readonly label: number; readonly hint: number }[];
}

/** A button's label starts this far in, its hint ends this far from the right, with this between them. */
const BUTTON_TEXT = { left: 18, right: 14, between: 16 } as const;

/** Whether a hint fits beside its label on a button this wide (the desk's always do). */
function hintsFor(input: MenuInput, widths: readonly number[]): boolean[] {
  return input.buttons.map(
    ({ label, hint }, i) =>
      hint === 0 || BUTTON_TEXT.left + label + BUTTON_TEXT.between + hint + BUTTON_TEXT.right <= widths[i]!,
  );
}

/** The desk's card, as it has always been: centred on 1280 x 720. */
const DESK = {
  width: 440,
  height: 430,
  shadow: 20,
  margin: 32,
  kickerY: 30,
  lineY: 50,
  firstButton: 100,
  buttonStep: 72,
  buttonHeight: 56,
  wideWidth: 720,
  columnGap: 16,
} as const;

/** Compact stages: room round the card, inside it, the buttons, the line's leading. */
const COMPACT = { edge: 12, margin: 20, kickerY: 22, lineY: 42, gap: 12, button: 52, maxWidth: 440, leading: 1.35 };
/** Two columns of buttons when one would not fit the height; the card is then this wide at most. */
const TWO_COLUMNS = { maxWidth: 640, minButton: 200 } as const;

export function menuLayoutFor(
  world: { readonly arrangement: Arrangement; readonly width: number; readonly height: number },
  input: MenuInput,
): MenuLayout {
  if (world.arrangement === 'desk') {
    // Up to six buttons in one column, the card it has always been (four make its first
    // height, each more adds a step); more go in two columns on a wider card.
    const columns = input.buttons.length > 6 ? 2 : 1;
    const rows = Math.ceil(input.buttons.length / columns);
    const width = columns === 1 ? DESK.width : DESK.wideWidth;
    const height = DESK.height + Math.max(0, rows - 4) * DESK.buttonStep;
    const x = (world.width - width) / 2;
    const y = (world.height - height) / 2;
    const buttonWidth = (width - DESK.margin * 2 - (columns - 1) * DESK.columnGap) / columns;
    return {
      arrangement: 'desk',
      card: { x, y, width, height },
      shadow: DESK.shadow,
      kicker: { x: x + DESK.margin, y: y + DESK.kickerY, size: 12 },
      line: { x: x + DESK.margin, y: y + DESK.lineY, width: width - DESK.margin * 2, size: input.uiSize },
      buttons: input.buttons.map((_, index) => ({
        x: x + DESK.margin + (index % columns) * (buttonWidth + DESK.columnGap),
        y: y + DESK.firstButton + Math.floor(index / columns) * DESK.buttonStep,
        width: buttonWidth,
        height: DESK.buttonHeight,
      })),
      hints: input.buttons.map(() => true),
    };
  }
  const { edge, margin, gap, button } = COMPACT;
  const lineHeight = Math.round(input.uiSize * COMPACT.leading);
  const cut = (columns: number) => {
    const width = Math.min(columns === 1 ? COMPACT.maxWidth : TWO_COLUMNS.maxWidth, world.width - edge * 2);
    const inner = width - margin * 2;
    const lines = Math.max(1, input.lines(inner));
    const firstButton = COMPACT.lineY + lines * lineHeight + gap + 4;
    const rows = Math.ceil(input.buttons.length / columns);
    const height = firstButton + rows * button + (rows - 1) * gap + margin;
    return { width, inner, height, firstButton, columns };
  };
  const one = cut(1);
  const two = cut(2);
  const fitsOne = one.height <= world.height - edge * 2;
  const twoWide = (two.inner - gap) / 2 >= TWO_COLUMNS.minButton;
  const pick = fitsOne || !twoWide ? one : two;
  const x = Math.round((world.width - pick.width) / 2);
  const y = Math.max(edge, Math.round((world.height - pick.height) / 2));
  const buttonWidth = (pick.inner - gap * (pick.columns - 1)) / pick.columns;
  const buttons = input.buttons.map((_, index) => ({
    x: x + margin + (index % pick.columns) * (buttonWidth + gap),
    y: y + pick.firstButton + Math.floor(index / pick.columns) * (button + gap),
    width: buttonWidth,
    height: button,
  }));
  return {
    arrangement: world.arrangement,
    card: { x, y, width: pick.width, height: pick.height },
    shadow: DESK.shadow,
    kicker: { x: x + margin, y: y + COMPACT.kickerY, size: 12 },
    line: { x: x + margin, y: y + COMPACT.lineY, width: pick.inner, size: input.uiSize },
    buttons,
    hints: hintsFor(
      input,
      buttons.map((b) => b.width),
    ),
  };
}
