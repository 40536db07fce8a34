/**
 * The story's variables, shared by every chapter. Each one is read by a later chapter:
 * a choice that moves one of them changes what the player can do or what ends up in the file.
 */
import type { VariableDeclaration } from '../story/types';

export const variables = {
  money: { type: 'number', initial: 0, description: 'Pounds sterling Wang has received, in thousands.' },
  suspicion: {
    type: 'number',
    initial: 0,
    description: 'How much the security services at home have noticed (0 none, 10 a file is open).',
  },
  doubt: { type: 'number', initial: 0, description: 'How much Wang doubts what he is doing (0 none, 10 sleepless).' },
  choTrust: { type: 'number', initial: 5, description: 'How much Cho trusts Wang (0 none, 10 complete).' },
  handlerLeverage: {
    type: 'number',
    initial: 0,
    description: 'What the handlers know of Wang and can hold over him (0 nothing, 10 everything).',
  },
  evidence: {
    type: 'number',
    initial: 0,
    description: 'How much evidence the investigators hold in the file (0 nothing, 10 enough to close it).',
  },
  talkedAtDinner: { type: 'boolean', initial: false, description: 'Wang spoke about his work at the dinners.' },
  keptRecords: { type: 'boolean', initial: false, description: 'Wang kept his own copies of what he handed over.' },
  choRecruited: { type: 'boolean', initial: false, description: 'Cho agreed to work for the British side.' },
} as const satisfies Record<string, VariableDeclaration>;

export type VariableName = keyof typeof variables;
