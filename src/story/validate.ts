/**
 * Story validation: everything an author can get wrong that the type system does not catch
 * (or that JSON skips), as plain-English problems tied to a passage where there is one.
 */
import { indexStory } from './engine';
import { type Exploration, type ExploreOptions, explore } from './explore';
import type { Passage, Story } from './types';
import { allChoices } from './usage';
import { checkInertChoices } from './validate-inert';
import { checkChoices, checkFacts, checkPassageText, checkProvenance } from './validate-passages';
import { checkReachability } from './validate-reach';
import { checkRecordReach } from './validate-record';
import { choiceName, isBlank, type Problem, plural, quote, RULES, type RuleId, type Severity } from './validate-rules';
import { checkTextReach } from './validate-text';
import { checkTimeline } from './validate-time';
import { checkTraps } from './validate-traps';
import { checkVariables } from './validate-variables';

export { type Problem, RULES, type RuleId, type Severity } from './validate-rules';

export interface ValidateOptions extends ExploreOptions {
  /** A finished exploration of the same story, to avoid exploring twice. */
  readonly exploration?: Exploration;
  /** The ambient beds the game can play; when given, a chapter naming another is reported. */
  readonly ambience?: readonly string[];
}

/** Check a story against every rule; problems come errors first, then in story order. */
export function validateStory(story: Story, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: RuleId, message: string, passage?: string, severity: Severity = RULES[rule][0]): void => {
    problems.push(passage === undefined ? { severity, message, rule } : { severity, passage, message, rule });
  };

  // --- Chapters, passages and ids -------------------------------------------------------
  if (isBlank(story.title)) report('empty-text', 'The story has an empty title.');
  const chapterIds = new Map<string, number>();
  const chapterNumbers = new Map<number, string>();
  for (const chapter of story.chapters) {
    if (chapterIds.has(chapter.id)) {
      report('duplicate-chapter-id', `Two chapters have the id ${quote(chapter.id)}; chapter ids must be unique.`);
    } else chapterIds.set(chapter.id, chapter.number);
    const other = chapterNumbers.get(chapter.number);
    if (other !== undefined) {
      report(
        'duplicate-chapter-number',
        `Chapters ${quote(other)} and ${quote(chapter.id)} both have the number ${chapter.number}.`,
      );
    } else chapterNumbers.set(chapter.number, chapter.id);
    if (isBlank(chapter.title)) report('empty-text', `Chapter ${quote(chapter.id)} has an empty title.`);
    if (chapter.ambience !== undefined && options.ambience && !options.ambience.includes(chapter.ambience)) {
      report(
        'unknown-ambience',
        `Chapter ${quote(chapter.id)} asks for the ambient bed ${quote(chapter.ambience)}, which the game does not have (it has ${options.ambience.map(quote).join(', ')}); it will be silent.`,
      );
    }
  }
  const facts = checkFacts(story, report);

  const passageChapter = new Map<string, string>();
  const endingIds = new Map<string, string>();
  const allPassages: Passage[] = [];
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      allPassages.push(passage);
      const first = passageChapter.get(passage.id);
      if (first !== undefined) {
        report(
          'duplicate-passage-id',
          `Another passage (in chapter ${quote(first)}) already has this id; passage ids must be unique, and links go to the first one.`,
          passage.id,
        );
      } else passageChapter.set(passage.id, chapter.id);
      if (passage.chapter !== chapter.id) {
        if (chapterIds.has(passage.chapter)) {
          report(
            'chapter-mismatch',
            `Says it belongs to chapter ${quote(passage.chapter)} but sits in chapter ${quote(chapter.id)}.`,
            passage.id,
          );
        } else {
          report(
            'unknown-chapter',
            `Says it belongs to chapter ${quote(passage.chapter)}, which does not exist (it sits in chapter ${quote(chapter.id)}).`,
            passage.id,
          );
        }
      }
      checkPassageText(passage, report);
      checkProvenance(passage, facts, report);
      if (passage.ending) {
        const owner = endingIds.get(passage.ending.id);
        if (owner !== undefined) {
          report(
            'duplicate-ending-id',
            `Its ending id ${quote(passage.ending.id)} is already used by the ending in ${quote(owner)}; the endings gallery needs distinct ids.`,
            passage.id,
          );
        } else endingIds.set(passage.ending.id, passage.id);
        if (passage.choices.length > 0) {
          report(
            'ending-with-choices',
            `Has an ending and also ${plural(passage.choices.length, 'choice')}; an ending closes the file, so remove the choices or the ending.`,
            passage.id,
          );
        }
      } else if (passage.choices.length === 0) {
        report('dead-end', 'Has no choices and no ending: a player who gets here is stuck.', passage.id);
      }
      checkChoices(passage, report);
    }
  }
  // Links to missing passages need every id, so they come after the first pass.
  for (const { passage, choice } of allChoices(story)) {
    if (!passageChapter.has(choice.to)) {
      report('missing-link', `${choiceName(choice)} leads to ${quote(choice.to)}, which is not a passage.`, passage.id);
    }
  }

  // --- Variables, conditions, effects ----------------------------------------------------
  checkVariables(story, passageChapter, report);

  // --- Reachability ---------------------------------------------------------------------
  if (!passageChapter.has(story.start)) {
    report('missing-start', `The story starts at ${quote(story.start)}, which is not a passage.`);
    return sortProblems(problems);
  }
  const exploration = options.exploration ?? explore(story, options);
  checkReachability(story, allPassages, exploration, report);
  checkTextReach(exploration, report);
  checkRecordReach(story, exploration, report);
  // --- What shows later, and when ---------------------------------------------------------
  const { passages } = indexStory(story);
  checkTraps(passages, exploration, report);
  checkInertChoices(story, passages, exploration, report);
  checkTimeline(passages, exploration, report);
  return sortProblems(problems);
}

function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem): number => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.order - b.order)
    .map(({ problem }) => problem);
}
