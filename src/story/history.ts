/**
 * A run's history as the player lived it: each page read, in order, with the choice taken on
 * it as its label read then (a label may vary with the state). Pure: derived again from the
 * steps, so it always says what the run really did.
 */
import { findPassage } from './engine';
import { applyStep, beginRun } from './run';
import { resolveText } from './text';
import type { Run, Story } from './types';

export interface HistoryEntry {
  /** How many steps the run had taken on arriving here: reopening the entry keeps that many. */
  readonly steps: number;
  readonly passage: string;
  readonly title: string;
  readonly chapter: { readonly number: number; readonly title: string } | null;
  /** The choice taken on this page, as its label read; null on the page the run stands on. */
  readonly choice: string | null;
}

export function historyOf(story: Story, run: Run): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let at = beginRun(story);
  for (let index = 0; index <= run.steps.length; index++) {
    const passage = findPassage(story, at.state.passage);
    const step = run.steps[index];
    const taken = step ? passage?.choices.find((choice) => choice.id === step.choice) : undefined;
    const chapter = story.chapters.find((c) => c.id === passage?.chapter);
    entries.push({
      steps: index,
      passage: at.state.passage,
      title: passage?.title ?? at.state.passage,
      chapter: chapter ? { number: chapter.number, title: chapter.title } : null,
      choice: taken ? resolveText(taken.label, at.state) : null,
    });
    if (!step) break;
    const next = applyStep(story, at, step);
    if (!next.ok) break;
    at = next.run;
  }
  return entries;
}
