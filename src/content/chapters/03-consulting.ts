import { chapter } from '../../story/define';

/**
 * Chapter 3, Consulting (2016-2017): the former student, open research, then internal matters, the fees.
 * Alleged path: old classmate (F5) -> coffee (F5) -> first invoice (F6) -> the turn (F6) -> internal invoice (F6)
 * -> doubts (F7) -> bank slip (F7) -> Cho's visit.
 * Ending here: quit-consulting (he stops when the questions turn to internal matters).
 */
export const consulting = chapter({
  id: 'consulting',
  number: 3,
  title: 'Consulting',
  period: '2016-2017',
  ambience: 'office',
  passages: [
    {
      id: 'consulting-old-classmate',
      chapter: 'consulting',
      kind: 'message',
      title: 'Messages from a former student of the programme',
      date: '11 April 2016',
      place: 'London',
      body: `SIMON LACEY: Simon Lacey, Beijing exchange, 2011. Hugh says you are the best of this year's lot.
SIMON LACEY: I run a small research practice, Larkspur Advisory. We pay people like you for short papers on Chinese policy. Open sources only, in your own time.
SIMON LACEY: Coffee this week? My treat.

FILE NOTE (investigators): Lacey is the former student through whom the British side drew Wang into well-paid part-time consulting. Larkspur Advisory was registered in London in 2014 and dissolved in 2019.`,
      provenance: { kind: 'dramatization', facts: ['F5'] },
      choices: [
        {
          id: 'agree-to-meet',
          label: 'Agree to coffee',
          to: 'consulting-coffee',
        },
        {
          id: 'ignore-it',
          label: 'Leave the message unanswered',
          to: 'consulting-second-message',
        },
      ],
    },
    {
      id: 'consulting-second-message',
      chapter: 'consulting',
      kind: 'message',
      title: 'A second message from Lacey',
      date: '25 April 2016',
      place: 'London',
      body: `SIMON LACEY: Sorry to chase. I should have led with the numbers, which is the English disease, we never do.
SIMON LACEY: Fifteen hundred pounds a paper. Four thousand words. Published sources.
SIMON LACEY: Most of my writers do one a month alongside their degree. It pays the rent and then some.
SIMON LACEY: If that's not serious enough, tell me what is.

FILE NOTE (investigators): A policy paper of that length from a graduate student earned, at the time, between two and four hundred pounds.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'meet-him-now',
          label: 'Reply that he is free on Tuesday',
          to: 'consulting-coffee',
        },
        {
          id: 'name-a-price',
          label: 'Reply with a number of his own: two thousand',
          to: 'consulting-coffee',
          effects: [{ add: 'money', value: 1 }],
        },
      ],
    },
    {
      id: 'consulting-coffee',
      chapter: 'consulting',
      kind: 'transcript',
      title: 'Coffee with Lacey, as reconstructed from Wang’s notes',
      date: '3 May 2016',
      place: 'A café near Holborn, London',
      body: `[11:05] LACEY: No contract. You write, I edit, the client pays.
[11:06] WANG: Who is the client?
[11:06] LACEY: Several. A fund, a think tank, a law firm. They don't like their names on things.
[11:09] WANG: And the fee?
[11:09] LACEY: Fifteen hundred a paper, to start. More for what the client can't find for itself. Paid into your British account within the week.
[11:12] LACEY: Easiest money you will ever make.`,
      provenance: { kind: 'dramatization', facts: ['F5'] },
      choices: [
        {
          id: 'accept-the-rate',
          label: 'Shake hands on the rate',
          to: 'consulting-first-invoice',
        },
        {
          id: 'ask-for-more',
          label: 'Remind him what he sees at work, and ask for more',
          to: 'consulting-first-invoice',
          when: { var: 'talkedAtDinner', op: '==', value: true },
          lockedHint: 'He has told them nothing about his work yet. There is nothing to raise the price with.',
          effects: [{ add: 'money', value: 2 }],
        },
        {
          id: 'ask-for-a-contract',
          label: 'Say he will work only with a written contract',
          to: 'consulting-engagement-letter',
        },
      ],
    },
    {
      id: 'consulting-engagement-letter',
      chapter: 'consulting',
      kind: 'memo',
      title: 'Letter of engagement, Larkspur Advisory',
      date: '9 May 2016',
      place: 'London',
      body: `TO: Mr Wang
FROM: Larkspur Advisory Ltd
RE: Engagement as an independent research consultant

1. You will prepare research papers on subjects agreed in advance, using published sources.
2. Fees are agreed per paper and paid within seven days of delivery.
3. The identity of Larkspur's clients is confidential. You will not contact them.
4. Either party may end this engagement at any time without notice.

Signed for Larkspur: S. Lacey, Director.

FILE NOTE (investigators): Wang signed and kept his copy. Clause 1 says "published sources". Later papers did not keep to it.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'sign-it',
          label: 'Sign, and start the first paper',
          to: 'consulting-first-invoice',
        },
      ],
    },
    {
      id: 'consulting-first-invoice',
      chapter: 'consulting',
      kind: 'invoice',
      title: 'Invoices to Larkspur Advisory, first three papers',
      date: '30 June 2016',
      place: 'London',
      body: `Invoice from: Wang. To: Larkspur Advisory Ltd.

Paper 1: Local government debt, from published budgets | £1,500
Paper 2: Reform of state enterprise boards | £1,500
Paper 3: The year's published policy documents | £1,500
TOTAL | £4,500

FILE NOTE (investigators): The British side started with open research projects. Each took him under a week.`,
      provenance: { kind: 'dramatization', facts: ['F6'] },
      choices: [
        {
          id: 'keep-copies',
          label: 'Keep a copy of every paper and every invoice',
          to: 'consulting-the-turn',
          effects: [
            { add: 'money', value: 4 },
            { set: 'keptRecords', value: true },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'keep-nothing',
          label: 'Delete each draft once it is sent',
          to: 'consulting-the-turn',
          effects: [{ add: 'money', value: 4 }],
        },
      ],
    },
    {
      id: 'consulting-the-turn',
      chapter: 'consulting',
      kind: 'message',
      title: 'Lacey’s brief for paper four',
      date: '14 September 2016',
      place: 'London',
      body: `SIMON LACEY: Paper four is a step up, and so is the fee: how your own institution works from the inside. How the annual internal review is drafted, who sees it before it goes up, what last year's reorganisation changed.
SIMON LACEY: Nothing secret. Just what everyone in your building knows and nobody outside does.
SIMON LACEY: Six thousand for this one.

FILE NOTE (investigators): The work has moved gradually, and here it reaches the core internal issues of central state institutions, beginning with his own, [[name of the body withheld]].`,
      provenance: { kind: 'dramatization', facts: ['F6'] },
      choices: [
        {
          id: 'write-the-paper',
          label: 'Write it: everyone in the building knows these things',
          to: 'consulting-internal-invoice',
          effects: [
            { add: 'handlerLeverage', value: 2 },
            { add: 'doubt', value: 1 },
          ],
        },
        {
          id: 'write-from-public',
          label: 'Write it from published sources only, and let them see the gap',
          to: 'consulting-thin-paper',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'stop-here',
          label: 'Tell Lacey that this is where he stops',
          to: 'consulting-quit',
          when: { var: 'doubt', op: '>=', value: 2 },
          lockedHint: 'He reads the brief twice and cannot yet put a name to what it is asking for.',
        },
      ],
    },
    {
      id: 'consulting-thin-paper',
      chapter: 'consulting',
      kind: 'message',
      title: 'Lacey on the published-sources version',
      date: '5 October 2016',
      place: 'London',
      body: `SIMON LACEY: I'll be honest, the client was disappointed.
SIMON LACEY: They have the newspapers. They pay for what they can't read in the newspapers.
SIMON LACEY: I've got them to pay a thousand for this one, as a courtesy.
SIMON LACEY: Nobody is asking you for a document, Wang. Just what you'd tell a new colleague on their first day.
SIMON LACEY: Have another go? Just the review process. Who drafts, who signs, how long it sits on each desk. Six thousand still stands.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'give-them-more',
          label: 'Have another go, from what he knows',
          to: 'consulting-internal-invoice',
          effects: [
            { add: 'money', value: 1 },
            { add: 'handlerLeverage', value: 2 },
          ],
        },
        {
          id: 'walk-away',
          label: 'Keep the thousand and write nothing more',
          to: 'consulting-quit',
          effects: [{ add: 'money', value: 1 }],
        },
      ],
    },
    {
      id: 'consulting-internal-invoice',
      chapter: 'consulting',
      kind: 'invoice',
      title: 'Invoices to Larkspur Advisory, autumn',
      date: '30 November 2016',
      place: 'London',
      body: `Invoice from: Wang. To: Larkspur Advisory Ltd.

Paper 4: The internal annual review of [[withheld]] | £6,000
Paper 5: Reorganisation of [[withheld]], who gained, who lost | £6,000
Supplementary questions, answered by phone | £[[withheld]]
TOTAL | £[[withheld]]

FILE NOTE (investigators): Significantly more than normal consulting fees: paper 4 earned four times what paper 1 did, at half the length.`,
      provenance: { kind: 'dramatization', facts: ['F6'] },
      choices: [
        {
          id: 'bank-the-fees',
          label: 'Turn to the next document',
          to: 'consulting-doubts',
          effects: [{ add: 'money', value: 12 }],
        },
      ],
    },
    {
      id: 'consulting-doubts',
      chapter: 'consulting',
      kind: 'interview-note',
      title: 'Notebook of the subject, one page transcribed',
      date: '4 December 2016',
      place: 'London',
      body: `Six thousand for four evenings. No fund pays that. No think tank.

The questions are about people now. Who drafts, who signs, who is rising. Next it will be what is in the drafts.

No document left my hands. But I cannot tell myself that I do not know who reads it.

Father's bill paid. The flat deposit is two more papers away.

FILE NOTE (investigators): He was somewhat sceptical, and went on providing his so-called consulting services all the same. This page is the only record of the doubt.`,
      provenance: { kind: 'dramatization', facts: ['F7'] },
      choices: [
        {
          id: 'keep-consulting',
          label: 'Keep writing: two more papers and the deposit is paid',
          to: 'consulting-bank-slip',
          effects: [{ add: 'money', value: 10 }],
        },
        {
          id: 'ask-who-the-client-is',
          label: 'Ask Lacey, to his face, who the client is',
          to: 'consulting-client-question',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'quit-now',
          label: 'Write to Lacey that he is finished',
          to: 'consulting-quit',
          when: { var: 'doubt', op: '>=', value: 3 },
          lockedHint: 'The doubts are there on the page, but they are not yet louder than the invoices.',
        },
      ],
    },
    {
      id: 'consulting-client-question',
      chapter: 'consulting',
      kind: 'transcript',
      title: 'Lunch with Lacey, as reconstructed from Wang’s notes',
      date: '9 December 2016',
      place: 'A restaurant near Holborn, London',
      body: `[13:20] WANG: I want to know who reads my papers.
[13:20] LACEY: People who are grateful for them.
[13:21] WANG: That is not a name.
[13:22] LACEY: It's a government-adjacent research client. That's as far as I can go, and further than I should.
[13:23] WANG: Adjacent to which government?
[13:24] LACEY: Wang. Does it matter, at these rates? In fact the client wants to go to eight thousand a paper. They think you're worth it. So do I.
[13:25] LACEY: Think about it over pudding.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'take-the-raise',
          label: 'Take the raise instead of an answer',
          to: 'consulting-bank-slip',
          effects: [{ add: 'money', value: 14 }],
        },
        {
          id: 'walk-out',
          label: 'Leave before the pudding, and leave Larkspur',
          to: 'consulting-quit',
        },
      ],
    },
    {
      id: 'consulting-bank-slip',
      chapter: 'consulting',
      kind: 'receipt',
      title: 'Bank deposit slip',
      date: '16 December 2016',
      place: 'A bank branch, Holborn, London',
      body: `Account holder: WANG. Account: [[withheld]].

Transfer received, LARKSPUR ADVISORY LTD, ref PAPERS 6-7 | £[[withheld]]
Balance brought forward | £[[withheld]]
TOTAL | £[[withheld]]

FILE NOTE (investigators): He kept on under the lure of huge sums of money. By now Larkspur had paid him more than two years of his salary at home.`,
      provenance: { kind: 'dramatization', facts: ['F7'] },
      exhibit: { id: 'larkspur-bank-slip', label: 'Bank deposit slip, Larkspur Advisory, figures withheld' },
      choices: [
        {
          id: 'send-money-home',
          label: 'Wire part of it home for the flat deposit',
          to: 'consulting-cho-visit',
          effects: [
            { add: 'suspicion', value: 1 },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'keep-it-in-london',
          label: 'Leave it all in the London account for now',
          to: 'consulting-cho-visit',
        },
      ],
    },
    {
      id: 'consulting-cho-visit',
      chapter: 'consulting',
      kind: 'interview-note',
      title: 'Interview with Cho about her visit to London',
      date: '23 December 2016 to 2 January 2017 (visit)',
      place: 'London',
      body: `Cho visited for ten days over the new year, at her own expense.

The London flat surprised her: a new one, not the room he had described. A second laptop. Taxis. He said he was writing for a research firm.

Cho: "He was proud of it and hiding it, both at once. I know that face. He had it when he lost at cards."

Did she see any papers? That depends, she says, on what he chose to show her.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'show-her-the-invoices',
          label: 'Show her the invoices and the briefs, all of them',
          to: 'offer-approach',
          when: { var: 'keptRecords', op: '==', value: true },
          lockedHint: 'He kept nothing on paper. There is nothing to show her but a bank balance.',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'call-it-a-stipend',
          label: 'Tell her the programme raised his stipend',
          to: 'offer-approach',
          effects: [{ add: 'choTrust', value: -1 }],
        },
      ],
    },
    {
      id: 'consulting-quit',
      chapter: 'consulting',
      kind: 'memo',
      title: 'Closing note on the consultancy',
      date: '2016',
      place: 'Beijing',
      body: `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: Wang and Larkspur Advisory

Wang ended his work for Larkspur Advisory once its briefs had turned from published material to the internal workings of [[name of the body withheld]]. His last message to Lacey reads, in full: "I am a student. I will not be a source."

Lacey did not reply. Larkspur was dissolved three years later.

On his return in 2017, Wang declared the Larkspur income to his unit himself, with every brief he had received. Interviewed twice. No document from his unit was found in anything he wrote.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'quit-consulting',
        title: 'Consultant, Resigned',
        verdict: 'CAUTIONED, NOT CHARGED',
        summary:
          'Wang took the consultancy’s money while the work was open research, and stopped once the questions had turned to the inside of his own institution. He declared the fees and the briefs when he came home. The file records a man who was asked, and who said no, later than he should have.',
      },
    },
  ],
});
