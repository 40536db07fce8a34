/**
 * Every passage of the case drawn as the sheet draws it (header and body, through a fake
 * measure), checked for what a reader would notice: markup printed raw, internal ids printed,
 * details on a form that the page's own text contradicts.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { layoutDocument } from '../../../src/game/layout/document';
import { bodyColumn, bodySizeFor, DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import type { DrawOp, MeasureFont } from '../../../src/game/layout/draw-ops';
import { layoutHeader } from '../../../src/game/layout/header';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import type { Passage } from '../../../src/story/types';

const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;
const theme = themeFor(DEFAULT_SETTINGS);
const passages = story.chapters.flatMap((chapter) => chapter.passages);

type TextOp = Extract<DrawOp, { type: 'text' }>;
const texts = (ops: readonly DrawOp[]) => ops.filter((op): op is TextOp => op.type === 'text').map((op) => op.text);

/** Everything the sheet draws for a passage: its printed form and its typed body. */
function drawn(passage: Passage, index: number) {
  const style = DOCUMENT_STYLES[passage.kind];
  const body = layoutDocument(
    passage.kind,
    passage.body,
    {
      width: bodyColumn(style).textWidth,
      bodySize: bodySizeFor(style, theme.bodySize),
      lineHeight: theme.lineHeight,
      handSize: theme.handSize,
      ownSenders: story.meta.subject.senders,
    },
    measure,
  );
  const header = layoutHeader(
    {
      kind: passage.kind,
      caseNumber: story.meta.caseNumber,
      subject: story.meta.subject.passenger ?? story.meta.subject.name,
      index,
      passageId: passage.id,
      title: passage.title,
      date: passage.date,
      place: passage.place,
      body: passage.body,
      bodySize: theme.bodySize,
      bodyHeight: body.height,
      boldFace: false,
      highContrast: false,
    },
    measure,
  );
  return { header: header.ops, body: body.ops, all: [...header.ops, ...body.ops] };
}

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
