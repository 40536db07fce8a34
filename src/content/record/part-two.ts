/**
 * Record lines of chapters 5-8 (see ../record.ts): what the player's choices in training, the
 * return, the pull on Cho and the case put on record, in the file's voice.
 */
import type { RecordLine } from '../../story/types';

export const RECORD_PART_TWO: readonly RecordLine[] = [
  // Money
  {
    section: 'Money',
    text: 'An advance of £10,000, paid the day before he flew home, November 2017.',
    when: { var: 'tookAdvance', op: '==', value: true },
  },
  {
    section: 'Money',
    text: '£20,000 from Larkspur Advisory for the pages from room 412, July 2018.',
    when: { var: 'whatHeSent', op: '==', value: 3 },
  },
  {
    section: 'Money',
    text: '£8,000 from Larkspur Advisory for two notes in his own words, July 2018.',
    when: {
      all: [
        { visits: 'return-payment', op: '>=', value: 1 },
        { var: 'whatHeSent', op: '!=', value: 3 },
      ],
    },
  },
  {
    section: 'Money',
    text: 'Brought the London money home in cash, through relatives in Hong Kong.',
    when: { var: 'londonMoney', op: '==', value: 1 },
  },
  {
    section: 'Money',
    text: 'Bought his wife a car with it, and called it a bonus.',
    when: { var: 'londonMoney', op: '==', value: 2 },
  },
  {
    section: 'Money',
    text: 'Kept a monthly retainer from Marlow Lane Research while sending nothing, 2020-21.',
    when: { visits: 'return-retainer', op: '>=', value: 1 },
  },
  {
    section: 'Money',
    text: 'Cho’s double fee, left to pile up in an account in her name.',
    when: { var: 'choFee', op: '==', value: 1 },
  },
  {
    section: 'Money',
    text: 'Took Cho’s double fee himself, through an account opened in her name.',
    when: { var: 'choFee', op: '>=', value: 2 },
  },
  {
    section: 'Money',
    text: 'Kept the payments coming in her name, month after month.',
    when: { var: 'choFee', op: '==', value: 2 },
  },
  {
    section: 'Money',
    text: 'Closed the account in her name after the first payment.',
    when: { var: 'choFee', op: '==', value: 3 },
  },
  {
    section: 'Money',
    text: 'Payments from London since his detention, held on account by this division.',
    when: { visits: 'case-turned', op: '>=', value: 1 },
  },
  // What he took
  {
    section: 'What he took',
    text: 'Carried a handset bought for cash in England home in his own luggage.',
    when: {
      all: [
        { var: 'carriedHandset', op: '==', value: true },
        { visits: 'training-departure', op: '>=', value: 1 },
      ],
    },
  },
  {
    section: 'What he took',
    text: 'Photographed the papers in the deputy director’s outer office, 14 June 2018.',
    when: { visits: 'return-desk-photos', op: '>=', value: 1 },
  },
  {
    section: 'What he took',
    text: 'Wrote up from memory what crossed his desk, at the kitchen table.',
    when: { visits: 'return-memory-notes', op: '>=', value: 1 },
  },
  {
    section: 'What he took',
    text: 'After two years of promises, one page from memory, sent to keep them patient.',
    when: {
      all: [
        { visits: 'return-stalling', op: '>=', value: 1 },
        { visits: 'return-handler-pressure', op: '>=', value: 1 },
      ],
    },
  },
  {
    section: 'What he took',
    text: 'The new personnel list, sent to London under this division’s direction.',
    when: { visits: 'case-double-game', op: '>=', value: 1 },
  },
  // What he promised
  {
    section: 'What he promised',
    text: 'Took his tasking home by heart: gather information from his old post.',
    when: {
      all: [
        { visits: 'training-instructions', op: '>=', value: 1 },
        { visits: 'training-departure', op: '>=', value: 1 },
      ],
    },
  },
  {
    section: 'What he promised',
    text: 'Promised his handlers the bureau’s new personnel list before the summer of 2020.',
    when: { var: 'promisedList', op: '==', value: true },
  },
  {
    section: 'What he promised',
    text: 'Told his handlers he would ask his wife.',
    when: { var: 'choTold', op: '>=', value: 1 },
  },
  {
    section: 'What he promised',
    text: 'Told his handlers that Cho would work for them, on her own terms.',
    when: { var: 'choRecruited', op: '==', value: true },
  },
  {
    section: 'What he promised',
    text: 'Promised Cho he would stop.',
    when: { visits: 'cho-she-refuses', op: '>=', value: 1 },
  },
  {
    section: 'What he promised',
    text: 'Told his handlers that Cho had said yes. She had said no.',
    when: { var: 'choFee', op: '>=', value: 2 },
  },
  // Who knows
  {
    section: 'Who knows',
    text: 'His security office: paid writing for a London firm, declared January 2018.',
    when: { var: 'toldSecurityOffice', op: '==', value: 1 },
  },
  {
    section: 'Who knows',
    text: 'His security office: the dinners where he talked about his work, declared January 2018.',
    when: { var: 'toldSecurityOffice', op: '==', value: 2 },
  },
  {
    section: 'Who knows',
    text: 'A colleague, surname Feng, who saw him in the deputy director’s office and made no report.',
    when: {
      all: [
        { visits: 'return-colleague-question', op: '>=', value: 1 },
        { visits: 'return-desk-photos', op: '>=', value: 1 },
      ],
    },
  },
  {
    section: 'Who knows',
    text: 'Cho: all of it, from London on.',
    when: { var: 'choTold', op: '==', value: 3 },
  },
  {
    section: 'Who knows',
    text: 'Cho: that it pays, and pays double for her.',
    when: { var: 'choTold', op: '==', value: 2 },
  },
  {
    section: 'Who knows',
    text: 'Cho: that it is consulting work, and no more.',
    when: {
      all: [
        { visits: 'cho-her-answer', op: '>=', value: 1 },
        { var: 'choTold', op: '!=', value: 3 },
        { var: 'choTold', op: '!=', value: 2 },
      ],
    },
  },
  {
    section: 'Who knows',
    text: 'Her agency’s security office: Cho reported him, of her own accord.',
    when: { visits: 'cho-reports', op: '>=', value: 1 },
  },
  {
    section: 'Who knows',
    text: 'The ministry’s public reception: he reported himself.',
    when: { visits: 'case-confession', op: '>=', value: 1 },
  },
];
