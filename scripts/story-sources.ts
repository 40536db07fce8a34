/**
 * Where each passage is written, so that `story:check` can print `file:line` before a problem
 * and an editor (VS Code's terminal, a compiler-error parser) jumps there: the chapter modules
 * of the game's story, or the story JSON file given.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const REPO = join(import.meta.dirname, '..');
const CHAPTERS = join(REPO, 'src', 'content', 'chapters');

/** An object key `id` with a quoted value, in TypeScript or JSON. */
const ID_KEY = /["']?\bid["']?\s*:\s*(["'])((?:(?!\1)[^\\\n])+)\1/g;
/** A passage names its chapter before it names a label or a target; a choice does not. */
const PASSAGE_FIELDS = /["']?\b(chapter|label|to)["']?\s*:/;
/** The next object's id: what follows it is not this object's. */
const NEXT_ID = /["']?\bid["']?\s*:/;

/** The line (from 1) of each passage's `id` in a source text. Choices' and chapters' ids are left out. */
export function passageLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  for (const match of text.matchAll(ID_KEY)) {
    const id = match[2] as string;
    if (lines.has(id)) continue;
    const rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 400);
    const next = NEXT_ID.exec(rest);
    const own = next ? rest.slice(0, next.index) : rest;
    if (PASSAGE_FIELDS.exec(own)?.[1] !== 'chapter') continue;
    lines.set(id, text.slice(0, match.index).split('\n').length);
  }
  return lines;
}

/** A file (relative to the working directory) and, for a passage found in it, the line of its id. */
export interface Place {
  readonly file: string;
  readonly line?: number;
}

export type Locate = (passage: string | undefined) => Place;

/** `file:line`, or the file alone. */
export function placeText(place: Place): string {
  return place.line === undefined ? place.file : `${place.file}:${place.line}`;
}

/**
 * A function from a passage id to where it is written (or the story's file, for a problem of the
 * whole story or a passage not found in the sources).
 */
export async function sourcesOf(storyFile: string | undefined): Promise<Locate> {
  const places = await passagePlaces(storyFile);
  const whole = storyFile ?? relative(process.cwd(), join(REPO, 'src', 'content', 'story.ts'));
  return (passage) => (passage && places.get(passage)) || { file: whole };
}

/** Every passage's place: in the story JSON file given, or in the game's chapter modules. */
export async function passagePlaces(storyFile?: string): Promise<Map<string, Place>> {
  const places = new Map<string, Place>();
  const files = storyFile
    ? [storyFile]
    : (await readdir(CHAPTERS)).filter((name) => name.endsWith('.ts')).map((name) => join(CHAPTERS, name));
  for (const file of files.sort()) {
    const shown = relative(process.cwd(), file) || file;
    for (const [id, line] of passageLines(await readFile(file, 'utf8'))) {
      if (!places.has(id)) places.set(id, { file: shown, line });
    }
  }
  return places;
}
