/**
 * Everything the sheet draws for a passage of the case, at the normal text size, through a
 * fake monospace measure: its printed form and its typed body, for tests that read drawings.
 */
import { story } from '../../../src/content/story';
import { layoutDocument } from '../../../src/game/layout/document';
import { bodyColumn, bodySizeFor, DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import type { MeasureFont } from '../../../src/game/layout/draw-ops';
import { layoutHeader } from '../../../src/game/layout/header';
import { themeFor } from '../../../src/game/theme';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import type { ShownPassage } from '../../../src/story/text';

const measure: MeasureFont = (text, font) => text.length * font.size * 0.6;
const theme = themeFor(DEFAULT_SETTINGS);

/**
 * Everything the sheet draws for a passage as shown: its printed form and its typed body. For
 * the story as written, pass `passageWithAllText(passage)` (every variant of its text in).
 */
export function drawn(passage: ShownPassage, index: number) {
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
