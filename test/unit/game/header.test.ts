import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import type { DrawOp, MeasureFont } from '../../../src/game/layout/draw-ops';
import { FOOT_ALPHA, type HeaderInput, layoutHeader } from '../../../src/game/layout/header';
import { DOCUMENT_KINDS } from '../../../src/story/types';

/** A fake monospace measure: each character is 0.6 of the type size wide. */
const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;

const input: HeaderInput = {
  kind: 'memo',
  caseNumber: 'CASE/0001',
  subject: 'DOE / MS',
  index: 3,
  passageId: 'ch1-test',
  title: 'A short title',
  date: '9 March 2015',
  place: 'Beijing',
  bodySize: 17,
  bodyHeight: 100,
  boldFace: false,
  highContrast: false,
};

type TextOp = Extract<DrawOp, { type: 'text' }>;
const textOps = (ops: readonly DrawOp[]): TextOp[] => ops.filter((op): op is TextOp => op.type === 'text');
const texts = (ops: readonly DrawOp[]) => textOps(ops).map((op) => op.text);
const find = (ops: readonly DrawOp[], text: string) => textOps(ops).find((op) => op.text === text);

/** Left and right ends of a text op, by its alignment. */
function extent(op: TextOp): [number, number] {
  const width = measure(op.text, op.font);
  if (op.align === 'right') return [op.x - width, op.x];
  if (op.align === 'center') return [op.x - width / 2, op.x + width / 2];
  return [op.x, op.x + width];
}

describe('layoutHeader', () => {
  it('prints the case number and the subject it is given', () => {
    const memo = layoutHeader(input, measure);
    expect(texts(memo.ops)).toContain('FILE CASE/0001  \u00b7  DOC 003');
    const travel = layoutHeader({ ...input, kind: 'travel-record' }, measure);
    expect(texts(travel.ops)).toContain('DOE / MS');
    expect(travel.ops.some((op) => op.type === 'barcode')).toBe(true);
  });

  it('keeps date and place beside the stamp when they fit, and gives the place its own line when not', () => {
    const beside = layoutHeader(input, measure);
    expect(find(beside.ops, 'PLACE')?.y).toBe(find(beside.ops, 'DATE')?.y);
    const long = layoutHeader({ ...input, place: 'Beijing Capital International Airport, Terminal 3' }, measure);
    const date = find(long.ops, 'DATE');
    const place = find(long.ops, 'PLACE');
    expect(place?.y).toBeGreaterThan(date?.y ?? 0);
    expect(place?.x).toBe(DOCUMENT_STYLES.memo.padding);
    expect(texts(long.ops)).toContain('Beijing Capital International Airport, Terminal 3');
    // Everything under the fields moves down with them.
    expect(long.viewport.y).toBeGreaterThan(beside.viewport.y);
    const ruleY = (ops: readonly DrawOp[]) => {
      const rule = ops.find((op) => op.type === 'rule' && op.weight === 2);
      return rule?.type === 'rule' ? rule.y1 : 0;
    };
    expect(ruleY(long.ops)).toBeGreaterThan(ruleY(beside.ops));
  });

  it('wraps a long title, every word kept, and pushes the body down', () => {
    const short = layoutHeader(input, measure);
    const title = 'A very long title about a second meeting, unrequested, from the recording the ministry holds';
    const long = layoutHeader({ ...input, title }, measure);
    const size = Math.round(17 * 1.12);
    const lines = textOps(long.ops).filter((op) => op.font.role === 'bodyBold' && op.font.size === size);
    // Struck twice (no bold face): every line is printed twice, 0.6 apart.
    const unique = [...new Set(lines.map((op) => op.text))];
    expect(unique.length).toBeGreaterThan(2);
    expect(unique.join(' ')).toBe(title.toUpperCase());
    expect(long.viewport.y - short.viewport.y).toBe((unique.length - 1) * Math.round(size * 1.3));
    expect(long.viewport.height).toBe(short.viewport.height - (long.viewport.y - short.viewport.y));
  });

  it('strikes the title once in a face with a bold of its own', () => {
    const bold = layoutHeader({ ...input, boldFace: true }, measure);
    expect(texts(bold.ops).filter((text) => text === 'A SHORT TITLE')).toHaveLength(1);
  });

  it('puts the page number at the right when the body fits, and between reference and hint when it scrolls', () => {
    const fits = layoutHeader(input, measure);
    expect(fits.scrollable).toBe(false);
    expect(find(fits.ops, 'PAGE 3')?.align).toBe('right');
    const scrolls = layoutHeader({ ...input, bodyHeight: 5000 }, measure);
    expect(scrolls.scrollable).toBe(true);
    const page = find(scrolls.ops, 'PAGE 3');
    expect(page?.align).toBe('center');
    const hintStart = scrolls.scrollHint.right - measure(scrolls.scrollHint.text, scrolls.scrollHint.font);
    if (page) expect(extent(page)[1]).toBeLessThan(hintStart);
  });

  it('drops the page number rather than let it overlap the scroll hint', () => {
    const crowded = layoutHeader({ ...input, bodyHeight: 5000, caseNumber: 'A-REFERENCE-'.repeat(6) }, measure);
    expect(texts(crowded.ops)).not.toContain('PAGE 3');
    const hintStart = crowded.scrollHint.right - measure(crowded.scrollHint.text, crowded.scrollHint.font);
    const reference = textOps(crowded.ops).filter((op) => op.alpha === FOOT_ALPHA);
    expect(reference.length).toBeGreaterThan(0);
    for (const op of reference) expect(extent(op)[1]).toBeLessThan(hintStart);
  });

  it('centres a receipt header and lands the stamp in the middle, below it', () => {
    const receipt = layoutHeader({ ...input, kind: 'receipt', place: 'A pub near the university' }, measure);
    const centre = DOCUMENT_STYLES.receipt.sheet.width / 2;
    const printed = textOps(receipt.ops);
    expect(printed.length).toBeGreaterThan(2);
    for (const op of printed) {
      expect(op.align).toBe('center');
      expect(Math.abs(op.x - centre)).toBeLessThanOrEqual(0.6);
    }
    expect(texts(receipt.ops)).toContain('A PUB NEAR THE UNIVERSITY');
    expect(receipt.stamp).toEqual({ x: centre, y: DOCUMENT_STYLES.receipt.stamp.y, align: 'center' });
    expect(printed.some((op) => op.text.startsWith('PAGE'))).toBe(false);
  });

  it('lets a long shop name take three lines rather than drop one, and moves the rest down', () => {
    const short = layoutHeader({ ...input, kind: 'receipt' }, measure);
    const shop =
      'The Golden Dragon Cantonese restaurant, tea house and bakery, 24 Gerrard Street, Soho, London W1D 6JE, England';
    const long = layoutHeader({ ...input, kind: 'receipt', place: shop }, measure);
    const lines = textOps(long.ops).filter((op) => op.font.role === 'monoBold');
    expect(lines.map((op) => op.text).join(' ')).toBe(shop.toUpperCase());
    expect(lines.length).toBeGreaterThan(2);
    expect(long.stamp.y).toBeGreaterThan(short.stamp.y);
    expect(long.viewport.y).toBeGreaterThan(short.viewport.y);
  });

  it('fits a boarding-pass field by shrinking, then wrapping, and grows the pass', () => {
    const pass = (place: string) => {
      const header = layoutHeader({ ...input, kind: 'travel-record', place }, measure);
      const card = header.ops.find((op) => op.type === 'box' && op.fill === 'pass');
      return { header, height: card?.type === 'box' ? card.height : 0 };
    };
    // Both places are too long to sit beside the stamp: only the pass differs.
    const short = pass('Beijing Capital');
    const long = pass('Beijing Capital International Airport');
    expect(short.height).toBe(104);
    expect(long.height).toBeGreaterThan(104);
    const values = textOps(long.header.ops).filter((op) => op.font.role === 'mono' && op.font.size === 11);
    expect(values.map((op) => op.text).join(' ')).toContain('Beijing Capital International Airport');
    expect(texts(long.header.ops).some((text) => text.includes('\u2026'))).toBe(false);
    expect(long.header.viewport.y - short.header.viewport.y).toBe(long.height - short.height);
  });

  it('draws redactions in the header as bars, never as text', () => {
    const header = layoutHeader({ ...input, place: 'Beijing, [[name of the body withheld]], room 4' }, measure);
    expect(texts(header.ops).join(' ')).not.toContain('withheld');
    expect(header.ops.filter((op) => op.type === 'bar')).toHaveLength(1);
    expect(texts(header.ops)).toEqual(expect.arrayContaining(['Beijing, ', ', room 4']));
  });

  it('punches holes in a notebook page only, and none in high contrast', () => {
    const holes = (kind: HeaderInput['kind'], highContrast = false) =>
      layoutHeader({ ...input, kind, highContrast }, measure).ops.filter((op) => op.type === 'hole').length;
    expect(holes('interview-note')).toBe(3);
    expect(holes('interview-note', true)).toBe(0);
    expect(holes('memo')).toBe(0);
  });

  it('frames a message printout around the body', () => {
    const header = layoutHeader({ ...input, kind: 'message' }, measure);
    const frame = header.ops.find((op) => op.type === 'box' && op.stroke !== null);
    expect(frame?.type).toBe('box');
    if (frame?.type !== 'box') return;
    const { viewport } = header;
    expect(frame.x).toBeLessThan(viewport.x);
    expect(frame.y).toBeLessThan(viewport.y);
    expect(frame.x + frame.width).toBeGreaterThan(viewport.x + viewport.width);
    expect(frame.y + frame.height).toBeGreaterThan(viewport.y + viewport.height);
  });

  it('keeps every text op and bar inside the sheet, for every kind, with long inputs', () => {
    const long: Partial<HeaderInput> = {
      caseNumber: 'A-CASE-NUMBER/THAT-GOES-ON-AND-ON/2024-0417-000000001',
      title: 'A title that runs for a very long time, much longer than any title in the story has',
      date: 'Some time between the October of 2020 and the January of 2021',
      place: 'A place with [[a long redacted name]] and a long street address, London, England',
      passageId: 'chapter-eight-a-passage-id-that-is-long',
      index: 123,
      bodyHeight: 5000,
    };
    for (const kind of DOCUMENT_KINDS) {
      const { width, height } = DOCUMENT_STYLES[kind].sheet;
      for (const variant of [{}, long]) {
        const header = layoutHeader({ ...input, ...variant, kind }, measure);
        for (const op of header.ops) {
          if (op.type === 'text') {
            const [left, right] = extent(op);
            expect(left, `${kind}: ${op.text}`).toBeGreaterThanOrEqual(0);
            expect(right, `${kind}: ${op.text}`).toBeLessThanOrEqual(width);
            expect(op.y - op.font.size, `${kind}: ${op.text}`).toBeGreaterThanOrEqual(0);
            expect(op.y, `${kind}: ${op.text}`).toBeLessThanOrEqual(height);
          }
          if (op.type === 'bar') expect(op.x + op.width).toBeLessThanOrEqual(width);
        }
        expect(header.viewport.y + header.viewport.height).toBeLessThanOrEqual(height);
      }
    }
  });

  it('holds no story text: the case number and the subject come in as inputs', () => {
    for (const file of ['header.ts', 'boarding-pass.ts', 'printed.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../../src/game/layout', file), 'utf8');
      expect(source, file).not.toMatch(/WANG|MSS\/|CHO\b/);
    }
  });
});
