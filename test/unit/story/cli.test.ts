/** The story command-line tools, run as the author runs them (through tsx), on fixtures. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Each test starts tsx, and some explore the whole story: under the full suite on two cores
 * that passes vitest's 5 s default, so these get the time the child process itself is given.
 */
const SPAWNED = { timeout: 60_000 } as const;

function run(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, [`scripts/${script}.ts`, ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('story:check', SPAWNED, () => {
  it('exits 1 on a broken story and prints `file:line: passage-id: message` lines, errors first', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/broken-story.json']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('errors:');
    // The line of each passage's id in the file, so an editor can jump there.
    const source = readFileSync(join(root, 'test/fixtures/broken-story.json'), 'utf8').split('\n');
    const lineOf = (id: string) => source.findIndex((l) => l.includes(`"id": "${id}"`)) + 1;
    const unreachable = `test/fixtures/broken-story.json:${lineOf('drawer')}: drawer: No playthrough reaches this passage: no choice links to it. [unreachable-passage]`;
    expect(lines).toContain(
      `test/fixtures/broken-story.json:${lineOf('desk')}: desk: Choice "burn" leads to "ashes", which is not a passage. [missing-link]`,
    );
    expect(lines).toContain(unreachable);
    expect(lines.indexOf('warnings:')).toBeGreaterThan(lines.indexOf(unreachable));
    expect(lines.at(-1)).toMatch(/^test\/fixtures\/broken-story\.json: 2 errors, 1 warning\. 1 chapter, 3 passages/);
  });

  it('with --json prints exactly one object of problems and stats', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/broken-story.json', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['problems', 'stats']);
    expect(report.problems).toContainEqual({
      severity: 'error',
      passage: 'desk',
      message: 'Choice "burn" leads to "ashes", which is not a passage.',
      rule: 'missing-link',
      file: 'test/fixtures/broken-story.json',
      line: 22,
    });
    expect(report.stats).toMatchObject({
      chapters: 1,
      passages: 3,
      choices: 3,
      endings: 1,
      reachablePassages: 2,
      reachableEndings: 1,
      factsCited: ['F5'],
    });
  });

  it('exits 0 on a clean story', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/example-story.json']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0 errors, 0 warnings/);
  });

  it('checks a story with facts of its own (G1-G4) and its own metadata: clean, exit 0', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/other-story.json']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(
      /^test\/fixtures\/other-story\.json: 0 errors, 0 warnings\. 2 chapters, 7 passages, .*3\/3 endings; facts cited: G1 G2 G3 G4;/,
    );
  });

  it('reports the passages whose text depends on the state: stats.reactivePassages and their ids', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/reactive-story.json', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.problems).toEqual([]);
    expect(report.stats).toMatchObject({ reactivePassages: 2, reactivePassageIds: ['evening', 'closed'] });
    const text = await run('story-check', ['test/fixtures/reactive-story.json']);
    expect(text.stdout).toContain('2 passages whose text depends on the state');
  });

  it('puts a JSON file through the schema first, naming the path of a wrong shape', async () => {
    const { code, stdout } = await run('story-check', ['test/fixtures/bad-shape.json']);
    expect(code).toBe(1);
    expect(stdout).toContain('chapters[0].passages[0].choices[0].to: expected string, got number 7');
    const json = await run('story-check', ['test/fixtures/bad-shape.json', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      problems: [
        {
          severity: 'error',
          rule: 'schema',
          message: 'chapters[0].passages[0].choices[0].to: expected string, got number 7',
        },
      ],
      stats: null,
    });
  });

  it('says where JSON syntax goes wrong', async () => {
    // Written at run time: a broken JSON file in the repository would trip the linter.
    const file = join(mkdtempSync(join(tmpdir(), 'story-check-')), 'bad-syntax.json');
    writeFileSync(file, '{\n  "id": "bad-syntax",\n  "title": "Missing comma"\n  "version": 1\n}\n');
    const { code, stdout } = await run('story-check', [file]);
    expect(code).toBe(1);
    expect(stdout).toContain('bad-syntax.json is not valid JSON: at line 4, column 3');
  });

  it('checks the game story by default and prints a summary', async () => {
    const { code, stdout } = await run('story-check', ['--json']);
    expect([0, 1]).toContain(code); // the content is being written; the tool must work on whatever is there
    const report = JSON.parse(stdout);
    expect(Array.isArray(report.problems)).toBe(true);
    expect(report.stats.chapters).toBeGreaterThan(0);
  });
});

describe('story:graph', SPAWNED, () => {
  it('prints DOT by default and Mermaid on request', async () => {
    const dot = await run('story-graph', ['test/fixtures/example-story.json']);
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^digraph "example" \{/);
    const mermaid = await run('story-graph', ['--format', 'mermaid', 'test/fixtures/example-story.json']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart TD\n/);
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await run('story-graph', ['--format', 'png']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown format "png": use dot, mermaid, svg or html.');
  });

  it('writes the story as an SVG picture and as a standalone page to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-graph-'));
    const svg = await run('story-graph', [
      '--format',
      'svg',
      '--out',
      join(dir, 'story.svg'),
      'test/fixtures/example-story.json',
    ]);
    expect(svg.code).toBe(0);
    expect(svg.stderr).toContain('Wrote svg graph of test/fixtures/example-story.json');
    const picture = readFileSync(join(dir, 'story.svg'), 'utf8');
    expect(picture).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/example-story.json'), 'utf8'));
    for (const chapter of fixture.chapters) {
      for (const passage of chapter.passages) expect(picture).toContain(`data-passage="${passage.id}"`);
    }
    const html = await run('story-graph', ['--format', 'html', 'test/fixtures/example-story.json']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<svg xmlns');
  });
});

describe('story:transcript', SPAWNED, () => {
  it('prints the alleged route of the game story by default, as the golden file holds it', async () => {
    const { code, stdout } = await run('story-transcript', []);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(`${root}test/golden/alleged.txt`, 'utf8'));
  });

  it('plays the shortest path to an ending named by its id, or the choices given, of a story file', async () => {
    const byEnding = await run('story-transcript', ['test/fixtures/other-story.json', '--ending', 'reported']);
    expect(byEnding.code).toBe(0);
    expect(byEnding.stdout).toMatch(/\nCLOSED: /);
    const byChoices = await run('story-transcript', ['test/fixtures/other-story.json', '--choices', 'nope']);
    expect(byChoices.code).toBe(1);
    expect(byChoices.stdout).toMatch(/STOPPED at step 1: Passage "[\w-]+" has no choice "nope"\.\n$/);
  });

  it('names the endings there are when asked for one there is not, and wants a path for a story file', async () => {
    const unknown = await run('story-transcript', ['test/fixtures/other-story.json', '--ending', 'nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No reachable ending "nowhere"; the endings are /);
    const bare = await run('story-transcript', ['test/fixtures/other-story.json']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/give --ending or --choices/);
  });
});
