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
import type { Settings } from '../../save/settings-types';
import { CONTROL_LABELS } from '../control-labels';
import type { GameController, Snapshot } from '../controller';
import { isOverlay, SCREENS } from '../screen-table';
import type { ScrollAmount } from '../scroll';
import {
  askForWholePage,
  type BuildContext,
  buttonLabelled,
  type FocusMover,
  type Intent,
  labelOf,
  type ScreenView,
  UNIT,
} from './build';
import { el } from './elements';
import { installKeyboard } from './keyboard';
import { placeControls, type RectsHub } from './placement';

let mounts = 0;

export interface LayerOptions {
  /** Where the canvas draws its controls, to lay the layer's over them (dom/placement.ts). */
  readonly rects?: RectsHub;
  /**
   * Hands over a function that draws the screen again from new elements, keeping the focus on
   * the control it was on. When the layer stops being the page, its elements would otherwise
   * jump from the page's flow to the canvas's controls: a layout shift, though nothing shows.
   */
  readonly redrawWith?: (redraw: () => void) => void;
}

export function mountAccessibleLayer(
  root: HTMLElement,
  controller: GameController,
  options: LayerOptions = {},
): () => void {
  const doc = root.ownerDocument;
  const prefix = `al${++mounts}`;
  let keyboardMode = false;
  let previous: Snapshot | null = null;
  let view: ScreenView | null = null;
  const intent: Intent = { reveal: false };

  // The page's first paint (index.html) is drawn again by the views: it goes.
  root.replaceChildren();
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
    const ctx: BuildContext = { doc, prefix, controller, story: snapshot.story, intent };
    return SCREENS[snapshot.screen].view(ctx, snapshot);
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
        text: CONTROL_LABELS.dismissNotice,
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
    const sameScreen = last !== null && last.screen === snapshot.screen && last.story === snapshot.story;
    if (view && last && sameScreen && view.update(last, snapshot, focus)) {
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
    // an overlay, the focus returns to the button that was left.
    if (!last) return;
    const back = isOverlay(last.screen) && last.stack.length > snapshot.stack.length;
    const label = back ? leftFrom.get(snapshot.screen) : undefined;
    focus.move((label !== undefined ? buttonLabelled(view.element, label) : null) ?? view.initialFocus());
  };

  options.redrawWith?.(() => {
    const snapshot = previous;
    if (!snapshot) return;
    const before = doc.activeElement;
    const label = before instanceof HTMLElement && root.contains(before) ? labelOf(before) : undefined;
    view = build(snapshot);
    view.heading.id = `${prefix}-heading`;
    screenBox.replaceChildren(view.element);
    noticeText = null;
    const focus: FocusMover = {
      before,
      allowed: label !== undefined,
      move(target) {
        if (target && this.allowed) target.focus({ preventScroll: true });
      },
    };
    renderNotice(snapshot.notice, focus);
    if (label === undefined) return;
    focus.move(buttonLabelled(root, label) ?? view.heading);
  });

  // Space, Enter or the skip button: the player asked for the whole page, so the focus may go
  // on to the choices' heading (never onto a choice: taking one needs a key of its own). When
  // the canvas's typewriter finishes by itself it stays put, so a screen reader is not cut off
  // mid-sentence.
  const keys = {
    takeChoiceNumber: (n: number) => controller.takeChoiceNumber(n),
    completeText: () => askForWholePage(intent, controller),
    escape: () => controller.escape(),
    stepBack: () => controller.stepBack(),
    scrollPage: (amount: ScrollAmount) => controller.scrollPage(amount),
  };
  const removeKeyboard = installKeyboard(doc, keys, {
    onModality: (modality) => setKeyboardMode(modality === 'keyboard'),
  });
  const rects = options.rects;
  const unsubscribe = controller.subscribe((snapshot) => {
    render(snapshot);
    if (rects) placeControls(root, rects.current);
  });
  const unsubscribeRects = rects?.subscribe((next) => placeControls(root, next));

  return () => {
    unsubscribe();
    unsubscribeRects?.();
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

function applySettings(root: HTMLElement, settings: Settings): void {
  root.classList.toggle('al-high-contrast', settings.highContrast);
  root.classList.toggle('al-reduced-motion', settings.reducedMotion);
  root.classList.toggle('al-text-large', settings.textSize === 'large');
  root.classList.toggle('al-text-x-large', settings.textSize === 'x-large');
}
