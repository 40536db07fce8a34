/**
 * Loading a story JSON file from disk, for the command-line tools. Node only: it is not
 * exported from `src/story/index.ts`, so the game bundle never pulls in `node:fs`.
 */
import { readFile } from 'node:fs/promises';
import { parseStoryText } from './load';
import type { ParseResult } from './schema';

export async function loadStoryFile(path: string): Promise<ParseResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${path} cannot be read: ${reason}`] };
  }
  return parseStoryText(text, path);
}
