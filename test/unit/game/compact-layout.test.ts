import { describe, expect, it } from 'vitest';
import { caseLayoutFor } from '../../../src/game/layout/case-layout';
import { DOCUMENT_STYLES, sizedStyle } from '../../../src/game/layout/document-styles';
import type { DrawOp, MeasureFont } from '../../../src/game/layout/draw-ops';
import { type HeaderInput, layoutHeader } from '../../../src/game/layout/header';
import { stageFor } from '../../../src/game/layout/stage';
import { DOCUMENT_KINDS } from '../../../src/story/types';

/** A fake monospace measure: each character is 0.6 of the type size wide. */
const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;

const WINDOWS = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
  { width: 820, height: 1180 },
  { width: 844, height: 390 },
  { width: 667, height: 375 },
  { width: 1180, height: 820 },
] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
const inside = (box: Box, world: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= world.width && box.y + box.height <= world.height;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the case screen on a compact stage', () => {
  for (const window of WINDOWS) {
    const stage = stageFor(window);
    const layout = caseLayoutFor(stage);
    it(`${window.width}x${window.height}: the page, the choices and the buttons fit the screen, apart`, () => {
      expect(layout.arrangement).not.toBe('desk');
      const sheet = layout.sheet.box;
      expect(sheet).not.toBeNull();
      if (!sheet) return;
      expect(inside(sheet, stage)).toBe(true);
      const { menu, drawer } = layout.header;
      expect(drawer).not.toBeNull();
      for (const button of [menu, drawer!]) {
        // 44 x 44 CSS px at the least: a design pixel is at least one CSS pixel here.
        expect(button.width * stage.zoom).toBeGreaterThanOrEqual(44);
        expect(button.height * stage.zoom).toBeGreaterThanOrEqual(44);
        expect(inside(button, stage)).toBe(true);
        expect(overlap(button, sheet)).toBe(false);
      }
      expect(overlap(menu, drawer!)).toBe(false);
      const column = { x: layout.column.x, y: layout.column.headingY, width: layout.column.width, height: 1 };
      expect(column.x + column.width).toBeLessThanOrEqual(stage.width);
      expect(overlap(column, sheet)).toBe(false);
      // The contents and the exhibits are in the drawer, not drawn off the edge of the screen.
      expect(layout.contents).toBeNull();
      expect(layout.exhibits).toBeNull();
    });
  }

  it('the desk keeps its own numbers', () => {
    const layout = caseLayoutFor(stageFor({ width: 1280, height: 720 }));
    expect(layout.arrangement).toBe('desk');
    expect(layout.sheet.box).toBeNull();
    expect(layout.contents).not.toBeNull();
  });
});

const input: HeaderInput = {
  kind: 'memo',
  caseNumber: 'CASE/2024-0001',
  subject: 'DOE / MS',
  index: 3,
  passageId: 'ch1-test',
  title: 'An application for a study exchange, with covering note',
  date: '9 March 2015',
  place: 'Beijing',
  bodySize: 17,
  bodyHeight: 100,
  boldFace: false,
  highContrast: false,
};

type TextOp = Extract<DrawOp, { type: 'text' }>;

describe('a form on a phone-width sheet', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: nothing printed runs off the sheet, the date stays on one line, and the stamp has its band`, () => {
      const style = sizedStyle(DOCUMENT_STYLES[kind], { width: 374, height: 600 });
      const header = layoutHeader({ ...input, kind, style }, measure);
      const texts = header.ops.filter((op): op is TextOp => op.type === 'text');
      for (const op of texts) {
        const width = measure(op.text, op.font);
        const left = op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
        expect(left, op.text).toBeGreaterThanOrEqual(0);
        expect(left + width, op.text).toBeLessThanOrEqual(374 + 0.5);
      }
      if (style.header !== 'receipt') {
        expect(texts.some((op) => op.text === '9 March 2015')).toBe(true);
        // Everything printed on the form starts below the stamp's band.
        const form = texts.filter((op) => op.text !== '');
        expect(Math.min(...form.map((op) => op.y))).toBeGreaterThan(style.stampBand ?? 0);
      }
    });
  }
});

describe('a form on the narrowest phone in the largest type', () => {
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: nothing printed runs off a 304 px sheet at 23 px body text`, () => {
      const style = sizedStyle(DOCUMENT_STYLES[kind], { width: 304, height: 400 });
      const header = layoutHeader({ ...input, kind, style, bodySize: 23 }, measure);
      for (const op of header.ops.filter((o): o is TextOp => o.type === 'text')) {
        const width = measure(op.text, op.font);
        const left = op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
        expect(left, op.text).toBeGreaterThanOrEqual(0);
        expect(left + width, op.text).toBeLessThanOrEqual(304 + 0.5);
      }
    });
  }
});

describe('the title on a compact stage', () => {
  it('stacks the folder, the menu and the statement, scrolling only where the screen is too short', async () => {
    const { titleLayoutFor, TITLE_FOLDER } = await import('../../../src/game/layout/title-layout');
    const statementHeight = (width: number) => Math.ceil(3000 / width) * 23 + 30;
    for (const window of [
      { width: 390, height: 844 },
      { width: 320, height: 568 },
      { width: 844, height: 390 },
      { width: 667, height: 375 },
    ]) {
      const stage = stageFor(window);
      const layout = titleLayoutFor({ ...stage, buttons: 4, statementHeight });
      const menuBottom = layout.menu.y + layout.menu.headingGap + 3 * layout.menu.step + layout.menu.buttonHeight;
      const statementTop = layout.statement.bottom - statementHeight(layout.statement.width);
      const folderBottom = layout.folder.y + TITLE_FOLDER.height * layout.folder.scale;
      // Nothing overlaps: the statement starts below the menu and the folder.
      expect(statementTop, `${window.width}x${window.height}`).toBeGreaterThanOrEqual(
        Math.min(menuBottom, folderBottom),
      );
      expect(statementTop).toBeGreaterThanOrEqual(stage.arrangement === 'tall' ? menuBottom : 0);
      expect(layout.height).toBeGreaterThanOrEqual(layout.statement.bottom);
      expect(layout.menu.x + layout.menu.width).toBeLessThanOrEqual(stage.width);
      expect(layout.menu.buttonHeight).toBeGreaterThanOrEqual(44);
      // It scrolls only where it must.
      if (window.width === 390) expect(layout.height).toBe(stage.height);
    }
    const short = titleLayoutFor({ ...stageFor({ width: 320, height: 568 }), buttons: 4, statementHeight });
    expect(short.height).toBeGreaterThan(568);
  });
});
