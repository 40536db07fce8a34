/**
 * The parts of the file the canvas draws around the document, for the accessible layer: the
 * contents card (every document so far, layout/contents.ts), what the file holds on record
 * (story/record.ts) and the closed file's summary rows (layout/file-summary.ts). Each is a region with its own heading, so a screen reader can jump
 * between the document, the choices and the file.
 */
import { findPassage } from '../../story/engine';
import type { Snapshot } from '../controller';
import { contentsEntries } from '../layout/contents';
import { fileSummaryRows } from '../layout/file-summary';
import { type BuildContext, UNIT } from './build';
import { el } from './elements';
import { kindLabel, readRedactions } from './text';

/** A region named by its h2. */
export function region(ctx: BuildContext, id: string, title: string, className: string): HTMLElement {
  const headingId = `${ctx.prefix}-${id}`;
  return el(ctx.doc, 'section', { className, attrs: { 'aria-labelledby': headingId } }, [
    el(ctx.doc, 'h2', { className: `${UNIT} al-heading`, text: title, attrs: { id: headingId } }),
  ]);
}

/** "3. Memo: The dinner", the current one marked as the current page. */
export function contentsItems(ctx: BuildContext, snapshot: Snapshot): HTMLElement[] {
  const entries = contentsEntries(snapshot.documents, (id) => findPassage(snapshot.story, id));
  return entries.map((entry) =>
    el(ctx.doc, 'li', {
      className: `${UNIT} al-item`,
      text: `${entry.number}. ${kindLabel(entry.kind)}: ${readRedactions(entry.title)}`,
      attrs: { 'aria-current': entry.current ? 'page' : undefined },
    }),
  );
}

/** The contents of the file, kept up to date by `show`. */
export function contentsSection(ctx: BuildContext): { element: HTMLElement; show(snapshot: Snapshot): void } {
  const list = el(ctx.doc, 'ol', { className: 'al-list al-contents-list' });
  const element = region(ctx, 'contents', 'Contents of the file', 'al-contents');
  element.append(list);
  return {
    element,
    show(snapshot) {
      const items = contentsItems(ctx, snapshot);
      element.hidden = items.length === 0;
      list.replaceChildren(...items);
    },
  };
}

/** What the file holds on record, by section: each an h3 and its lines; hidden while empty. */
export function recordSection(ctx: BuildContext): { element: HTMLElement; show(snapshot: Snapshot): void } {
  const element = region(ctx, 'record', 'On record', 'al-record');
  const body = el(ctx.doc, 'div', { className: 'al-record-sections' });
  element.append(body);
  return {
    element,
    show(snapshot) {
      element.hidden = snapshot.record.length === 0;
      body.replaceChildren(
        ...snapshot.record.map((part) =>
          el(ctx.doc, 'section', { className: 'al-record-section' }, [
            el(ctx.doc, 'h3', { className: `${UNIT} al-heading`, text: part.section }),
            el(
              ctx.doc,
              'ul',
              { className: 'al-list' },
              part.lines.map((line) => el(ctx.doc, 'li', { className: `${UNIT} al-item`, text: line })),
            ),
          ]),
        ),
      );
    },
  };
}

/** What the closed file holds, row by row as on the folder's label: "Documents: 11 in the file". */
export function summarySection(ctx: BuildContext, snapshot: Snapshot): HTMLElement {
  const rows = fileSummaryRows({
    documents: snapshot.documents.length,
    exhibits: snapshot.exhibits.map((exhibit) => exhibit.label),
    variables: snapshot.run?.state.variables ?? {},
    rows: snapshot.story.meta.fileSummary,
  });
  const element = region(ctx, 'summary', 'What the file holds', 'al-file-summary');
  element.append(
    el(
      ctx.doc,
      'ul',
      { className: 'al-list' },
      rows.map(([label, value]) => el(ctx.doc, 'li', { className: `${UNIT} al-item`, text: `${label}: ${value}` })),
    ),
  );
  return element;
}
