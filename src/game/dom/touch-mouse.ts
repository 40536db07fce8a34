/**
 * After a touch, the browser also sends the mouse events it is compatible with (mousedown,
 * mouseup, on the same spot), because the game does not cancel touches: it lets the browser
 * pinch-zoom. Phaser hears both, so one tap pressed a control twice: a tick box ticked and
 * unticked, and a tap on a button that opened a screen pressed whatever that screen drew under
 * the finger. This drops the mouse's echo of a touch before anything else hears it.
 */

/** Long enough for the slowest echo (a browser may wait ~300 ms to rule out a double tap). */
const ECHO_MS = 800;
const MOUSE_EVENTS = ['mousedown', 'mouseup', 'mousemove'] as const;
const TOUCH_EVENTS = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;

/** Chromium says which mouse events come from a touch (InputDeviceCapabilities). */
interface WithCapabilities {
  readonly sourceCapabilities?: { readonly firesTouchEvents?: boolean } | null;
}

export function dropMouseEchoOfTouch(target: Window, now: () => number = () => performance.now()): () => void {
  let lastTouch = Number.NEGATIVE_INFINITY;
  const touched = () => {
    lastTouch = now();
  };
  const mouse = (event: Event) => {
    const fromTouch = (event as Event & WithCapabilities).sourceCapabilities?.firesTouchEvents === true;
    if (fromTouch || now() - lastTouch < ECHO_MS) event.stopImmediatePropagation();
  };
  const options = { capture: true, passive: true };
  for (const type of TOUCH_EVENTS) target.addEventListener(type, touched, options);
  for (const type of MOUSE_EVENTS) target.addEventListener(type, mouse, options);
  return () => {
    for (const type of TOUCH_EVENTS) target.removeEventListener(type, touched, options);
    for (const type of MOUSE_EVENTS) target.removeEventListener(type, mouse, options);
  };
}
