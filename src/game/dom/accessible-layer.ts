/**
 * The accessible DOM layer: a mirror of the canvas in real HTML, for screen readers and the
 * keyboard. It subscribes to the controller's snapshots and sends the same intents the canvas
 * sends, so the two views can never disagree. It is visually hidden, except the element that
 * has keyboard focus, which shows as a labelled bar over the canvas; it never takes mouse
 * clicks meant for the canvas. Story text is set with textContent only.
 */
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-mono/latin-600.css';
import './accessible-layer.css';
import { ALLEGATIONS, INVENTED, REPORT, TITLE_DISCLAIMER, UNVERIFIABLE, VERIFIABLE } from '../../content/sources';
import type { Settings, TextSize, TextSpeed } from '../../save/settings-types';
import type { ChoiceView } from '../../story/engine';
import type { Passage, Story } from '../../story/types';
import type { GameController, Snapshot } from '../controller';
import { el } from './elements';
import { installKeyboard } from './keyboard';
import { documentMeta, paragraphsOf, provenanceText } from './text';

/** Every element that carries text or takes focus: hidden until it has keyboard focus. */
const UNIT = 'al-unit';

export const GAME_TITLE = 'The Consultant';

const SPEED_LABELS: Record<TextSpeed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant' };
const SIZE_LABELS: Record<TextSize, string> = { normal: 'Normal', large: 'Large', 'x-large': 'Extra large' };

let mounts = 0;

interface ScreenView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  /** Where the focus goes when the screen opens. */
  initialFocus(): HTMLElement;
  /** Bring the view up to date without rebuilding it; false when it must be rebuilt. */
  update(previous: Snapshot, next: Snapshot, focus: FocusMover): boolean;
}

/** Moves the focus only when the player was in the layer (or using the keyboard with nothing focused). */
interface FocusMover {
  /** The element that had the focus before this snapshot was rendered. */
  readonly before: Element | null;
  readonly allowed: boolean;
  move(target: HTMLElement | null | undefined): void;
}

export interface AccessibleLayerOptions {
  /** The story, to name a chapter when a page opens one (as the canvas's divider does). */
  readonly story?: Pick<Story, 'chapters'>;
}

export function mountAccessibleLayer(
  root: HTMLElement,
  controller: GameController,
  options: AccessibleLayerOptions = {},
): () => void {
  const doc = root.ownerDocument;
  const prefix = `al${++mounts}`;
  let keyboardMode = false;
  let previous: Snapshot | null = null;
  let view: ScreenView | null = null;
  const intent: Intent = { reveal: false };

  root.classList.add('al-root');
  const notice = el(doc, 'div', { className: 'al-notice', attrs: { role: 'status' } });
  const screenBox = el(doc, 'div', { className: 'al-screen' });
  const main = el(doc, 'main', { className: 'al-main', attrs: { 'aria-labelledby': `${prefix}-heading` } }, [
    notice,
    screenBox,
  ]);
  root.append(main);

  const setKeyboardMode = (on: boolean) => {
    keyboardMode = on;
    root.classList.toggle('al-keyboard', on);
  };

  const build = (snapshot: Snapshot): ScreenView => {
    const ctx: BuildContext = { doc, prefix, controller, story: options.story, intent };
    switch (snapshot.screen) {
      case 'title':
        return titleView(ctx, snapshot);
      case 'case':
        return caseView(ctx, snapshot);
      case 'ending':
        return endingView(ctx, snapshot);
      case 'settings':
        return settingsView(ctx, snapshot);
      case 'sources':
        return sourcesView(ctx);
      case 'menu':
        return menuView(ctx, snapshot);
    }
  };

  /** The label of the button that had the focus when each screen was left. */
  const leftFrom = new Map<Snapshot['screen'], string>();
  let noticeText: string | null = null;
  let dismissButton: HTMLButtonElement | null = null;
  const renderNotice = (text: string | null, focus: FocusMover) => {
    if (text === noticeText) return;
    const hadFocus = dismissButton !== null && focus.before === dismissButton;
    noticeText = text;
    notice.replaceChildren();
    dismissButton = null;
    if (text !== null) {
      dismissButton = el(doc, 'button', {
        className: `${UNIT} al-button`,
        text: 'Dismiss notice',
        attrs: { type: 'button', 'data-caption': 'Notice' },
      });
      dismissButton.addEventListener('click', () => controller.dismissNotice());
      notice.append(el(doc, 'p', { className: `${UNIT} al-notice-text`, text }), dismissButton);
    }
    if (hadFocus) focus.move(view?.heading);
  };

  const render = (snapshot: Snapshot) => {
    const before = doc.activeElement;
    const focusInLayer = before !== null && before !== doc.body && root.contains(before);
    const nothingFocused = before === null || before === doc.body || before === doc.documentElement;
    const focus: FocusMover = {
      before,
      allowed: focusInLayer || (keyboardMode && nothingFocused),
      move(target) {
        if (!target || !this.allowed || doc.activeElement === target) return;
        target.focus({ preventScroll: true });
      },
    };
    applySettings(root, snapshot.settings);
    const last = previous;
    previous = snapshot;
    if (view && last && last.screen === snapshot.screen && view.update(last, snapshot, focus)) {
      renderNotice(snapshot.notice, focus);
      return;
    }
    if (last && before instanceof HTMLElement && screenBox.contains(before)) {
      leftFrom.set(last.screen, labelOf(before));
    }
    view = build(snapshot);
    view.heading.id = `${prefix}-heading`;
    screenBox.replaceChildren(view.element);
    renderNotice(snapshot.notice, focus);
    // The first screen takes no focus: the player has not done anything yet. Coming back from
    // settings, sources or the menu, the focus returns to the button that was left.
    if (!last) return;
    const back = last.screen === 'settings' || last.screen === 'sources' || last.screen === 'menu';
    const label = back ? leftFrom.get(snapshot.screen) : undefined;
    focus.move((label !== undefined ? buttonLabelled(view.element, label) : null) ?? view.initialFocus());
  };

  // Space, Enter or the skip button: the player asked for the whole page, so the focus may go
  // on to the first choice. When the canvas's typewriter finishes by itself it stays put, so a
  // screen reader is not cut off mid-sentence.
  const keys = {
    takeChoiceNumber: (n: number) => controller.takeChoiceNumber(n),
    completeText: () => askForWholePage(intent, controller),
    escape: () => controller.escape(),
  };
  const removeKeyboard = installKeyboard(doc, keys, {
    onModality: (modality) => setKeyboardMode(modality === 'keyboard'),
  });
  const unsubscribe = controller.subscribe(render);

  return () => {
    unsubscribe();
    removeKeyboard();
    main.remove();
    root.classList.remove(
      'al-root',
      'al-keyboard',
      'al-high-contrast',
      'al-reduced-motion',
      'al-text-large',
      'al-text-x-large',
    );
  };
}

/** completeText, marked as the player's request while the snapshot it causes is rendered. */
function askForWholePage(intent: Intent, controller: GameController): void {
  intent.reveal = true;
  try {
    controller.completeText();
  } finally {
    intent.reveal = false;
  }
}

function labelOf(element: HTMLElement): string {
  return (element.querySelector('.al-label') ?? element).textContent ?? '';
}

function buttonLabelled(container: HTMLElement, label: string): HTMLButtonElement | null {
  for (const b of container.querySelectorAll('button')) if (labelOf(b) === label) return b;
  return null;
}

function applySettings(root: HTMLElement, settings: Settings): void {
  root.classList.toggle('al-high-contrast', settings.highContrast);
  root.classList.toggle('al-reduced-motion', settings.reducedMotion);
  root.classList.toggle('al-text-large', settings.textSize === 'large');
  root.classList.toggle('al-text-x-large', settings.textSize === 'x-large');
}

interface BuildContext {
  readonly doc: Document;
  readonly prefix: string;
  readonly controller: GameController;
  readonly story: Pick<Story, 'chapters'> | undefined;
  readonly intent: Intent;
}

/** What the player last asked for, where the focus should follow it. */
interface Intent {
  /** The player asked to see the whole page (Space, Enter, the skip button). */
  reveal: boolean;
}

/** "Chapter 1: The Exchange, 2015", when the story is known. */
function chapterLine(ctx: BuildContext, passage: Passage): string | null {
  const chapter = ctx.story?.chapters.find((c) => c.id === passage.chapter);
  return chapter ? `Chapter ${chapter.number}: ${chapter.title}, ${chapter.period}.` : null;
}

function heading(ctx: BuildContext, level: 'h1' | 'h2', text: string): HTMLHeadingElement {
  return el(ctx.doc, level, {
    className: `${UNIT} al-heading`,
    text,
    attrs: level === 'h1' ? { tabindex: '-1' } : {},
  });
}

function button(
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
function buttonNav(ctx: BuildContext, label: string, buttons: readonly HTMLElement[]): HTMLElement {
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

function paragraph(ctx: BuildContext, text: string, className = ''): HTMLParagraphElement {
  return el(ctx.doc, 'p', { className: `${UNIT}${className ? ` ${className}` : ''}`, text });
}

function staticView(element: HTMLElement, headingElement: HTMLElement, first?: () => HTMLElement): ScreenView {
  return {
    element,
    heading: headingElement,
    initialFocus: first ?? (() => headingElement),
    update: () => true,
  };
}

// ---------------------------------------------------------------------------------- title

function titleView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller } = ctx;
  const h1 = heading(ctx, 'h1', GAME_TITLE);
  const items = [
    button(ctx, 'New case', () => controller.newCase()),
    snapshot.canContinue ? button(ctx, 'Continue', () => controller.continueRun()) : null,
    button(ctx, 'Settings', () => controller.open('settings')),
    button(ctx, 'Sources', () => controller.open('sources')),
  ].filter((b): b is HTMLButtonElement => b !== null);
  const element = el(ctx.doc, 'section', { className: 'al-title' }, [
    h1,
    paragraph(ctx, 'A case file, dramatized from a news report.', 'al-subtitle'),
    paragraph(ctx, TITLE_DISCLAIMER, 'al-disclaimer'),
    buttonNav(ctx, 'Title menu', items),
  ]);
  const view = staticView(element, h1);
  return {
    ...view,
    // Continue comes and goes with the saved run: rebuild then.
    update: (previous, next) => previous.canContinue === next.canContinue,
  };
}

// ----------------------------------------------------------------------------------- case

/** The document itself: header, title, text and provenance, in a polite live region. */
function documentSection(
  ctx: BuildContext,
  h1: HTMLElement,
): { element: HTMLElement; show(p: Passage, chapterChanged?: boolean): void } {
  const chapter = paragraph(ctx, '', 'al-chapter');
  chapter.hidden = true;
  const meta = paragraph(ctx, '', 'al-meta');
  const body = el(ctx.doc, 'div', { className: 'al-body' });
  const provenance = paragraph(ctx, '', 'al-provenance');
  const element = el(ctx.doc, 'section', { className: 'al-document', attrs: { 'aria-live': 'polite' } }, [
    chapter,
    h1,
    meta,
    body,
    provenance,
  ]);
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
      provenance.textContent = provenanceText(passage.provenance);
    },
  };
}

function choiceButton(ctx: BuildContext, view: ChoiceView): HTMLButtonElement {
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
      locked
        ? el(doc, 'span', { className: 'al-reason', text: reason, attrs: { id: reasonId, 'aria-hidden': 'true' } })
        : null,
    ],
  );
  element.addEventListener('click', () => {
    if (!locked) controller.takeChoice(view.choice.id);
  });
  return element;
}

function caseView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller } = ctx;
  const h1 = heading(ctx, 'h1', '');
  const documentPart = documentSection(ctx, h1);
  const choiceList = el(doc, 'ol', { className: 'al-list al-choices' });
  const choicesNav = el(doc, 'nav', { className: 'al-nav', attrs: { 'aria-label': 'Choices' } }, [choiceList]);
  const exhibits = el(doc, 'section', { className: 'al-exhibits' });
  const menuButton = button(ctx, 'Menu', () => controller.open('menu'), { key: 'Esc' });
  const element = el(doc, 'article', { className: 'al-case' }, [
    documentPart.element,
    choicesNav,
    exhibits,
    buttonNav(ctx, 'Case', [menuButton]),
  ]);
  let skipButton: HTMLButtonElement | null = null;
  let choiceButtons: HTMLButtonElement[] = [];

  const showChoices = (s: Snapshot) => {
    skipButton = null;
    choiceButtons = [];
    h1.dataset.hint = s.revealed ? 'Tab to the choices, or press their numbers' : 'Space shows the whole page';
    if (!s.revealed) {
      // The canvas is still typing: the page's text is all here already; offer to show it all.
      skipButton = button(ctx, 'Show the whole page', () => askForWholePage(ctx.intent, controller), {
        className: 'al-skip',
      });
      choiceList.replaceChildren(el(doc, 'li', { className: 'al-item' }, [skipButton]));
      return;
    }
    choiceButtons = s.choices.map((view) => choiceButton(ctx, view));
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
  };
  const firstChoice = (): HTMLElement =>
    choiceButtons.find((b) => b.getAttribute('aria-disabled') !== 'true') ?? choiceButtons[0] ?? h1;

  showPage(snapshot);
  return {
    element,
    heading: h1,
    initialFocus: () => (snapshot.revealed ? firstChoice() : h1),
    update(previous, next, focus) {
      if (previous.pageNumber !== next.pageNumber) {
        showPage(next);
        focus.move(next.revealed ? firstChoice() : h1);
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
        if (wasWaiting && next.revealed && asked) focus.move(firstChoice());
        else if (focus.before !== null && !focus.before.isConnected) focus.move(h1);
      }
      if (previous.exhibits !== next.exhibits) showExhibits(next);
      return true;
    },
  };
}

// --------------------------------------------------------------------------------- ending

function endingView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
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

// ------------------------------------------------------------------------------- settings

function settingsView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { doc, controller, prefix } = ctx;
  const h1 = heading(ctx, 'h1', 'Settings');
  const syncs: Array<(s: Settings) => void> = [];

  const range = (
    label: string,
    id: string,
    pick: (s: Settings) => number,
    change: (v: number) => Partial<Settings>,
  ) => {
    const input = el(doc, 'input', {
      className: 'al-range',
      attrs: { type: 'range', id: `${prefix}-${id}`, min: '0', max: '100', step: '5', name: id },
    });
    const output = el(doc, 'span', { className: 'al-value', attrs: { 'aria-hidden': 'true' } });
    const sync = (s: Settings) => {
      const value = Math.round(pick(s) * 100);
      if (input.value !== String(value)) input.value = String(value);
      input.setAttribute('aria-valuetext', `${value}%`);
      output.textContent = `${value}%`;
    };
    input.addEventListener('input', () => controller.changeSettings(change(Number(input.value) / 100)));
    syncs.push(sync);
    return el(doc, 'div', { className: `${UNIT} al-field` }, [
      el(doc, 'label', { className: 'al-field-label', text: label, attrs: { for: input.id } }),
      input,
      output,
    ]);
  };

  const checkbox = (label: string, id: string, pick: (s: Settings) => boolean, key: keyof Settings) => {
    const input = el(doc, 'input', {
      className: 'al-check',
      attrs: { type: 'checkbox', id: `${prefix}-${id}`, name: id },
    });
    input.addEventListener('change', () => controller.changeSettings({ [key]: input.checked } as Partial<Settings>));
    syncs.push((s) => {
      input.checked = pick(s);
    });
    return el(doc, 'div', { className: `${UNIT} al-field al-field-check` }, [
      input,
      el(doc, 'label', { className: 'al-field-label', text: label, attrs: { for: input.id } }),
    ]);
  };

  const radios = <T extends string>(
    legend: string,
    name: string,
    options: Record<T, string>,
    pick: (s: Settings) => T,
    change: (value: T) => Partial<Settings>,
  ) => {
    const inputs = (Object.keys(options) as T[]).map((value) => {
      const input = el(doc, 'input', {
        className: 'al-radio',
        attrs: { type: 'radio', id: `${prefix}-${name}-${value}`, name: `${prefix}-${name}`, value },
      });
      input.addEventListener('change', () => {
        if (input.checked) controller.changeSettings(change(value));
      });
      return { value, input, label: options[value] };
    });
    syncs.push((s) => {
      const current = pick(s);
      for (const { value, input } of inputs) input.checked = value === current;
    });
    return el(doc, 'fieldset', { className: `${UNIT} al-field al-field-radios` }, [
      el(doc, 'legend', { className: 'al-field-label', text: legend }),
      ...inputs.map(({ input, label }) =>
        el(doc, 'span', { className: 'al-option' }, [
          input,
          el(doc, 'label', { text: label, attrs: { for: input.id } }),
        ]),
      ),
    ]);
  };

  const form = el(doc, 'form', { className: 'al-form', attrs: { 'aria-labelledby': `${prefix}-heading` } }, [
    range(
      'Music volume',
      'music',
      (s) => s.musicVolume,
      (v) => ({ musicVolume: v }),
    ),
    range(
      'Effects volume',
      'effects',
      (s) => s.effectsVolume,
      (v) => ({ effectsVolume: v }),
    ),
    checkbox('Mute all sound', 'muted', (s) => s.muted, 'muted'),
    radios(
      'Text speed',
      'speed',
      SPEED_LABELS,
      (s) => s.textSpeed,
      (textSpeed) => ({ textSpeed }),
    ),
    radios(
      'Text size',
      'size',
      SIZE_LABELS,
      (s) => s.textSize,
      (textSize) => ({ textSize }),
    ),
    checkbox('Reduced motion', 'motion', (s) => s.reducedMotion, 'reducedMotion'),
    checkbox('High contrast', 'contrast', (s) => s.highContrast, 'highContrast'),
  ]);
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const sync of syncs) sync(snapshot.settings);

  const element = el(doc, 'section', { className: 'al-settings' }, [
    h1,
    form,
    buttonNav(ctx, 'Settings', [button(ctx, 'Back', () => controller.back(), { key: 'Esc' })]),
  ]);
  return {
    element,
    heading: h1,
    initialFocus: () => h1,
    update(previous, next) {
      if (previous.settings !== next.settings) for (const sync of syncs) sync(next.settings);
      return true;
    },
  };
}

// -------------------------------------------------------------------------------- sources

function sourcesView(ctx: BuildContext): ScreenView {
  const { doc, controller } = ctx;
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
  const allegations = ALLEGATIONS.map(
    (a) => `${a.id}: ${a.summary}${a.quote ? ` The report quotes the phrase “${a.quote}”.` : ''}`,
  );
  const element = el(doc, 'section', { className: 'al-sources' }, [
    h1,
    paragraph(
      ctx,
      `The game follows claims made by ${REPORT.claimant}, as relayed by ${REPORT.outlet} in “${REPORT.headline}”.`,
    ),
    paragraph(ctx, TITLE_DISCLAIMER),
    part('The allegations, as reported', allegations, 'ol'),
    part('What can be checked', VERIFIABLE),
    part('What cannot be checked', UNVERIFIABLE),
    part('What the game invents', INVENTED),
    buttonNav(ctx, 'Sources', [button(ctx, 'Back', () => controller.back(), { key: 'Esc' })]),
  ]);
  return staticView(element, h1);
}

// ----------------------------------------------------------------------------------- menu

function menuView(ctx: BuildContext, snapshot: Snapshot): ScreenView {
  const { controller } = ctx;
  const h1 = heading(ctx, 'h1', 'Menu');
  const resume = button(ctx, snapshot.returnTo === 'case' ? 'Back to the case' : 'Back', () => controller.back(), {
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
