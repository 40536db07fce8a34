/**
 * npm run story:graph -- [--format dot|mermaid|svg|html] [--out FILE] [story.json]
 *
 * Prints the story graph (the game's story by default, or a story JSON file) as Graphviz DOT
 * or Mermaid source, or as a picture laid out like the branch map: SVG, or a standalone HTML
 * page that pans and zooms it (src/map/story-picture.ts); to stdout or to FILE.
 */
import { writeFile } from 'node:fs/promises';
import { layoutMap } from '../src/map/layout';
import { MAP_LAYOUT } from '../src/map/load';
import { storyHtml, storySvg } from '../src/map/story-picture';
import { type Story, toDot, toMermaid } from '../src/story';
import { runMain } from './run-main';
import { loadStory, parseArguments } from './story-cli';

const USAGE = 'usage: npm run story:graph -- [--format dot|mermaid|svg|html] [--out FILE] [story.json]';

const FORMATS = {
  dot: toDot,
  mermaid: toMermaid,
  svg: (story: Story) => `${storySvg(story, layoutMap(story, MAP_LAYOUT))}\n`,
  html: (story: Story) => storyHtml(story, layoutMap(story, MAP_LAYOUT)),
} as const;

function isFormat(name: unknown): name is keyof typeof FORMATS {
  return typeof name === 'string' && Object.hasOwn(FORMATS, name);
}

async function main(): Promise<number> {
  const { flags, positional } = parseArguments(process.argv.slice(2), ['format', 'out']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const format = flags.get('format') ?? 'dot';
  if (!isFormat(format)) {
    console.error(`Unknown format ${JSON.stringify(format)}: use dot, mermaid, svg or html.\n${USAGE}`);
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
  const text = FORMATS[format](loaded.story);
  if (out === undefined) process.stdout.write(text);
  else {
    await writeFile(out, text, 'utf8');
    console.error(`Wrote ${format} graph of ${loaded.name} to ${out}.`);
  }
  return 0;
}

runMain(main);
