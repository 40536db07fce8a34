/**
 * The case screen of the accessible layer: the passage in a live region, its choices as buttons
 * under their own heading, the exhibits and the file's contents, each a region with a heading.
 *
 * Where the focus goes (docs/architecture.md, "Keys and focus"): a new page puts it on the
 * page's heading, whatever the text speed; asking for the whole page (Space, Enter, the skip
 * button) moves it on to the choices' heading, never onto a choice, so the same key pressed
 * again does nothing more; a choice is taken by its number, or by Tab to it and Enter or Space.
 */
import type { ChoiceView } from '../../story/engine';
import type { ShownPassage } from '../../story/text';
import { CHOICES_CONTROL, FILE_DRAWER_EVENT, PAGE_CONTROL } from '../control-keys';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import {
  askForWholePage,
  type BuildContext,
  button,
  buttonNav,
  chapterLine,
  heading,
  paragraph,
  type ScreenView,
  UNIT,
} from './build';
import { el } from './elements';
import { contentsSection, recordSection } from './file-parts';
import { documentMeta, paragraphsOf, provenanceText } from './text';

/** The document itself: header, title, text and provenance, in a polite live region. */
export function documentSection(
  ctx: BuildContext,
  h1: HTMLElement,
): { element: HTMLElement; show(p: ShownPassage, chapterChanged?: boolean): void } {
  const chapter = paragraph(ctx, '', 'al-chapter');
  chapter.hidden = true;
  const meta = paragraph(ctx, '', 'al-meta');
  const body = el(ctx.doc, 'div', { className: 'al-body' });
  const provenance = paragraph(ctx, '', 'al-provenance');
  // The page's text lies over the document drawn on the desk (dom/placement.ts).
  const element = el(
    ctx.doc,
    'section',
    {
      className: 'al-document al-region',
      attrs: { 'aria-live': 'polite', 'data-control': PAGE_CONTROL },
    },
    [chapter, h1, meta, body, provenance],
  );
  element.setAttribute('aria-labelledby', `${ctx.prefix}-heading`);
  return {
    element,
    show(passage, chapterChanged = false) {
      const line = chapterChanged ? chapterLine(ctx, passage) : null;
      chapter.textContent = line ?? '';
      chapter.hidden = line === null;
      h1.textContent = passage.title;
      meta.textContent = documentMeta(passage);
      body.replaceChildren(...paragraphsOf(passage.body).map((text) => paragraph(ctx, text, 'al-text')));
      provenance.textContent = provenanceText(passage.provenance, ctx.story.meta);
    },
  };
}

function choiceButton(ctx: BuildContext, view: ChoiceView, fresh: boolean): HTMLButtonElement {
  const { doc, controller } = ctx;
  const key = String(view.number);
  const locked = !view.available;
  const reasonId = `${ctx.prefix}-reason-${view.number}`;
  const reason = view.lockedReasons.length > 0 ? `Locked: ${view.lockedReasons.join('; ')}` : 'Locked';
  const element = el(
    doc,
    'button',
    {
      className: `${UNIT} al-button al-choice${locked ? ' al-locked' : ''}`,
      attrs: {
        type: 'button',
        'data-choice-id': view.choice.id,
        'data-number': key,
        'aria-keyshortcuts': view.number <= 9 ? key : undefined,
        'aria-disabled': locked ? 'true' : undefined,
        'aria-describedby': locked ? reasonId : undefined,
      },
    },
    [
      el(doc, 'span', { className: 'al-key', text: key, attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { className: 'al-label', text: view.choice.label }),
      // Said after the label, as the canvas stamps it in the slip's corner.
      fresh ? el(doc, 'span', { className: 'al-new', text: ', new' }) : null,
      locked
        ? el(doc, 'span', { className: 'al-reason', text: reason, attrs: { id: reasonId, 'aria-hidden': 'true' } })
        : null,
    ],
  );
  // A locked one answers too: the controller says why it is locked.
  element.addEventListener('click', () => controller.takeChoice(view.choice.id));
  return element;
}

export function caseView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller } = ctx;
  const h1 = heading(ctx, 'h1', '');
  const documentPart = documentSection(ctx, h1);
  const choiceList = el(doc, 'ol', { className: 'al-list al-choices' });
  const choicesId = `${ctx.prefix}-choices`;
  const choicesHeading = el(doc, 'h2', {
    className: `${UNIT} al-heading`,
    text: 'Choices',
    // It lies over the column's heading on the canvas, where its focus then shows.
    attrs: { id: choicesId, tabindex: '-1', 'data-control': CHOICES_CONTROL },
  });
  const choicesNav = el(doc, 'nav', { className: 'al-nav', attrs: { 'aria-labelledby': choicesId } }, [
    choicesHeading,
    choiceList,
  ]);
  const exhibits = el(doc, 'section', { className: 'al-exhibits' });
  const contents = contentsSection(ctx);
  const record = recordSection(ctx);
  const menuButton = button(ctx, LABELS.menu, () => controller.open('menu'), { key: 'Esc' });
  // Only where the canvas draws a File button (a phone's drawer): elsewhere it is not there at all.
  const fileButton = button(ctx, LABELS.file, () => doc.dispatchEvent(new CustomEvent(FILE_DRAWER_EVENT)), {
    className: 'al-file',
  });
  const element = el(doc, 'article', { className: 'al-case' }, [
    documentPart.element,
    choicesNav,
    exhibits,
    record.element,
    contents.element,
    buttonNav(ctx, 'Case', [fileButton, menuButton]),
  ]);
  let skipButton: HTMLButtonElement | null = null;

  const showChoices = (s: Snapshot) => {
    skipButton = null;
    // As the canvas heads the column on a page read in an earlier case.
    choicesHeading.textContent = s.seenBefore ? 'Choices, on a page read before' : 'Choices';
    h1.dataset.hint = s.revealed ? 'Tab to the choices, or press their numbers' : 'Space shows the whole page';
    choicesHeading.dataset.hint = s.revealed ? 'Tab to a choice, or press its number' : 'Tab to show the whole page';
    if (!s.revealed) {
      // The canvas is still typing: the page's text is all here already; offer to show it all.
      skipButton = button(ctx, LABELS.showWholePage, () => askForWholePage(ctx.intent, controller), {
        className: 'al-skip',
      });
      choiceList.replaceChildren(el(doc, 'li', { className: 'al-item' }, [skipButton]));
      return;
    }
    const choiceButtons = s.choices.map((view) => choiceButton(ctx, view, s.newChoices.includes(view.choice.id)));
    choiceList.replaceChildren(...choiceButtons.map((b) => el(doc, 'li', { className: 'al-item' }, [b])));
  };
  const showExhibits = (s: Snapshot) => {
    if (s.exhibits.length === 0) {
      exhibits.replaceChildren();
      exhibits.removeAttribute('aria-labelledby');
      return;
    }
    const id = `${ctx.prefix}-exhibits`;
    exhibits.setAttribute('aria-labelledby', id);
    exhibits.replaceChildren(
      el(doc, 'h2', { className: `${UNIT} al-heading`, text: 'Exhibits in the file', attrs: { id } }),
      el(
        doc,
        'ul',
        { className: 'al-list' },
        s.exhibits.map((exhibit) => el(doc, 'li', { className: `${UNIT} al-item`, text: exhibit.label })),
      ),
    );
  };
  const showPage = (s: Snapshot) => {
    if (s.passage) documentPart.show(s.passage, s.chapterChanged);
    showChoices(s);
    showExhibits(s);
    record.show(s);
    contents.show(s);
  };

  showPage(snapshot);
  return {
    element,
    heading: h1,
    // The page's heading, even when the page is shown whole at once: the player reads first.
    initialFocus: () => h1,
    update(previous, next, focus) {
      if (previous.pageNumber !== next.pageNumber) {
        showPage(next);
        focus.move(h1);
        return true;
      }
      if (previous.revealed !== next.revealed || previous.choices !== next.choices) {
        // Only move on when the focus is where the page put it: never pull it from elsewhere.
        const wasWaiting =
          focus.before === h1 ||
          (skipButton !== null && focus.before === skipButton) ||
          focus.before === doc.body ||
          focus.before === null;
        const asked = ctx.intent.reveal;
        showChoices(next);
        if (wasWaiting && next.revealed && asked) focus.move(choicesHeading);
        else if (focus.before !== null && !focus.before.isConnected) focus.move(h1);
      }
      if (previous.exhibits !== next.exhibits) showExhibits(next);
      return true;
    },
  };
}
