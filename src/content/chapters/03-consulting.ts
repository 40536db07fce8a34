import { chapter } from '../../story/define';

const higher = { var: 'higherRate', op: '==', value: true } as const;
const traded = { var: 'tradedOnAccess', op: '==', value: true } as const;
const kept = { var: 'keptRecords', op: '==', value: true } as const;
const laptop = { var: 'tookLaptop', op: '==', value: true } as const;
/** He wrote paper four (or its second version) from what he knows inside his institution. */
const wroteInside = { visits: 'consulting-internal-invoice', op: '>=', value: 1 } as const;

/**
 * Chapter 3, Consulting (2016-2017): the former student, open research, then internal matters, the fees.
 * Alleged path: old classmate (F5) -> coffee (F5) -> first invoice (F6) -> the turn (F6) -> internal invoice (F6)
 * -> doubts (F7) -> bank slip (F7) -> Cho's visit.
 * Ending here: quit-consulting (he stops when the questions turn to internal matters, or after he
 * has written on them); what it says he wrote and handed in is what he did.
 * Larkspur Advisory: registered in 2014, dissolved in 2022, so that it can go on paying through 2021.
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
      sortDate: '2016-04-11',
      place: 'London',
      body: [
        {
          first: [
            {
              when: { visits: 'dinners-quiet-spring', op: '>=', value: 1 },
              text: `SIMON LACEY: Simon Lacey, Beijing exchange, 2011. Hugh says you turned his society down, which I respect. This isn't dinners. It's work.`,
            },
            {
              text: `SIMON LACEY: Simon Lacey, Beijing exchange, 2011. We signed the same menu at new year. Hugh says you are the best of this year's lot.`,
            },
          ],
        },
        `
SIMON LACEY: I run a small research practice, Larkspur Advisory. We pay people like you for short papers on Chinese policy. Open sources only, in your own time.
SIMON LACEY: Coffee this week? My treat.

FILE NOTE: Lacey is the former student through whom the British side drew Wang into well-paid part-time consulting. Larkspur Advisory was registered in London in 2014 and dissolved in 2022.`,
      ],
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
      sortDate: '2016-04-25',
      place: 'London',
      body: `SIMON LACEY: Sorry to chase. I should have led with the numbers, which is the English disease, we never do.
SIMON LACEY: Fifteen hundred pounds a paper. Four thousand words. Published sources.
SIMON LACEY: Most of my writers do one a month alongside their degree. It pays the rent and then some.
SIMON LACEY: If that's not serious enough, tell me what is.

FILE NOTE: A policy paper of that length from a graduate student earned, at the time, between two and four hundred pounds.`,
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
          effects: [
            { add: 'money', value: 1 },
            { set: 'higherRate', value: true },
          ],
        },
      ],
    },
    {
      id: 'consulting-coffee',
      chapter: 'consulting',
      kind: 'transcript',
      title: 'Coffee with Lacey, as reconstructed from Wang’s notes',
      date: '3 May 2016',
      sortDate: '2016-05-03',
      place: 'A café near Holborn, London',
      body: [
        `[11:05] LACEY: No contract. You write, I edit, the client pays.
[11:06] WANG: Who is the client?
[11:06] LACEY: Several. A fund, a think tank, a law firm. They don't like their names on things.
[11:09] WANG: And the fee?`,
        {
          first: [
            {
              when: higher,
              text: `
[11:09] LACEY: Two thousand a paper, as you said. I don't haggle with people who know their worth. More for what the client can't find for itself. Paid into your British account within the week.`,
            },
            {
              text: `
[11:09] LACEY: Fifteen hundred a paper, to start. More for what the client can't find for itself. Paid into your British account within the week.`,
            },
          ],
        },
        `
[11:12] LACEY: Easiest money you will ever make.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F5'] },
      choices: [
        {
          id: 'accept-the-rate',
          label: [
            { first: [{ when: higher, text: 'Shake hands on two thousand' }, { text: 'Shake hands on the rate' }] },
          ],
          to: 'consulting-first-invoice',
        },
        {
          id: 'ask-for-more',
          label: 'Remind him what he sees at work, and ask for more',
          to: 'consulting-first-invoice',
          when: { var: 'talkedAtDinner', op: '==', value: true },
          lockedHint: 'He has told them nothing about his work yet. There is nothing to raise the price with.',
          effects: [
            { add: 'money', value: 2 },
            { set: 'tradedOnAccess', value: true },
          ],
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
      sortDate: '2016-05-09',
      place: 'London',
      body: `TO: Mr Wang
FROM: Larkspur Advisory Ltd
RE: Engagement as an independent research consultant

1. You will prepare research papers on subjects agreed in advance, using published sources.
2. Fees are agreed per paper and paid within seven days of delivery.
3. The identity of Larkspur's clients is confidential. You will not contact them.
4. Either party may end this engagement at any time without notice.

Signed for Larkspur: S. Lacey, Director.

FILE NOTE: Wang signed and kept his copy. Clause 1 says "published sources". Later papers did not keep to it.`,
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
      sortDate: '2016-06-30',
      place: 'London',
      body: [
        {
          first: [
            {
              when: { visits: 'consulting-engagement-letter', op: '>=', value: 1 },
              text: `Invoice from: Wang, under the letter of engagement of 9 May 2016. To: Larkspur Advisory Ltd.`,
            },
            { text: `Invoice from: Wang. To: Larkspur Advisory Ltd.` },
          ],
        },
        {
          first: [
            {
              when: traded,
              text: `

Paper 1: Local government debt, from published budgets | £2,500
Paper 2: Reform of state enterprise boards | £2,500
Paper 3: The year's published policy documents | £2,500
TOTAL | £7,500`,
            },
            {
              when: higher,
              text: `

Paper 1: Local government debt, from published budgets | £2,000
Paper 2: Reform of state enterprise boards | £2,000
Paper 3: The year's published policy documents | £2,000
TOTAL | £6,000`,
            },
            {
              text: `

Paper 1: Local government debt, from published budgets | £1,500
Paper 2: Reform of state enterprise boards | £1,500
Paper 3: The year's published policy documents | £1,500
TOTAL | £4,500`,
            },
          ],
        },
        `

FILE NOTE: The British side started with open research projects. Each took him under a week.`,
        {
          when: traded,
          text: ` The higher rate was paid for what he had reminded Lacey he sees at work, which none of the three papers used. Yet.`,
        },
      ],
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
      sortDate: '2016-09-14',
      place: 'London',
      body: [
        {
          when: traded,
          text: `SIMON LACEY: In May you told me what you see at work. The client has taken you at your word.
`,
        },
        `SIMON LACEY: Paper four is a step up, and so is the fee: how your own institution works from the inside. How the annual internal review is drafted, who sees it before it goes up, what last year's reorganisation changed.
SIMON LACEY: Nothing secret. Just what everyone in your building knows and nobody outside does.
SIMON LACEY: Six thousand for this one.

FILE NOTE: The work has moved gradually, and here it reaches the core internal issues of central state institutions, beginning with his own, [[name of the body withheld]].`,
      ],
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
          lockedHint:
            'He has asked too few questions since he arrived, of the programme, of Reed, of Lacey, to see this brief for what it is: it reads to him like the three before it.',
        },
      ],
    },
    {
      id: 'consulting-thin-paper',
      chapter: 'consulting',
      kind: 'message',
      title: 'Lacey on the published-sources version',
      date: '5 October 2016',
      sortDate: '2016-10-05',
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
      sortDate: '2016-11-30',
      place: 'London',
      body: [
        `Invoice from: Wang. To: Larkspur Advisory Ltd.
`,
        {
          when: { visits: 'consulting-thin-paper', op: '>=', value: 1 },
          text: `
Paper 4, first version, published sources only (courtesy fee) | £1,000`,
        },
        `
Paper 4: The internal annual review of [[withheld]] | £6,000
Paper 5: Reorganisation of [[withheld]], who gained, who lost | £6,000
Supplementary questions, answered by phone | £[[withheld]]
TOTAL | £[[withheld]]

FILE NOTE: Significantly more than normal consulting fees: paper 4 paid £6,000 for half the length of paper 1.`,
      ],
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
      sortDate: '2016-12-04',
      place: 'London',
      body: [
        `Six thousand for four evenings. No fund pays that. No think tank.

The questions are about people now. Who drafts, who signs, who is rising. Next it will be what is in the drafts.

No document left my hands. But I cannot tell myself that I do not know who reads it.`,
        {
          when: laptop,
          text: ` And every word was typed on the laptop my unit issued me.`,
        },
        {
          when: kept,
          text: `

I keep a copy of every brief and every invoice, in the blue folder. I tell myself it is for the thesis.`,
        },
        `

Father's bill paid. The flat deposit is two more papers away.

FILE NOTE: He was somewhat sceptical, and went on providing his so-called consulting services all the same. This page is the only record of the doubt.`,
      ],
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
          lockedHint:
            'He has taken too many answers on trust to stop now: the invoices are still louder than the doubt.',
        },
      ],
    },
    {
      id: 'consulting-client-question',
      chapter: 'consulting',
      kind: 'transcript',
      title: 'Lunch with Lacey, as reconstructed from Wang’s notes',
      date: '9 December 2016',
      sortDate: '2016-12-09',
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
      sortDate: '2016-12-16',
      place: 'A bank branch, Holborn, London',
      body: `Account holder: WANG. Account: [[withheld]].

Transfer received, LARKSPUR ADVISORY LTD, ref PAPERS 6-7 | £[[withheld]]
Balance brought forward | £[[withheld]]
TOTAL | £[[withheld]]

FILE NOTE: He kept on under the lure of huge sums of money. By now Larkspur had paid him more than two years of his salary at home.`,
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
            { set: 'sentMoneyHome', value: true },
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
      sortDate: '2016-12-23',
      place: 'London',
      body: [
        `Cho visited for ten days over the new year, at her own expense.

The London flat surprised her: a new one, not the room he had described. `,
        {
          first: [
            {
              when: laptop,
              text: `Two laptops on the desk, and one of them his unit's: she knew the asset tag, because her agency uses the same. It should have been in a drawer in Beijing.`,
            },
            { text: `A second laptop, new.` },
          ],
        },
        ` Taxis. He said he was writing for a research firm.`,
        {
          when: { var: 'sentMoneyHome', op: '==', value: true },
          text: ` She had taken the money he wired home for savings.`,
        },
        `

Cho: "He was proud of it and hiding it, both at once. I know that face. He had it when he lost at cards."

What he showed her on her last evening is the next thing in this file.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'show-her-the-invoices',
          label: 'Show her the invoices and the briefs, all of them',
          to: 'offer-approach',
          when: { var: 'keptRecords', op: '==', value: true },
          lockedHint: 'He kept nothing on paper. There is nothing to show her but a bank balance.',
          effects: [
            { add: 'doubt', value: 1 },
            { set: 'choSawInvoices', value: true },
          ],
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
      date: 'August 2017',
      sortDate: '2017-08',
      place: 'Beijing',
      body: [
        `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: Wang and Larkspur Advisory

`,
        {
          first: [
            {
              when: wroteInside,
              text: `Wang ended his work for Larkspur Advisory in December 2016, after he had written two papers on the internal workings of [[name of the body withheld]] and been paid £6,000 for each.`,
            },
            {
              when: { visits: 'consulting-thin-paper', op: '>=', value: 1 },
              text: `Wang ended his work for Larkspur Advisory in October 2016, when it asked him a second time for the internal workings of [[name of the body withheld]]. He kept the thousand it paid for his published-sources version, and wrote nothing more.`,
            },
            {
              text: `Wang ended his work for Larkspur Advisory in September 2016, on the day its brief turned from published material to the internal workings of [[name of the body withheld]].`,
            },
          ],
        },
        ` His last message to Lacey reads, in full: "I am a student. I will not be a source."

Lacey did not reply. Larkspur went on paying other writers until it was dissolved, in 2022.

On his return in 2017, Wang declared the Larkspur income to his unit himself, `,
        {
          first: [
            { when: kept, text: `with every brief he had received and a copy of every paper and invoice.` },
            {
              text: `with every brief he had received. He had deleted his drafts; he wrote out what he remembered of each paper, and Larkspur's payments were traced through his account.`,
            },
          ],
        },
        {
          when: laptop,
          text: ` He handed in the work laptop he had taken abroad against his undertaking: every paper had been written on it.`,
        },
        ` Interviewed twice.`,
        {
          first: [
            {
              when: wroteInside,
              text: ` No document from his unit was found in anything he wrote. What he knew of it was: papers four and five are assessed as harmful.`,
            },
            { text: ` No document from his unit, and nothing from inside it, was found in anything he wrote.` },
          ],
        },
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'quit-consulting',
        title: 'Consultant, Resigned',
        verdict: 'CAUTIONED, NOT CHARGED',
        summary: [
          {
            first: [
              {
                when: wroteInside,
                text: 'Wang took the consultancy’s money for open research, then for two papers on the inside of his own institution, and stopped only when he could no longer pretend not to know who read them.',
              },
              {
                text: 'Wang took the consultancy’s money while the work was open research, and stopped once the questions had turned to the inside of his own institution.',
              },
            ],
          },
          {
            first: [
              {
                when: laptop,
                text: ' He declared the fees and the briefs when he came home, and handed in the work laptop he had written them on.',
              },
              { text: ' He declared the fees and the briefs when he came home.' },
            ],
          },
          {
            first: [
              {
                when: wroteInside,
                text: ' The file records a man who was asked, who answered, and who said no too late to take the answers back.',
              },
              { text: ' The file records a man who was asked, and who said no, later than he should have.' },
            ],
          },
        ],
      },
    },
  ],
});
