/**
 * What this story rests on and how it says so: the case file's number and subject, the
 * claims of the report (F1-F13) that passages cite, the statement on the title screen, and the
 * notes of the Sources view. The game's screens read all of it from the story.
 */
import type { StoryMeta } from '../story/types';
import { record } from './record';

/** Paragraphs are counted from the report's first sentence, after its headline and byline. */
export const meta: StoryMeta = {
  caseNumber: 'MSS/2024-0417',
  subject: {
    name: 'Wang',
    byline: 'Subject: Wang \u2014 and, later, Cho',
    passenger: 'WANG / MR',
    senders: ['Wang', 'Me', 'Wang (me)'],
  },
  tagline: 'A case file, dramatized from a news report.',
  coverNote: 'Every page you read, you decide what he does next.',
  statement:
    "This is a dramatization. It follows allegations made by China's Ministry of State Security and relayed in a news report, at a time when China and Britain were accusing each other of spying. Statements like these cannot be verified by their nature, and they serve the ministry's public image; the report asked the British Foreign Office for comment. The case file is imagined as the ministry's own. Names, dialogue, documents and every choice are invented.",
  source: {
    outlet: 'CNN',
    headline: 'China says couple working for government spies for UK MI6',
    claimant: "China's Ministry of State Security (MSS)",
    claimantShort: 'MSS',
    response: 'The report asked the British Foreign Office, which speaks for MI6, for comment, and printed no reply.',
  },
  facts: [
    {
      id: 'F1',
      summary: 'Wang worked for an unnamed central government body, in a post with access to classified information.',
      quote: 'access to critical classified information',
      where: 'report, paragraph 8',
      report: [
        'According to the agency, the spy, identified only by the surname Wang, worked for an unidentified central government organization in a position with “access to critical classified information.”',
      ],
    },
    {
      id: 'F2',
      summary:
        'In 2015 his application to study in the UK on an exchange was approved fast, because MI6 had assessed his access.',
      quote: 'quickly approved',
      where: 'report, paragraph 9',
      report: [
        'In 2015, Wang’s application to study in the United Kingdom as part of an exchange program was “quickly approved” because MI6 assessed his access, according to the MSS.',
      ],
    },
    {
      id: 'F3',
      summary: 'While he studied, MI6 invited him to dinners and guided tours, to learn his weaknesses and interests.',
      quote: 'characteristic weaknesses and personal interests',
      where: 'report, paragraph 10',
      report: [
        'While studying in Britain, Wang was invited on dining and guided tours organized by MI6 to understand his “characteristic weaknesses and personal interests”, the MSS says.',
      ],
    },
    {
      id: 'F4',
      summary: 'MI6 found that he wanted money badly.',
      quote: 'strong desire for money',
      where: 'report, paragraph 11',
      report: [
        'After discovering Wang had a “strong desire for money,” the British spy agency used a former student to lure him into a high-paying part-time consulting position, the MSS says.',
      ],
    },
    {
      id: 'F5',
      summary: 'A former student drew him into a well-paid part-time consulting job.',
      where: 'report, paragraph 11',
      report: [
        'After discovering Wang had a “strong desire for money,” the British spy agency used a former student to lure him into a high-paying part-time consulting position, the MSS says.',
      ],
    },
    {
      id: 'F6',
      summary:
        'The work began with open research and moved to the internal affairs of central state institutions, for fees far above the usual.',
      where: 'report, paragraph 12',
      report: [
        '“The British side started with open research projects and gradually moved to the core internal issues of our central state institutions, paying significantly more than normal consulting fees. Although Wang was somewhat skeptical of this situation, he continued to provide so-called ‘consulting’ services to the British side, under the lure of huge sums of money. ” says the MSS.',
      ],
    },
    {
      id: 'F7',
      summary: 'Wang had doubts, but kept consulting for the money.',
      quote: "so-called 'consulting' services",
      where: 'report, paragraph 12',
      report: [
        '“The British side started with open research projects and gradually moved to the core internal issues of our central state institutions, paying significantly more than normal consulting fees. Although Wang was somewhat skeptical of this situation, he continued to provide so-called ‘consulting’ services to the British side, under the lure of huge sums of money. ” says the MSS.',
      ],
    },
    {
      id: 'F8',
      summary: 'MI6 officers then asked him to work for the British government, promising high rewards and his safety.',
      where: 'report, paragraph 13',
      report: [
        'Shortly thereafter, MI6 operatives approached Wang about working for the British government, promising him high monetary rewards and security guarantees, the MSS alleges.',
      ],
    },
    {
      id: 'F9',
      summary: 'He agreed, was trained in intelligence work, and was told to go back to China to gather information.',
      where: 'report, paragraph 14',
      report: [
        'Wang agreed to the terms and received intelligence training before being told to return to China to gather information.',
      ],
    },
    {
      id: 'F10',
      summary:
        'MI6 pressed him again and again to bring in his wife, surnamed Cho, who worked at a central agency, offering her double the money.',
      where: 'report, paragraph 15',
      report: [
        'According to the MSS, Wang was repeatedly persuaded by MI6 to join his wife – who worked for a “central” government agency – into espionage, and offered her double the money.',
      ],
    },
    {
      id: 'F11',
      summary: 'Despite his initial reluctance, Wang and his wife, Cho, eventually agreed.',
      where: 'report, paragraph 15',
      report: ['Despite his initial reluctance, Wang and his wife, surnamed Cho, eventually agreed, the MSS allege.'],
    },
    {
      id: 'F12',
      summary:
        'The MSS says it solved a significant espionage case and found two moles; the case is under investigation.',
      quote: 'significant espionage case',
      where: 'report, paragraphs 2 and 16',
      report: [
        'In a statement, China’s civilian spy agency, the Ministry of State Security (MSS), said it had recently solved a “significant espionage case” involving MI6, in which it found two critical moles “placed by the British side in our ranks”.',
        'According to MSS, the case is being investigated.',
      ],
    },
    {
      id: 'F13',
      summary:
        'Context: the claim came amid mutual accusations of spying between the two countries; the MSS has raised its public profile, with a WeChat account since August 2023 and an appeal to all members of society; its statements cannot be verified by their nature, and serve its public image; the report asked the UK for comment.',
      quote: 'all members of society',
      where: 'report, paragraphs 1, 3, 5-6 and 17-18',
      report: [
        'The pair are accused of passing information to MI6 at a time when the two countries are exchanging accusations of spying.',
        'Over the past six months, the MSS has made regular public statements about dismantling foreign espionage operations, statements that cannot be verified by their nature but that give the agency a positive review',
        'CNN reached out to the British Foreign Office, which handles media matters for the Secret Intelligence Service, MI6’s official name, for comment.',
        'In August last year, MSS made its social media debut: It launched an official account on China’s most popular social app WeChat, appealing to “all members of society” to join the fight against foreign intrusion.',
      ],
    },
  ],
  record,
  fileSummary: [{ label: 'Money received', variable: 'money', show: 'money', currency: '\u00a3', unit: 1000 }],
  notes: {
    verifiable: [
      'That the MSS published these allegations, and that a major outlet reported them.',
      'That the claim came while China and Britain were accusing each other of spying: the report sets it beside charges brought in Britain over spying for China and for Hong Kong, and beside an earlier MSS claim against a foreign consultancy.',
      'That the report asked the British Foreign Office, which speaks for MI6, for comment. It printed no reply.',
      'That the MSS opened an official WeChat account in August 2023, appealing to all members of society to join the fight against foreign intrusion, and that it makes regular public statements about foreign espionage.',
    ],
    unverifiable: [
      'Every claim about Wang and Cho: who they are, what they did, what they were paid, and what they agreed to.',
      'That MI6 was involved at all. The claims come from one side. Statements like these, the report says, cannot be verified by their nature, and they serve the agency’s public image.',
      'How the case ends. The report says the case was solved, that two moles were found, and that it is being investigated. It tells of no arrest, charge, trial or sentence.',
    ],
    invented: [
      'The case file itself. The report contains no documents. The game imagines the file as the MSS’s own: its notes are written, and its black bars drawn, by the ministry’s investigators.',
      'Every arrest, interrogation and charge in the story. The report has none.',
      'Every name other than the surnames Wang and Cho, and every minor character.',
      'All dialogue, documents, dates beyond the year 2015, places, sums and the contents of the case file.',
      'Every choice offered to the player, and every branch and ending the report never had.',
    ],
  },
};
