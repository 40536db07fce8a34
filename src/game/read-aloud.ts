/**
 * Self-voicing, for players who have no screen reader: what the game reads aloud, derived from
 * the controller's snapshots with the same words the accessible layer gives screen readers
 * (redactions read as "redacted"). Pure and without the DOM; dom/speaker.ts gives the words to
 * the browser's speech synthesis.
 *
 * A new page is read from its chapter and header through its text and its provenance; once the
 * whole page is shown, its choices, numbered, each locked one with its reason; then any
 * notice. Another screen is read by its name, an ending by its verdict and closing note.
 */
import type { ChoiceView } from '../story/engine';
import type { ShownPassage } from '../story/text';
import type { Passage, Story } from '../story/types';
import type { OverlayName, Snapshot } from './controller';
import { documentMeta, paragraphsOf, provenanceText } from './dom/text';

/** What to say now. `interrupt`: stop what is being said first (a new page, a new screen). */
export interface Utterance {
  readonly lines: readonly string[];
  readonly interrupt: boolean;
}

const SCREEN_NAMES: Readonly<Record<OverlayName, string>> = {
  settings: 'Settings',
  sources: 'Sources',
  menu: 'Menu',
  history: 'History',
  endings: 'Endings',
  saves: 'Saves',
  map: 'Branch map',
};

function chapterOf(story: Story, passage: Passage): string | null {
  const chapter = story.chapters.find((c) => c.id === passage.chapter);
  return chapter ? `Chapter ${chapter.number}: ${chapter.title}, ${chapter.period}.` : null;
}

function pageLines(snapshot: Snapshot, passage: ShownPassage): string[] {
  const { story } = snapshot;
  const lines: string[] = [];
  if (snapshot.chapterChanged) lines.push(chapterOf(story, passage) ?? '');
  lines.push(passage.title, documentMeta(passage), ...paragraphsOf(passage.body));
  lines.push(`${provenanceText(passage.provenance, story.meta).replace(/[.!?]?$/, '.')}`);
  return lines.filter((line) => line.length > 0);
}

function choiceLine(view: ChoiceView): string {
  if (view.available) return `${view.number}: ${view.choice.label}.`;
  const reason = view.lockedReasons.length > 0 ? `: ${view.lockedReasons.join('; ')}` : '';
  return `${view.number}: ${view.choice.label}. Locked${reason}.`;
}

function choiceLines(choices: readonly ChoiceView[]): string[] {
  return choices.length > 0 ? ['Choices.', ...choices.map(choiceLine)] : [];
}

function endingLines(snapshot: Snapshot, passage: ShownPassage): string[] {
  const ending = passage.ending;
  if (!ending) return pageLines(snapshot, passage);
  return [
    `Case closed. ${ending.title}.`,
    `Verdict: ${ending.verdict}.`,
    ending.summary,
    ...pageLines(snapshot, passage),
  ];
}

function screenLines(snapshot: Snapshot): string[] {
  const { screen, passage, story } = snapshot;
  if (screen === 'title')
    return [story.title, story.meta.tagline, story.meta.statement].filter((line) => line.length > 0);
  if (screen === 'case') return passage ? pageLines(snapshot, passage) : [];
  if (screen === 'ending') return passage ? endingLines(snapshot, passage) : [];
  return [SCREEN_NAMES[screen]];
}

/** Lines the choice just put on record ("On record: Took the work laptop to London."). */
function newOnRecord(previous: Snapshot | null, next: Snapshot): string[] {
  if (!previous || previous.record === next.record) return [];
  const before = new Set(previous.record.flatMap((part) => part.lines));
  const added = next.record.flatMap((part) => part.lines).filter((line) => !before.has(line));
  return added.map((line) => `On record: ${line}`);
}

/**
 * What changed between two snapshots that is to be read aloud, or null for nothing. `previous`
 * is null when reading starts (the setting was just turned on): the screen is read from its top.
 */
export function utteranceFor(previous: Snapshot | null, next: Snapshot): Utterance | null {
  const lines: string[] = [];
  let interrupt = false;
  const newScreen = !previous || previous.screen !== next.screen;
  const newPage = !previous || previous.pageNumber !== next.pageNumber;
  if (newScreen || (newPage && (next.screen === 'case' || next.screen === 'ending'))) {
    lines.push(...screenLines(next));
    interrupt = true;
    // A page shown at once (instant text, or the page read again) offers its choices now.
    if (next.screen === 'case' && next.revealed) lines.push(...choiceLines(next.choices));
  } else if (next.screen === 'case' && next.revealed && !previous.revealed) {
    lines.push(...choiceLines(next.choices));
  }
  lines.push(...newOnRecord(previous, next));
  if (next.notice && next.notice !== previous?.notice) lines.push(next.notice);
  return lines.length > 0 ? { lines, interrupt } : null;
}
