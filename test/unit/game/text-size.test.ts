/**
 * The text-size setting reaches what is set in fixed sizes: a document's printed form (and its
 * boarding pass), the contents card, the closing note. Each grows with the text size, and
 * nothing shrinks as the player asks for larger text.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { fitClosingNote } from '../../../src/game/layout/closing-note';
import { contentsTypeAt, layoutContents } from '../../../src/game/layout/contents';
import type { DrawOp, MeasureFont } from '../../../src/game/layout/draw-ops';
import { type HeaderInput, layoutHeader } from '../../../src/game/layout/header';
import { textScale } from '../../../src/game/layout/type-scale';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS, TEXT_SIZES } from '../../../src/save/settings-types';
import { fullText } from '../../../src/story/text';

const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;
const sized = (text: string, size: number) => text.length * size * 0.5;
const themes = TEXT_SIZES.map((textSize) => themeFor({ ...DEFAULT_SETTINGS, textSize }));

type TextOp = Extract<DrawOp, { type: 'text' }>;
const sizeOf = (ops: readonly DrawOp[], pick: (text: string) => boolean) =>
  ops.find((op): op is TextOp => op.type === 'text' && pick(op.text))?.font.size ?? 0;

/** Each value no smaller than the one before, and the last larger than the first. */
function growing(values: readonly number[], what: string) {
  for (let i = 1; i < values.length; i++) expect(values[i], what).toBeGreaterThanOrEqual(values[i - 1] ?? 0);
  expect(values[values.length - 1], what).toBeGreaterThan(values[0] ?? 0);
}

const header = (bodySize: number, kind: HeaderInput['kind'] = 'memo') =>
  layoutHeader(
    {
      kind,
      caseNumber: 'CASE/0001',
      subject: 'DOE / MS',
      index: 3,
      passageId: 'p',
      title: 'A short title',
      date: '9 March 2015',
      place: 'Beijing',
      body: 'Seat 12A.',
      bodySize,
      bodyHeight: 100,
      boldFace: false,
      highContrast: false,
    },
    measure,
  ).ops;

describe('the text size', () => {
  it('is 1 at the normal size and grows from there', () => {
    growing(
      themes.map((t) => textScale(t.bodySize)),
      'scale',
    );
    expect(textScale(themes[0]?.bodySize ?? 0)).toBe(1);
  });

  it('sets every part of a form header larger: file line, kind, labels, values, page foot', () => {
    const forms = themes.map((t) => header(t.bodySize));
    const parts: Record<string, (text: string) => boolean> = {
      'file line': (t) => t.startsWith('FILE CASE/0001  '),
      kind: (t) => t === 'MEMORANDUM',
      label: (t) => t === 'DATE',
      value: (t) => t === '9 March 2015',
      title: (t) => t === 'A SHORT TITLE',
      foot: (t) => t.startsWith('PAGE'),
    };
    for (const [part, pick] of Object.entries(parts)) {
      growing(
        forms.map((ops) => sizeOf(ops, pick)),
        part,
      );
    }
    const passes = themes.map((t) => header(t.bodySize, 'travel-record'));
    growing(
      passes.map((ops) => sizeOf(ops, (t) => t === 'SEAT')),
      'pass label',
    );
    growing(
      passes.map((ops) => sizeOf(ops, (t) => t === '12A')),
      'pass value',
    );
  });

  it('writes the contents card larger, its rows spaced wider', () => {
    const entries =
      story.chapters[0]?.passages.map((p, i) => ({ number: i + 1, kind: p.kind, title: p.title, current: false })) ??
      [];
    const rows = themes.map((t) => {
      const type = contentsTypeAt(textScale(t.bodySize));
      const layout = layoutContents(
        entries,
        {
          top: type.firstBaseline,
          lineSpacing: type.lineSpacing,
          lines: 18,
          titleWidth: 280 - type.titleX - 10,
          titleSize: type.titleSize,
          titleMin: type.titleMin,
        },
        sized,
      );
      return { type, layout };
    });
    growing(
      rows.map((r) => Math.min(...r.layout.rows.map((row) => row.titleSize))),
      'smallest title',
    );
    growing(
      rows.map((r) => r.type.lineSpacing),
      'row spacing',
    );
    growing(
      rows.map((r) => r.type.numberSize),
      'number',
    );
    growing(
      rows.map((r) => r.type.kindSize),
      'kind',
    );
  });

  it('writes the closing note larger, never smaller, however little room it has', () => {
    const written = story.chapters.flatMap((c) => c.passages).find((p) => p.ending)?.ending?.summary ?? '';
    const summary = fullText(written);
    expect(summary.length).toBeGreaterThan(40);
    const normalHandSize = themes[0]?.handSize ?? 0;
    for (const room of [400, 120, 60]) {
      const notes = themes.map((t) =>
        fitClosingNote(
          summary,
          { width: 380, room },
          { bodySize: t.bodySize, handSize: t.handSize, normalHandSize },
          sized,
        ),
      );
      for (let i = 1; i < notes.length; i++)
        expect(notes[i]?.size, `room ${room}`).toBeGreaterThanOrEqual(notes[i - 1]?.size ?? 0);
      growing(
        notes.map((n) => n.headingSize),
        'heading',
      );
      for (const note of notes) expect(note.lines.join(' ')).toBe(summary);
    }
    const roomy = themes.map((t) =>
      fitClosingNote(
        summary,
        { width: 380, room: 2000 },
        { bodySize: t.bodySize, handSize: t.handSize, normalHandSize },
        sized,
      ),
    );
    growing(
      roomy.map((n) => n.size),
      'note in room',
    );
  });
});
