/**
 * index.html paints the title before any script runs (the accessible layer's title, as static
 * HTML). It is written by hand, so this keeps it equal to the story and to the control labels.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { story } from '../../src/content/story';
import { CONTROL_LABELS } from '../../src/game/control-labels';

const html = readFileSync(join(resolve(import.meta.dirname, '../..'), 'index.html'), 'utf8');
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .trim();
const textOf = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => decode(match[1] as string));

describe('the first paint in index.html', () => {
  it('says what the story says: its title, tagline and statement', () => {
    expect(textOf(/<h1 class="al-unit al-heading">([^<]*)<\/h1>/g)).toEqual([story.title]);
    expect(textOf(/<p class="al-unit al-subtitle">([^<]*)<\/p>/g)).toEqual([story.meta.tagline]);
    expect(textOf(/<p class="al-unit al-disclaimer">([^<]*)<\/p>/g)).toEqual([story.meta.statement]);
  });

  it('lists the title menu as the layer does, by the same labels', () => {
    const { newCase, saves, endings, branchMap, settings, sources } = CONTROL_LABELS;
    expect(textOf(/<span class="al-label">([^<]*)<\/span>/g)).toEqual([
      newCase,
      saves,
      endings,
      branchMap,
      settings,
      sources,
    ]);
  });
});
