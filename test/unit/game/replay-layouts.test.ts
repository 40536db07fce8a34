/**
 * The list sheets (history, endings, saves) and the branch map on the desk and on the phones,
 * tablets and small windows of screen-layouts.test.ts, checked as a player would with a ruler:
 * every button big enough to hit and on the screen's width, nothing on anything else, the page
 * long enough to reach its last button, and the map's controls, window and card in their places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import type { Rect } from '../../../src/game/layout/draw-ops';
import { type ListLayout, type ListLayoutInput, listLayoutFor } from '../../../src/game/layout/list-layout';
import { mapLayoutFor } from '../../../src/game/layout/map-layout';
import { frameFor, stageFor } from '../../../src/game/layout/stage';
import { wrapLines } from '../../../src/game/layout/text-fit';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import { completion, emptyProgress } from '../../../src/story/progress';

const DESK_WINDOW = { width: 1280, height: 720 } as const;
const WINDOWS = [
  DESK_WINDOW,
  { width: 390, height: 844 },
  { width: 320, height: 568 },
  { width: 844, height: 390 },
  { width: 820, height: 1180 },
  { width: 667, height: 375 },
  { width: 1180, height: 820 },
] as const;

/** The stage of a window and the world a list or map scene lays itself out in there. */
function placeOf(window: { width: number; height: number }) {
  const stage = stageFor(window);
  const { world } = frameFor(stage, ['desk', 'tall', 'wide']);
  // On the desk the world is the desk's 1280 x 720, drawn at the stage's zoom.
  return { stage, world, zoom: stage.zoom };
}

const bottom = (r: Rect) => r.y + r.height;
const right = (r: Rect) => r.x + r.width;
const overlap = (a: Rect, b: Rect) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer);
const onWidth = (box: Rect, world: { width: number }) => box.x >= 0 && box.y >= 0 && right(box) <= world.width;
const inWorld = (box: Rect, world: { width: number; height: number }) =>
  onWidth(box, world) && bottom(box) <= world.height;
const expectApart = (boxes: readonly Rect[]) => {
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      expect(overlap(a, b), `${JSON.stringify(a)} on ${JSON.stringify(b)}`).toBe(false);
  });
};
/** At least 44 x 44 CSS px. */
const expectTouchable = (box: Rect, zoom: number) => {
  expect(box.width * zoom, JSON.stringify(box)).toBeGreaterThanOrEqual(44);
  expect(box.height * zoom, JSON.stringify(box)).toBeGreaterThanOrEqual(44);
};

/** A row's text: so many characters wrapped at ten pixels each, 22 px a line, and its buttons. */
interface RowSpec {
  readonly chars: number;
  readonly actions: number;
}
const textHeight = (chars: number) => (width: number) => Math.max(1, Math.ceil((chars * 10) / width)) * 22;

function inputOf(intro: number, rows: readonly RowSpec[], footer: number): ListLayoutInput {
  return {
    intro: textHeight(intro),
    rows: rows.map((row) => ({ text: textHeight(row.chars), actions: row.actions })),
    footer,
  };
}

const rowArb = fc.record({ chars: fc.integer({ min: 0, max: 600 }), actions: fc.integer({ min: 0, max: 4 }) });
const sheetArb = fc.record({
  intro: fc.integer({ min: 0, max: 400 }),
  rows: fc.array(rowArb, { maxLength: 9 }),
  footer: fc.integer({ min: 0, max: 2 }),
});

/** The history of a long case, the endings of the real story, the three slots: sheets the game shows. */
const SHEETS: ReadonlyArray<{ name: string; intro: number; rows: RowSpec[]; footer: number }> = [
  {
    name: 'history',
    intro: 110,
    rows: Array.from({ length: 40 }, (_, i) => ({ chars: 90, actions: i < 39 ? 1 : 0 })),
    footer: 0,
  },
  {
    name: 'endings',
    intro: 160,
    rows: Array.from({ length: 11 }, (_, i) => ({ chars: i % 3 ? 60 : 420, actions: i % 3 ? 0 : 1 })),
    footer: 0,
  },
  {
    name: 'saves',
    intro: 120,
    rows: [
      { chars: 80, actions: 4 },
      { chars: 20, actions: 1 },
      { chars: 200, actions: 2 },
    ],
    footer: 2,
  },
  { name: 'empty', intro: 160, rows: [], footer: 1 },
];

function checkList(layout: ListLayout, input: ListLayoutInput, place: ReturnType<typeof placeOf>) {
  const { world, zoom } = place;
  const desk = layout.arrangement === 'desk';
  expect(layout.arrangement).toBe(place.stage.arrangement);
  const buttons = [layout.back, ...layout.rows.flatMap((row) => row.actions), ...layout.footer];

  // Every button big enough, on the screen's width (nothing scrolls sideways), and on the sheet.
  for (const button of buttons) {
    expectTouchable(button, zoom);
    expect(onWidth(button, world), JSON.stringify(button)).toBe(true);
    expect(within(button, layout.sheet), JSON.stringify(button)).toBe(true);
  }
  expect(onWidth(layout.sheet, world)).toBe(true);
  // The sheet is centred on the world.
  expect(Math.abs(layout.sheet.x - (world.width - right(layout.sheet)))).toBeLessThanOrEqual(1);
  if (desk) {
    // The desk's buttons are as designed.
    for (const row of layout.rows)
      for (const action of row.actions) expect([action.width, action.height]).toEqual([220, 44]);
    expect([layout.back.width, layout.back.height]).toEqual([180, 46]);
    for (const button of layout.footer) expect([button.width, button.height]).toEqual([240, 48]);
  }

  // Nothing on anything else.
  expectApart(buttons);
  layout.rows.forEach((row, i) => {
    const next = layout.rows[i + 1];
    if (next) expect(bottom(row.box), `row ${i} runs into row ${i + 1}`).toBeLessThanOrEqual(next.box.y);
    expect(within(row.box, layout.sheet)).toBe(true);
    const textBottom = row.text.y + (input.rows[i]?.text(row.text.width) ?? 0);
    expect(textBottom, `row ${i}'s text runs out of its row`).toBeLessThanOrEqual(bottom(row.box));
    expect(row.text.x + row.text.width).toBeLessThanOrEqual(right(row.box));
    for (const action of row.actions) {
      expect(within(action, row.box), `a button of row ${i} is outside it`).toBe(true);
      if (desk) {
        // The buttons in their column, right of the row's text.
        expect(action.x).toBeGreaterThanOrEqual(row.text.x + row.text.width);
      } else {
        // Under the text.
        expect(action.y).toBeGreaterThanOrEqual(textBottom);
      }
    }
  });
  const introBottom = layout.intro.y + input.intro(layout.intro.width);
  expect(bottom(layout.back)).toBeLessThanOrEqual(layout.intro.y);
  const first = layout.rows[0];
  if (first) expect(introBottom).toBeLessThanOrEqual(first.box.y);
  const last = layout.rows.at(-1);
  for (const button of layout.footer) {
    expect(button.y).toBeGreaterThanOrEqual(last ? bottom(last.box) : introBottom);
  }

  // The page is long enough to scroll to its last button, and to the sheet's foot.
  const lowest = Math.max(...buttons.map(bottom), ...layout.rows.map((row) => bottom(row.box)));
  expect(layout.pageHeight).toBeGreaterThanOrEqual(lowest);
  expect(layout.pageHeight).toBeGreaterThanOrEqual(bottom(layout.sheet));
  expect(layout.pageHeight).toBeGreaterThanOrEqual(world.height);
  expect(bottom(layout.sheet)).toBeGreaterThanOrEqual(lowest);
}

describe('the list sheets', () => {
  it('use the stages of screen-layouts: the desk at 1280 x 720, compact windows elsewhere', () => {
    expect(placeOf(DESK_WINDOW).world).toMatchObject({ arrangement: 'desk', width: 1280, height: 720 });
    expect(WINDOWS.slice(1).map((w) => placeOf(w).world.arrangement)).toEqual([
      'tall',
      'tall',
      'wide',
      'tall',
      'wide',
      'wide',
    ]);
  });

  for (const window of WINDOWS) {
    const place = placeOf(window);
    describe(`at ${window.width} x ${window.height} (${place.world.arrangement})`, () => {
      for (const sheet of SHEETS) {
        it(`lays out the ${sheet.name} sheet with every button reachable and apart`, () => {
          const input = inputOf(sheet.intro, sheet.rows, sheet.footer);
          checkList(listLayoutFor(place.world, input), input, place);
        });
      }

      it('lays out any sheet the same way: rows, buttons and footer apart and on the page', () => {
        fc.assert(
          fc.property(sheetArb, ({ intro, rows, footer }) => {
            const input = inputOf(intro, rows, footer);
            checkList(listLayoutFor(place.world, input), input, place);
          }),
          { numRuns: 60 },
        );
      });
    });
  }

  it('on the desk, a short sheet is the page; a long one scrolls to its foot', () => {
    const { world } = placeOf(DESK_WINDOW);
    const short = listLayoutFor(world, inputOf(50, [{ chars: 20, actions: 1 }], 0));
    expect(short.pageHeight).toBe(720);
    expect(bottom(short.sheet)).toBeLessThanOrEqual(720);
    const long = listLayoutFor(world, inputOf(50, SHEETS[0]?.rows ?? [], 0));
    expect(long.pageHeight).toBeGreaterThan(720);
  });
});

describe('the branch map', () => {
  for (const window of WINDOWS) {
    const place = placeOf(window);
    const { world, zoom } = place;
    it(`at ${window.width} x ${window.height} (${world.arrangement}), puts its controls, window and card in place`, () => {
      const at = mapLayoutFor(world);
      expect(at.arrangement).toBe(world.arrangement);
      const controls = [at.back, at.fit, at.centre];
      for (const control of controls) {
        expect(inWorld(control, world), JSON.stringify(control)).toBe(true);
        expectTouchable(control, zoom);
      }
      expectApart(controls);
      if (world.arrangement === 'desk') {
        expect([at.back.height, at.fit.height, at.centre.height]).toEqual([46, 46, 46]);
      }

      // The view is below the head: its buttons and its title.
      expect(at.view.y).toBeGreaterThanOrEqual(Math.max(...controls.map(bottom)));
      expect(at.view.y).toBeGreaterThanOrEqual(at.title.y + at.title.size);
      expect(at.view.x).toBeGreaterThanOrEqual(0);
      expect(right(at.view)).toBeLessThanOrEqual(world.width);
      expect(bottom(at.view)).toBeLessThanOrEqual(world.height);
      expect(at.view.height).toBeGreaterThan(0);
      // The head's lines start left of the buttons on their band, and on the screen.
      expect(at.counts.width).toBeGreaterThan(0);
      if (at.counts.y < Math.max(...controls.map(bottom))) {
        for (const control of controls.filter((c) => c.y <= at.counts.y + 16 && bottom(c) > at.counts.y)) {
          expect(at.counts.x + at.counts.width).toBeLessThanOrEqual(control.x);
        }
      }

      // The card over the map's foot, its button inside it, off the head's controls.
      expect(inWorld(at.card, world), JSON.stringify(at.card)).toBe(true);
      expect(within(at.card, at.view)).toBe(true);
      expect(inWorld(at.reopen, world)).toBe(true);
      expect(within(at.reopen, at.card)).toBe(true);
      expectTouchable(at.reopen, zoom);
      for (const control of controls) expect(overlap(control, at.card)).toBe(false);
    });
  }

  // The head's two lines (counts, then the hint) end above the map's window on every stage.
  it('keeps the head’s counts and hint above the map window', () => {
    const uiSize = themeFor(DEFAULT_SETTINGS).uiSize;
    const size = uiSize - 3;
    const done = completion(emptyProgress(story.id), story);
    const counts = `${done.pages.seen} of ${done.pages.total} pages seen \u00b7 ${done.endings.found} of ${done.endings.total} endings found`;
    for (const window of WINDOWS) {
      const { world } = placeOf(window);
      const at = mapLayoutFor(world);
      const hint =
        at.arrangement === 'desk'
          ? 'Drag to move \u00b7 wheel to zoom \u00b7 arrows, + \u2212 0 \u00b7 pick a page'
          : 'Drag \u00b7 pinch to zoom \u00b7 tap a page';
      // Narrower than the real faces: half the type size a character.
      const lines = wrapLines(`${counts}\n${hint}`, at.counts.width, (text) => text.length * size * 0.5).length;
      expect(at.counts.y + lines * size * 1.2, `${window.width} x ${window.height}`).toBeLessThanOrEqual(at.view.y);
    }
  });
});
