/**
 * A run's history as the player lived it: each page read, in order, with the choice taken on
 * it as its label read then (a label may vary with the state). Pure: derived again from the
 * steps, so it always says what the run really did.
 */
import { findPassage } from './engine';
import { applyStep, beginRun } from './run';
import { resolveText } from './text';
import type { Run, Step, Story } from './types';

export interface HistoryEntry {
  /** How many steps the run had taken on arriving here: reopening the entry keeps that many. */
  readonly steps: number;
  readonly passage: string;
  readonly title: string;
  readonly chapter: { readonly number: number; readonly title: string } | null;
  /**
   * The choice taken on this page, as its label read (or an author's move, in author mode); null
   * on the page the run stands on.
   */
  readonly choice: string | null;
}

export function historyOf(story: Story, run: Run): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let at = beginRun(story);
  for (let index = 0; index <= run.steps.length; index++) {
    const passage = findPassage(story, at.state.passage);
    const step = run.steps[index];
    const taken = step?.kind === 'choice' ? passage?.choices.find((choice) => choice.id === step.choice) : undefined;
    const chapter = story.chapters.find((c) => c.id === passage?.chapter);
    entries.push({
      steps: index,
      passage: at.state.passage,
      title: passage?.title ?? at.state.passage,
      chapter: chapter ? { number: chapter.number, title: chapter.title } : null,
      choice: taken
        ? resolveText(taken.label, at.state)
        : step && step.kind !== 'choice'
          ? authorMove(story, step)
          : null,
    });
    if (!step) break;
    const next = applyStep(story, at, step);
    if (!next.ok) break;
    at = next.run;
  }
  return entries;
}

/** An author's step as the history reads it. */
function authorMove(story: Story, step: Exclude<Step, { kind: 'choice' }>): string {
  if (step.kind === 'set') return `Author: set ${step.variable} to ${String(step.value)}`;
  return `Author: jumped to ${findPassage(story, step.passage)?.title ?? step.passage}`;
}
