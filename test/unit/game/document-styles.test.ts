import { describe, expect, it } from 'vitest';
import { bodyColumn, bodySizeFor, DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import { DOCUMENT_KINDS } from '../../../src/story/types';

describe('DOCUMENT_STYLES', () => {
  it('gives every kind a sheet, a printed title, a short name for the contents card and a spoken label', () => {
    for (const kind of DOCUMENT_KINDS) {
      const style = DOCUMENT_STYLES[kind];
      expect(style.sheet.width).toBeGreaterThan(style.padding * 2);
      expect(style.title).toBe(style.title.toUpperCase());
      expect(style.short.length).toBeLessThanOrEqual(8);
      expect(style.label.length).toBeGreaterThan(0);
    }
    const shorts = DOCUMENT_KINDS.map((kind) => DOCUMENT_STYLES[kind].short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('sets the body inside the margins, short of the scrollbar', () => {
    for (const kind of DOCUMENT_KINDS) {
      const style = DOCUMENT_STYLES[kind];
      const column = bodyColumn(style);
      expect(column.x).toBeGreaterThanOrEqual(style.padding);
      expect(column.x + column.width).toBeLessThanOrEqual(style.sheet.width - style.padding);
      expect(column.textWidth).toBeLessThanOrEqual(column.width);
      expect(column.x + column.width).toBeLessThan(style.sheet.width - style.scrollbarInset);
    }
    expect(bodyColumn(DOCUMENT_STYLES.memo).textWidth).toBe(492);
    expect(bodyColumn(DOCUMENT_STYLES.message).textWidth).toBe(470);
    expect(bodyColumn(DOCUMENT_STYLES.receipt).textWidth).toBe(320);
  });

  it('sets a receipt one size smaller, never under 14', () => {
    expect(bodySizeFor(DOCUMENT_STYLES.receipt, 17)).toBe(16);
    expect(bodySizeFor(DOCUMENT_STYLES.receipt, 14)).toBe(14);
    expect(bodySizeFor(DOCUMENT_STYLES.memo, 17)).toBe(17);
  });
});
