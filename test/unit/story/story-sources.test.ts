/** Where story:check says a passage is written: the chapter file and the line of its id. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passageLines, placeText, sourcesOf } from '../../../scripts/story-sources';
import { story } from '../../../src/content/story';

describe('the sources of the passages', () => {
  it('finds every passage of the game in its chapter file, at the line of its id', async () => {
    const locate = await sourcesOf(undefined);
    story.chapters.forEach((chapter, index) => {
      for (const passage of chapter.passages) {
        const place = locate(passage.id);
        expect(place.file, passage.id).toMatch(new RegExp(`^src/content/chapters/0${index + 1}-[a-z]+\\.ts$`));
        const line = readFileSync(place.file, 'utf8').split('\n')[(place.line ?? 0) - 1];
        expect(line?.trim(), passage.id).toBe(`id: '${passage.id}',`);
      }
    });
    // A problem of the whole story points at the story's module.
    expect(placeText(locate(undefined))).toBe('src/content/story.ts');
  });

  it("tells a passage's id from a choice's and a chapter's, in JSON and in TypeScript", () => {
    const json = [
      '{ "chapters": [ { "id": "one", "number": 1, "passages": [',
      '  { "id": "desk", "chapter": "one", "choices": [ { "id": "open", "label": "Open", "to": "letter" } ] },',
      '  { "id": "letter",',
      '    "chapter": "one" } ] } ] }',
    ].join('\n');
    expect([...passageLines(json)]).toEqual([
      ['desk', 2],
      ['letter', 3],
    ]);
    const ts =
      "passages: [\n  {\n    id: 'a-page',\n    chapter: 'one',\n    choices: [{ id: 'go', label: 'Go', to: 'b' }],\n  },\n]";
    expect([...passageLines(ts)]).toEqual([['a-page', 3]]);
  });
});
