/**
 * The timeline rules: once a story dates its pages (`sortDate`), every page is dated, and no
 * choice a player can take leads back in time, except into a page marked as a flashback. A
 * choice out of a flashback is held to the time the flashback was entered from, so a story
 * cannot use a flashback to slip back for good.
 */
import type { Exploration } from './explore';
import type { Passage } from './types';
import { choiceName, quote, type Report } from './validate-rules';

const SORTABLE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Negative when `a` is earlier than `b`, compared at the precision both have: "2015-03" and
 * "2015-03-09" are the same time, "2015-02-28" is before "2015-03".
 */
export function compareSortDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, length), b.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A present: the dated page a reader last stood on outside a flashback. */
interface Present {
  readonly passage: string;
  readonly date: string;
}

export function checkTimeline(passages: ReadonlyMap<string, Passage>, exploration: Exploration, report: Report): void {
  const dated = (passage: Passage | undefined): string | undefined =>
    passage?.sortDate !== undefined && SORTABLE.test(passage.sortDate) ? passage.sortDate : undefined;
  const list = [...passages.values()];
  // A story that dates nothing has no timeline to check.
  if (!list.some((passage) => passage.sortDate !== undefined)) return;
  for (const passage of list) {
    if (passage.sortDate === undefined) {
      report(
        'missing-sort-date',
        'Has no sortDate, while the story dates other pages: give it one ("2015", "2015-03" or "2015-03-09") so the timeline check can place it.',
        passage.id,
      );
    } else if (dated(passage) === undefined) {
      report(
        'missing-sort-date',
        `Its sortDate ${quote(passage.sortDate)} is not a sortable date: write it as "2015", "2015-03" or "2015-03-09".`,
        passage.id,
      );
    }
  }

  // The choices a player can take: those some reachable state offers.
  const taken: { from: Passage; index: number; to: Passage }[] = [];
  for (const reach of exploration.choices) {
    if (!reach.everAvailable || !reach.takeable) continue;
    const from = passages.get(reach.passage);
    const choice = from?.choices[reach.index];
    const to = choice ? passages.get(choice.to) : undefined;
    if (from && to) taken.push({ from, index: reach.index, to });
  }

  // The times a flashback can be entered from: a dated page's own, or what the flashback before it was entered from.
  const presents = new Map<string, Map<string, Present>>();
  const presentsOf = (passage: Passage): Present[] => {
    const date = dated(passage);
    if (!passage.flashback) return date === undefined ? [] : [{ passage: passage.id, date }];
    return [...(presents.get(passage.id)?.values() ?? [])];
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of taken) {
      if (!to.flashback) continue;
      let into = presents.get(to.id);
      if (!into) {
        into = new Map();
        presents.set(to.id, into);
      }
      for (const present of presentsOf(from)) {
        if (into.has(present.passage)) continue;
        into.set(present.passage, present);
        grew = true;
      }
    }
  }

  for (const { from, index, to } of taken) {
    const target = dated(to);
    if (target === undefined || to.flashback) continue;
    const choice = from.choices[index];
    if (!choice) continue;
    const date = dated(from);
    if (!from.flashback) {
      if (date === undefined || compareSortDates(target, date) >= 0) continue;
      report(
        'time-goes-back',
        `${choiceName(choice)} leads from ${quote(from.id)} (${date}) back in time to ${quote(to.id)} (${target}): date ${quote(to.id)} later, reorder the pages, or mark ${quote(to.id)} as a flashback.`,
        from.id,
      );
      continue;
    }
    // Out of a flashback, the story returns to its present: the latest time the flashback left from.
    const later = presentsOf(from)
      .filter((present) => compareSortDates(target, present.date) < 0)
      .sort((a, b) => compareSortDates(b.date, a.date));
    const [latest] = later;
    if (!latest) continue;
    report(
      'time-goes-back',
      `${choiceName(choice)} leads out of the flashback ${quote(from.id)} to ${quote(to.id)} (${target}), earlier than ${quote(latest.passage)} (${latest.date}), where the flashback was entered from: date ${quote(to.id)} later, or mark it as a flashback too.`,
      from.id,
    );
  }
}
