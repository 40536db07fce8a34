/**
 * The panel over the game that lists what is wrong with a story being edited: each problem with
 * its passage, its message and where it is written. Plain text only (the messages quote the
 * story, which may hold anything). Announced once as an alert; gone when the story is sound again.
 */
import { el } from '../game/dom/elements';
import type { Problem } from '../story/validate';

export interface SourcePlace {
  readonly file: string;
  readonly line?: number;
}

const PANEL_ID = 'story-problems';

function text(doc: Document, tag: 'h2' | 'p' | 'code' | 'span', content: string, className?: string): HTMLElement {
  return el(doc, tag, { text: content, ...(className ? { className } : {}) });
}

/** Show these problems over the game (none: take the panel away). */
export function showStoryProblems(
  doc: Document,
  problems: readonly Problem[],
  places: Readonly<Record<string, SourcePlace>>,
): void {
  doc.getElementById(PANEL_ID)?.remove();
  if (problems.length === 0) return;
  const panel = doc.createElement('section');
  panel.id = PANEL_ID;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${PANEL_ID}-title`);
  const count = `${problems.length} ${problems.length === 1 ? 'error' : 'errors'}`;
  const heading = text(doc, 'h2', `The story was not loaded: ${count}`);
  heading.id = `${PANEL_ID}-title`;
  panel.append(
    heading,
    text(doc, 'p', 'The game plays on with the story as it was. Fix the file and save it: this goes away.'),
  );
  const list = doc.createElement('ol');
  for (const problem of problems) {
    const item = doc.createElement('li');
    const place = problem.passage ? places[problem.passage] : undefined;
    const where = place ? `${place.file}${place.line ? `:${place.line}` : ''}` : 'the story';
    item.append(
      text(doc, 'code', problem.passage ?? '(story)', 'passage'),
      text(doc, 'span', ` ${problem.message} `, 'message'),
      text(doc, 'code', where, 'file'),
      text(doc, 'span', ` [${problem.rule}]`, 'rule'),
    );
    list.append(item);
  }
  panel.append(list);
  doc.body.append(panel);
}
