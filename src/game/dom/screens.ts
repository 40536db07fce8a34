/** The title, ending, sources and menu screens of the accessible layer. */
import type { Fact } from '../../story/types';
import type { Snapshot } from '../controller';
import { type BuildContext, button, buttonNav, heading, paragraph, type ScreenView, staticView, UNIT } from './build';
import { documentSection } from './case-view';
import { el } from './elements';

// ---------------------------------------------------------------------------------- title

export function titleView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller, story } = ctx;
  const h1 = heading(ctx, 'h1', story.title);
  const items = [
    button(ctx, 'New case', () => controller.newCase()),
    snapshot.canContinue ? button(ctx, 'Continue', () => controller.continueRun()) : null,
    button(ctx, 'Settings', () => controller.open('settings')),
    button(ctx, 'Sources', () => controller.open('sources')),
  ].filter((b): b is HTMLButtonElement => b !== null);
  const element = el(ctx.doc, 'section', { className: 'al-title' }, [
    h1,
    story.meta.tagline ? paragraph(ctx, story.meta.tagline, 'al-subtitle') : null,
    story.meta.statement ? paragraph(ctx, story.meta.statement, 'al-disclaimer') : null,
    buttonNav(ctx, 'Title menu', items),
  ]);
  const view = staticView(element, h1);
  return {
    ...view,
    // Continue comes and goes with the saved run: rebuild then.
    update: (previous, next) => previous.canContinue === next.canContinue,
  };
}

// --------------------------------------------------------------------------------- ending

export function endingView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller } = ctx;
  const passage = snapshot.passage;
  const ending = passage?.ending;
  const h1 = heading(ctx, 'h1', ending?.title ?? 'Case closed');
  const documentPart = documentSection(ctx, el(doc, 'h2', { className: `${UNIT} al-heading` }));
  if (passage) documentPart.show(passage);
  const element = el(doc, 'article', { className: 'al-ending' }, [
    h1,
    ending ? paragraph(ctx, `Verdict: ${ending.verdict}`, 'al-verdict') : null,
    ending ? paragraph(ctx, ending.summary, 'al-summary') : null,
    documentPart.element,
    buttonNav(ctx, 'Case closed', [
      button(ctx, 'New case', () => controller.newCase()),
      button(ctx, 'Title', () => controller.toTitle()),
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
    buttonNav(ctx, 'Sources', [button(ctx, 'Back', () => controller.back(), { key: 'Esc' })]),
  ]);
  return staticView(element, h1);
}

// ----------------------------------------------------------------------------------- menu

export function menuView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller } = ctx;
  const h1 = heading(ctx, 'h1', 'Menu');
  const below = snapshot.stack[snapshot.stack.length - 2];
  const resume = button(ctx, below === 'case' ? 'Back to the case' : 'Back', () => controller.back(), {
    key: 'Esc',
  });
  const element = el(ctx.doc, 'section', { className: 'al-menu' }, [
    h1,
    buttonNav(ctx, 'Menu', [
      resume,
      button(ctx, 'Settings', () => controller.open('settings')),
      button(ctx, 'Sources', () => controller.open('sources')),
      button(ctx, 'Title', () => controller.toTitle()),
    ]),
  ]);
  return staticView(element, h1, () => resume);
}
