/**
 * The autosave: it follows the controller's run, after each change has happened, and keeps the
 * run in the store, an ended case too (Continue reopens it at its ending, where the player can
 * step back, or open the history or the map). The controller never writes: a
 * save that fails is reported back to it as a notice, and play goes on.
 */
import type { RunStore } from '../save/ports';
import type { Run } from '../story/types';
import type { GameController } from './controller';

export interface AutosaveOptions {
  readonly now?: () => Date;
  /** How a failed write is told (boot tells each trouble once, tell-once.ts). */
  readonly tell?: (message: string) => void;
}

export function attachAutosave(
  controller: GameController,
  runs: Pick<RunStore, 'save'>,
  options: AutosaveOptions = {},
): () => void {
  const now = options.now ?? (() => new Date());
  const tell = options.tell ?? ((message: string) => controller.report(message));
  let saved: Run | null = null;
  return controller.subscribe((snapshot) => {
    const { run, story } = snapshot;
    if (run === null || run === saved) return;
    saved = run;
    const result = runs.save({
      storyId: story.id,
      storyVersion: story.version,
      steps: run.steps,
      savedAt: now().toISOString(),
      ...(snapshot.caseNumber > 0 ? { caseNumber: snapshot.caseNumber } : {}),
    });
    if (!result.ok) tell(result.message);
  });
}
