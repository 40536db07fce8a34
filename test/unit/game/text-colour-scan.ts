/**
 * What colours the game's sources give their text, read from the sources themselves, so that the
 * contrast table (widget-contrast.test.ts) cannot miss one: each canvas fillText takes the last
 * fillStyle set before it in its file; each Phaser text (addText) the `color` of its style; and
 * every colour literal written outside the modules that name colours. Plain text matching, kept
 * simple on purpose: the code's own style (one assignment a line) is what it reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../src/game');

/** The modules whose business is naming colours: their values are measured by name. */
export const COLOUR_MODULES = ['theme.ts', 'widget-colours.ts', 'lighting.ts'];

function sources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dom' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export interface Found {
  /** The file, from src/game. */
  readonly file: string;
  /** The expression as written. */
  readonly expr: string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The expression starting at `from`: up to a comma or closing brace outside any parentheses. */
function expressionAt(code: string, from: number): string {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth < 0 || (depth === 0 && (c === ',' || c === '}'))) return code.slice(from, i);
  }
  return code.slice(from);
}

/** Every (file, colour expression) a text is drawn in. */
export function textColours(): Found[] {
  const found = new Map<string, Found>();
  const add = (file: string, expr: string) => found.set(`${file}|${squash(expr)}`, { file, expr: squash(expr) });
  for (const path of sources()) {
    const file = relative(ROOT, path);
    const code = readFileSync(path, 'utf8');
    // Canvas: the fillStyle in force at each fillText (the last one set above it).
    let style: string | null = null;
    const canvas = /(fillStyle\s*=\s*([^;]+);)|(\bfillText\()/g;
    for (let m = canvas.exec(code); m; m = canvas.exec(code)) {
      if (m[2]) style = m[2];
      else if (style !== null) add(file, style);
      else add(file, '(none set in this file)');
    }
    // Phaser: the colour of each addText's style (the first `color:` after the call).
    const phaser = /\baddText\(/g;
    for (let m = phaser.exec(code); m; m = phaser.exec(code)) {
      if (code.slice(m.index - 16, m.index).includes('function ')) continue;
      const after = code.slice(m.index, m.index + 600);
      const color = /\bcolor:\s*/.exec(after);
      add(file, color ? expressionAt(after, color.index + color[0].length) : '(no color)');
    }
  }
  return [...found.values()].sort((a, b) => `${a.file}${a.expr}`.localeCompare(`${b.file}${b.expr}`));
}

/** Every colour literal (#rrggbb, 0xrrggbb, rgba(n,n,n,a)) outside the colour modules, by file. */
export function colourLiterals(): Found[] {
  const found: Found[] = [];
  for (const path of sources()) {
    const file = relative(ROOT, path);
    if (COLOUR_MODULES.includes(file)) continue;
    const code = readFileSync(path, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
    for (const m of code.matchAll(/'#[0-9a-fA-F]{6}'|\b0x[0-9a-fA-F]{6}\b|'rgba\([^']*\)'/g)) {
      found.push({ file, expr: m[0] });
    }
  }
  return found;
}

/** Every opacity given to a whole text or container as a bare number (setAlpha(0.4)), by file. */
export function bareAlphas(): Found[] {
  const found: Found[] = [];
  for (const path of sources()) {
    const file = relative(ROOT, path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/setAlpha\(([^)]*)\)/g)) {
      if (/\b0?\.\d+/.test(m[1] ?? '')) found.push({ file, expr: m[0] });
    }
  }
  return found;
}
