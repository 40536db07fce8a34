/**
 * The menu, settings, Sources and ending on phones, tablets and small windows: what a player
 * would check with a ruler. Everything is on the screen's width (nothing scrolls sideways),
 * every button, toggle, slider and option tab is at least 44 x 44, text is at least 16 px, and
 * nothing sits on anything else; the desk keeps its numbers.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import type { MeasureFont, Rect } from '../../../src/game/layout/draw-ops';
import { endingFrameFor, endingPlaces, noteRoom } from '../../../src/game/layout/ending-layout';
import { menuLayoutFor } from '../../../src/game/layout/menu-layout';
import { type FormRow, settingsLayoutFor } from '../../../src/game/layout/settings-layout';
import { layoutSources } from '../../../src/game/layout/sources';
import { sourcesLayoutFor } from '../../../src/game/layout/sources-layout';
import { type Stage, stageFor } from '../../../src/game/layout/stage';
import { wrapLines } from '../../../src/game/layout/text-fit';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS, TEXT_SIZES } from '../../../src/save/settings-types';

/** A fake measure, wider than the real faces: each character is 0.6 of the type size. */
const width = (text: string, size: number) => text.length * size * 0.6;
const measure: MeasureFont = (text, font) => width(text, font.size);

const WINDOWS = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
  { width: 844, height: 390 },
  { width: 820, height: 1180 },
  { width: 667, height: 375 },
  { width: 1180, height: 820 },
] as const;

const THEMES = TEXT_SIZES.map((textSize) => themeFor({ ...DEFAULT_SETTINGS, textSize }));

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Inside the screen's width, and below its top (a page may run on below its foot: it scrolls). */
const onPage = (box: Rect, stage: Stage) => box.x >= 0 && box.y >= 0 && box.x + box.width <= stage.width;
const insideScreen = (box: Rect, stage: Stage) => onPage(box, stage) && box.y + box.height <= stage.height;
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
/** At least 44 x 44 CSS px: a design pixel is at least one CSS pixel on these stages. */
const touchable = (box: Rect, stage: Stage) => {
  expect(box.width * stage.zoom).toBeGreaterThanOrEqual(44);
  expect(box.height * stage.zoom).toBeGreaterThanOrEqual(44);
};
const expectApart = (boxes: readonly Rect[]) => {
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      expect(overlap(a, b), `${JSON.stringify(a)} on ${JSON.stringify(b)}`).toBe(false);
  });
};

const MENU_LINE = 'The file stays open on the desk.';
const MENU_BUTTONS = [
  ['Resume', 'Esc'],
  ['Settings', ''],
  ['Sources', ''],
  ['Save and return to title', 'autosaved'],
] as const;

describe('the menu with Step back (five buttons)', () => {
  const WITH_STEP_BACK = [MENU_BUTTONS[0], ['Step back', 'Bksp'], ...MENU_BUTTONS.slice(1)] as const;
  const input = (buttons: readonly (readonly [string, string])[]) => ({
    uiSize: 18,
    lines: (w: number) => wrapLines(MENU_LINE, w, (t) => width(t, 18)).length,
    buttons: buttons.map(([label, hint]) => ({ label: width(label, 18), hint: width(hint, 12) })),
  });

  it('on the desk, grows the card it has always had by one step, on the screen and apart', () => {
    const desk = stageFor({ width: 1280, height: 720 });
    expect(desk.arrangement).toBe('desk');
    expect(menuLayoutFor(desk, input(MENU_BUTTONS)).card.height).toBe(430);
    const five = menuLayoutFor(desk, input(WITH_STEP_BACK));
    expect(five.card.height).toBe(430 + 72);
    expect(insideScreen(five.card, desk)).toBe(true);
    for (const button of five.buttons) expect(within(button, five.card)).toBe(true);
    expectApart(five.buttons);
  });

  for (const window of WINDOWS) {
    it(`${window.width}x${window.height}: the card and its five buttons fit the screen, apart`, () => {
      const stage = stageFor(window);
      const layout = menuLayoutFor(stage, input(WITH_STEP_BACK));
      expect(insideScreen(layout.card, stage)).toBe(true);
      for (const button of layout.buttons) {
        touchable(button, stage);
        expect(within(button, layout.card)).toBe(true);
      }
      expectApart(layout.buttons);
    });
  }
});

describe('the menu on a compact stage', () => {
  for (const window of WINDOWS) {
    for (const theme of THEMES) {
      it(`${window.width}x${window.height} at ${theme.uiSize} px: the card and its buttons fit the screen, apart`, () => {
        const stage = stageFor(window);
        const layout = menuLayoutFor(stage, {
          uiSize: theme.uiSize,
          lines: (w) => wrapLines(MENU_LINE, w, (t) => width(t, theme.uiSize)).length,
          buttons: MENU_BUTTONS.map(([label, hint]) => ({ label: width(label, theme.uiSize), hint: width(hint, 12) })),
        });
        expect(layout.arrangement).toBe(stage.arrangement);
        expect(insideScreen(layout.card, stage)).toBe(true);
        expect(layout.line.size).toBeGreaterThanOrEqual(16);
        const lines = wrapLines(MENU_LINE, layout.line.width, (t) => width(t, theme.uiSize)).length;
        const lineBottom = layout.line.y + lines * theme.uiSize * 1.3;
        for (const [index, button] of layout.buttons.entries()) {
          touchable(button, stage);
          expect(within(button, layout.card)).toBe(true);
          expect(button.y).toBeGreaterThan(lineBottom);
          // A hint printed on a button leaves its label room.
          const [label, hint] = MENU_BUTTONS[index]!;
          if (layout.hints[index] && hint) {
            expect(18 + width(label, theme.uiSize) + 16 + width(hint, 12) + 14).toBeLessThanOrEqual(button.width);
          }
        }
        expect(layout.line.x + layout.line.width).toBeLessThanOrEqual(layout.card.x + layout.card.width);
        expectApart(layout.buttons);
      });
    }
  }

  it('leaves out a hint that would run into its label on a narrow phone', () => {
    const layout = menuLayoutFor(stageFor({ width: 320, height: 568 }), {
      uiSize: 16,
      lines: () => 1,
      buttons: MENU_BUTTONS.map(([label, hint]) => ({ label: width(label, 16), hint: width(hint, 12) })),
    });
    expect(layout.hints[3]).toBe(false);
  });

  it('keeps the desk card where it always was', () => {
    const layout = menuLayoutFor(
      { arrangement: 'desk', width: 1280, height: 720 },
      {
        uiSize: 16,
        lines: () => 1,
        buttons: MENU_BUTTONS.map(() => ({ label: 0, hint: 0 })),
      },
    );
    expect(layout.card).toEqual({ x: 420, y: 145, width: 440, height: 430 });
    expect(layout.buttons.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [452, 245, 376, 56],
      [452, 317, 376, 56],
      [452, 389, 376, 56],
      [452, 461, 376, 56],
    ]);
  });
});

const SECTIONS: readonly (readonly FormRow[])[] = [
  [{ kind: 'slider' }, { kind: 'slider' }, { kind: 'toggle' }],
  [
    { kind: 'options', count: 4 },
    { kind: 'options', count: 3 },
    { kind: 'toggle' },
    { kind: 'toggle' },
    { kind: 'toggle' },
  ],
];
const TAB_LABELS = ['Slow', 'Normal', 'Fast', 'Instant', 'X-large'];

describe('the settings form on a compact stage', () => {
  for (const window of WINDOWS) {
    for (const theme of THEMES) {
      it(`${window.width}x${window.height} at ${theme.uiSize} px: every control is on the screen's width, touchable, apart`, () => {
        const stage = stageFor(window);
        const layout = settingsLayoutFor(stage, { uiSize: theme.uiSize, sections: SECTIONS });
        expect(onPage(layout.form, stage)).toBe(true);
        expect(layout.pageHeight).toBeGreaterThanOrEqual(layout.form.y + layout.form.height);
        expect(layout.labelSize).toBeGreaterThanOrEqual(16);
        expect(layout.tabSize).toBeGreaterThanOrEqual(16);
        expect(layout.rows).toHaveLength(8);
        const targets = layout.rows.flatMap((row) => row.targets);
        for (const target of [...targets, layout.back]) {
          touchable(target, stage);
          expect(within(target, layout.form)).toBe(true);
        }
        expectApart([...targets, layout.back]);
        // Rows, their headings and the form's head each keep to their own band.
        const head = { ...layout.form, height: layout.head.ruleY };
        const headings = layout.headings.map((h) => ({ x: h.x, y: h.y, width: 120, height: 16 }));
        expectApart([head, ...headings, ...layout.rows.map((row) => row.bounds)]);
        expect(layout.back.y + layout.back.height).toBeLessThanOrEqual(layout.form.y + layout.head.ruleY);
        expect(layout.head.left + width('SETTINGS', 30)).toBeLessThanOrEqual(layout.titleRoom);
        // Every tab's label fits its tab.
        for (const row of layout.rows.filter((r) => r.row.kind === 'options')) {
          for (const tab of row.targets) {
            expect(Math.max(...TAB_LABELS.map((t) => width(t, layout.tabSize)))).toBeLessThanOrEqual(tab.width - 8);
          }
        }
      });
    }
  }

  it('scrolls on a small phone, where eight 44 px controls cannot fit', () => {
    const stage = stageFor({ width: 320, height: 568 });
    expect(settingsLayoutFor(stage, { uiSize: 16, sections: SECTIONS }).pageHeight).toBeGreaterThan(stage.height);
  });

  it('keeps the desk form where it was, its Back button in the head and every row on the form below it', () => {
    const layout = settingsLayoutFor(
      { arrangement: 'desk', width: 1280, height: 720 },
      { uiSize: 16, sections: SECTIONS },
    );
    expect(layout.form).toEqual({ x: 230, y: 40, width: 820, height: 640 });
    expect(layout.rows.map((row) => row.y)).toEqual([180, 238, 296, 390, 448, 506, 564, 622]);
    expect(layout.rows.every((row) => row.place === undefined)).toBe(true);
    expect(layout.back).toEqual({ x: 806, y: 64, width: 200, height: 50 });
    for (const row of layout.rows) {
      expect(within(row.bounds, layout.form)).toBe(true);
      expect(row.bounds.y).toBeGreaterThan(layout.back.y + layout.back.height);
    }
  });
});

describe('the Sources sheet on a compact stage', () => {
  for (const window of WINDOWS) {
    for (const theme of THEMES) {
      it(`${window.width}x${window.height} at ${theme.bodySize} px: the sheet fills the screen, its lines fit its width`, () => {
        const stage = stageFor(window);
        const layout = sourcesLayoutFor(stage);
        expect(insideScreen(layout.sheet, stage)).toBe(true);
        const sheet = { x: 0, y: 0, width: layout.sheet.width, height: layout.sheet.height };
        expect(within(layout.view, sheet)).toBe(true);
        expect(layout.trackX).toBeGreaterThanOrEqual(layout.view.x + layout.view.width);
        expect(layout.trackX + 6).toBeLessThanOrEqual(sheet.width);
        touchable(layout.back, stage);
        const back = { ...layout.back, x: layout.back.x - layout.sheet.x, y: layout.back.y - layout.sheet.y };
        expect(within(back, sheet)).toBe(true);
        expect(back.y + back.height).toBeLessThanOrEqual(layout.head.ruleY);
        expect(overlap(back, layout.view)).toBe(false);
        expect(layout.head.left + width('SOURCES', 30)).toBeLessThanOrEqual(back.x);
        // The small capitals above the title stay on the sheet and clear of the Back button.
        const kicker = width('APPENDIX  \u00b7  SOURCES AND WHAT IS INVENTED', 11);
        expect(layout.head.left + kicker).toBeLessThanOrEqual(layout.head.kickerY < back.y ? sheet.width - 8 : back.x);
        const bodySize = theme.bodySize - 1;
        expect(bodySize).toBeGreaterThanOrEqual(16);
        const text = layoutSources(
          story.meta,
          { width: layout.view.width, bodySize, lineHeight: Math.round(theme.lineHeight * 0.92) },
          measure,
        );
        for (const op of text.ops) {
          if (op.type !== 'text') continue;
          expect(op.x + measure(op.text, op.font), op.text).toBeLessThanOrEqual(layout.view.width + 0.5);
        }
        // More than the window holds: it scrolls.
        expect(text.height).toBeGreaterThan(layout.view.height);
      });
    }
  }
});

describe('the ending on a compact stage', () => {
  /** What a long ending measures on a phone: a tall label, a long note, a long document. */
  const MEASURED = { labelBottom: 420, noteHeight: 320, sheetHeight: 1100, recordHeight: 380 };

  for (const window of WINDOWS) {
    it(`${window.width}x${window.height}: folder, note, verdict, document and buttons on the page's width, apart`, () => {
      const stage = stageFor(window);
      const frame = endingFrameFor(stage);
      expect(frame.arrangement).toBe(stage.arrangement);
      expect(frame.narrowCover).toBe(true);
      // On a phone the note may take all the room it needs: its hand never shrinks to fit.
      expect(noteRoom(frame, MEASURED.labelBottom)).toBe(Number.POSITIVE_INFINITY);
      const places = endingPlaces(frame, MEASURED, 2);
      // The record card is on the page, all of it, with room above for its clip; no tab swaps it.
      expect(places.recordToggle).toBeNull();
      const record = places.record!;
      expect(record.maxHeight).toBe(MEASURED.recordHeight);
      const recordBox = { x: record.x, y: record.y - 20, width: record.width, height: record.maxHeight + 20 };
      for (const box of [places.folder, places.sheet, ...places.buttons, recordBox]) {
        expect(onPage(box, stage)).toBe(true);
      }
      for (const button of places.buttons) touchable(button, stage);
      // The folder's tab stands 30 px above its cover: the heading keeps clear of it.
      expect(places.heading.y + 16).toBeLessThanOrEqual(places.folder.y - 30);
      const tab = { ...places.folder, y: places.folder.y - 30, height: places.folder.height + 30 };
      expectApart([tab, places.sheet, ...places.buttons, recordBox]);
      // The note is on the cover, under the label and the verdict.
      const note = {
        x: places.note.x,
        y: places.note.bottom - MEASURED.noteHeight,
        width: frame.note.width,
        height: MEASURED.noteHeight,
      };
      expect(within(note, places.folder)).toBe(true);
      const labelBottom = places.folder.y + MEASURED.labelBottom;
      expect(places.verdict.y).toBeGreaterThan(labelBottom);
      expect(places.verdict.y).toBeLessThan(note.y);
      expect(note.y).toBeGreaterThan(labelBottom);
      // The page is as long as what is on it, and scrolls past the screen's foot.
      const bottom = Math.max(
        ...[places.folder, places.sheet, ...places.buttons, recordBox].map((b) => b.y + b.height),
      );
      expect(places.pageHeight).toBeGreaterThanOrEqual(bottom);
      expect(places.pageHeight).toBeGreaterThan(stage.height);
    });
  }

  it('keeps the desk ending where it always was', () => {
    const frame = endingFrameFor({ arrangement: 'desk', width: 1280, height: 720 });
    const places = endingPlaces(frame, { labelBottom: 200, noteHeight: 150, sheetHeight: 600, recordHeight: 300 }, 2);
    expect(places.folder).toEqual({ x: 70, y: 84, width: 520, height: 540 });
    expect(places.note).toEqual({ x: 110, bottom: 594 });
    expect(places.verdict).toEqual({ x: 330, y: (84 + 200 + (594 - 150)) / 2 });
    expect(places.buttons.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [70, 650, 250, 50],
      [340, 650, 250, 50],
    ]);
    expect(noteRoom(frame, 200)).toBe(540 - 200 - 110);
    expect(places.pageHeight).toBe(720);
    // The record lies where the document does, and a tab above the document's top right swaps them.
    const record = places.record!;
    expect(record.x).toBe(frame.sheet.x);
    expect(record.y + record.maxHeight).toBeLessThanOrEqual(720);
    const toggle = places.recordToggle!;
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(frame.sheet.y);
    expect(toggle.x + toggle.width).toBeLessThanOrEqual(1280 - 20);
    expect(toggle.height).toBeGreaterThanOrEqual(44);
    const back = places.stepBackTab!;
    expect(back.height).toBeGreaterThanOrEqual(44);
    expect(back.x + back.width).toBeLessThanOrEqual(toggle.x - 12);
    expect(back.y + back.height).toBeLessThanOrEqual(frame.sheet.y);
  });

  it('has no record card, and no tab for one, while nothing is on record', () => {
    for (const stage of [{ arrangement: 'desk', width: 1280, height: 720 } as const, stageFor(WINDOWS[0]!)]) {
      const places = endingPlaces(
        endingFrameFor(stage),
        { labelBottom: 200, noteHeight: 150, sheetHeight: 600, recordHeight: 0 },
        2,
      );
      expect(places.record).toBeNull();
      expect(places.recordToggle).toBeNull();
    }
  });
});
