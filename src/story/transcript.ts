/**
 * A run rendered as plain text, page by page, as the player reads it: the header line, the
 * title, the provenance stamp, the body as this state shows it (redactions as black blocks of
 * the same length), the report slip, the record beside the page, and the choices with the one
 * taken marked. Pure and without a DOM: golden transcripts (test/golden) and
 * `npm run story:transcript` print it, so a change to the story reads as a diff.
 */
import { indexStory, listChoices } from './engine';
import { reportSlipFor, stampLines } from './provenance';
import { recordOf } from './record';
import { applyStep, beginRun, choiceStep, deriveRun, describeStepError, type StepError } from './run';
import { showPassage } from './text';
import type { RunState, Story } from './types';

const RULE = '='.repeat(72);

/** Redacted spans ([[like this]]) as a run of blocks as long as the words they hide. */
export function blackOut(text: string): string {
  return text.replace(/\[\[([\s\S]*?)\]\]/g, (_, hidden: string) => '\u2588'.repeat(hidden.length));
}

/** "DOC 007": the document's number in the file, as forms print it. */
function docNumber(index: number): string {
  return `DOC ${String(index).padStart(3, '0')}`;
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${by}${line}`))
    .join('\n');
}

/**
 * One page of a run: the document at `state`, as the `index`th of the file. `taken` is the id
 * of the choice the run took here, if it went on.
 */
export function renderPage(story: Story, state: RunState, index: number, taken?: string): string {
  const passage = indexStory(story).passages.get(state.passage);
  if (!passage) return `${RULE}\n${docNumber(index)} · missing passage ${JSON.stringify(state.passage)}`;
  const shown = showPassage(passage, state);
  const header = [docNumber(index), passage.kind.toUpperCase().replace(/-/g, ' '), passage.date, passage.place]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .join(' · ');
  const out = [
    RULE,
    blackOut(header),
    blackOut(shown.title),
    `[${stampLines(passage.provenance).join(' · ')}]`,
    '',
    blackOut(shown.body),
  ];

  const slip = reportSlipFor(passage.provenance, story.meta);
  if (slip) {
    out.push('', `  ${slip.heading}`);
    for (const entry of slip.entries) {
      out.push(indent(slip.entries.length > 1 ? `${entry.fact}: ${entry.words}` : entry.words, '  | '));
    }
    out.push(`  \u2014 ${slip.attribution}`);
  }

  if (shown.ending) {
    out.push('', `CLOSED: ${shown.ending.verdict}`, shown.ending.title, blackOut(shown.ending.summary));
  }

  const record = recordOf(story, state);
  if (record.length > 0) {
    out.push('', 'ON RECORD');
    for (const { section, lines } of record) {
      out.push(`  ${section}`);
      for (const line of lines) out.push(`    - ${line}`);
    }
  }

  if (!shown.ending) {
    out.push('', 'CHOICES');
    for (const view of listChoices(story, state)) {
      const mark = view.choice.id === taken ? '>' : ' ';
      const locked = view.available ? '' : ` [locked: ${view.lockedReasons[0] ?? 'no hint'}]`;
      out.push(`${mark} ${view.number}. ${view.choice.label}${locked}`);
    }
  }
  return out.join('\n');
}

export type Transcript =
  | { readonly ok: true; readonly text: string }
  /** The pages up to the first choice that does not fit, and why it does not. */
  | { readonly ok: false; readonly text: string; readonly failedAt: number; readonly error: StepError };

/** Play `choices` (ids) from the start and render every page the run passes. */
export function renderTranscript(story: Story, choices: readonly string[]): Transcript {
  const derived = deriveRun(story, choices.map(choiceStep));
  const { chapterOf } = indexStory(story);
  const chapters = new Map(story.chapters.map((chapter) => [chapter.number, chapter] as const));
  const pages: string[] = [`${story.title} \u2014 FILE ${story.meta.caseNumber}`];
  let run = beginRun(story);
  let chapter: number | undefined;
  for (let i = 0; i <= derived.run.steps.length; i++) {
    const number = chapterOf.get(run.state.passage);
    const heading = number === undefined ? undefined : chapters.get(number);
    if (heading && number !== chapter) {
      pages.push('', `CHAPTER ${heading.number} \u00b7 ${heading.title.toUpperCase()} \u00b7 ${heading.period}`);
      chapter = number;
    }
    const step = derived.run.steps[i];
    pages.push(renderPage(story, run.state, i + 1, step?.kind === 'choice' ? step.choice : undefined));
    if (!step) break;
    const next = applyStep(story, run, step);
    if (!next.ok) break; // cannot happen: deriveRun took the same step
    run = next.run;
  }
  if (derived.failedAt !== undefined && derived.error) {
    pages.push(RULE, `STOPPED at step ${derived.failedAt + 1}: ${describeStepError(derived.error)}`);
    return { ok: false, text: `${pages.join('\n')}\n`, failedAt: derived.failedAt, error: derived.error };
  }
  return { ok: true, text: `${pages.join('\n')}\n` };
}
