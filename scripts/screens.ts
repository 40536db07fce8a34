/**
 * npm run screens [-- --base REF | --base-dist DIR] [--no-build]
 *
 * Every screen of the game, photographed in headless Chromium in a fixed order and a fixed
 * state (the same route, instant text, reduced motion), into test-output/screens/current/.
 * With --base, the same screens of another commit (built in a temporary git worktree) or of
 * another build go to test-output/screens/base/, and each pair is compared pixel by pixel:
 * test-output/screens/report.html shows before, after and the difference side by side, and
 * the command prints the share of pixels that differ on each screen. Made for refactors,
 * where every screen must stay the same to the eye.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { launchBrowser, serveUnder } from '../test/browser/harness';
import { runMain } from './run-main';
import { captureScreens, type Shot } from './screens/capture';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'test-output', 'screens');
const USAGE =
  'usage: npm run screens -- [--base REF | --base-dist DIR] [--size WIDTHxHEIGHT] [--touch] [--no-build]\n' +
  '  --size   the window, in CSS pixels (default 1280x800); --touch a phone: touch, 2x pixels';

interface Window {
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
}

function windowOption(args: readonly string[]): Window {
  const size = option(args, '--size') ?? '1280x800';
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) throw new Error(`--size takes WIDTHxHEIGHT in CSS pixels, such as 390x844, not "${size}".`);
  return { width: Number(match[1]), height: Number(match[2]), touch: args.includes('--touch') };
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Build a commit into `outDir` from a temporary worktree that borrows this checkout's node_modules. */
function buildRef(ref: string, outDir: string): void {
  const tree = join(OUT, 'base-tree');
  rmSync(tree, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: REPO });
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: REPO, stdio: 'inherit' });
  try {
    symlinkSync(join(REPO, 'node_modules'), join(tree, 'node_modules'), 'dir');
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: tree,
      stdio: 'inherit',
    });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO });
  }
}

async function photograph(browser: Browser, dist: string, dir: string, window: Window): Promise<Shot[]> {
  const server = await serveUnder(dist, '/');
  const context = await browser.newContext({
    viewport: { width: window.width, height: window.height },
    reducedMotion: 'reduce',
    hasTouch: window.touch,
    isMobile: window.touch,
    deviceScaleFactor: window.touch ? 2 : 1,
  });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const shots = await captureScreens(page, server.url, dir);
    if (errors.length > 0) throw new Error(`The page failed while photographing ${dist}:\n${errors.join('\n')}`);
    return shots;
  } finally {
    await context.close();
    await server.close();
  }
}

interface Comparison {
  readonly name: string;
  readonly differing: number;
  readonly share: number;
}

function compare(name: string, base: string, current: string, diff: string): Comparison {
  const a = PNG.sync.read(readFileSync(base));
  const b = PNG.sync.read(readFileSync(current));
  if (a.width !== b.width || a.height !== b.height) return { name, differing: Number.NaN, share: 1 };
  const out = new PNG({ width: a.width, height: a.height });
  // threshold 0.1: pixelmatch's default; anti-aliased pixels are not counted.
  const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: 0.1 });
  writeFileSync(diff, PNG.sync.write(out));
  return { name, differing, share: differing / (a.width * a.height) };
}

function report(rows: readonly Comparison[], baseLabel: string): void {
  const cell = (path: string) => `<td><a href="${path}"><img src="${path}" width="420"></a></td>`;
  const html = `<!doctype html><meta charset="utf-8"><title>Screens: ${baseLabel} against the working tree</title>
<style>body{font:14px system-ui;background:#222;color:#eee}td{vertical-align:top;padding:4px}img{border:1px solid #555}</style>
<h1>Screens: ${baseLabel} (before) against the working tree (after)</h1>
<table><tr><th>screen</th><th>before</th><th>after</th><th>difference</th></tr>
${rows
  .map(
    (r) =>
      `<tr><td>${r.name}<br>${(r.share * 100).toFixed(3)}% of pixels differ</td>${cell(`base/${r.name}.png`)}${cell(`current/${r.name}.png`)}${cell(`diff/${r.name}.png`)}</tr>`,
  )
  .join('\n')}
</table>`;
  writeFileSync(join(OUT, 'report.html'), html);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const baseRef = option(args, '--base');
  const window = windowOption(args);
  let baseDist = option(args, '--base-dist');
  mkdirSync(OUT, { recursive: true });
  if (!args.includes('--no-build')) await build({ root: REPO, logLevel: 'warn' });
  if (baseRef) {
    baseDist = join(OUT, 'base-dist');
    buildRef(baseRef, baseDist);
  }
  const browser = await launchBrowser();
  try {
    const shots = await photograph(browser, join(REPO, 'dist'), join(OUT, 'current'), window);
    console.log(`${shots.length} screens in ${relative(REPO, join(OUT, 'current'))}/`);
    if (!baseDist) return 0;
    if (!existsSync(join(baseDist, 'index.html'))) throw new Error(`No build in ${baseDist}.`);
    await photograph(browser, resolve(baseDist), join(OUT, 'base'), window);
    mkdirSync(join(OUT, 'diff'), { recursive: true });
    const rows = shots.map((shot) =>
      compare(
        shot.name,
        join(OUT, 'base', `${shot.name}.png`),
        join(OUT, 'current', `${shot.name}.png`),
        join(OUT, 'diff', `${shot.name}.png`),
      ),
    );
    report(rows, baseRef ?? baseDist);
    for (const row of rows) console.log(`${row.name.padEnd(28)} ${(row.share * 100).toFixed(3).padStart(8)}% differ`);
    console.log(`report: ${relative(REPO, join(OUT, 'report.html'))}`);
    return 0;
  } finally {
    await browser.close();
  }
}

runMain(main);
