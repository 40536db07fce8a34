/**
 * A question asked before something is lost (a saved case, a slot's save), as an alert dialog: its question
 * and what it means, then the two answers in the order the canvas draws them. The focus starts
 * on the answer that loses nothing; Tab stays inside; Escape (keyboard.ts) answers No.
 */
import { CONTROL_LABELS as LABELS } from '../control-labels';
import { type AskedQuestion, askedQuestion } from '../questions';
import { type BuildContext, button, UNIT } from './build';
import { el } from './elements';

export interface ConfirmDialog {
  readonly element: HTMLElement;
  /** The answer that loses nothing. */
  readonly initialFocus: HTMLElement;
}

export function newCaseDialog(ctx: BuildContext): ConfirmDialog {
  return questionDialog(ctx, askedQuestion('new-case'));
}

/** Any question the snapshot asks (questions.ts), with the answer that loses nothing first. */
export function questionDialog(ctx: BuildContext, question: AskedQuestion): ConfirmDialog {
  const { doc, controller, prefix } = ctx;
  const titleId = `${prefix}-confirm-title`;
  const detailId = `${prefix}-confirm-detail`;
  const keep = button(ctx, LABELS[question.keep.control], () => question.keep.act(controller), { key: 'Esc' });
  const replace = button(ctx, LABELS[question.go.control], () => question.go.act(controller));
  const answers = [keep, replace];
  for (const answer of answers) answer.dataset.caption = question.title;
  const element = el(
    doc,
    'div',
    {
      className: 'al-dialog',
      attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': detailId },
    },
    [
      el(doc, 'h2', { className: `${UNIT} al-heading`, text: question.title, attrs: { id: titleId } }),
      el(doc, 'p', { className: UNIT, text: question.detail, attrs: { id: detailId } }),
      el(
        doc,
        'ul',
        { className: 'al-list' },
        answers.map((answer) => el(doc, 'li', { className: 'al-item' }, [answer])),
      ),
    ],
  );
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const [first, last] = [answers[0], answers[answers.length - 1]];
    const active = doc.activeElement;
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus({ preventScroll: true });
    }
  });
  return { element, initialFocus: keep };
}
