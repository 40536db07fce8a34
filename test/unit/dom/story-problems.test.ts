// @vitest-environment happy-dom
/**
 * The live preview's list of a story's problems over the game: each with its passage, message,
 * file and line, announced as an alert; the story's text shown as text, never as markup; gone
 * once the story is sound.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { showStoryProblems } from '../../../src/dev/story-problems';
import type { Problem } from '../../../src/story/validate';

const problems: Problem[] = [
  {
    severity: 'error',
    passage: 'desk',
    message: 'Choice "burn" leads to "<img src=x onerror=alert(1)>", which is not a passage.',
    rule: 'missing-link',
  },
  { severity: 'error', message: 'The story has an empty title.', rule: 'empty-text' },
];

afterEach(() => showStoryProblems(document, [], {}));

describe('the list of problems over the game', () => {
  it('names each problem with its passage, message and place, as an alert', () => {
    showStoryProblems(document, problems, { desk: { file: 'src/content/chapters/01-exchange.ts', line: 19 } });
    const panel = document.getElementById('story-problems');
    expect(panel?.getAttribute('role')).toBe('alert');
    expect(panel?.querySelector('h2')?.textContent).toBe('The story was not loaded: 2 errors');
    const items = [...(panel?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items[0]).toBe(
      'desk Choice "burn" leads to "<img src=x onerror=alert(1)>", which is not a passage. src/content/chapters/01-exchange.ts:19 [missing-link]',
    );
    expect(items[1]).toBe('(story) The story has an empty title. the story [empty-text]');
    // The quoted markup stayed text.
    expect(panel?.querySelector('img')).toBeNull();
  });

  it('replaces the list on the next check, and takes it away once the story is sound', () => {
    showStoryProblems(document, problems, {});
    showStoryProblems(document, problems.slice(1), {});
    expect(document.querySelectorAll('#story-problems')).toHaveLength(1);
    expect(document.querySelector('#story-problems h2')?.textContent).toBe('The story was not loaded: 1 error');
    showStoryProblems(document, [], {});
    expect(document.getElementById('story-problems')).toBeNull();
  });
});
