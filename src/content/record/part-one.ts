/**
 * Record lines of chapters 1-4 (see ../record.ts): what the player's choices in part one put on
 * record, as named facts. Each is shown in some reachable state and hidden in another; every
 * condition only ever becomes true, so a line once kept stays kept.
 */
import type { Condition, RecordLine } from '../../story/types';

const yes = (name: string): Condition => ({ var: name, op: '==', value: true });
const seen = (passage: string): Condition => ({ visits: passage, op: '>=', value: 1 });

export const RECORD_PART_ONE: readonly RecordLine[] = [
  // Money
  { section: 'Money', text: 'Took £2,000 in cash from Dr Reed, in her car.', when: yes('tookEnvelope') },
  {
    section: 'Money',
    text: 'Paid by Larkspur Advisory for three papers on open sources.',
    when: seen('consulting-first-invoice'),
  },
  {
    section: 'Money',
    text: 'Paid £6,000 a paper by Larkspur for the inside of his own institution.',
    when: seen('consulting-internal-invoice'),
  },
  { section: 'Money', text: 'Wired part of the Larkspur money home, to Beijing.', when: yes('sentMoneyHome') },
  { section: 'Money', text: 'Took the first year’s retainer in advance.', when: yes('tookRetainer') },

  // What he took
  { section: 'What he took', text: 'Took the work laptop to London.', when: yes('tookLaptop') },
  {
    section: 'What he took',
    text: 'Kept the security officer’s card, the duty number on the back.',
    when: seen('exchange-officer-card'),
  },
  { section: 'What he took', text: 'Kept a copy of every paper and every invoice.', when: yes('keptRecords') },
  { section: 'What he took', text: 'Kept a plain card: a London number, no name.', when: seen('offer-guarantee') },
  { section: 'What he took', text: 'Wrote the terms of the offer down, word for word.', when: yes('wroteTermsDown') },

  // What he promised
  { section: 'What he promised', text: 'Promised the society a talk, for the cash.', when: yes('tookEnvelope') },
  {
    section: 'What he promised',
    text: 'Raised his fee on what he sees at work.',
    when: yes('tradedOnAccess'),
  },
  {
    section: 'What he promised',
    text: 'Wrote for Larkspur on the internal workings of his own institution.',
    when: seen('consulting-internal-invoice'),
  },
  {
    section: 'What he promised',
    text: 'Agreed to work for the British government.',
    when: seen('training-safehouse'),
  },
  { section: 'What he promised', text: 'Asked that Cho never be part of it.', when: yes('choKeptOut') },

  // Who knows
  { section: 'Who knows', text: 'Cho read his section 4 before he sent it.', when: seen('exchange-kitchen-table') },
  {
    section: 'Who knows',
    text: 'The British programme: his duties in detail, from section 4 of his form.',
    when: yes('section4Full'),
  },
  {
    section: 'Who knows',
    text: 'A selection panel in Beijing: who reads his papers, and how high they go.',
    when: yes('toldPanel'),
  },
  {
    section: 'Who knows',
    text: 'Lin: that the society invited him and no one else.',
    when: seen('dinners-classmates'),
  },
  {
    section: 'Who knows',
    text: 'Carrow’s dinner: what a week on his desk looks like.',
    when: yes('talkedAtDinner'),
  },
  { section: 'Who knows', text: 'Cho: the dinners, the house and the talk.', when: yes('toldChoDinners') },
  { section: 'Who knows', text: 'Cho: the Larkspur invoices and briefs.', when: yes('choSawInvoices') },
  { section: 'Who knows', text: 'Cho: that he has been offered something.', when: seen('offer-cho-call') },
  { section: 'Who knows', text: 'The embassy in London: the whole approach.', when: seen('offer-embassy') },
  { section: 'Who knows', text: 'His unit’s security office: the whole approach.', when: seen('offer-call-home') },
];
