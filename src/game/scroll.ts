/**
 * Scrolling a long page from the keyboard. The accessible layer turns the keys into the
 * controller's `scrollPage` intent; the controller puts the request in the snapshot; the scene
 * that shows a scrollable sheet (the case, the ending, the Sources) follows the requests with
 * `followScrollRequests` and turns each into a distance with `scrollDistance`. Pure but for the
 * subscription, so the distances are tested in Node.
 */
import type { ScreenName } from './screen-table';

export type ScrollAmount = 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'start' | 'end' | MapMove;

/** What only the branch map does with a key: pan sideways, zoom, fit the whole story. */
export type MapMove = 'left' | 'right' | 'zoom-in' | 'zoom-out' | 'fit';

export const SCROLL_AMOUNTS: readonly ScrollAmount[] = ['line-up', 'line-down', 'page-up', 'page-down', 'start', 'end'];

const MAP_MOVES: ReadonlySet<ScrollAmount> = new Set<MapMove>(['left', 'right', 'zoom-in', 'zoom-out', 'fit']);

/** Whether a screen answers a key's scroll: the map answers them all, a page only the vertical ones. */
export function scrolls(screen: ScreenName, amount: ScrollAmount): boolean {
  if (screen === 'map') return true;
  return !MAP_MOVES.has(amount) && SCROLLING.has(screen);
}

/** The screens whose page scrolls by keys. */
const SCROLLING: ReadonlySet<ScreenName> = new Set(['case', 'ending', 'sources', 'history', 'endings', 'saves']);

/** One request to scroll; `id` grows with each, so a view can tell a new request from a re-render. */
export interface ScrollRequest {
  readonly id: number;
  readonly amount: ScrollAmount;
}

/** An arrow key moves this many design pixels: about two lines of a document. */
export const SCROLL_LINE = 48;

/**
 * How far (in design pixels, down positive) an amount moves a view `viewportHeight` tall: a
 * page keeps one line of the last in view; start and end go as far as the view lets them
 * (the sheet clamps).
 */
export function scrollDistance(amount: ScrollAmount, viewportHeight: number, line = SCROLL_LINE): number {
  const page = Math.max(line, viewportHeight - line);
  switch (amount) {
    case 'line-up':
      return -line;
    case 'line-down':
      return line;
    case 'page-up':
      return -page;
    case 'page-down':
      return page;
    case 'start':
      return Number.NEGATIVE_INFINITY;
    case 'end':
      return Number.POSITIVE_INFINITY;
    default:
      return 0;
  }
}

/** The part of the controller a scene follows scroll requests from. */
export interface ScrollSource {
  subscribe(
    listener: (snapshot: { readonly screen: ScreenName; readonly scroll: ScrollRequest | null }) => void,
  ): () => void;
}

/**
 * Call `apply` once for every scroll request made while `screen` is on top, from now on (a
 * request made before the call is not replayed). Returns the unsubscribe, for the scene's
 * shutdown.
 */
export function followScrollRequests(
  source: ScrollSource,
  screen: ScreenName,
  apply: (amount: ScrollAmount) => void,
): () => void {
  let seen: number | null = null;
  return source.subscribe((snapshot) => {
    const request = snapshot.scroll;
    if (seen === null) {
      seen = request?.id ?? 0;
      return;
    }
    if (!request || request.id === seen) return;
    seen = request.id;
    if (snapshot.screen === screen) apply(request.amount);
  });
}

/** A sheet that scrolls (widgets/document-sheet.ts): scroll it by one request. */
export function scrollSheet(
  sheet: { scrollBy(dy: number): void; readonly viewportHeight: number } | null,
  amount: ScrollAmount,
): void {
  sheet?.scrollBy(scrollDistance(amount, sheet.viewportHeight));
}
