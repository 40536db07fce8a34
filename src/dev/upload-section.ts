/**
 * Author mode's "Your own story" section: a story JSON file picked, or dropped on the panel, is
 * checked by a worker (story-worker.ts) while a progress line says what it is doing; its problems
 * are listed (each by its path in the data, or its passage), and a sound story opens in its place
 * of the case, its saves its own. A file too large is refused before it is read.
 */
import type { Make } from './author-panel';
import { addressFor, keepCustomStory } from './custom-story';
import { sizeProblem, type UploadAnswer, type UploadProblem } from './upload-check';

export function uploadSection(
  doc: Document,
  make: Make,
  panel: HTMLElement,
  options: { readonly reservedId: string; readonly playing: string | null },
): HTMLElement {
  const box = make('section', '', { 'aria-labelledby': 'author-upload-title' });
  const input = make('input', '', { id: 'author-upload', type: 'file', accept: '.json,application/json' });
  const status = make('p', '', { role: 'status', class: 'author-status' });
  const bar = make('progress', '', { 'aria-label': 'Checking the story' });
  bar.hidden = true;
  const problems = make('ol', '', { class: 'author-problems', 'aria-label': 'Problems in the story file' });
  box.append(
    make('h3', 'Your own story', { id: 'author-upload-title' }),
    make(
      'p',
      'A story JSON file (see docs/authoring.md and schema/story.schema.json), picked or dropped on this panel.',
    ),
    make('label', 'Story file (JSON)', { for: 'author-upload' }),
    input,
    bar,
    status,
    problems,
  );
  if (options.playing) {
    const back = make('a', 'Back to the case', { href: addressFor(false) });
    const note = make('p', `Playing your story "${options.playing}": its saves and progress are its own. `);
    note.append(back);
    box.insertBefore(note, box.children[1] ?? null);
  }

  const list = (items: readonly UploadProblem[]) =>
    problems.replaceChildren(
      ...items.map((item) =>
        make('li', `${item.warning ? 'Warning: ' : ''}${item.passage ? `${item.passage}: ` : ''}${item.message}`),
      ),
    );

  const check = async (file: File) => {
    list([]);
    const tooLarge = sizeProblem(file.size, file.name);
    if (tooLarge) {
      status.textContent = 'The story was not loaded.';
      list([{ message: tooLarge }]);
      return;
    }
    bar.hidden = false;
    status.textContent = `Reading ${file.name}\u2026`;
    const text = await file.text();
    const worker = new Worker(new URL('./story-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<UploadAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') {
        status.textContent = `${answer.stage}\u2026`;
        return;
      }
      worker.terminate();
      bar.hidden = true;
      if (answer.kind === 'refused') {
        const count = answer.problems.length;
        status.textContent = `The story was not loaded: ${count} ${count === 1 ? 'problem' : 'problems'}.`;
        list(answer.problems);
        return;
      }
      if (!keepCustomStory(text)) {
        status.textContent = 'The browser would not keep the story for this tab (its session storage is full or off).';
        return;
      }
      status.textContent = `"${answer.title}" is sound: opening it\u2026`;
      list(answer.warnings);
      doc.defaultView?.location.assign(addressFor(true));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      bar.hidden = true;
      status.textContent = `The story could not be checked: ${event.message || 'the checker stopped'}.`;
    });
    worker.postMessage({ text, name: file.name, reservedId: options.reservedId });
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void check(file);
  });
  panel.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  panel.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void check(file);
  });
  return box;
}
