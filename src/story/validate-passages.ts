/**
 * The rules about one passage at a time: empty text, its provenance against the story's facts,
 * and its choices (duplicate ids, two choices that change nothing between them).
 */
import { fullText } from './text';
import type { Choice, Passage, Story } from './types';
import { choiceName, isBlank, quote, type Report } from './validate-rules';

/** Text is empty when no state can show anything there (`fullText`); a part that shows nothing is fine. */
export function checkPassageText(passage: Passage, report: Report): void {
  if (isBlank(passage.title)) report('empty-text', 'The passage has an empty title.', passage.id);
  if (isBlank(fullText(passage.body))) report('empty-text', 'The passage has an empty body.', passage.id);
  for (const choice of passage.choices) {
    if (isBlank(fullText(choice.label))) report('empty-text', `${choiceName(choice)} has an empty label.`, passage.id);
  }
  if (passage.ending) {
    for (const field of ['title', 'verdict', 'summary'] as const) {
      if (isBlank(fullText(passage.ending[field])))
        report('empty-text', `The ending has an empty ${field}.`, passage.id);
    }
  }
}

/** The story's fact ids, in order; duplicates reported. */
export function checkFacts(story: Story, report: Report): readonly string[] {
  const ids: string[] = [];
  for (const fact of story.meta.facts) {
    if (ids.includes(fact.id)) {
      report('duplicate-fact-id', `Two facts have the id ${quote(fact.id)}; passages cite facts by id.`);
    } else ids.push(fact.id);
  }
  const cited = new Set<string>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) {
      if (passage.provenance.kind === 'dramatization') for (const fact of passage.provenance.facts) cited.add(fact);
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

export function checkProvenance(passage: Passage, facts: readonly string[], report: Report): void {
  const provenance = passage.provenance;
  if (provenance.kind !== 'dramatization') return;
  if (provenance.facts.length === 0) {
    report(
      'dramatization-without-facts',
      `Is marked as a dramatization but cites no facts: cite the ids of the facts it stages (${describeFacts(facts)}), or mark it invented.`,
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

export function checkChoices(passage: Passage, report: Report): void {
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
    if (choice.when && (choice.lockedHint === undefined || isBlank(choice.lockedHint))) {
      report(
        'lock-without-hint',
        `${choiceName(choice)} has a condition but no lockedHint: when it is locked, say why in the story's words, naming the cause.`,
        passage.id,
      );
    }
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

/** A stable text for a choice's effects, so that two lists can be compared. */
function effectsKey(choice: Choice): string {
  return JSON.stringify(
    (choice.effects ?? []).map((effect) =>
      'set' in effect ? ['set', effect.set, effect.value] : ['add', effect.add, effect.value],
    ),
  );
}
