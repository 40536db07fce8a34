/**
 * What the game says when the player asks for a choice that is locked (its number, or Enter on
 * it): the choice and the reasons the engine gives. One wording for the canvas's notice and the
 * accessible layer's status region.
 */
import type { ChoiceView } from '../story/engine';

export function lockedNotice(view: Pick<ChoiceView, 'choice' | 'lockedReasons'>): string {
  const reasons = view.lockedReasons.filter((reason) => reason.trim().length > 0);
  const why = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
  const text = `\u201c${view.choice.label}\u201d is locked${why}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
