/** Shared by the story command-line tools: choosing and loading the story to work on. */
import type { Story } from '../src/story';
import { loadStoryFile } from '../src/story/load-file';

export type Loaded =
  | { readonly ok: true; readonly story: Story; readonly name: string }
  | {
      readonly ok: false;
      readonly problems: readonly string[];
      readonly name: string;
    };

/** The story in a JSON file (through the schema), or the game's own story module by default. */
export async function loadStory(file: string | undefined): Promise<Loaded> {
  if (file === undefined) {
    const { story } = await import('../src/content/story');
    return { ok: true, story, name: 'src/content/story.ts' };
  }
  const result = await loadStoryFile(file);
  return result.ok
    ? { ok: true, story: result.story, name: file }
    : { ok: false, problems: result.problems, name: file };
}

/** Split arguments into flags with values, boolean flags and positionals. */
export function parseArguments(
  args: readonly string[],
  withValue: readonly string[],
): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (withValue.includes(name)) {
        const next = args[i + 1];
        if (next === undefined) throw new Error(`--${name} needs a value.`);
        flags.set(name, next);
        i++;
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { flags, positional };
}
