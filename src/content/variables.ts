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

  // Chapters 5-8 (part two): named facts that later pages, endings and the record read.
  carriedHandset: { type: 'boolean', initial: false, description: 'Wang carried the handset bought in England home in his own luggage.' },
  tookAdvance: { type: 'boolean', initial: false, description: 'Wang took an advance before flying home from his training.' },
  declaredConsulting: { type: 'boolean', initial: false, description: 'At his return interview, Wang declared paid writing for a London firm.' },
  declaredDinners: { type: 'boolean', initial: false, description: 'At his return interview, Wang mentioned the dinners where he talked about his work.' },
  sentPages: { type: 'boolean', initial: false, description: 'Wang sent photographs of the pages on the deputy director’s desk.' },
  keptNotesPage: { type: 'boolean', initial: false, description: 'Wang kept a page of his notes in a tin at his mother’s flat.' },
  movedMoneyHome: { type: 'boolean', initial: false, description: 'Wang brought the London money home in cash through relatives in Hong Kong.' },
  boughtCar: { type: 'boolean', initial: false, description: 'Wang bought Cho a car with the London money.' },
  wentQuiet: { type: 'boolean', initial: false, description: 'Wang stopped staying late and sent nothing for a year.' },
  promisedList: { type: 'boolean', initial: false, description: 'Wang promised his handlers the new personnel list.' },
  choToldEverything: { type: 'boolean', initial: false, description: 'Wang told Cho all of it, from London on.' },
  choToldMoneyFirst: { type: 'boolean', initial: false, description: 'Wang asked Cho by starting with the money.' },
  choOwnChannel: { type: 'boolean', initial: false, description: 'Cho ran her own channel to the British side.' },
  choFeeBanked: { type: 'boolean', initial: false, description: 'Cho’s fee was left to pile up in the account in her name.' },
  usedChoName: { type: 'boolean', initial: false, description: 'Wang took Cho’s fee himself, through an account opened in her name.' },
} as const satisfies Record<string, VariableDeclaration>;

export type VariableName = keyof typeof variables;
