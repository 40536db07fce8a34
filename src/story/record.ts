/**
 * What the file keeps on record at a moment of a run (story.meta.record): each line whose
 * condition holds, under its section, sections in the order the story first names them. Pure.
 */
import { holds } from './conditions';
import type { RunState, Story } from './types';

export interface RecordSection {
  readonly section: string;
  readonly lines: readonly string[];
}

export function recordOf(story: Pick<Story, 'meta'>, state: RunState): RecordSection[] {
  const sections = new Map<string, string[]>();
  for (const line of story.meta.record) {
    if (!sections.has(line.section)) sections.set(line.section, []);
    if (holds(line.when, state)) sections.get(line.section)?.push(line.text);
  }
  return [...sections].filter(([, lines]) => lines.length > 0).map(([section, lines]) => ({ section, lines }));
}
