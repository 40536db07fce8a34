/** The title, sources and menu screens of the accessible layer (the ending has its own file). */
import type { Fact } from '../../story/types';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import { canStepBack, type Snapshot } from '../controller';
import { continueNote } from '../saved-when';
import { type BuildContext, button, buttonNav, heading, paragraph, type ScreenView, staticView, UNIT } from './build';
import { type ConfirmDialog, newCaseDialog } from './confirm-dialog';
import { el } from './elements';

// ---------------------------------------------------------------------------------- title

/** The title's menu, in the order the canvas draws it (Continue first when there is a case). */
export function titleView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller, story } = ctx;
  const h1 = heading(ctx, 'h1', story.title);
  const newCase = button(ctx, LABELS.newCase, () => controller.newCase());
  const savedNote = savedWhenNote(ctx, snapshot);
  const items = [
    snapshot.canContinue ? continueButton(ctx, savedNote) : null,
    newCase,
    button(ctx, LABELS.saves, () => controller.open('saves')),
    button(ctx, LABELS.endings, () => controller.open('endings')),
    button(ctx, LABELS.branchMap, () => controller.open('map')),
    button(ctx, LABELS.settings, () => controller.open('settings')),
    button(ctx, LABELS.sources, () => controller.open('sources')),
  ].filter((b): b is HTMLButtonElement => b !== null);
  const content = [
    h1,
    story.meta.tagline ? paragraph(ctx, story.meta.tagline, 'al-subtitle') : null,
    story.meta.statement ? paragraph(ctx, story.meta.statement, 'al-disclaimer') : null,
    buttonNav(ctx, 'Title menu', items),
    savedNote,
  ].filter((part): part is HTMLElement => part !== null);
  const element = el(ctx.doc, 'section', { className: 'al-title' }, content);
  let dialog: ConfirmDialog | null = null;
  const showConfirm = (s: Snapshot) => {
    dialog?.element.remove();
    dialog = s.confirm === 'new-case' ? newCaseDialog(ctx) : null;
    // While the question is open, nothing else on the screen can be reached.
    for (const part of content) part.toggleAttribute('inert', dialog !== null);
    if (dialog) element.append(dialog.element);
  };
  showConfirm(snapshot);
  return {
    element,
    heading: h1,
    initialFocus: () => dialog?.initialFocus ?? h1,
    update(previous, next, focus) {
      // Continue comes and goes with the saved run: rebuild then.
      if (
        previous.canContinue !== next.canContinue ||
        previous.savedAt !== next.savedAt ||
        previous.savedClosed !== next.savedClosed
      )
        return false;
      if (previous.confirm !== next.confirm) {
        const wasInDialog = dialog !== null && focus.before !== null && dialog.element.contains(focus.before);
        showConfirm(next);
        if (dialog) focus.move(dialog.initialFocus);
        else if (wasInDialog) focus.move(newCase);
      }
      return true;
    },
  };
}

/** When the saved case was saved, as the canvas prints it beside Continue: hidden, it describes the button. */
function savedWhenNote(ctx: BuildContext, snapshot: Snapshot): HTMLElement | null {
  const when = snapshot.canContinue ? continueNote(snapshot, new Date()) : null;
  return when ? el(ctx.doc, 'span', { text: when, attrs: { id: `${ctx.prefix}-saved-when`, hidden: '' } }) : null;
}

function continueButton(ctx: BuildContext, note: HTMLElement | null): HTMLButtonElement {
  const resume = button(ctx, LABELS.continueCase, () => ctx.controller.continueRun());
  if (note) resume.setAttribute('aria-describedby', note.id);
  return resume;
}

// -------------------------------------------------------------------------------- sources

/** "F2 (report, paragraph 9): ... The report quotes the phrase “quickly approved”." */
export function factLine(fact: Fact): string {
  const quote = fact.quote ? ` The report quotes the phrase \u201c${fact.quote}\u201d.` : '';
  return `${fact.id} (${fact.where}): ${fact.summary}${quote}`;
}

export function sourcesView(ctx: BuildContext): ScreenView {
  const { doc, controller, story } = ctx;
  const { source, statement, facts, notes } = story.meta;
  const h1 = heading(ctx, 'h1', 'Sources');
  const list = (tag: 'ul' | 'ol', items: readonly string[]) =>
    el(
      doc,
      tag,
      { className: 'al-list' },
      items.map((text) => el(doc, 'li', { className: `${UNIT} al-item`, text })),
    );
  const part = (title: string, items: readonly string[], tag: 'ul' | 'ol' = 'ul') =>
    el(doc, 'section', { className: 'al-part', attrs: { 'aria-label': title } }, [
      heading(ctx, 'h2', title),
      list(tag, items),
    ]);
  const element = el(doc, 'section', { className: 'al-sources' }, [
    h1,
    source.outlet
      ? paragraph(
          ctx,
          `The game follows claims made by ${source.claimant}, as relayed by ${source.outlet} in \u201c${source.headline}\u201d.`,
        )
      : null,
    statement ? paragraph(ctx, statement) : null,
    facts.length > 0 ? part('The allegations, as reported', facts.map(factLine), 'ol') : null,
    notes.verifiable.length > 0 ? part('What can be checked', notes.verifiable) : null,
    notes.unverifiable.length > 0 ? part('What cannot be checked', notes.unverifiable) : null,
    notes.invented.length > 0 ? part('What the game invents', notes.invented) : null,
    buttonNav(ctx, 'Sources', [button(ctx, LABELS.back, () => controller.back(), { key: 'Esc' })]),
  ]);
  return staticView(element, h1);
}

// ----------------------------------------------------------------------------------- menu

export function menuView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller } = ctx;
  const h1 = heading(ctx, 'h1', 'Menu');
  const resume = button(ctx, LABELS.resume, () => controller.back(), { key: 'Esc' });
  const element = el(ctx.doc, 'section', { className: 'al-menu' }, [
    h1,
    buttonNav(ctx, 'Menu', [
      resume,
      ...(canStepBack(snapshot) ? [button(ctx, LABELS.stepBack, () => controller.stepBack(), { key: 'Bksp' })] : []),
      button(ctx, LABELS.history, () => controller.open('history')),
      button(ctx, LABELS.branchMap, () => controller.open('map')),
      button(ctx, LABELS.endings, () => controller.open('endings')),
      button(ctx, LABELS.saves, () => controller.open('saves')),
      button(ctx, LABELS.copyLink, () => controller.replay.copyRouteLink()),
      button(ctx, LABELS.settings, () => controller.open('settings')),
      button(ctx, LABELS.sources, () => controller.open('sources')),
      button(ctx, LABELS.saveAndTitle, () => controller.toTitle()),
    ]),
  ]);
  return staticView(element, h1, () => resume);
}
