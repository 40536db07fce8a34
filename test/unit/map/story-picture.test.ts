/**
 * The story picture `npm run story:graph -- --format svg|html` writes: every passage a card with
 * its id and title, every choice on a thread, the start, the endings, the alleged-fact pages and
 * the choices behind a condition told apart, and text from the story never read as markup.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { layoutMap } from '../../../src/map/layout';
import { MAP_LAYOUT } from '../../../src/map/load';
import { storyHtml, storySvg, titleLines, xmlText } from '../../../src/map/story-picture';
import type { Passage, Story } from '../../../src/story/types';
import { exampleStory } from '../../fixtures/example-story';

function passagesOf(s: Story): Passage[] {
  return s.chapters.flatMap((chapter) => chapter.passages);
}

/** The cards of a picture: passage id → the card's classes and markup. */
function cards(svg: string): Map<string, { classes: string[]; markup: string }> {
  const found = new Map<string, { classes: string[]; markup: string }>();
  for (const match of svg.matchAll(/<g class="([^"]*)" data-passage="([^"]*)">(.*?)<\/g>/g)) {
    found.set(match[2] as string, { classes: (match[1] as string).split(' '), markup: match[3] as string });
  }
  return found;
}

/** The threads: from → to, with their classes and the tooltip listing their choices. */
function threads(svg: string): { from: string; to: string; locked: boolean; tip: string }[] {
  return [
    ...svg.matchAll(/<polyline class="([^"]*)" data-from="([^"]*)" data-to="([^"]*)"[^>]*><title>([^<]*)<\/title>/g),
  ].map((m) => ({
    from: m[2] as string,
    to: m[3] as string,
    locked: (m[1] as string).includes('locked'),
    tip: m[4] as string,
  }));
}

describe('the story picture', () => {
  const svg = storySvg(story, layoutMap(story, MAP_LAYOUT));

  it('draws every passage once, as a card with its id and title', () => {
    const drawn = cards(svg);
    const passages = passagesOf(story);
    expect([...drawn.keys()].sort()).toEqual(passages.map((p) => p.id).sort());
    for (const passage of passages) {
      const markup = drawn.get(passage.id)?.markup ?? '';
      expect(markup).toContain(`<text class="id"`);
      expect(markup).toContain(`>${xmlText(passage.id)}</text>`);
      // The title's first words are on the card (long titles end in an ellipsis).
      expect(markup).toContain(xmlText(titleLines(passage.title)[0] ?? ''));
    }
  });

  it('puts every choice on a thread from its passage to its target', () => {
    const drawn = threads(svg);
    for (const passage of passagesOf(story)) {
      for (const choice of passage.choices) {
        const thread = drawn.find((t) => t.from === passage.id && t.to === choice.to);
        expect(thread, `${passage.id} → ${choice.to}`).toBeDefined();
        expect(thread?.tip).toContain(`${choice.id}: `);
      }
    }
  });

  it('tells the start, the endings, the alleged-fact pages and the conditional threads apart', () => {
    const drawn = cards(svg);
    expect(drawn.get(story.start)?.classes).toContain('start');
    for (const passage of passagesOf(story)) {
      const card = drawn.get(passage.id);
      expect(card?.classes.includes('ending'), passage.id).toBe(passage.ending !== undefined);
      if (passage.ending) expect(card?.markup).toContain(`ENDING \u00b7 ${xmlText(passage.ending.verdict)}`);
      const facts = passage.provenance.kind === 'dramatization' ? passage.provenance.facts : [];
      expect(card?.classes.includes('alleged'), passage.id).toBe(facts.length > 0);
      for (const fact of facts) expect(card?.markup).toContain(fact);
    }
    for (const thread of threads(svg)) {
      const from = passagesOf(story).find((p) => p.id === thread.from);
      const along = from?.choices.filter((c) => c.to === thread.to) ?? [];
      expect(thread.locked, `${thread.from} → ${thread.to}`).toBe(along.every((c) => c.when !== undefined));
    }
    expect(threads(svg).some((t) => t.locked)).toBe(true);
  });

  it('shows markup in the story as text, never as markup', () => {
    const first = exampleStory.chapters[0];
    if (!first) throw new Error('the example story has a chapter');
    const hostile: Story = {
      ...exampleStory,
      title: 'A <script>alert(1)</script> story',
      chapters: [
        {
          ...first,
          title: 'Chapter "one" & <two>',
          passages: first.passages.map((p, i) => (i === 0 ? { ...p, title: '<img src=x onerror=alert(1)>' } : p)),
        },
        ...exampleStory.chapters.slice(1),
      ],
    };
    const picture = storyHtml(hostile, layoutMap(hostile, MAP_LAYOUT));
    expect(picture).not.toContain('<img');
    expect(picture).not.toContain('<script>alert');
    expect(picture).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(picture).toContain('CHAPTER &quot;ONE&quot; &amp; &lt;TWO&gt;');
    // One script, the page's own pan and zoom.
    expect(picture.match(/<script>/g)).toHaveLength(1);
  });

  it('names a choice that leads to no passage under its card, in red', () => {
    const first = exampleStory.chapters[0];
    const page = first?.passages[0];
    if (!first || !page) throw new Error('the example story has a page');
    const broken: Story = {
      ...exampleStory,
      chapters: [
        {
          ...first,
          passages: [
            { ...page, choices: [...page.choices, { id: 'burn', label: 'Burn it', to: 'ashes' }] },
            ...first.passages.slice(1),
          ],
        },
        ...exampleStory.chapters.slice(1),
      ],
    };
    const markup = cards(storySvg(broken, layoutMap(broken, MAP_LAYOUT))).get(page.id)?.markup ?? '';
    expect(markup).toContain('<text class="missing"');
    expect(markup).toContain('burn \u2192 ashes: no such passage');
  });

  it('breaks a long title into two lines and ends it with an ellipsis', () => {
    expect(titleLines('Short title')).toEqual(['Short title']);
    const lines = titleLines(
      'Duty officer’s note of a walk-in at the public reception desk, with the visitor’s statement',
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 26)).toBe(true);
    expect(lines[1]?.endsWith('\u2026')).toBe(true);
  });
});
