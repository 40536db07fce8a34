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

  // Chapters 1-4 (part one): named facts the file records (src/content/record/part-one.ts) and
  // that the pages of chapters 1-4 read; chapters 5-8 may read them too.
  section4Full: {
    type: 'boolean',
    initial: false,
    description: 'Wang filled in section 4 of the British form in full: his duties and how far up his papers go.',
  },
  toldPanel: {
    type: 'boolean',
    initial: false,
    description: 'At his selection interview Wang told the panel who reads his papers and how high they go.',
  },
  tookLaptop: { type: 'boolean', initial: false, description: 'Wang took his unit’s work laptop to London.' },
  answeredAlbery: {
    type: 'boolean',
    initial: false,
    description: 'On his first night Wang let Albery pay and answered all his questions.',
  },
  tookEnvelope: {
    type: 'boolean',
    initial: false,
    description: 'Wang took Reed’s £2,000 in cash, for a talk to the society.',
  },
  toldChoDinners: {
    type: 'boolean',
    initial: false,
    description: 'Wang told Cho everything about the dinners, the house and the talk.',
  },
  higherRate: { type: 'boolean', initial: false, description: 'Wang named his own price to Lacey: £2,000 a paper.' },
  tradedOnAccess: {
    type: 'boolean',
    initial: false,
    description: 'Wang reminded Lacey what he sees at work, to raise his fee.',
  },
  sentMoneyHome: { type: 'boolean', initial: false, description: 'Wang wired part of the Larkspur money home.' },
  choSawInvoices: {
    type: 'boolean',
    initial: false,
    description: 'Cho saw the Larkspur invoices and briefs in London, new year 2017.',
  },
  tookRetainer: {
    type: 'boolean',
    initial: false,
    description: 'Wang said yes and took the first year’s retainer in advance.',
  },
  choKeptOut: {
    type: 'boolean',
    initial: false,
    description: 'Wang said yes on one condition: Cho is never to be part of it.',
  },
  wroteTermsDown: {
    type: 'boolean',
    initial: false,
    description: 'Wang wrote the terms of the British offer down, word for word, the night he said yes.',
  },
} as const satisfies Record<string, VariableDeclaration>;

export type VariableName = keyof typeof variables;
