/** The endings gallery: the found ones with their verdict, closing note and date; the others locked, with a hint. */
import { galleryOf } from '../../story/gallery';
import { completion } from '../../story/progress';
import { NUMBERED_LABELS } from '../control-labels';
import type { Snapshot } from '../snapshot';
import type { ListModel } from './list-types';
import { dayOf } from './when';

export function endingsList(snapshot: Snapshot): ListModel {
  const { story, progress } = snapshot;
  const gallery = galleryOf(story, progress);
  const done = completion(progress, story);
  return {
    kicker: 'CLOSED FILES  \u00b7  EVERY WAY THE CASE CAN END',
    title: 'ENDINGS',
    intro:
      `${done.endings.found} of ${done.endings.total} endings found. ` +
      `Pages seen: ${done.pages.seen} of ${done.pages.total}; choices taken: ${done.choices.taken} of ${done.choices.total}. ` +
      `${done.percent}% of the file explored.`,
    rows: gallery.map((entry, index) => {
      const number = index + 1;
      if (!entry.found) {
        return {
          key: entry.passage,
          title: `Ending ${number}: not found yet`,
          detail: [
            entry.branchesOff
              ? `Its road branches off in chapter ${entry.branchesOff.number}, \u201c${entry.branchesOff.title}\u201d.`
              : 'Its road is not on the map yet.',
          ],
          mark: 'LOCKED',
          dim: true,
          actions: [],
        };
      }
      return {
        key: entry.passage,
        title: `Ending ${number}: ${entry.found.title}`,
        detail: [`Verdict: ${entry.found.verdict}.`, entry.found.summary, `First found ${dayOf(entry.found.firstAt)}.`],
        mark: 'FOUND',
        actions: [{ label: NUMBERED_LABELS.rereadEnding(number), act: (c) => c.replay.jumpToPage(entry.passage) }],
      };
    }),
    footer: [],
    empty: 'This story has no endings.',
  };
}
