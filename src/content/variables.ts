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
  // Chapters 5-8 (part two): named facts that later pages, endings and the record read. A few
  // hold one of several named answers as a number, to keep exploration small.
  carriedHandset: {
    type: 'boolean',
    initial: false,
    description: 'Wang carried the handset bought in England home in his own luggage.',
  },
  tookAdvance: {
    type: 'boolean',
    initial: false,
    description: 'Wang took an advance before flying home from his training.',
  },
  toldSecurityOffice: {
    type: 'number',
    initial: 0,
    description:
      'What Wang told his security office at his return interview: 0 nothing, 1 paid writing for a London firm, 2 the dinners where he talked about his work.',
  },
  whatHeSent: {
    type: 'number',
    initial: 0,
    description:
      'What Wang sent from home in 2018: 0 nothing, 1 notes from memory, 2 a summary of the desk papers, 3 photographs of them.',
  },
  londonMoney: {
    type: 'number',
    initial: 0,
    description:
      'What Wang did with the London money in 2018: 0 left it there, 1 brought it home in cash, 2 bought Cho a car.',
  },
  wentQuiet: { type: 'boolean', initial: false, description: 'Wang stopped staying late and sent nothing for a year.' },
  promisedList: { type: 'boolean', initial: false, description: 'Wang promised his handlers the new personnel list.' },
  choTold: {
    type: 'number',
    initial: 0,
    description:
      'What Wang told Cho when he asked her: 0 never asked, 1 that it was consulting, 2 the money first, 3 all of it.',
  },
  choOwnChannel: { type: 'boolean', initial: false, description: 'Cho ran her own channel to the British side.' },
  choFee: {
    type: 'number',
    initial: 0,
    description:
      'Cho’s double fee: 0 none paid, 1 left to pile up in her account, 2 taken by Wang through an account in her name, 3 the same, closed after the first payment.',
  },
  // Answers the very next page shows (and nothing after it reads, so exploration forgets them there).
  drilledWeatherApp: {
    type: 'boolean',
    initial: false,
    description: 'Wang drilled the weather application until his hands did it without him.',
  },
  followersNamed: {
    type: 'number',
    initial: 0,
    description:
      'How many of the two followers Wang named at the counter-surveillance debrief: 0 he left the route, 1 the man in the green coat only, 2 both.',
  },
  refusedAlderOnCho: {
    type: 'boolean',
    initial: false,
    description:
      'Asked to recruit his wife, Wang answered that she was not part of this (rather than that he would think).',
  },
  benchThursday: {
    type: 'number',
    initial: 0,
    description:
      'What Wang did about the second meeting at bench 14 in August 2023: 1 made the drop, 2 stayed away, 3 lost the watchers and made it.',
  },
} as const satisfies Record<string, VariableDeclaration>;

export type VariableName = keyof typeof variables;
