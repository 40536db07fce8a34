/**
 * npm run story:graph -- [--format dot|mermaid] [--out FILE] [story.json]
 *
 * Prints the story graph (the game's story by default, or a story JSON file) as Graphviz DOT
 * or Mermaid, to stdout or to FILE.
 */
import { writeFile } from 'node:fs/promises';
import { toDot, toMermaid } from '../src/story';
import { runMain } from './run-main';
import { loadStory, parseArguments } from './story-cli';

const USAGE = 'usage: npm run story:graph -- [--format dot|mermaid] [--out FILE] [story.json]';

async function main(): Promise<number> {
  const { flags, positional } = parseArguments(process.argv.slice(2), ['format', 'out']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const format = flags.get('format') ?? 'dot';
  if (format !== 'dot' && format !== 'mermaid') {
    console.error(`Unknown format ${JSON.stringify(format)}: use dot or mermaid.\n${USAGE}`);
    return 2;
  }
  const out = flags.get('out');
  if (out === true) {
    console.error(`--out needs a file name.\n${USAGE}`);
    return 2;
  }
  if (positional.length > 1) {
    console.error(`Give at most one story file.\n${USAGE}`);
    return 2;
  }
  const loaded = await loadStory(positional[0]);
  if (!loaded.ok) {
    for (const problem of loaded.problems) {
      console.error(problem.startsWith(loaded.name) ? problem : `${loaded.name}: ${problem}`);
    }
    return 1;
  }
  const text = format === 'dot' ? toDot(loaded.story) : toMermaid(loaded.story);
  if (out === undefined) process.stdout.write(text);
  else {
    await writeFile(out, text, 'utf8');
    console.error(`Wrote ${format} graph of ${loaded.name} to ${out}.`);
  }
  return 0;
}

runMain(main);
