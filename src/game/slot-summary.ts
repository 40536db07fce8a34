/**
 * What the Saves screen shows of each slot: the page the save stands on, its chapter and when it
 * was saved, derived from the save's steps like a load would be. Pure.
 */
import type { SlotContent } from '../save/local-slot-store';
import { findPassage } from '../story/engine';
import { deriveRun } from '../story/run';
import type { Story } from '../story/types';

export type SlotSummary =
  | { readonly slot: number; readonly kind: 'empty' }
  | { readonly slot: number; readonly kind: 'corrupt'; readonly message: string }
  | {
      readonly slot: number;
      readonly kind: 'saved';
      readonly title: string;
      readonly chapter: string;
      readonly savedAt: string;
      readonly steps: number;
      readonly ending: boolean;
      /** The save was made on another version of the story and not all of its steps fit now. */
      readonly outgrown: boolean;
    };

export function summariseSlot(story: Story, content: SlotContent, slot: number): SlotSummary {
  if (content.kind === 'empty') return { slot, kind: 'empty' };
  if (content.kind === 'corrupt') return { slot, kind: 'corrupt', message: content.message };
  const derived = deriveRun(story, content.run.steps);
  const passage = findPassage(story, derived.run.state.passage);
  const chapter = story.chapters.find((c) => c.id === passage?.chapter);
  return {
    slot,
    kind: 'saved',
    title: passage?.title ?? derived.run.state.passage,
    chapter: chapter ? `Chapter ${chapter.number}: ${chapter.title}` : '',
    savedAt: content.run.savedAt,
    steps: derived.run.steps.length,
    ending: passage?.ending !== undefined,
    outgrown: derived.failedAt !== undefined,
  };
}

/** "Slot 2, empty" / "Slot 1: The Dinner at Jingyuan, Chapter 2: Dinners, saved today at 14:05". */
export function slotLine(summary: SlotSummary, when: (iso: string) => string | null): string {
  const name = `Slot ${summary.slot}`;
  if (summary.kind === 'empty') return `${name}, empty`;
  if (summary.kind === 'corrupt') return `${name}, could not be read`;
  const saved = when(summary.savedAt);
  return `${name}: ${summary.title}, ${summary.chapter}${saved ? `, ${saved}` : ''}`;
}
