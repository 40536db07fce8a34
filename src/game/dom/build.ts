/** The small builders every screen of the accessible layer is made of, and their shared types. */
import type { Passage, Story } from '../../story/types';
import type { GameController, Snapshot } from '../controller';
import { el } from './elements';

/** Every element that carries text or takes focus: hidden until it has keyboard focus. */
export const UNIT = 'al-unit';

export interface ScreenView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  /** Where the focus goes when the screen opens. */
  initialFocus(): HTMLElement;
  /** Bring the view up to date without rebuilding it; false when it must be rebuilt. */
  update(previous: Snapshot, next: Snapshot, focus: FocusMover): boolean;
}

/** Builds one screen's view: each row of the screen table names one. */
export type ScreenViewBuilder = (ctx: BuildContext, snapshot: Snapshot) => ScreenView;

/** Moves the focus only when the player was in the layer (or using the keyboard with nothing focused). */
export interface FocusMover {
  /** The element that had the focus before this snapshot was rendered. */
  readonly before: Element | null;
  readonly allowed: boolean;
  move(target: HTMLElement | null | undefined): void;
}

/** completeText, marked as the player's request while the snapshot it causes is rendered. */
export function askForWholePage(intent: Intent, controller: GameController): void {
  intent.reveal = true;
  try {
    controller.completeText();
  } finally {
    intent.reveal = false;
  }
}

export function labelOf(element: HTMLElement): string {
  return (element.querySelector('.al-label') ?? element).textContent ?? '';
}

export function buttonLabelled(container: HTMLElement, label: string): HTMLButtonElement | null {
  for (const b of container.querySelectorAll('button')) if (labelOf(b) === label) return b;
  return null;
}

export interface BuildContext {
  readonly doc: Document;
  readonly prefix: string;
  readonly controller: GameController;
  /** The story on screen (the controller's). */
  readonly story: Story;
  readonly intent: Intent;
}

/** What the player last asked for, where the focus should follow it. */
export interface Intent {
  /** The player asked to see the whole page (Space, Enter, the skip button). */
  reveal: boolean;
}

/** "Chapter 1: The Exchange, 2015". */
export function chapterLine(ctx: BuildContext, passage: Passage): string | null {
  const chapter = ctx.story.chapters.find((c) => c.id === passage.chapter);
  return chapter ? `Chapter ${chapter.number}: ${chapter.title}, ${chapter.period}.` : null;
}

export function heading(ctx: BuildContext, level: 'h1' | 'h2', text: string): HTMLHeadingElement {
  return el(ctx.doc, level, {
    className: `${UNIT} al-heading`,
    text,
    attrs: level === 'h1' ? { tabindex: '-1' } : {},
  });
}

export function button(
  ctx: BuildContext,
  label: string,
  onClick: () => void,
  options: { key?: string; className?: string } = {},
): HTMLButtonElement {
  const children = [
    options.key
      ? el(ctx.doc, 'span', { className: 'al-key', text: options.key, attrs: { 'aria-hidden': 'true' } })
      : null,
    el(ctx.doc, 'span', { className: 'al-label', text: label }),
  ];
  const element = el(
    ctx.doc,
    'button',
    {
      className: `${UNIT} al-button${options.className ? ` ${options.className}` : ''}`,
      attrs: { type: 'button', 'aria-keyshortcuts': options.key === 'Esc' ? 'Escape' : options.key },
    },
    children,
  );
  element.addEventListener('click', onClick);
  return element;
}

/** A list of buttons in a navigation landmark. */
export function buttonNav(ctx: BuildContext, label: string, buttons: readonly HTMLElement[]): HTMLElement {
  // The bar shows where the button sits (CSS draws the caption, with empty alternative text,
  // so it is not part of the button's accessible name).
  for (const b of buttons) if (!b.dataset.caption) b.dataset.caption = label;
  return el(ctx.doc, 'nav', { className: 'al-nav', attrs: { 'aria-label': label } }, [
    el(
      ctx.doc,
      'ul',
      { className: 'al-list' },
      buttons.map((b) => el(ctx.doc, 'li', { className: 'al-item' }, [b])),
    ),
  ]);
}

export function paragraph(ctx: BuildContext, text: string, className = ''): HTMLParagraphElement {
  return el(ctx.doc, 'p', { className: `${UNIT}${className ? ` ${className}` : ''}`, text });
}

export function staticView(element: HTMLElement, headingElement: HTMLElement, first?: () => HTMLElement): ScreenView {
  return {
    element,
    heading: headingElement,
    initialFocus: first ?? (() => headingElement),
    update: () => true,
  };
}
