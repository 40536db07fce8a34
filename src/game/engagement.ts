/**
 * When the canvas is wanted. The title and the first page are read as HTML (dom/html-page.ts);
 * the canvas (Phaser, some 350 KB gzipped, and a second or more of a phone's main thread to run)
 * is fetched and started when the reader first does something on the page: moves the mouse,
 * touches, scrolls, or presses a key. A reader who only looks at the title, and leaves, never
 * pays for it; one who stays has it by the time the first page is read.
 */

/** Whatever a reader does first: each of these means they are here to play. */
const ENGAGING = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;

export function whenEngaged(target: EventTarget): Promise<void> {
  return new Promise((engaged) => {
    const done = () => {
      for (const type of ENGAGING) target.removeEventListener(type, done, true);
      engaged();
    };
    for (const type of ENGAGING) target.addEventListener(type, done, { capture: true, passive: true });
  });
}

/** Resolves when no finger or button is down: a control must not move under a press. */
export function pointerReleased(target: EventTarget): { readonly wait: () => Promise<void> } {
  const down = new Set<number>();
  const waiting: (() => void)[] = [];
  const release = (event: Event) => {
    down.delete((event as PointerEvent).pointerId);
    if (down.size === 0) for (const go of waiting.splice(0)) go();
  };
  target.addEventListener('pointerdown', (event) => down.add((event as PointerEvent).pointerId), true);
  target.addEventListener('pointerup', release, true);
  target.addEventListener('pointercancel', release, true);
  // A press that ended outside the window is reported to no one here.
  target.addEventListener('blur', () => {
    down.clear();
    for (const go of waiting.splice(0)) go();
  });
  return {
    wait: () => (down.size === 0 ? Promise.resolve() : new Promise((go) => waiting.push(go))),
  };
}
