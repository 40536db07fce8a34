/**
 * Keeps what the player has found (pages, choices, endings) in its store, after each change has
 * happened, apart from the saves: a deleted slot or a new case never loses it. Like the
 * autosave, a failed write is reported back as a notice and play goes on.
 */
import type { ProgressStore } from '../save/local-progress-store';
import type { Progress } from '../story/progress';
import type { GameController } from './controller';

export function attachProgressSave(
  controller: GameController,
  store: Pick<ProgressStore, 'save'>,
  tell: (message: string) => void = (message) => controller.report(message),
): () => void {
  let kept: Progress = controller.state.progress;
  return controller.subscribe(({ progress }) => {
    if (progress === kept) return;
    kept = progress;
    const result = store.save(progress);
    if (!result.ok) tell(result.message);
  });
}
