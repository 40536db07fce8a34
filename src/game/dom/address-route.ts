/**
 * The address bar holds the route of the case on screen: `#route=` and its choice ids
 * (story/route.ts), replaced at each step without adding to the browser's history, so that the
 * address is always a link that replays this run. Off the case (the title), the address is bare
 * again, so that a reload there lands on the title. At boot, a route in the address opens the
 * file where it ends.
 */

import { routeFromHash, routeHash } from '../../story/route';
import { choicesOf } from '../../story/run';
import type { GameController, Snapshot } from '../controller';

export interface AddressBar {
  readonly hash: string;
  /** Put this hash (or none, with '') in the address without a new history entry. */
  replace(hash: string): void;
}

export function browserAddress(window: Window): AddressBar {
  return {
    get hash() {
      return window.location.hash;
    },
    replace(hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    },
  };
}

/** The hash the address should hold for this snapshot. */
export function hashFor(snapshot: Snapshot): string {
  const onCase = snapshot.run !== null && snapshot.stack[0] !== 'title';
  return onCase && snapshot.run ? routeHash(choicesOf(snapshot.run.steps)) : '';
}

/** Open the route the address holds, if any, then keep the address in step with the case. */
export function attachAddressRoute(controller: GameController, address: AddressBar): () => void {
  const route = routeFromHash(address.hash);
  if (route) controller.openRoute(route);
  let shown = address.hash;
  return controller.subscribe((snapshot) => {
    const wanted = hashFor(snapshot);
    // A link waiting for "replace the saved case?" stays in the address until it is answered.
    if (snapshot.confirm !== null) return;
    if (wanted !== shown) {
      shown = wanted;
      address.replace(wanted);
    }
  });
}
