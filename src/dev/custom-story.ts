/**
 * An author's own story, loaded in author mode: kept in this tab's session storage (never next
 * to the player's saves) and booted instead of the case when the address says `story=custom`.
 * The game's stores are keyed by the story's id, so its runs, slots and progress are its own.
 */
import { parseStoryText } from '../story/load';
import type { Story } from '../story/types';

const KEY = 'the-consultant/author/custom-story';
export const CUSTOM_PARAM = 'custom';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Keep the story's text for the next load of this tab; false when the browser refuses. */
export function keepCustomStory(text: string): boolean {
  try {
    session()?.setItem(KEY, text);
    return session()?.getItem(KEY) === text;
  } catch {
    return false;
  }
}

/** The story kept for this tab, when the address asks for it: the story, or why not. */
export function customStoryWanted(search: string): { story: Story } | { problem: string } | null {
  if (new URLSearchParams(search).get('story') !== CUSTOM_PARAM) return null;
  const text = session()?.getItem(KEY);
  if (!text) return { problem: 'No story of your own is loaded in this tab: the case opens instead.' };
  const parsed = parseStoryText(text, 'your story');
  return parsed.ok ? { story: parsed.story } : { problem: parsed.problems.join(' ') };
}

/** The address that opens the kept story in author mode, or the case itself. */
export function addressFor(custom: boolean): string {
  return custom ? `?author&story=${CUSTOM_PARAM}` : '?author';
}
