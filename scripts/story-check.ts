/**
 * npm run story:check [-- FILE.json] [--json] [--max-states N]
 *
 * Checks the game's story (or a story JSON file, through the schema first) and prints every
 * problem as `file:line: passage-id: message [rule]` (the chapter file and the line of the
 * passage's id, so an editor can jump there), errors first, then a one-line summary. Exits 1 when
 * there is any error. With --json, prints exactly one JSON object: { problems, stats }, each
 * problem with its `file` (and `line`, where its passage was found); among
 * the stats, `reactivePassages` (and `reactivePassageIds`): the pages whose text depends on the state.
 */
import { AMBIENT_BEDS } from '../src/audio/sound-files';
import { checkStory, type Problem, type StoryStats } from '../src/story';
import { runMain } from './run-main';
import { loadStory, parseArguments } from './story-cli';
import { type Locate, placeText, sourcesOf } from './story-sources';

const USAGE = 'usage: npm run story:check -- [story.json] [--json] [--max-states N]';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `file:line: passage-id: message [rule]`: the place first, so an editor can jump there. */
function line(problem: Problem, locate: Locate): string {
  return `${placeText(locate(problem.passage))}: ${problem.passage ?? '(story)'}: ${problem.message} [${problem.rule}]`;
}

function summary(name: string, errors: number, warnings: number, stats: StoryStats, ms: number): string {
  const facts = stats.factsCited.length > 0 ? stats.factsCited.join(' ') : 'none';
  const explored = `${plural(stats.statesExplored, 'state')} explored in ${Math.round(ms)} ms${stats.explorationComplete ? '' : ' (bound hit)'}`;
  return (
    `${name}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. ` +
    `${plural(stats.chapters, 'chapter')}, ${plural(stats.passages, 'passage')}, ${plural(stats.choices, 'choice')}, ${plural(stats.endings, 'ending')}; ` +
    `reachable: ${stats.reachablePassages}/${stats.passages} passages, ${stats.reachableEndings}/${stats.endings} endings; ` +
    `facts cited: ${facts}; ${plural(stats.reactivePassages, 'passage')} whose text depends on the state; ${explored}.`
  );
}

async function main(): Promise<number> {
  const { flags, positional } = parseArguments(process.argv.slice(2), ['max-states']);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const json = flags.get('json') === true;
  const maxStates = flags.has('max-states') ? Number(flags.get('max-states')) : undefined;
  if (maxStates !== undefined && !(Number.isInteger(maxStates) && maxStates > 0)) {
    console.error(`--max-states needs a positive whole number.\n${USAGE}`);
    return 2;
  }
  if (positional.length > 1) {
    console.error(`Give at most one story file.\n${USAGE}`);
    return 2;
  }

  const loaded = await loadStory(positional[0]);
  if (!loaded.ok) {
    if (json) {
      const problems = loaded.problems.map((message) => ({ severity: 'error', message, rule: 'schema' }));
      console.log(JSON.stringify({ problems, stats: null }, null, 2));
    } else {
      console.log('errors:');
      for (const problem of loaded.problems) {
        console.log(`${problem.startsWith(loaded.name) ? problem : `${loaded.name}: ${problem}`} [schema]`);
      }
      console.log(`${loaded.name}: ${plural(loaded.problems.length, 'error')}: not a valid story file.`);
    }
    return 1;
  }

  const report = checkStory(loaded.story, {
    ambience: AMBIENT_BEDS,
    ...(maxStates === undefined ? {} : { maxStates }),
  });
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const locate = await sourcesOf(positional[0]);
  if (json) {
    const problems = report.problems.map((problem) => ({ ...problem, ...locate(problem.passage) }));
    console.log(JSON.stringify({ problems, stats: report.stats }, null, 2));
  } else {
    if (errors.length > 0) console.log('errors:');
    for (const problem of errors) console.log(line(problem, locate));
    if (warnings.length > 0) console.log('warnings:');
    for (const problem of warnings) console.log(line(problem, locate));
    console.log(summary(loaded.name, errors.length, warnings.length, report.stats, report.exploration.elapsedMs));
  }
  return errors.length > 0 ? 1 : 0;
}

runMain(main);
