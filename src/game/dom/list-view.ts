/**
 * A list screen of the accessible layer (the history, the endings, the saves), from the same
 * list model the canvas draws: the heading, the intro, each row as a list item with its title,
 * its lines and its buttons, then the sheet's own buttons and Back. A change of the model is
 * drawn in place, and the focus stays on the control of the same name; a question waiting is
 * an alert dialog over the list.
 */
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import type { ListBuilder, ListModel } from '../lists/list-types';
import { askedQuestion } from '../questions';
import {
  type BuildContext,
  button,
  buttonLabelled,
  buttonNav,
  heading,
  labelOf,
  paragraph,
  type ScreenView,
  type ScreenViewBuilder,
  UNIT,
} from './build';
import { type ConfirmDialog, questionDialog } from './confirm-dialog';
import { el } from './elements';

function keyOf(model: ListModel, snapshot: Snapshot): string {
  return JSON.stringify([model, snapshot.confirm]);
}

/** "HISTORY" as a heading says it: "History". */
function headingOf(title: string): string {
  return title.slice(0, 1) + title.slice(1).toLowerCase();
}

export function listView(list: ListBuilder): ScreenViewBuilder {
  return (ctx: BuildContext, first: Snapshot): ScreenView => {
    const { doc, controller } = ctx;
    const h1 = heading(ctx, 'h1', headingOf(list(first, new Date()).title));
    const body = el(doc, 'div', { className: 'al-list-body' });
    const element = el(doc, 'section', { className: 'al-list-screen' }, [h1, body]);
    let dialog: ConfirmDialog | null = null;
    let shown = '';
    const render = (snapshot: Snapshot) => {
      const model = list(snapshot, new Date());
      shown = keyOf(model, snapshot);
      const rows = model.rows.map((row) =>
        el(doc, 'li', { className: 'al-item al-row' }, [
          el(doc, 'h2', {
            className: `${UNIT} al-heading`,
            text: row.mark ? `${row.title} (${row.mark.toLowerCase()})` : row.title,
          }),
          ...row.detail.map((line) => paragraph(ctx, line)),
          ...row.actions.map((action) => button(ctx, action.label, () => action.act(controller))),
        ]),
      );
      body.replaceChildren(
        ...[
          paragraph(ctx, model.intro),
          rows.length > 0
            ? el(doc, 'ul', { className: 'al-list', attrs: { 'aria-label': headingOf(model.title) } }, rows)
            : paragraph(ctx, model.empty),
          buttonNav(ctx, headingOf(model.title), [
            ...model.footer.map((action) => button(ctx, action.label, () => action.act(controller))),
            button(ctx, LABELS.back, () => controller.back(), { key: 'Esc' }),
          ]),
        ],
      );
      dialog?.element.remove();
      const question = snapshot.confirm;
      dialog = question !== null && question !== 'new-case' ? questionDialog(ctx, askedQuestion(question)) : null;
      for (const part of [h1, body]) part.toggleAttribute('inert', dialog !== null);
      if (dialog) element.append(dialog.element);
    };
    render(first);
    return {
      element,
      heading: h1,
      initialFocus: () => dialog?.initialFocus ?? h1,
      update(_previous, next, focus) {
        const model = list(next, new Date());
        if (keyOf(model, next) === shown) return true;
        const before =
          focus.before instanceof HTMLElement && element.contains(focus.before) ? labelOf(focus.before) : null;
        const hadDialog = dialog !== null;
        render(next);
        if (dialog) focus.move(dialog.initialFocus);
        else if (before !== null || hadDialog) focus.move((before && buttonLabelled(body, before)) || h1);
        return true;
      },
    };
  };
}
