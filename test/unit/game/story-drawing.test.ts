/**
 * Every passage of the case drawn as the sheet draws it (header and body, through a fake
 * measure), checked for what a reader would notice: markup printed raw, internal ids printed,
 * details on a form that the page's own text contradicts.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import type { DrawOp } from '../../../src/game/layout/draw-ops';
import { passageWithAllText } from '../../../src/story/text';
import { drawn } from './drawn-passage';

// Every variant of a page's text in at once: whatever a state shows is drawn here somewhere.
const passages = story.chapters.flatMap((chapter) => chapter.passages).map(passageWithAllText);

type TextOp = Extract<DrawOp, { type: 'text' }>;
const texts = (ops: readonly DrawOp[]) => ops.filter((op): op is TextOp => op.type === 'text').map((op) => op.text);

describe('every passage of the case, as drawn', () => {
  it('has passages to check', () => {
    expect(passages.length).toBeGreaterThan(20);
    expect(passages.some((p) => p.body.includes('[['))).toBe(true);
  });

  it('prints no redaction markup raw: every [[…]] is a bar', () => {
    const raw = passages.flatMap((passage, i) =>
      texts(drawn(passage, i + 1).all)
        .filter((text) => text.includes('[[') || text.includes(']]'))
        .map((text) => `${passage.id}: ${text}`),
    );
    expect(raw).toEqual([]);
    // And the bars are there: as many as the marks (one at least per redacted passage).
    for (const passage of passages.filter((p) => p.body.includes('[['))) {
      expect(drawn(passage, 1).body.some((op) => op.type === 'bar')).toBe(true);
    }
  });

  it('prints no passage id anywhere on its sheet', () => {
    const leaks = passages.flatMap((passage, i) =>
      texts(drawn(passage, i + 1).all)
        .filter((text) => text.toLowerCase().includes(passage.id.toLowerCase()))
        .map((text) => `${passage.id}: ${text}`),
    );
    expect(leaks).toEqual([]);
  });

  it("prints on a boarding pass the seat the page's text gives, and no seat the text does not", () => {
    const travel = passages.filter((p) => p.kind === 'travel-record');
    expect(travel.length).toBeGreaterThan(0);
    let seats = 0;
    for (const passage of travel) {
      const header = texts(drawn(passage, 1).header);
      const seatLabel = header.indexOf('SEAT');
      expect(seatLabel).toBeGreaterThanOrEqual(0);
      const printed = header[seatLabel + 1];
      const inText = /\bseat\s+(\d{1,2}[A-K])\b/i.exec(passage.body)?.[1];
      if (inText) {
        seats++;
        expect(printed, passage.id).toBe(inText.toUpperCase());
      } else expect(printed, passage.id).toBe('\u2014');
    }
    expect(seats).toBeGreaterThan(0);
  });
});
