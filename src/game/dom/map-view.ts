/**
 * The branch map's accessible twin: the pages seen, by chapter, each a button named by its
 * title and chapter that reopens the file there (the canvas map's jump), with its choices taken
 * and not taken; how many pages of each chapter are still unseen; Back.
 */
import { completion } from '../../story/progress';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { choicesLine, mapChapters, pageName } from '../lists/map-model';
import { type BuildContext, button, buttonNav, heading, paragraph, type ScreenView } from './build';
import { el } from './elements';

export function mapView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller, story } = ctx;
  const h1 = heading(ctx, 'h1', 'Branch map');
  const done = completion(snapshot.progress, story);
  const chapters = mapChapters(snapshot).map((chapter) => {
    const unseen = chapter.total - chapter.pages.length;
    return el(doc, 'section', { className: 'al-part', attrs: { 'aria-label': `Chapter ${chapter.number}` } }, [
      heading(ctx, 'h2', `Chapter ${chapter.number}: ${chapter.title}`),
      paragraph(
        ctx,
        `${chapter.pages.length} of ${chapter.total} pages seen${unseen > 0 ? `; ${unseen} not seen yet` : ''}.`,
      ),
      chapter.pages.length > 0
        ? el(
            doc,
            'ul',
            { className: 'al-list' },
            chapter.pages.map((page) =>
              el(doc, 'li', { className: 'al-item' }, [
                button(ctx, pageName(page), () => controller.replay.jumpToPage(page.id)),
                paragraph(
                  ctx,
                  `${page.current ? 'The page on the desk now. ' : page.onPath ? 'On this case\u2019s path. ' : ''}Reopens as case ${page.caseNumber} left it. ${choicesLine(page)}`,
                ),
              ]),
            ),
          )
        : null,
    ]);
  });
  const element = el(doc, 'section', { className: 'al-map' }, [
    h1,
    paragraph(
      ctx,
      `Every page you have seen, by chapter. Choose one to reopen the file there and try another door. ${done.pages.seen} of ${done.pages.total} pages seen, ${done.endings.found} of ${done.endings.total} endings found.`,
    ),
    ...chapters,
    buttonNav(ctx, 'Branch map', [button(ctx, LABELS.back, () => controller.back(), { key: 'Esc' })]),
  ]);
  return {
    element,
    heading: h1,
    initialFocus: () => h1,
    // The map is read again when it opens; a change while it is open (a notice) keeps it.
    update: (previous, next) => previous.progress === next.progress && previous.run === next.run,
  };
}
