/**
 * Live preview under `npm start`: Vite hands over the story module again whenever a chapter file
 * is saved (main.ts accepts the update); the new story is checked and, when it can be played,
 * taken by the controller without losing the run (game/story-update.ts). A story with errors is
 * not taken: its problems are listed over the game, each with its passage and the place in its
 * chapter file (the dev server knows the files), until a fixed version arrives.
 */
import type { GameController } from '../game/controller';
import { storyUpdate } from '../game/story-update';
import type { Story } from '../story/types';
import { type SourcePlace, showStoryProblems } from './story-problems';

/** Where the dev server (vite.config.ts) says each passage is written. */
async function passagePlaces(): Promise<Record<string, SourcePlace>> {
  try {
    const response = await fetch('/__story-sources');
    return response.ok ? ((await response.json()) as Record<string, SourcePlace>) : {};
  } catch {
    return {};
  }
}

export function receiveStory(controller: GameController, next: Story): void {
  const update = storyUpdate(next, controller.state.run);
  if (update.kind === 'refused') {
    void passagePlaces().then((places) => showStoryProblems(document, update.problems, places));
    return;
  }
  showStoryProblems(document, [], {});
  controller.replaceStory(next, update.run, update.notice);
}
