/**
 * All of the game's keyboard handling: digits take a choice, Space and Enter show the whole
 * page, the arrows, Page Up/Down and Home/End scroll a long page, Escape opens the menu or goes
 * back (or answers No to a question). Native controls keep their own keys, so a key never does
 * two things at once, and a held key (auto-repeat) never acts twice, except a scrolling key,
 * which scrolls on as it is held.
 */
import type { ScrollAmount } from '../scroll';

/** The part of the controller the keys drive. */
export interface KeyboardTarget {
  takeChoiceNumber(n: number): boolean;
  completeText(): void;
  escape(): void;
  /** Backspace: one step back along the run; true when there was one to take. */
  stepBack(): boolean;
  /** True when something on screen scrolled (the key is then the game's). */
  scrollPage(amount: ScrollAmount): boolean;
}

export interface KeyboardOptions {
  /** Called on every key press and pointer press, so the layer can show focus to keyboard users only. */
  readonly onModality?: (modality: 'keyboard' | 'pointer') => void;
}

const CONTROL_SELECTOR =
  'button, input, select, textarea, summary, a[href], [contenteditable]:not([contenteditable="false"]), [role="button"], [role="checkbox"], [role="radio"], [role="slider"], [role="menuitem"], [role="option"], [role="tab"], [role="switch"]';

const TEXT_ENTRY_SELECTOR =
  'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="number"], input[type="password"], input[type="url"], input[type="tel"], textarea, select, [contenteditable]:not([contenteditable="false"])';

function elementOf(target: EventTarget | null): Element | null {
  return target !== null && typeof (target as Element).closest === 'function' ? (target as Element) : null;
}

/** True when the key goes to a control that has its own use for it (a button, a field, a slider). */
export function isControl(target: EventTarget | null): boolean {
  return elementOf(target)?.closest(CONTROL_SELECTOR) != null;
}

function isTextEntry(target: EventTarget | null): boolean {
  return elementOf(target)?.closest(TEXT_ENTRY_SELECTOR) != null;
}

/** Controls whose own use of the arrows, Home and End comes first (fields, sliders, radios, lists). */
const ARROW_CONTROL_SELECTOR = `${TEXT_ENTRY_SELECTOR}, input[type="range"], input[type="radio"], [role="slider"], [role="radio"], [role="listbox"], [role="menu"], [role="tablist"]`;

const SCROLL_KEYS: Readonly<Record<string, ScrollAmount>> = {
  ArrowDown: 'line-down',
  Down: 'line-down',
  ArrowUp: 'line-up',
  Up: 'line-up',
  PageDown: 'page-down',
  PageUp: 'page-up',
  Home: 'start',
  End: 'end',
  // The branch map's: sideways, zoom and the whole story.
  ArrowLeft: 'left',
  Left: 'left',
  ArrowRight: 'right',
  Right: 'right',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  '0': 'fit',
};

/** The scroll a key stands for, or null. */
export function scrollOf(event: Pick<KeyboardEvent, 'key'>): ScrollAmount | null {
  return Object.hasOwn(SCROLL_KEYS, event.key) ? (SCROLL_KEYS[event.key] ?? null) : null;
}

/** The choice number a key stands for (1-9 on the main row or the keypad), or null. */
export function digitOf(event: Pick<KeyboardEvent, 'key' | 'code'>): number | null {
  if (/^[1-9]$/.test(event.key)) return Number(event.key);
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

export function installKeyboard(doc: Document, target: KeyboardTarget, options: KeyboardOptions = {}): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    options.onModality?.('keyboard');
    if (event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // The keypad's digits take choices even with Num Lock off (when they say End, Down...).
    const scroll = digitOf(event) === null ? scrollOf(event) : null;
    if (scroll !== null) {
      if (elementOf(event.target)?.closest(ARROW_CONTROL_SELECTOR) != null) return;
      if (target.scrollPage(scroll)) event.preventDefault();
      return;
    }
    const activation = event.key === ' ' || event.key === 'Spacebar' || event.key === 'Enter';
    const digit = digitOf(event);
    if (event.repeat) {
      // A held key acts once: no second choice, and no repeated click on the button that
      // took the focus after the first one.
      if (activation || digit !== null) event.preventDefault();
      return;
    }
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      target.escape();
      return;
    }
    if (event.key === 'Backspace') {
      if (isTextEntry(event.target)) return;
      if (target.stepBack()) event.preventDefault();
      return;
    }
    if (digit !== null) {
      if (isTextEntry(event.target)) return;
      // Prevent the default so that the keypress does not reach whatever takes the focus next.
      event.preventDefault();
      target.takeChoiceNumber(digit);
      return;
    }
    if (activation) {
      if (isControl(event.target)) return; // the control's own activation happens, not both
      // Without this the keypress would click the first choice once it takes the focus.
      event.preventDefault();
      target.completeText();
    }
  };
  const onPointerDown = () => options.onModality?.('pointer');
  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('pointerdown', onPointerDown, true);
  return () => {
    doc.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('pointerdown', onPointerDown, true);
  };
}
