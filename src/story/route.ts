/**
 * Route links: a run's route as the part of the game's address after `#route=`, its choice ids
 * joined with `.`, so that a path can be pasted into a browser, a test or a bug report and
 * replayed. Ids are URL-safe already; the rare id with a `.` of its own (the schema allows one)
 * has it written `%2E`, so that the links of stories without one stay plain words. Pure.
 */
import { choiceStep, type DerivedRun, deriveRun } from './run';
import type { Story } from './types';

export const ROUTE_HASH_PREFIX = '#route=';

/** The hash (with its `#`) that names this route. */
export function routeHash(choices: readonly string[]): string {
  return ROUTE_HASH_PREFIX + choices.map((id) => encodeURIComponent(id).replaceAll('.', '%2E')).join('.');
}

/**
 * The choice ids a hash names, or null when it names no route (another hash, or none). An empty
 * route (`#route=`) is the start of the case. A part that is not valid percent-encoding is kept
 * as written, so that replaying it reports that choice as the one that does not fit.
 */
export function routeFromHash(hash: string): string[] | null {
  if (!hash.startsWith(ROUTE_HASH_PREFIX)) return null;
  const body = hash.slice(ROUTE_HASH_PREFIX.length);
  if (body === '') return [];
  return body.split('.').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
}

/** A route replayed from the start of the story: the run as far as it fits, and where it stopped. */
export function replayRoute(story: Story, choices: readonly string[]): DerivedRun {
  return deriveRun(story, choices.map(choiceStep));
}
