/**
 * What author mode says of a story file an author loads: the size it may have, the messages
 * between the page and the worker that checks it (story-worker.ts), and the verdict on its
 * problems. Pure, so the verdict is tested in Node.
 */
import { parseStoryText } from '../story/load';
import type { Story } from '../story/types';
import { type Problem, validateStory } from '../story/validate';

/** A story file larger than this is refused before it is read (the game's own story is ~0.4 MB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** The exploration's bound for a loaded story: a few seconds at most, off the main thread. */
export const UPLOAD_STATES = 200_000;

export interface UploadQuestion {
  readonly text: string;
  readonly name: string;
  /** The id of the game's own story: a loaded story must have another, so its saves stay apart. */
  readonly reservedId: string;
}

/** One problem as the panel lists it: where (a path in the data, or a passage), and what. */
export interface UploadProblem {
  readonly passage?: string;
  readonly message: string;
  readonly warning?: boolean;
}

export type UploadAnswer =
  | { readonly kind: 'progress'; readonly stage: string }
  | { readonly kind: 'refused'; readonly problems: readonly UploadProblem[] }
  | {
      readonly kind: 'accepted';
      readonly id: string;
      readonly title: string;
      readonly warnings: readonly UploadProblem[];
    };

export function sizeProblem(bytes: number, name: string): string | null {
  if (bytes <= MAX_UPLOAD_BYTES) return null;
  const mb = (value: number) => `${(value / (1024 * 1024)).toFixed(1)} MB`;
  return `${name} is ${mb(bytes)}; a story file may be at most ${mb(MAX_UPLOAD_BYTES)}.`;
}

/** A checked story: refused on any error (or the game's own id), else accepted with its warnings. */
export function checkUpload(story: Story, problems: readonly Problem[], reservedId: string): UploadAnswer {
  const listed = (list: readonly Problem[]) =>
    list.map((p) => ({
      ...(p.passage === undefined ? {} : { passage: p.passage }),
      message: p.message,
      ...(p.severity === 'warning' ? { warning: true } : {}),
    }));
  const errors = problems.filter((p) => p.severity === 'error');
  const own =
    story.id === reservedId
      ? [
          {
            message: `The story's id is "${story.id}", the game's own: give it an id of its own, so that its saves stay apart.`,
          },
        ]
      : [];
  if (errors.length > 0 || own.length > 0) return { kind: 'refused', problems: [...own, ...listed(errors)] };
  return { kind: 'accepted', id: story.id, title: story.title, warnings: listed(problems) };
}

/**
 * The whole check the worker runs: the JSON, the schema, every rule with the exploration bounded;
 * `stage` hears what is being done.
 */
export function checkStoryText(
  question: UploadQuestion,
  stage: (what: string) => void = () => {},
  maxStates = UPLOAD_STATES,
): UploadAnswer {
  const { text, name, reservedId } = question;
  const tooLarge = sizeProblem(text.length, name);
  if (tooLarge) return { kind: 'refused', problems: [{ message: tooLarge }] };
  stage(`Reading ${name} (${Math.round(text.length / 1024)} KB)`);
  const parsed = parseStoryText(text, name);
  if (!parsed.ok) return { kind: 'refused', problems: parsed.problems.map((message) => ({ message })) };
  stage(`Checking every rule, exploring up to ${maxStates.toLocaleString('en')} states`);
  return checkUpload(parsed.story, validateStory(parsed.story, { maxStates }), reservedId);
}
