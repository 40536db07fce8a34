/**
 * Where the settings form and each of its controls sit, for each arrangement of the stage: the
 * desk's form as it has always been (labels on the left, controls beside them), or a form cut
 * to a phone, each control under its label with 44 px targets, one column on a tall stage and
 * the two sections side by side on a wide one. A form taller than the screen scrolls; the
 * layout says how tall the page is. Pure, tested in Node.
 */
import type { HeadPlace, Rect } from './draw-ops';
import type { Arrangement } from './stage';

export type FormRow =
  | { readonly kind: 'slider' }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'options'; readonly count: number };

/**
 * Where a form control sits against its label. Left out, the desk's: the label on the left and
 * the control 230 px in, on the label's line. A compact stage stacks them (the control under
 * its label, `labelWidth` 0) and makes every target at least 44 px.
 */
export interface ControlPlace {
  /** Where the control starts, from the label's left edge. */
  readonly labelWidth: number;
  /** The middle of the control's row, from the label's top. */
  readonly middle: number;
  /** The height of what takes a touch (and of an option tab). */
  readonly target: number;
  /** Option tabs: how many to a row (all of them when left out) and the size of their labels. */
  readonly columns?: number;
  readonly tabSize?: number;
  /** A toggle's target width (the tick box and its state). */
  readonly targetWidth?: number;
}

export interface PlacedHeading {
  readonly x: number;
  readonly y: number;
}

export interface PlacedRow {
  readonly row: FormRow;
  /** The label's top left corner, and the width the row spans. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Left out on the desk, which keeps the widgets' own placement. */
  readonly place: ControlPlace | undefined;
  /** What takes a touch, in world coordinates (one box per option tab). */
  readonly targets: readonly Rect[];
  /** Everything the row draws, in world coordinates. */
  readonly bounds: Rect;
}

export interface SettingsLayout {
  readonly arrangement: Arrangement;
  /** The paper form, in world coordinates (on a compact stage, of the scrolling page). */
  readonly form: Rect;
  readonly shadow: number;
  /** The form's head, in the form's own coordinates. */
  readonly head: HeadPlace;
  /** Where the title may run to before it meets the Back button, in the form's coordinates. */
  readonly titleRoom: number;
  readonly headings: readonly PlacedHeading[];
  readonly rows: readonly PlacedRow[];
  readonly back: Rect;
  /** The interface type size of the labels, and the option tabs'. */
  readonly labelSize: number;
  readonly tabSize: number;
  /** How tall the page is: more than the world's height when it scrolls. */
  readonly pageHeight: number;
}

export interface SettingsInput {
  readonly uiSize: number;
  /** The form's sections, in order, each of its rows. */
  readonly sections: readonly (readonly FormRow[])[];
}

/** The desk's form: size and top, margins, shadow, and its rows. */
const DESK = {
  width: 820,
  height: 640,
  top: 40,
  margin: 44,
  shadow: 20,
  firstRow: 112,
  headingGap: 28,
  rowStep: 58,
  sectionGap: 8,
  /** In the head, right of the title, as on a phone: the rows have the whole form below. */
  back: { width: 200, height: 50, top: 24 },
} as const;
/** What each desk control draws and takes clicks in, from its label's top left (widgets/ui). */
const DESK_CONTROL = { labelWidth: 230, top: -8, height: 40, tabTop: -6, tabHeight: 36, toggleWidth: 200 } as const;

/**
 * Compact forms: the form's edge on the screen and its margins, the head, the label's leading,
 * the 44 px target under it, the gaps, the narrowest option tab per type px, the Back button.
 */
const COMPACT = {
  edge: 8,
  margin: 18,
  maxWidth: 640,
  head: { kickerY: 28, titleY: 66, ruleY: 90, first: 108 },
  headingHeight: 26,
  leading: 1.35,
  labelGap: 4,
  target: 48,
  rowGap: 14,
  sectionGap: 10,
  tabGap: 8,
  tabPerPx: 4.6,
  columnGap: 28,
  minColumn: 300,
  back: { width: 112, height: 48, top: 36 },
  foot: 24,
} as const;

function deskLayout(world: { readonly width: number }, input: SettingsInput): SettingsLayout {
  const x = world.width / 2 - DESK.width / 2;
  const y = DESK.top;
  const left = x + DESK.margin;
  const width = DESK.width - DESK.margin * 2;
  const headings: PlacedHeading[] = [];
  const rows: PlacedRow[] = [];
  let rowY = y + DESK.firstRow;
  input.sections.forEach((section, index) => {
    if (index > 0) rowY += DESK.sectionGap;
    headings.push({ x: left, y: rowY });
    rowY += DESK.headingGap;
    for (const row of section) {
      const controlX = left + DESK_CONTROL.labelWidth;
      const targets: Rect[] =
        row.kind === 'options'
          ? Array.from({ length: row.count }, (_, i) => {
              const tab = (width - DESK_CONTROL.labelWidth - 8 * (row.count - 1)) / row.count;
              return {
                x: controlX + i * (tab + 8),
                y: rowY + DESK_CONTROL.tabTop,
                width: tab,
                height: DESK_CONTROL.tabHeight,
              };
            })
          : [
              {
                x: controlX - (row.kind === 'slider' ? 14 : 6),
                y: rowY + DESK_CONTROL.top,
                width: row.kind === 'slider' ? width - DESK_CONTROL.labelWidth - 70 + 28 : DESK_CONTROL.toggleWidth,
                height: DESK_CONTROL.height,
              },
            ];
      rows.push({
        row,
        x: left,
        y: rowY,
        width,
        place: undefined,
        targets,
        bounds: { x: left, y: rowY - 8, width, height: 40 },
      });
      rowY += DESK.rowStep;
    }
  });
  return {
    arrangement: 'desk',
    form: { x, y, width: DESK.width, height: DESK.height },
    shadow: DESK.shadow,
    head: { left: DESK.margin, right: DESK.width - DESK.margin, kickerY: 36, titleY: 70, ruleY: 88 },
    titleRoom: DESK.width - DESK.margin - DESK.back.width - 24,
    headings,
    rows,
    back: {
      x: x + DESK.width - DESK.margin - DESK.back.width,
      y: y + DESK.back.top,
      width: DESK.back.width,
      height: DESK.back.height,
    },
    labelSize: input.uiSize,
    tabSize: Math.max(13, input.uiSize - 2),
    pageHeight: 720,
  };
}

/** One compact row: the label over its control, and the control's targets. */
function compactRow(row: FormRow, x: number, y: number, width: number, labelSize: number, tabSize: number): PlacedRow {
  const { target, tabGap } = COMPACT;
  const label = Math.round(labelSize * COMPACT.leading);
  const middle = label + COMPACT.labelGap + target / 2;
  const top = y + label + COMPACT.labelGap;
  let targets: Rect[];
  let place: ControlPlace;
  if (row.kind === 'options') {
    const fits = (columns: number) => (width - tabGap * (columns - 1)) / columns >= tabSize * COMPACT.tabPerPx;
    const columns = fits(row.count) ? row.count : Math.ceil(row.count / 2);
    const tab = (width - tabGap * (columns - 1)) / columns;
    targets = Array.from({ length: row.count }, (_, i) => ({
      x: x + (i % columns) * (tab + tabGap),
      y: top + Math.floor(i / columns) * (target + tabGap),
      width: tab,
      height: target,
    }));
    place = { labelWidth: 0, middle, target, columns, tabSize };
  } else if (row.kind === 'slider') {
    // The widget's track runs from the label's edge to 70 px short of the row's end (the readout).
    targets = [{ x: x - 14, y: top, width: width - 70 + 28, height: target }];
    place = { labelWidth: 0, middle, target };
  } else {
    targets = [{ x: x - 6, y: top, width, height: target }];
    place = { labelWidth: 0, middle, target, targetWidth: width };
  }
  const bottom = Math.max(...targets.map((t) => t.y + t.height));
  return { row, x, y, width, place, targets, bounds: { x: x - 14, y, width: width + 14, height: bottom - y } };
}

export function settingsLayoutFor(
  world: { readonly arrangement: Arrangement; readonly width: number; readonly height: number },
  input: SettingsInput,
): SettingsLayout {
  if (world.arrangement === 'desk') return deskLayout(world, input);
  const { edge, margin, head } = COMPACT;
  const labelSize = input.uiSize;
  const tabSize = Math.max(16, input.uiSize - 2);
  const formWidth = Math.min(COMPACT.maxWidth * (world.arrangement === 'wide' ? 1.4 : 1), world.width - edge * 2);
  const x = Math.round((world.width - formWidth) / 2);
  const y = edge;
  const inner = formWidth - margin * 2;
  const twoColumns =
    world.arrangement === 'wide' && input.sections.length > 1 && (inner - COMPACT.columnGap) / 2 >= COMPACT.minColumn;
  const columnWidth = twoColumns ? (inner - COMPACT.columnGap) / 2 : inner;
  const headings: PlacedHeading[] = [];
  const rows: PlacedRow[] = [];
  const bottoms = [y + head.first, y + head.first];
  input.sections.forEach((section, index) => {
    const column = twoColumns ? index % 2 : 0;
    const left = x + margin + column * (columnWidth + COMPACT.columnGap);
    let rowY = bottoms[column]!;
    if (!twoColumns && index > 0) rowY += COMPACT.sectionGap;
    headings.push({ x: left, y: rowY });
    rowY += COMPACT.headingHeight;
    for (const row of section) {
      const placed = compactRow(row, left, rowY, columnWidth, labelSize, tabSize);
      rows.push(placed);
      rowY = placed.bounds.y + placed.bounds.height + COMPACT.rowGap;
    }
    bottoms[column] = rowY;
  });
  const formHeight = Math.max(...bottoms) - y - COMPACT.rowGap + COMPACT.foot;
  const back = {
    x: x + formWidth - margin - COMPACT.back.width,
    y: y + COMPACT.back.top,
    width: COMPACT.back.width,
    height: COMPACT.back.height,
  };
  return {
    arrangement: world.arrangement,
    form: { x, y, width: formWidth, height: formHeight },
    shadow: 20,
    head: { left: margin, right: formWidth - margin, kickerY: head.kickerY, titleY: head.titleY, ruleY: head.ruleY },
    titleRoom: back.x - x - 12,
    headings,
    rows,
    back,
    labelSize,
    tabSize,
    pageHeight: Math.max(world.height, formHeight + edge * 2),
  };
}
