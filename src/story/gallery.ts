/**
 * The endings gallery: every ending of the story, in the order the file lists them. A found one
 * carries its verdict, title and closing note as the run that found it read them, and when it
 * was first found; a locked one carries only a hint of the chapter where its road branches off
 * from what the player has seen. Pure.
 */
import { findPassage } from './engine';
import type { Progress } from './progress';
import { choiceKey } from './progress';
import { replayRoute } from './route';
import { resolveText } from './text';
import type { Passage, Story } from './types';

export interface FoundEnding {
  readonly verdict: string;
  readonly title: string;
  readonly summary: string;
  readonly firstAt: string;
  readonly route: readonly string[];
}

export interface GalleryEntry {
  /** The ending's passage. */
  readonly passage: string;
  readonly found: FoundEnding | null;
  /** Where the road to it leaves what the player has seen (for a locked ending): a chapter. */
  readonly branchesOff: { readonly number: number; readonly title: string } | null;
}

function endingPassages(story: Story): Passage[] {
  return story.chapters.flatMap((chapter) => chapter.passages.filter((passage) => passage.ending));
}

/** The passages from which some choices lead, in any number of steps, to `target`. */
function leadingTo(story: Story, target: string): Set<string> {
  const into = new Map<string, string[]>();
  for (const passage of story.chapters.flatMap((c) => c.passages)) {
    for (const choice of passage.choices) into.set(choice.to, [...(into.get(choice.to) ?? []), passage.id]);
  }
  const reached = new Set([target]);
  const queue = [target];
  while (queue.length > 0) {
    for (const from of into.get(queue.pop() as string) ?? []) {
      if (!reached.has(from)) {
        reached.add(from);
        queue.push(from);
      }
    }
  }
  return reached;
}

/**
 * The chapter of the last page (in the story's order) the player has seen with a door not yet
 * opened toward the ending: where the road to it leaves what they know, nearest the ending.
 * Before any page is seen, the start's chapter; when every door seen was opened, the ending's own.
 */
function branchChapter(story: Story, progress: Progress, ending: Passage) {
  const toward = leadingTo(story, ending.id);
  const ordered = story.chapters.flatMap((chapter) => chapter.passages.map((passage) => ({ chapter, passage })));
  const door = ordered.findLast(
    ({ passage }) =>
      Object.hasOwn(progress.pages, passage.id) &&
      passage.choices.some(
        (choice) => toward.has(choice.to) && !Object.hasOwn(progress.choices, choiceKey(passage.id, choice.id)),
      ),
  );
  const chapterId =
    door?.passage.chapter ??
    (Object.keys(progress.pages).length === 0 ? findPassage(story, story.start)?.chapter : ending.chapter);
  const chapter = story.chapters.find((c) => c.id === chapterId);
  return chapter ? { number: chapter.number, title: chapter.title } : null;
}

export function galleryOf(story: Story, progress: Progress): GalleryEntry[] {
  return endingPassages(story).map((passage) => {
    const record = Object.hasOwn(progress.endings, passage.id) ? progress.endings[passage.id] : undefined;
    const ending = passage.ending;
    if (!record || !ending)
      return { passage: passage.id, found: null, branchesOff: branchChapter(story, progress, passage) };
    const derived = replayRoute(story, record.route);
    const state = derived.run.state;
    return {
      passage: passage.id,
      found: {
        verdict: ending.verdict,
        title: resolveText(ending.title, state),
        summary: resolveText(ending.summary, state),
        firstAt: record.firstAt,
        route: record.route,
      },
      branchesOff: null,
    };
  });
}
