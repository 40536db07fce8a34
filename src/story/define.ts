/**
 * Typed authoring helpers. `chapter` keeps passage ids and link targets as literal types,
 * and `defineStory` checks every link against the ids of all chapters, so a choice that
 * points at a passage that does not exist fails `npm run typecheck`.
 */
import type { Chapter, Story } from './types';

type AnyChapter = Chapter<string>;
type IdsOf<Chapters extends readonly AnyChapter[]> = Chapters[number]['passages'][number]['id'];

export function chapter<const C extends AnyChapter>(definition: C): C {
  return definition;
}

export function defineStory<const Chapters extends readonly AnyChapter[]>(
  story: Omit<Story<string>, 'chapters' | 'start'> & {
    readonly start: NoInfer<IdsOf<Chapters>>;
    readonly chapters: Chapters & readonly Chapter<NoInfer<IdsOf<Chapters>>>[];
  },
): Story<IdsOf<Chapters>> {
  return story;
}
