/**
 * What the game rests on, for the Sources view and the title screen: the allegations F1-F13 as
 * the report relays them, what can and cannot be checked, and what the game invents.
 */
import type { FactId } from '../story/types';

export interface Allegation {
  readonly id: FactId;
  /** The allegation in the project's own words, as the report relays it. */
  readonly summary: string;
  /** A short phrase the report attributes to the MSS, if there is one. */
  readonly quote?: string;
}

export const REPORT = {
  outlet: 'CNN',
  headline: 'China says couple working for government spies for UK MI6',
  /** Who makes the claims the report relays. */
  claimant: "China's Ministry of State Security (MSS)",
  file: 'shared/source/article.txt',
} as const;

export const TITLE_DISCLAIMER =
  "This is a dramatization. It follows allegations made by China's Ministry of State Security and relayed in a news report. They cannot be independently verified; the British government had not commented. Names, dialogue, documents and every choice are invented.";

export const ALLEGATIONS: readonly Allegation[] = [
  {
    id: 'F1',
    summary: 'Wang worked for an unnamed central government body, in a post with access to classified information.',
    quote: 'access to critical classified information',
  },
  {
    id: 'F2',
    summary:
      'In 2015 his application to study in the UK on an exchange was approved fast, because MI6 had assessed his access.',
    quote: 'quickly approved',
  },
  {
    id: 'F3',
    summary: 'While he studied, MI6 invited him to dinners and guided tours, to learn his weaknesses and interests.',
    quote: 'characteristic weaknesses and personal interests',
  },
  { id: 'F4', summary: 'MI6 found that he wanted money badly.', quote: 'strong desire for money' },
  { id: 'F5', summary: 'A former student drew him into a well-paid part-time consulting job.' },
  {
    id: 'F6',
    summary:
      'The work began with open research and moved to the internal affairs of central state institutions, for fees far above the usual.',
  },
  {
    id: 'F7',
    summary: 'Wang had doubts, but kept consulting for the money.',
    quote: "so-called 'consulting' services",
  },
  {
    id: 'F8',
    summary: 'MI6 officers then asked him to work for the British government, promising high rewards and his safety.',
  },
  {
    id: 'F9',
    summary: 'He agreed, was trained in intelligence work, and was told to go back to China to gather information.',
  },
  {
    id: 'F10',
    summary:
      'MI6 pressed him again and again to bring in his wife, surnamed Cho, who worked at a central agency, offering her double the money.',
  },
  { id: 'F11', summary: 'After some reluctance, both agreed.' },
  {
    id: 'F12',
    summary:
      'The MSS says it solved a significant espionage case and found two moles; the case is under investigation.',
    quote: 'significant espionage case',
  },
  {
    id: 'F13',
    summary:
      'Context: the MSS has raised its public profile and appeals to all of society; the report asked the UK for comment; such claims cannot be verified.',
    quote: 'all members of society',
  },
];

/** What a reader can check, and what they cannot. */
export const VERIFIABLE = [
  'That the MSS published these allegations, and that a major outlet reported them.',
  'That the report asked the British Foreign Office, which speaks for MI6, for comment.',
  'That the MSS has made regular public statements about foreign espionage since opening a WeChat account.',
] as const;

export const UNVERIFIABLE = [
  'Every claim about Wang and Cho: who they are, what they did, what they were paid, and what they agreed to.',
  'That MI6 was involved at all. The claims come from one side, and by their nature cannot be checked.',
  'How the case ends. The report says only that it is under investigation.',
] as const;

export const INVENTED = [
  'Every name other than the surnames Wang and Cho, and every minor character.',
  'All dialogue, documents, dates beyond the year 2015, places, sums and the contents of the case file.',
  'Every choice offered to the player, and every branch and ending the report never had.',
] as const;
