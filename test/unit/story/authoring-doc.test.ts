/** The format guide cannot fall behind the checker: docs/authoring.md explains every rule story:check reports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/story/validate';

const guide = readFileSync(join(fileURLToPath(new URL('../../../', import.meta.url)), 'docs/authoring.md'), 'utf8');

describe('docs/authoring.md', () => {
  it('has a row for every rule, with its severity', () => {
    const rows = new Map(
      [...guide.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(error|warning)\s*\|/gm)].map((m) => [
        m[1] as string,
        m[2] as string,
      ]),
    );
    for (const [rule, [severity]] of Object.entries(RULES)) {
      expect(rows.get(rule), rule).toBe(severity);
    }
  });
});
