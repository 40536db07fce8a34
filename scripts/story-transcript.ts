/**
 * npm run story:transcript -- [--route alleged | --ending ID | --choices a,b,c] [story.json]
 *
 * Prints a run of the story as plain text, page by page, as the golden transcripts under
 * test/golden hold it (src/story/transcript.ts): the alleged route (the game's story only, and
 * the default there), the shortest path to an ending (by its ending id or its passage id), or
 * the choices given. Exits 1 when a choice does not fit, after the pages up to it.
 */
import { explore, findPassage, renderTranscript, type Story } from '../src/story';
import { runMain } from './run-main';
import { loadStory, parseArguments } from './story-cli';

const USAGE = 'usage: npm run story:transcript -- [--route alleged | --ending ID | --choices a,b,c] [story.json]';

/** The shortest path to the ending with this id (or at this passage), or why there is none. */
function pathToEnding(story: Story, id: string): readonly string[] | string {
  const endings = explore(story).endings;
  for (const [passage, path] of endings) {
    if (passage === id || findPassage(story, passage)?.ending?.id === id) return path;
  }
  const known = [...endings.keys()].map((passage) => findPassage(story, passage)?.ending?.id ?? passage);
  return `No reachable ending ${JSON.stringify(id)}; the endings are ${known.join(', ')}.`;
}

async function main(): Promise<number> {
  const { flags, positional } = parseArguments(process.argv.slice(2), ['route', 'ending', 'choices']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const asked = ['route', 'ending', 'choices'].filter((name) => flags.has(name));
  if (asked.length > 1 || positional.length > 1) {
    console.error(`Give one of --route, --ending or --choices, and at most one story file.\n${USAGE}`);
    return 2;
  }
  for (const name of asked) {
    if (flags.get(name) === true) {
      console.error(`--${name} needs a value.\n${USAGE}`);
      return 2;
    }
  }
  const loaded = await loadStory(positional[0]);
  if (!loaded.ok) {
    for (const problem of loaded.problems) {
      console.error(problem.startsWith(loaded.name) ? problem : `${loaded.name}: ${problem}`);
    }
    return 1;
  }

  let choices: readonly string[];
  const ending = flags.get('ending');
  const list = flags.get('choices');
  const route = flags.get('route') ?? (positional[0] === undefined && asked.length === 0 ? 'alleged' : undefined);
  if (typeof ending === 'string') {
    const path = pathToEnding(loaded.story, ending);
    if (typeof path === 'string') {
      console.error(path);
      return 1;
    }
    choices = path;
  } else if (typeof list === 'string') {
    choices = list
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
  } else if (route === 'alleged' && positional[0] === undefined) {
    choices = (await import('../src/content/routes')).ALLEGED_ROUTE;
  } else if (route !== undefined) {
    console.error(`Unknown route ${JSON.stringify(route)}: the game's story has the route "alleged".\n${USAGE}`);
    return 2;
  } else {
    console.error(`A story file has no named route: give --ending or --choices.\n${USAGE}`);
    return 2;
  }

  const transcript = renderTranscript(loaded.story, choices);
  process.stdout.write(transcript.text);
  return transcript.ok ? 0 : 1;
}

runMain(main);
