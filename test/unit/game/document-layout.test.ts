import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import {
  clampScroll,
  followScroll,
  layoutDocument,
  typedChars,
  typingCursorY,
} from '../../../src/game/layout/document';
import type { DrawOp, MeasureFont } from '../../../src/game/layout/draw-ops';
import { layoutSources } from '../../../src/game/layout/sources';
import { DOCUMENT_KINDS } from '../../../src/story/types';
import { facts, testMeta } from '../../fixtures/meta';

const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;
const options = { width: 500, bodySize: 17, lineHeight: 26, handSize: 25 };

const texts = (ops: readonly DrawOp[]) => ops.flatMap((op) => (op.type === 'text' ? [op.text] : []));

describe('layoutDocument', () => {
  it("clips the report's slip after the text, and the typing never follows it before the end", () => {
    const slip = {
      heading: 'FROM THE REPORT · F1',
      entries: [{ fact: 'F1', words: 'He had access, it says.' }],
      attribution: 'A paper',
    };
    const body = Array.from(
      { length: 12 },
      (_, i) => `Paragraph ${i} of the memo, long enough to wrap once or twice here.`,
    ).join('\n\n');
    const plain = layoutDocument('memo', body, options, measure);
    const clipped = layoutDocument('memo', body, { ...options, slip }, measure);
    expect(clipped.totalChars).toBe(plain.totalChars);
    expect(clipped.height).toBeGreaterThan(plain.height + 60);
    const box = clipped.ops.find((op) => op.type === 'box' && op.fill === 'note');
    expect(box?.type === 'box' && box.y).toBeGreaterThanOrEqual(plain.height);
    expect(texts(clipped.ops)).toContain('He had access, it says.');
    // Ten characters in, the typing position is at the top of the page, not at the slip.
    expect(typingCursorY(clipped, 10)).toBe(typingCursorY(plain, 10));
    expect(typingCursorY(clipped, clipped.totalChars)).toBe(typingCursorY(plain, plain.totalChars));
  });

  it('lays out every kind within the width, with typed characters counted', () => {
    const body = 'TO: A\nFROM: B\n\n[10:00] WANG: words [[hidden]] here\n21:04 line\nCho: hi\nItem | £1\nTOTAL | £1';
    for (const kind of DOCUMENT_KINDS) {
      const layout = layoutDocument(kind, body, options, measure);
      expect(layout.totalChars).toBeGreaterThan(0);
      expect(layout.height).toBeGreaterThan(0);
      for (const op of layout.ops) {
        if (op.type === 'text' && op.align !== 'right')
          expect(op.x + measure(op.text, op.font)).toBeLessThanOrEqual(500 + 1);
      }
    }
  });

  it('draws redactions as bars as wide as the hidden words, never as text', () => {
    const layout = layoutDocument('memo', 'The [[secret words]] stay hidden.', options, measure);
    const bars = layout.ops.filter((op) => op.type === 'bar');
    expect(bars).toHaveLength(1);
    const bar = bars[0];
    expect(bar?.type === 'bar' && bar.chars).toBe('secret words'.length);
    expect(bar?.type === 'bar' && bar.width).toBeCloseTo(measure('secret words', { role: 'body', size: 17 }) + 2);
    expect(texts(layout.ops).join('')).not.toContain('secret');
  });

  it('memo: prints the labels and types the values', () => {
    const layout = layoutDocument('memo', 'TO: Personnel\nRE: Exchange\n\nBody.', options, measure);
    const label = layout.ops.find((op) => op.type === 'text' && op.text === 'TO:');
    expect(label?.type === 'text' && label.printed).toBe(true);
    expect(texts(layout.ops)).toContain('Personnel');
  });

  it('transcript: speaker names in capitals with their timestamps', () => {
    const layout = layoutDocument('transcript', '[21:04] Wang: Good evening.', options, measure);
    expect(texts(layout.ops)).toEqual(expect.arrayContaining(['[21:04]', 'WANG:']));
  });

  it('invoice: the total underlined twice', () => {
    const layout = layoutDocument('invoice', 'Report | £1,200\nTOTAL | £1,200', options, measure);
    expect(texts(layout.ops)).toEqual(expect.arrayContaining(['TOTAL', '£1,200']));
    const rules = layout.ops.filter((op) => op.type === 'rule' && op.weight === 1.4);
    expect(rules).toHaveLength(2);
  });

  it('ledgers: a withheld amount or total is a bar beside its currency, never markup', () => {
    for (const kind of ['invoice', 'receipt'] as const) {
      const layout = layoutDocument(kind, 'Fee | £[[withheld]]\nTOTAL | £[[9,999]]', options, measure);
      expect(texts(layout.ops).some((t) => t.includes('[[') || t.includes(']]'))).toBe(false);
      expect(texts(layout.ops)).toContain('£');
      const bars = layout.ops.filter((op) => op.type === 'bar');
      expect(bars).toHaveLength(2);
      // Right-aligned on the column's edge, the bar ending it.
      for (const bar of bars) if (bar.type === 'bar') expect(bar.x + bar.width).toBeCloseTo(options.width, 0);
      expect(layout.totalChars).toBe('Fee'.length + '£withheld'.length + 'TOTAL'.length + '£9,999'.length);
    }
  });

  it('interview notes are handwritten on ruled lines', () => {
    const layout = layoutDocument('interview-note', 'Nervous. Asked twice about money.', options, measure);
    expect(layout.ruled).not.toBeNull();
    expect(layout.ops.every((op) => op.type !== 'text' || op.font.role === 'hand')).toBe(true);
  });

  it('messages: own bubbles on the right, others on the left', () => {
    const layout = layoutDocument('message', 'Cho: hi\nWang: hello', { ...options, ownSenders: ['Wang'] }, measure);
    const boxes = layout.ops.filter((op) => op.type === 'box');
    expect(boxes.map((b) => b.type === 'box' && b.tail)).toEqual(['left', 'right']);
  });

  it('long bodies grow taller instead of being cut', () => {
    const long = Array.from({ length: 40 }, () => 'A sentence that goes on for a while.').join(' ');
    const short = layoutDocument('travel-record', 'Short.', options, measure);
    const tall = layoutDocument('travel-record', long, options, measure);
    expect(tall.height).toBeGreaterThan(short.height * 10);
    expect(texts(tall.ops).join(' ').replace(/\s+/g, ' ')).toContain('A sentence that goes on for a while.');
  });

  it('records line starts for the carriage return', () => {
    const layout = layoutDocument(
      'travel-record',
      'one two three four five six seven',
      { ...options, width: 100 },
      measure,
    );
    expect(layout.lineStarts[0]).toBe(0);
    expect(layout.lineStarts.length).toBeGreaterThan(2);
  });
});

describe('typewriter and scrolling helpers', () => {
  it('types at the given speed and instantly when the speed is infinite', () => {
    expect(typedChars(500, 40, 100)).toBe(20);
    expect(typedChars(10_000, 40, 100)).toBe(100);
    expect(typedChars(0, Number.POSITIVE_INFINITY, 100)).toBe(100);
  });

  it('clamps scrolling to the content and follows the typing position', () => {
    expect(clampScroll(-5, 1000, 400)).toBe(0);
    expect(clampScroll(900, 1000, 400)).toBe(600);
    expect(clampScroll(50, 300, 400)).toBe(0);
    expect(followScroll(0, 390, 400, 1000)).toBeGreaterThan(0);
    expect(followScroll(0, 100, 400, 1000)).toBe(0);
  });

  it('opens a long message printout at its top and follows the typing down, never ahead of it', () => {
    const body = Array.from(
      { length: 16 },
      (_, i) => `${i % 2 ? 'Wang' : 'Cho'}: message number ${i} of the thread`,
    ).join('\n');
    const layout = layoutDocument('message', body, { ...options, ownSenders: ['Wang'] }, measure);
    const viewport = 300;
    expect(layout.height).toBeGreaterThan(viewport * 2);
    // Typing from the start, a frame at a time, the way the sheet follows it.
    let scroll = 0;
    const firstBox = layout.ops.find((op) => op.type === 'box');
    for (let typed = 1; typed <= layout.totalChars; typed += 3) {
      const cursor = typingCursorY(layout, typed);
      scroll = followScroll(scroll, cursor, viewport, layout.height);
      if (typed < 20) {
        expect(scroll).toBe(0);
        expect(cursor).toBeLessThanOrEqual((firstBox?.type === 'box' ? firstBox.y + firstBox.height : 0) + 1);
      }
      // What is being typed is always in view.
      expect(cursor).toBeGreaterThan(scroll);
      expect(cursor).toBeLessThanOrEqual(scroll + viewport);
    }
    expect(scroll).toBe(layout.height - viewport);
  });
});

describe('layoutSources', () => {
  it('lists F1-F13 with quotes attributed to the MSS via the report, and where each stands in it', () => {
    const layout = layoutSources(story.meta, { width: 800, bodySize: 16, lineHeight: 24 }, measure);
    const all = texts(layout.ops).join(' ');
    for (const id of ['F1', 'F7', 'F13']) expect(texts(layout.ops)).toContain(id);
    expect(all).toContain('ALLEGATIONS F1\u2013F13');
    expect(all).toContain('The MSS, via the report:');
    expect(all).toContain('Report, paragraph 9.');
    for (const heading of ['VERIFIABLE', 'UNVERIFIABLE', 'INVENTED', 'REPORT']) expect(all).toContain(heading);
    expect(all).toContain(story.meta.source.response);
  });

  it("lays out another story's sources from its own metadata, and leaves out what it has not", () => {
    const meta = testMeta({
      facts: facts('G1', 'G2'),
      notes: { verifiable: [], unverifiable: ['All.'], invented: [] },
    });
    const all = texts(layoutSources(meta, { width: 800, bodySize: 16, lineHeight: 24 }, measure).ops).join(' ');
    expect(all).toContain('ALLEGATIONS G1\u2013G2');
    expect(all).toContain('Claim G1.');
    expect(all).toContain('The Test Office (TO)');
    expect(all).not.toContain('MSS');
    expect(all).not.toContain('INVENTED');
    expect(all).toContain('UNVERIFIABLE');
    const bare = texts(
      layoutSources(
        testMeta({ source: { outlet: '', headline: '', claimant: '', claimantShort: '', response: '' } }),
        { width: 800, bodySize: 16, lineHeight: 24 },
        measure,
      ).ops,
    ).join(' ');
    expect(bare).not.toContain('REPORT');
    expect(bare).not.toContain('ALLEGATIONS');
  });
});
