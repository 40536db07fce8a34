/**
 * What the branch map shows, as data both views read: every chapter with the pages the player
 * has seen in it (in the story's order), whether each is on the path of the case on screen, and
 * each page's choices, taken or not in any case, as their labels read on the most recent route
 * there. Unseen pages are counted, never named. Pure.
 */
import { choiceKey } from '../../story/progress';
import { replayRoute } from '../../story/route';
import { resolveText } from '../../story/text';
import type { Snapshot } from '../snapshot';

export interface MapPage {
  readonly id: string;
  readonly title: string;
  readonly chapterNumber: number;
  /** On the path of the case on screen. */
  readonly onPath: boolean;
  readonly current: boolean;
  readonly ending: boolean;
  /** The case whose most recent run reached it, which a jump reopens. */
  readonly caseNumber: number;
  readonly choices: readonly { readonly label: string; readonly taken: boolean }[];
}

export interface MapChapter {
  readonly number: number;
  readonly title: string;
  readonly pages: readonly MapPage[];
  readonly total: number;
}

export function mapChapters(snapshot: Snapshot): MapChapter[] {
  const { story, progress, run } = snapshot;
  const path = new Set(run?.path ?? []);
  const here = run?.state.passage ?? null;
  return story.chapters.map((chapter) => ({
    number: chapter.number,
    title: chapter.title,
    total: chapter.passages.length,
    pages: chapter.passages.flatMap((passage) => {
      const seen = Object.hasOwn(progress.pages, passage.id) ? progress.pages[passage.id] : undefined;
      if (!seen) return [];
      const state = replayRoute(story, seen.route).run.state;
      return [
        {
          id: passage.id,
          title: passage.title,
          chapterNumber: chapter.number,
          onPath: path.has(passage.id),
          current: passage.id === here,
          ending: passage.ending !== undefined,
          caseNumber: seen.case,
          choices: passage.choices.map((choice) => ({
            label: resolveText(choice.label, state),
            taken: Object.hasOwn(progress.choices, choiceKey(passage.id, choice.id)),
          })),
        },
      ];
    }),
  }));
}

/** "The Dinner at Jingyuan, chapter 2": how the twin names a page's button. */
export function pageName(page: Pick<MapPage, 'title' | 'chapterNumber'>): string {
  return `${page.title}, chapter ${page.chapterNumber}`;
}

/** What a page's choices were: "Taken: X. Not taken: Y, Z." */
export function choicesLine(page: MapPage): string {
  if (page.ending) return 'An ending: the file closes here.';
  const list = (taken: boolean) =>
    page.choices
      .filter((choice) => choice.taken === taken)
      .map((choice) => `\u201c${choice.label}\u201d`)
      .join(', ');
  const taken = list(true);
  const open = list(false);
  return [
    taken ? `Taken: ${taken}.` : 'No choice taken here yet.',
    open ? `Not taken: ${open}.` : 'Every door here opened.',
  ].join(' ');
}
