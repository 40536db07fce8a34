/**
 * The shape the code promises (docs/architecture.md), checked on the source itself: the story
 * model stays pure, files stay small, the game's code knows no story of its own, and every
 * screen in the table has its scene.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';
import { SCREENS } from '../../src/game/screen-table';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The code without its comments (line and block), so that only what runs is searched. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const lines = (path: string) => read(path).split('\n').length - (read(path).endsWith('\n') ? 1 : 0);

describe('the shape of the code', () => {
  it('keeps the story model free of Phaser, Howler and the DOM', () => {
    const offenders = sources('src/story').filter((path) => {
      const text = code(read(path));
      return /from ['"](phaser|howler)['"]|\b(document|window|localStorage|navigator)\./.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('never inserts text as HTML: no innerHTML and its kin anywhere in src (the story and story files may hold markup)', () => {
    const kin =
      /\.(innerHTML|outerHTML)\s*=|\binsertAdjacentHTML\b|\bdocument\.write(ln)?\b|\bcreateContextualFragment\b|\bsetHTMLUnsafe\b|\bparseFromString\b/;
    const offenders = sources('src').flatMap((path) =>
      code(read(path))
        .split('\n')
        .flatMap((line, index) => (kin.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
    // The rule bites: a line that did would be found.
    expect(kin.test('panel.innerHTML = story.title;')).toBe(true);
  });

  it("takes zod only from src/story/zod.ts, set up without its eval-based JIT (the page's policy forbids eval)", () => {
    const direct = sources('src').filter((path) => path !== 'src/story/zod.ts' && /from ['"]zod['"]/.test(read(path)));
    expect(direct).toEqual([]);
    expect(code(read('src/story/zod.ts'))).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });

  it('keeps every file under src/game and src/story to 400 lines, and the case scene under 300', () => {
    const long = [...sources('src/game'), ...sources('src/story')]
      .map((path) => ({ path, lines: lines(path) }))
      .filter((file) => file.lines > 400);
    expect(long).toEqual([]);
    expect(lines('src/game/scenes/CaseFileScene.ts')).toBeLessThan(300);
  });

  it('writes no string of the case into the game or the engine: they read the story', () => {
    const words = [
      story.meta.subject.name,
      story.meta.caseNumber,
      story.title,
      story.meta.source.claimantShort,
      ...story.meta.facts.map((fact) => fact.id),
    ];
    const pattern = new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\b`, 'i');
    const found = [...sources('src/game'), ...sources('src/story')].flatMap((path) =>
      code(read(path))
        .split('\n')
        .flatMap((line, index) => (pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('has the scene of every screen in the table, in a file of its name', () => {
    for (const [screen, row] of Object.entries(SCREENS)) {
      const path = `src/game/scenes/${row.scene}.ts`;
      expect(() => read(path), `${screen}: ${path}`).not.toThrow();
      expect(read(path), `${screen}: ${relative(ROOT, path)}`).toMatch(
        new RegExp(`export class ${row.scene} extends \\w+`),
      );
      expect(read(path)).toMatch(new RegExp(`super\\('${row.scene}'`));
    }
  });
});
