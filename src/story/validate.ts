/**
 * Story validation: everything an author can get wrong that the type system does not catch
 * (or that JSON skips), as plain-English problems tied to a passage where there is one.
 */
import { describeCondition, own } from './conditions';
import { type Exploration, type ExploreOptions, explore } from './explore';
import { possibleStates } from './possible';
import type { Choice, Passage, Story, Value, VariableDeclaration } from './types';
import { allChoices, analyseUsage, effectTarget, forEachComparison } from './usage';

export type Severity = 'error' | 'warning';

/** Every rule, its severity, and what it guards against (the format guide lists these). */
export const RULES = {
  'duplicate-chapter-id': ['error', 'Two chapters share an id.'],
  'duplicate-chapter-number': ['error', 'Two chapters share a number.'],
  'duplicate-passage-id': ['error', 'Two passages share an id.'],
  'duplicate-choice-id': ['error', 'Two choices in one passage share an id.'],
  'duplicate-ending-id': ['error', 'Two endings share an id.'],
  'missing-start': ['error', 'The start passage does not exist.'],
  'missing-link': ['error', 'A choice leads to a passage that does not exist.'],
  'unknown-chapter': ['error', 'A passage names a chapter that does not exist.'],
  'chapter-mismatch': ['error', 'A passage names a different chapter from the one it sits in.'],
  'unreachable-passage': ['error', 'No playthrough reaches a passage.'],
  'unreachable-ending': ['error', 'No playthrough reaches an ending.'],
  'dead-end': ['error', 'A playthrough can stop at a passage with no available choice and no ending.'],
  'ending-with-choices': ['error', 'A passage has both an ending and choices.'],
  'choice-never-available': ['error', 'A choice is locked in every playthrough that reaches it.'],
  'impossible-comparison': ['error', 'A condition compares a variable in a way that can never make sense.'],
  'undeclared-variable': ['error', 'A condition or effect names a variable the story does not declare.'],
  'missing-visits-passage': ['error', 'A condition counts visits to a passage that does not exist.'],
  'effect-type': ['error', 'An effect gives a variable a value of the wrong type.'],
  'empty-text': ['error', 'A title, body, label or ending text is empty.'],
  'interchangeable-choices': ['error', 'Two choices in one passage lead to the same place with the same effects.'],
  'unknown-fact': ['error', 'A passage cites a fact the story does not declare.'],
  'duplicate-fact-id': ['error', 'Two facts share an id.'],
  'alleged-without-facts': ['error', 'A passage marked alleged cites no facts.'],
  'fact-never-cited': ['warning', 'A fact the story declares is cited by no passage.'],
  'unknown-ambience': ['warning', 'A chapter names an ambient bed the game does not have.'],
  'variable-never-written': ['warning', 'A variable is read by conditions but no effect changes it.'],
  'variable-never-read': ['warning', 'A variable is changed by effects but no condition reads it.'],
  'unused-variable': ['warning', 'A variable is declared but never read or changed.'],
  'exploration-incomplete': ['warning', 'Exploration stopped at its bound; some reachability questions stay open.'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  readonly severity: Severity;
  /** The passage the problem is in, when there is one. */
  readonly passage?: string;
  readonly message: string;
  readonly rule: RuleId;
}

export interface ValidateOptions extends ExploreOptions {
  /** A finished exploration of the same story, to avoid exploring twice. */
  readonly exploration?: Exploration;
  /** The ambient beds the game can play; when given, a chapter naming another is reported. */
  readonly ambience?: readonly string[];
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function showValue(value: Value): string {
  return String(value);
}

function typeWord(declaration: VariableDeclaration): string {
  return declaration.type === 'boolean' ? 'yes/no (boolean)' : 'number';
}

function choiceName(choice: Choice): string {
  return `Choice ${quote(choice.id)}`;
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A stable text for a choice's effects, so that two lists can be compared. */
function effectsKey(choice: Choice): string {
  return JSON.stringify(
    (choice.effects ?? []).map((effect) =>
      'set' in effect ? ['set', effect.set, effect.value] : ['add', effect.add, effect.value],
    ),
  );
}

function describePath(path: readonly string[]): string {
  return path.length === 0 ? 'at the start' : `after ${path.map(quote).join(' > ')}`;
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
  // When the exact search stopped early, a quick over-approximation still settles much:
  // what it finds impossible is impossible. The rest is listed as unsettled.
  const possible = exploration.boundHit ? possibleStates(story) : undefined;
  const unsettled = { passages: [] as string[], choices: [] as string[], stuck: [] as string[] };
  const linkers = new Map<string, Set<string>>();
  for (const { passage, choice } of allChoices(story)) {
    if (choice.to === passage.id) continue;
    const set = linkers.get(choice.to) ?? new Set<string>();
    set.add(passage.id);
    linkers.set(choice.to, set);
  }
  const mayReach = (id: string): boolean => exploration.reachable.has(id) || possible?.reachable.has(id) === true;
  const passages = new Map<string, Passage>();
  for (const passage of allPassages) if (!passages.has(passage.id)) passages.set(passage.id, passage);

  for (const passage of passages.values()) {
    if (exploration.reachable.has(passage.id)) continue;
    if (possible?.reachable.has(passage.id)) {
      unsettled.passages.push(passage.id);
      continue;
    }
    const from = [...(linkers.get(passage.id) ?? [])];
    const why =
      from.length === 0
        ? 'no choice links to it'
        : from.some(mayReach)
          ? 'the choices that lead here are never available'
          : 'only passages that no playthrough reaches link to it';
    if (passage.ending) {
      report(
        'unreachable-ending',
        `No playthrough reaches the ending ${quote(passage.ending.title)}: ${why}.`,
        passage.id,
      );
    } else report('unreachable-passage', `No playthrough reaches this passage: ${why}.`, passage.id);
  }

  const everAvailable = new Set<string>();
  for (const reach of exploration.choices)
    if (reach.everAvailable) everAvailable.add(`${reach.passage}\u0000${reach.index}`);
  for (const passage of passages.values()) {
    if (passage.ending) continue;
    const reached = exploration.reachable.has(passage.id);
    if (!reached && !possible?.reachable.has(passage.id)) continue; // reported as unreachable
    const ids = new Set<string>();
    passage.choices.forEach((choice, index) => {
      const takeable = !ids.has(choice.id);
      ids.add(choice.id);
      if (!takeable || !choice.when || everAvailable.has(`${passage.id}\u0000${index}`)) return;
      if (possible?.available.get(passage.id)?.[index]) {
        // At a passage exploration never reached, the passage itself is what is unsettled.
        if (reached) unsettled.choices.push(`${passage.id} > ${choice.id}`);
        return;
      }
      report(
        'choice-never-available',
        `${choiceName(choice)} (${quote(choice.label)}) is locked in every playthrough that reaches this passage: it ${describeNeed(choice)}, which never holds here.`,
        passage.id,
      );
    });
  }

  const deadEndsByPassage = new Map<string, number>();
  for (const dead of exploration.deadEnds) {
    if (passages.get(dead.passage)?.choices.length === 0) continue; // already reported above
    const count = deadEndsByPassage.get(dead.passage) ?? 0;
    deadEndsByPassage.set(dead.passage, count + 1);
    if (count > 0) continue;
    const passage = passages.get(dead.passage) as Passage;
    const shown = readsOf(passage)
      .map((name) => {
        const value = own(dead.variables, name);
        return `${name} ${value === undefined ? 'unset' : showValue(value)}`;
      })
      .join(', ');
    report(
      'dead-end',
      `A player can get stuck here with every choice locked, for example ${describePath(dead.path)}${shown ? ` (${shown})` : ''}.`,
      dead.passage,
    );
  }

  if (possible) {
    for (const passage of passages.values()) {
      const maybeHere = exploration.reachable.has(passage.id) || possible.reachable.has(passage.id);
      if (!maybeHere || passage.ending || passage.choices.length === 0) continue;
      if (!deadEndsByPassage.has(passage.id) && !possible.neverStuck.has(passage.id)) unsettled.stuck.push(passage.id);
    }
    const parts = [
      unsettledPart(unsettled.passages, 'passage', 'may be unreachable'),
      unsettledPart(unsettled.choices, 'choice', 'may never be available'),
      unsettledPart(unsettled.stuck, 'passage', 'may leave a player stuck'),
    ].filter((part) => part !== '');
    report(
      'exploration-incomplete',
      `Exploration stopped at ${exploration.stateCount} states before covering every playthrough. The other problems reported are certain${parts.length > 0 ? `; not settled: ${parts.join('; ')}` : ''}. Raise the bound (--max-states), or let fewer values of fewer variables decide conditions${widest(exploration)}.`,
    );
  }

  return sortProblems(problems);
}

/** Where the explored states pile up, and which variables split them most. */
function widest(exploration: Exploration): string {
  const top = <K>(map: ReadonlyMap<K, number>, count: number): [K, number][] =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  const passages = top(exploration.statesPerPassage, 3).map(([id, n]) => `${id} (${n})`);
  const variables = top(exploration.valuesPerVariable, 4)
    .filter(([, n]) => n > 1)
    .map(([name, n]) => `${name} (${n} values)`);
  if (passages.length === 0) return '';
  const split = variables.length > 0 ? `; the variables that split them most: ${variables.join(', ')}` : '';
  return ` (most states are at ${passages.join(', ')}${split})`;
}

function unsettledPart(items: readonly string[], word: string, what: string): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, 6).join(', ');
  return `${plural(items.length, word)} ${what} (${shown}${items.length > 6 ? ', ...' : ''})`;
}

function describeNeed(choice: Choice): string {
  return choice.when ? `needs ${describeCondition(choice.when)}` : 'has no condition';
}

/** The variables a passage's choice conditions read, in order of first appearance. */
function readsOf(passage: Passage): string[] {
  const names = new Set<string>();
  for (const choice of passage.choices) {
    if (choice.when) {
      forEachComparison(choice.when, (leaf) => {
        if (leaf.kind === 'var') names.add(leaf.name);
      });
    }
  }
  return [...names];
}

type Report = (rule: RuleId, message: string, passage?: string, severity?: Severity) => void;

function checkPassageText(passage: Passage, report: Report): void {
  if (isBlank(passage.title)) report('empty-text', 'The passage has an empty title.', passage.id);
  if (isBlank(passage.body)) report('empty-text', 'The passage has an empty body.', passage.id);
  for (const choice of passage.choices) {
    if (isBlank(choice.label)) report('empty-text', `${choiceName(choice)} has an empty label.`, passage.id);
  }
  if (passage.ending) {
    for (const field of ['title', 'verdict', 'summary'] as const) {
      if (isBlank(passage.ending[field])) report('empty-text', `The ending has an empty ${field}.`, passage.id);
    }
  }
}

/** The story's fact ids, in order; duplicates reported. */
function checkFacts(story: Story, report: Report): readonly string[] {
  const ids: string[] = [];
  for (const fact of story.meta.facts) {
    if (ids.includes(fact.id)) {
      report('duplicate-fact-id', `Two facts have the id ${quote(fact.id)}; passages cite facts by id.`);
    } else ids.push(fact.id);
  }
  const cited = new Set<string>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      if (passage.provenance.kind === 'alleged') for (const fact of passage.provenance.facts) cited.add(fact);
    }
  }
  for (const id of ids) {
    if (!cited.has(id)) report('fact-never-cited', `The fact ${quote(id)} is declared but no passage cites it.`);
  }
  return ids;
}

function describeFacts(facts: readonly string[]): string {
  if (facts.length === 0) return 'the story declares no facts';
  const shown = facts.length > 3 ? `${facts[0]}-${facts.at(-1)}` : facts.join(', ');
  return `the story's facts are ${shown}`;
}

function checkProvenance(passage: Passage, facts: readonly string[], report: Report): void {
  const provenance = passage.provenance;
  if (provenance.kind !== 'alleged') return;
  if (provenance.facts.length === 0) {
    report(
      'alleged-without-facts',
      `Is marked as alleged but cites no facts: cite the ids of the facts it relays (${describeFacts(facts)}), or mark it dramatized.`,
      passage.id,
    );
  }
  for (const fact of provenance.facts) {
    if (!facts.includes(fact)) {
      report(
        'unknown-fact',
        `Cites ${quote(fact)}, which is not one of the facts the story declares (${describeFacts(facts)}).`,
        passage.id,
      );
    }
  }
}

function checkChoices(passage: Passage, report: Report): void {
  const ids = new Set<string>();
  const routes = new Map<string, Choice>();
  for (const choice of passage.choices) {
    if (ids.has(choice.id)) {
      report(
        'duplicate-choice-id',
        `Two choices share the id ${quote(choice.id)}; the second can never be taken (saves and links record choices by id).`,
        passage.id,
      );
    }
    ids.add(choice.id);
    const route = `${choice.to}\u0000${effectsKey(choice)}`;
    const twin = routes.get(route);
    if (twin) {
      report(
        'interchangeable-choices',
        `Choices ${quote(twin.id)} and ${quote(choice.id)} both lead to ${quote(choice.to)} with the same effects, so picking one over the other changes nothing; make them differ or merge them.`,
        passage.id,
      );
    } else routes.set(route, choice);
  }
}

function checkVariables(story: Story, known: ReadonlyMap<string, string>, report: Report): void {
  const declared = story.variables;
  const declaration = (name: string): VariableDeclaration | undefined =>
    Object.hasOwn(declared, name) ? declared[name] : undefined;
  for (const { passage, choice } of allChoices(story)) {
    if (choice.when) {
      forEachComparison(choice.when, (leaf) => {
        if (leaf.kind === 'visits') {
          if (!known.has(leaf.passage)) {
            report(
              'missing-visits-passage',
              `${choiceName(choice)} counts visits to ${quote(leaf.passage)}, which is not a passage.`,
              passage.id,
            );
          }
          return;
        }
        const decl = declaration(leaf.name);
        if (!decl) {
          report(
            'undeclared-variable',
            `${choiceName(choice)} reads the variable ${quote(leaf.name)}, which the story does not declare.`,
            passage.id,
          );
          return;
        }
        if (decl.type === 'boolean') {
          if (typeof leaf.value !== 'boolean') {
            report(
              'impossible-comparison',
              `${choiceName(choice)} compares the yes/no variable ${quote(leaf.name)} with the number ${showValue(leaf.value)}; compare it with true or false.`,
              passage.id,
            );
          } else if (leaf.op !== '==' && leaf.op !== '!=') {
            report(
              'impossible-comparison',
              `${choiceName(choice)} compares the yes/no variable ${quote(leaf.name)} with "${leaf.op}"; a yes/no variable can only be compared with == or !=.`,
              passage.id,
            );
          }
        } else if (typeof leaf.value !== 'number') {
          report(
            'impossible-comparison',
            `${choiceName(choice)} compares the number variable ${quote(leaf.name)} with ${showValue(leaf.value)}; compare it with a number.`,
            passage.id,
          );
        }
      });
    }
    for (const effect of choice.effects ?? []) {
      const name = effectTarget(effect);
      const decl = declaration(name);
      if (!decl) {
        report(
          'undeclared-variable',
          `${choiceName(choice)} changes the variable ${quote(name)}, which the story does not declare.`,
          passage.id,
        );
        continue;
      }
      if ('add' in effect) {
        if (decl.type !== 'number') {
          report(
            'effect-type',
            `${choiceName(choice)} adds to the yes/no variable ${quote(name)}; set it to true or false instead.`,
            passage.id,
          );
        }
      } else if (typeof effect.value !== decl.type) {
        report(
          'effect-type',
          `${choiceName(choice)} sets the ${typeWord(decl)} variable ${quote(name)} to ${showValue(effect.value)}; give it a ${decl.type === 'boolean' ? 'true or false' : 'number'}.`,
          passage.id,
        );
      }
    }
  }

  const usage = analyseUsage(story);
  for (const [name, decl] of Object.entries(declared)) {
    const read = usage.reads.has(name);
    const written = usage.writes.has(name);
    if (read && !written) {
      report(
        'variable-never-written',
        `The variable ${quote(name)} is read by conditions but no choice ever changes it, so it always stays at ${showValue(decl.initial)}.`,
      );
    } else if (written && !read) {
      report(
        'variable-never-read',
        `The variable ${quote(name)} is changed by choices but no condition ever reads it.`,
      );
    } else if (!read && !written) {
      report('unused-variable', `The variable ${quote(name)} is declared but no choice reads or changes it.`);
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem): number => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || a.order - b.order)
    .map(({ problem }) => problem);
}
