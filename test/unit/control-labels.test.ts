/**
 * One name for each control (issue #8): the canvas and the accessible layer both take every
 * control's label from src/game/control-labels.ts, so what the eye reads is what a screen
 * reader says and what voice control must say. Checked on the source: no control is labelled
 * by a string written in place, and every file that makes a control imports the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_LABELS, TEXT_SIZE_LABELS, TEXT_SPEED_LABELS } from '../../src/game/control-labels';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['src/game/scenes', 'src/game/widgets', 'src/game/dom'];
const files = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name)),
);
/** The code without its comments. */
const code = (path: string) =>
  readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Ways a control gets a name written in place. */
const IN_PLACE = [
  // Button, Slider, Toggle, OptionRow options: { label: 'Resume' }
  /\blabel:\s*['"`][^'"`]/,
  // The layer's button(ctx, 'New case', ...)
  /\bbutton\(\s*ctx,\s*['"`]/,
  // The scenes' menus as tuples: ['Resume', 'Esc', () => ...] or ['Return to title', () => ...]
  /\[\s*['"`][A-Z][^'"`]*['"`],\s*(?:['"`][^'"`]*['"`]\s*,\s*|[\w.()?:' `$-]+,\s*)?\(\)\s*=>/,
  // The layer's labelled fields: checkbox('Mute all sound', ...), range('Music volume', ...)
  /\b(?:checkbox|range|radios)\(\s*['"`]/,
];

const MAKES_CONTROLS = /new (?:Button|Slider|Toggle|OptionRow)\b|\bbutton\(\s*ctx\b|\bcheckbox\(|\brange\(|\bradios\(/;

describe('control labels', () => {
  it('labels no control with a string written in place, on the canvas or in the layer', () => {
    const found = files.flatMap((path) =>
      code(path)
        .split('\n')
        .flatMap((line, index) => (IN_PLACE.some((p) => p.test(line)) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('has every file that makes a control import the one table', () => {
    const makers = files.filter(
      (path) => MAKES_CONTROLS.test(code(path)) && !/(widgets\/ui|dom\/build)\.ts$/.test(path),
    );
    expect(makers.length).toBeGreaterThan(6);
    const without = makers.filter((path) => !/from '\.\.?\/(?:\.\.\/)?control-labels'/.test(code(path)));
    expect(without).toEqual([]);
  });

  it('names each control once: no two controls share a label, and none is empty', () => {
    const labels = Object.values(CONTROL_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of [...labels, ...Object.values(TEXT_SPEED_LABELS), ...Object.values(TEXT_SIZE_LABELS)]) {
      expect(label.trim()).toBe(label);
      expect(label.length).toBeGreaterThan(0);
    }
  });
});
