/**
 * The ending screen of the accessible layer: the ending's title, verdict and closing note, what
 * the closed file holds (the rows on the folder's label), the last document and the file's
 * contents, each a region with its heading, then the way out.
 */
import { ENDING_RECORD_CONTROL, ENDING_RECORD_EVENT, ENDING_RECORD_SHOWN_EVENT } from '../control-keys';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { type BuildContext, button, buttonNav, heading, paragraph, type ScreenView, staticView, UNIT } from './build';
import { documentSection } from './case-view';
import { el } from './elements';
import { contentsSection, recordSection, summarySection } from './file-parts';

export function endingView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller } = ctx;
  const passage = snapshot.passage;
  const ending = passage?.ending;
  const h1 = heading(ctx, 'h1', ending?.title ?? 'Case closed');
  const documentPart = documentSection(ctx, el(doc, 'h2', { className: `${UNIT} al-heading` }));
  if (passage) documentPart.show(passage);
  const contents = contentsSection(ctx);
  contents.show(snapshot);
  const record = recordSection(ctx);
  record.show(snapshot);
  const element = el(doc, 'article', { className: 'al-ending' }, [
    h1,
    ending ? paragraph(ctx, `Verdict: ${ending.verdict}`, 'al-verdict') : null,
    ending ? paragraph(ctx, ending.summary, 'al-summary') : null,
    summarySection(ctx, snapshot),
    record.element,
    documentPart.element,
    contents.element,
    buttonNav(ctx, 'Case closed', [
      button(ctx, LABELS.newCase, () => controller.newCase()),
      button(ctx, LABELS.returnToTitle, () => controller.toTitle()),
      button(ctx, LABELS.stepBack, () => controller.stepBack(), { key: 'Bksp' }),
      button(ctx, LABELS.history, () => controller.open('history')),
      button(ctx, LABELS.branchMap, () => controller.open('map')),
      // As the canvas draws the tab only when there is something on record.
      ...(snapshot.record.length > 0 ? [recordSwap(ctx)] : []),
    ]),
  ]);
  // The live region is labelled by the ending's heading; the passage title is its own h2.
  documentPart.element.setAttribute('aria-label', 'The last document');
  documentPart.element.removeAttribute('aria-labelledby');
  documentPart.element.removeAttribute('aria-live');
  return {
    ...staticView(element, h1),
    update: (previous, next) => previous.pageNumber === next.pageNumber,
  };
}

/**
 * The twin of the desk ending's tab that swaps the last document and the record card (shown only
 * where the canvas draws the tab): the record's lines are in this layer already, so the swap is
 * the canvas's business, asked for by an event, and the twin takes the tab's new name from one.
 */
function recordSwap(ctx: BuildContext): HTMLButtonElement {
  const { doc } = ctx;
  const swap = button(ctx, LABELS.showRecord, () => doc.dispatchEvent(new CustomEvent(ENDING_RECORD_EVENT)), {
    className: 'al-ending-record',
  });
  swap.dataset.control = ENDING_RECORD_CONTROL;
  const rename = (event: Event) => {
    // A view left behind by a later screen stops listening.
    if (!swap.isConnected) {
      doc.removeEventListener(ENDING_RECORD_SHOWN_EVENT, rename);
      return;
    }
    const label = swap.querySelector('.al-label');
    if (label) label.textContent = (event as CustomEvent<boolean>).detail ? LABELS.showLastDocument : LABELS.showRecord;
  };
  doc.addEventListener(ENDING_RECORD_SHOWN_EVENT, rename);
  return swap;
}
