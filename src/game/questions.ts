/**
 * The question waiting in the snapshot (`confirm`) as both views ask it: its words and its two
 * answers, the one that loses nothing first. Pure.
 */
import { type ControlName, NEW_CASE_QUESTION, SLOT_QUESTIONS } from './control-labels';
import type { GameController } from './controller';
import type { Question } from './snapshot';

export interface AskedQuestion {
  readonly title: string;
  readonly detail: string;
  readonly keep: { readonly control: ControlName; readonly act: (c: GameController) => void };
  readonly go: { readonly control: ControlName; readonly act: (c: GameController) => void };
}

export function askedQuestion(question: Question): AskedQuestion {
  const keep = (control: ControlName) => ({ control, act: (c: GameController) => c.cancelConfirm() });
  if (question === 'new-case') {
    return {
      ...NEW_CASE_QUESTION,
      keep: keep('keepSavedCase'),
      go: { control: 'confirmNewCase', act: (c) => c.confirmNewCase() },
    };
  }
  const words =
    question.kind === 'overwrite-slot' ? SLOT_QUESTIONS.overwrite(question.slot) : SLOT_QUESTIONS.remove(question.slot);
  return {
    ...words,
    keep: keep('keepSave'),
    go: {
      control: question.kind === 'overwrite-slot' ? 'confirmOverwrite' : 'confirmDelete',
      act: (c) => c.slots.confirm(),
    },
  };
}
