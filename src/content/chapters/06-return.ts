import { chapter } from '../../story/define';

/**
 * Chapter 6, The Return (2018-2020). The alleged path: F9 again (home, gathering information).
 * Branches: what he says at his return interview, how he takes the material, what he does with
 * the money, and two endings of this chapter: `never-delivered` and `dropped`.
 */
export const homecoming = chapter({
  id: 'return',
  number: 6,
  title: 'The Return',
  period: '2018-2020',
  ambience: 'city',
  passages: [
    {
      id: 'return-arrival',
      chapter: 'return',
      kind: 'travel-record',
      title: 'Staff foreign travel register, return entry',
      date: '2 January 2018',
      sortDate: '2018-01-02',
      place: 'Beijing',
      body: `STAFF FOREIGN TRAVEL REGISTER — PERSONNEL OFFICE, [[NAME OF THE BODY WITHHELD]]

Name: WANG [[given name withheld]]
Purpose: study exchange, United Kingdom, approved 2015
Returned to China: 20 November 2017
Passport: surrendered to unit custody 27 November 2017, receipt no. [[withheld]]
Resumed duties: 2 January 2018, former section, former clearance
Remarks: none

FILE NOTE: The man who signed this page had been trained abroad and sent home to gather information. Nothing on it says so.`,
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'return-report-for-duty',
          label: 'Go up to the security office for the return interview',
          to: 'return-security-debrief',
        },
      ],
    },
    {
      id: 'return-security-debrief',
      chapter: 'return',
      kind: 'interview-note',
      title: 'Return interview, security officer’s notes',
      date: '2 January 2018',
      sortDate: '2018-01-02',
      place: 'Beijing',
      body: `Return interview — WANG — 2 Jan.

Study went well. Dissertation on administrative reform, passed.

Looks tired. Says the food was bad and the rain was worse. Laughed at his own joke.

Still to cover: foreign contacts; approaches; income while abroad.

FILE NOTE: The officer wrote the rest of the page as the subject answered. What he said is quoted where it matters, later in this file.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-say-it-was-dull',
          label: 'Keep it dull: classmates, a landlady, a scholarship and savings',
          to: 'return-first-tasking',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'return-mention-consulting',
          label: 'Mention some paid writing for a London research firm, before anyone finds the payments',
          to: 'return-first-tasking',
          effects: [
            { add: 'suspicion', value: 1 },
            { add: 'evidence', value: 1 },
            { set: 'toldSecurityOffice', value: 1 },
          ],
        },
        {
          id: 'return-volunteer-dinners',
          label: 'Get ahead of it: mention the dinners where he talked too much about his work',
          to: 'return-first-tasking',
          when: { var: 'talkedAtDinner', op: '==', value: true },
          lockedHint: 'He said nothing at those dinners that would need explaining.',
          effects: [
            { add: 'suspicion', value: 2 },
            { add: 'doubt', value: 2 },
            { set: 'toldSecurityOffice', value: 2 },
          ],
        },
      ],
    },
    {
      id: 'return-first-tasking',
      chapter: 'return',
      kind: 'message',
      title: 'Handset messages, the first tasking',
      date: 'January to April 2018',
      sortDate: '2018-01',
      place: 'Beijing',
      body: [
        'ALDER: Welcome home. Nothing for three months. Be ordinary.\n',
        {
          first: [
            {
              when: { var: 'toldSecurityOffice', op: '==', value: 2 },
              text: 'ALDER: We hear you told your security office about the dinners. Brave. Tell them nothing else, ever.\n',
            },
            {
              when: { var: 'toldSecurityOffice', op: '==', value: 1 },
              text: 'ALDER: We hear you told your security office about the research firm. Wise, as long as that is all you told them.\n',
            },
          ],
        },
        `ALDER: Now look around. The reorganisation papers for your bureau: who moves, who is cut.
WANG: They are kept in the deputy director's office.
ALDER: Someone types them. Someone leaves them on a desk at six o'clock.
ALDER: The usual fee, more for anything with a signature on it.

FILE NOTE: From the handset, sent through the weather application as city names. ALDER is Officer A: the same phrases, at the same hours.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'return-photograph-pages',
          label: 'Stay late and photograph the pages on the deputy director’s desk',
          to: 'return-desk-photos',
        },
        {
          id: 'return-write-from-memory',
          label: 'Read what crosses his own desk, and write it up from memory at home',
          to: 'return-memory-notes',
        },
        {
          id: 'return-claim-no-access',
          label: 'Reply that he cannot get near the papers yet',
          to: 'return-stalling',
        },
      ],
    },
    {
      id: 'return-desk-photos',
      chapter: 'return',
      kind: 'surveillance-log',
      title: 'Badge and camera log, fourth floor, east wing',
      date: '14 June 2018',
      sortDate: '2018-06-14',
      place: 'Beijing',
      body: `18:02 Section staff leave floor 4 east. WANG remains at desk.
19:15 WANG enters room 412, deputy director's outer office. Badge accepted.
19:31 WANG leaves room 412. Camera 4E-2: folder under left arm.
19:33 WANG at own desk. Lamp on. Camera shows his back.
19:58 Lamp off. Folder returned to room 412.
20:04 WANG exits, north gate.

FILE NOTE: From badge records and the camera index. The copier in room 412 did not count a page. Whatever he took, he took with a telephone.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-send-everything',
          label: 'Send every page that night, through the weather application',
          to: 'return-payment',
          effects: [
            { add: 'money', value: 20 },
            { add: 'evidence', value: 1 },
            { set: 'whatHeSent', value: 3 },
          ],
        },
        {
          id: 'return-send-summary',
          label: 'Delete the photographs and send a careful summary instead',
          to: 'return-payment',
          effects: [
            { add: 'money', value: 8 },
            { set: 'whatHeSent', value: 2 },
          ],
        },
      ],
    },
    {
      id: 'return-memory-notes',
      chapter: 'return',
      kind: 'interview-note',
      title: 'Notes lifted from the blank page of a notebook',
      date: 'Summer 2018',
      sortDate: '2018-07',
      place: 'Beijing',
      body: `Reorg. — 3 sections into 2. [[name]] to Guangzhou? Not confirmed.
Budget down 14% next year. Training cut first.
Dep. Dir. meets [[name of a ministry withheld]] Thursdays; comes back in a bad mood.
New access list for [[withheld]] after the summer. Ask who draws it up.

FILE NOTE: Lifted by the technical section from the indentations on the next page of a notebook found in the subject's desk. The written page itself was never found. The subject says he wrote at the kitchen table after his wife was asleep, typed it into the weather application, and then did something with the page.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-burn-the-page',
          label: 'Type it in, then burn the page over the sink',
          to: 'return-payment',
          effects: [
            { add: 'money', value: 8 },
            { add: 'doubt', value: 1 },
            { set: 'whatHeSent', value: 1 },
          ],
        },
        {
          id: 'return-keep-the-page',
          label: 'Type it in, and keep the page in a biscuit tin at his mother’s flat',
          to: 'return-payment',
          effects: [
            { add: 'money', value: 8 },
            { set: 'keptRecords', value: true },
            { set: 'whatHeSent', value: 1 },
            { add: 'evidence', value: 1 },
          ],
        },
      ],
    },
    {
      id: 'return-payment',
      chapter: 'return',
      kind: 'invoice',
      title: 'Invoice to Larkspur Advisory, July 2018',
      date: '30 July 2018',
      sortDate: '2018-07-30',
      place: 'London (payer), Beijing (payee)',
      body: [
        `Invoice from: WANG, independent researcher. To: Larkspur Advisory Ltd.
Payment to the account in London, as before.

`,
        {
          first: [
            {
              when: { var: 'whatHeSent', op: '==', value: 3 },
              text: `Research note: public administration reform, phase two | £6,000
Research note: institutional staffing and budgets | £9,000
Supporting documents, 31 pages | £5,000
TOTAL | £20,000`,
            },
            {
              text: `Research note: public administration reform, phase two | £3,500
Research note: institutional staffing and budgets | £4,500
TOTAL | £8,000`,
            },
          ],
        },
        {
          first: [
            {
              when: { var: 'whatHeSent', op: '==', value: 3 },
              text: "\n\nFILE NOTE: Neither note was ever found; the 'supporting documents' are the pages from room 412. The invoice was drafted on the British side; he signed it with his work pen.",
            },
            {
              when: { var: 'whatHeSent', op: '==', value: 2 },
              text: '\n\nFILE NOTE: Neither note was ever found. He says he deleted the photographs from room 412 and sent a summary in his own words. The invoice was drafted on the British side; he signed it with his work pen.',
            },
            {
              text: '\n\nFILE NOTE: Neither note was ever found; what he typed from memory at his kitchen table is all there was. The invoice was drafted on the British side; he signed it with his work pen.',
            },
          ],
        },
      ],
      provenance: { kind: 'invented' },
      exhibit: { id: 'bank-slip-2018', label: 'Bank confirmation slip, London, July 2018' },
      choices: [
        {
          id: 'return-leave-it-abroad',
          label: 'Leave it where it is, in the account in London',
          to: 'return-colleague-question',
          effects: [{ add: 'evidence', value: 1 }],
        },
        {
          id: 'return-bring-it-home',
          label: 'Bring it home in cash, a little at a time, through relatives in Hong Kong',
          to: 'return-colleague-question',
          effects: [
            { add: 'suspicion', value: 1 },
            { set: 'londonMoney', value: 1 },
          ],
        },
        {
          id: 'return-buy-the-car',
          label: 'Buy the car Cho has wanted for years, and call it a bonus',
          to: 'return-colleague-question',
          effects: [
            { add: 'suspicion', value: 2 },
            { add: 'choTrust', value: -1 },
            { set: 'londonMoney', value: 2 },
          ],
        },
      ],
    },
    {
      id: 'return-colleague-question',
      chapter: 'return',
      kind: 'interview-note',
      title: 'Statement of a section colleague, surname Feng',
      date: 'Events of 2019; statement taken later',
      sortDate: '2019',
      place: 'Beijing',
      body: [
        `Witness: [[FENG]], his section colleague since 2012.

"In 2019 he started staying late. He said he was turning his dissertation into a book, about reform. Everybody's book is about reform.`,
        {
          first: [
            {
              when: { var: 'whatHeSent', op: '>=', value: 2 },
              text: `

"One evening I came back for my umbrella and he was in the deputy director's outer office with a folder open. He closed it, not quickly. He asked if I wanted noodles. He paid."`,
            },
            {
              text: `

"He never went anywhere he should not. He read what came to his desk, slowly, as if he were learning it. One evening I came back for my umbrella and he was copying nothing, just reading. He asked if I wanted noodles. He paid."`,
            },
          ],
        },
        `

FILE NOTE: She made no report. People stay late in that building, she said, and he always paid for noodles.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-buy-noodles',
          label: 'Buy the noodles, and keep working late',
          to: 'return-handler-pressure',
          effects: [
            { add: 'suspicion', value: 1 },
            { add: 'money', value: 15 },
          ],
        },
        {
          id: 'return-stop-staying-late',
          label: 'Stop staying late, and send nothing for a year',
          to: 'return-handler-pressure',
          effects: [
            { add: 'doubt', value: 1 },
            { set: 'wentQuiet', value: true },
          ],
        },
      ],
    },
    {
      id: 'return-handler-pressure',
      chapter: 'return',
      kind: 'message',
      title: 'Handset messages, spring 2020',
      date: 'March to May 2020',
      sortDate: '2020-03',
      place: 'Beijing',
      body: [
        'ALDER: Borders are shut. Everything comes through here now.\n',
        {
          first: [
            {
              when: { visits: 'return-stalling', op: '>=', value: 1 },
              text: 'ALDER: Two years of soon, and then one page from memory. It was thin. It was also the first thing you have sent, and it has been read.\n',
            },
            {
              when: { var: 'wentQuiet', op: '==', value: true },
              text: 'ALDER: A year of nothing. We paid you through it, less, and we noticed.\n',
            },
            { text: 'ALDER: What you sent has been read in the right places.\n' },
          ],
        },
        `ALDER: Next, the new personnel list for the bureau. Before the summer.
WANG: There are new cameras on the fourth floor since March.
ALDER: There were always cameras. Now you have noticed them.
WANG: And a new security officer, who asks people about their holidays.
ALDER: Then tell him about your holidays. The list, before the summer.

FILE NOTE: The cameras were not new. The security officer was.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-keep-going',
          label: 'Promise the list before the summer',
          to: 'cho-first-ask',
          effects: [
            { add: 'evidence', value: 1 },
            { add: 'money', value: 10 },
            { set: 'promisedList', value: true },
          ],
        },
        {
          id: 'return-say-watched',
          label: 'Tell them he is being watched, and that he wants to stop',
          to: 'return-dropped',
          when: { var: 'suspicion', op: '>=', value: 3 },
          lockedHint:
            'Nobody at work has looked at him twice; saying he is watched would sound like an excuse, because it would be one.',
        },
        {
          id: 'return-ask-for-pause',
          label: 'Ask for a pause until he knows what the cameras are for',
          to: 'cho-first-ask',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'return-stalling',
      chapter: 'return',
      kind: 'message',
      title: 'Handset messages, 2018 to 2020',
      date: 'April 2018 to February 2020',
      sortDate: '2018-04',
      place: 'Beijing',
      body: `ALDER: Anything?
WANG: Not yet. Everyone is careful this month.
ALDER: Anything?
WANG: Soon.
ALDER: The retainer continues. We would not want to start wondering why.
WANG: Soon. I promise.
ALDER: You told us in London you could reach the papers. Was that true?
WANG: It was true then. They have moved the cabinets.
ALDER: Then find out where.

FILE NOTE: From the handset. Weeks pass between these lines; the gaps grow longer, and ALDER's messages shorter. No cabinets were moved on the fourth floor in this period. The subject, asked about it, said he had needed something to say.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'return-keep-the-retainer',
          label: 'Keep saying soon, and keep taking the retainer',
          to: 'return-retainer',
          effects: [
            { add: 'money', value: 10 },
            { add: 'doubt', value: 1 },
          ],
        },
        {
          id: 'return-deliver-something',
          label: 'Send one page from memory, to keep them patient',
          to: 'return-handler-pressure',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'return-raise-the-price',
          label: 'Tell them the risk has gone up, and so has his price',
          to: 'return-dropped',
        },
      ],
    },
    {
      id: 'return-retainer',
      chapter: 'return',
      kind: 'receipt',
      title: 'Bank statement extract: retainer payments',
      date: 'October 2020 to January 2021',
      sortDate: '2020-10',
      place: 'London (payer)',
      body: `MARLOW LANE RESEARCH LTD — payments to WANG, account in London
Retainer, October 2020 | £2,500
Retainer, November 2020 | £2,500
Retainer, December 2020 | £2,500
Retainer, January 2021 | £2,500
TOTAL | £10,000

FILE NOTE: From the London bank statement, obtained later. The retainer had come from Larkspur Advisory until Larkspur was dissolved; from then on it came from Marlow Lane Research, registered at the same accountant's address in London, with the same reference. By the subject's own account, nothing was sent to the British side in these four months. The references on the payments read "research retainer". They did not change when there was nothing to research.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'return-go-silent',
          label: 'Drop the phone in the canal, keep the money, and never answer again',
          to: 'return-never-delivered',
        },
        {
          id: 'return-one-more-month',
          label: 'One more month of soon',
          to: 'cho-first-ask',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
      ],
    },
    {
      id: 'return-never-delivered',
      chapter: 'return',
      kind: 'message',
      title: 'Last messages on the channel, undelivered',
      date: 'March 2021',
      sortDate: '2021-03',
      place: 'Beijing',
      body: `ALDER: Anything?
ALDER: We are still here.
ALDER: Last message on this channel.

[Not delivered. Recipient device offline since 2 March 2021.]

FILE NOTE: What the British side sent after he stopped answering can only be guessed; these lines are a reconstruction, and the guess is his. The handset lies in the Tonghui canal. The retainers sit in his London account. Nothing in this file shows that a single page ever left his institution.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'never-delivered',
        title: 'Soon',
        verdict: 'PAID FOR NOTHING — NO CASE',
        summary: [
          'Wang took the retainers, promised material, and never sent a page. When the messages stopped, so did the money, and the phone went into a canal.',
          {
            first: [
              {
                when: { var: 'toldSecurityOffice', op: '==', value: 1 },
                text: ' He had told his own security office in 2018 that a London firm paid him for writing, and nobody asked what writing; the investigators who later found the account could prove that he was paid, but not for what.',
              },
              {
                text: ' The investigators who later found the account in London could prove that he was paid, but not for what.',
              },
            ],
          },
          ' Nothing in this file shows that a single page left his institution.',
        ],
      },
    },
    {
      id: 'return-dropped',
      chapter: 'return',
      kind: 'message',
      title: 'Last messages from the handlers',
      date: 'September 2020',
      sortDate: '2020-09',
      place: 'Beijing',
      body: [
        `ALDER: Understood.
ALDER: Destroy the handset. Do not use this channel or the number you were given again.
ALDER: Good luck.

[Channel closed by the sender.]

FILE NOTE: The last three messages, as the subject wrote them out for investigators when they reached his door, years later. He had destroyed the handset as he was told. The British side was not heard from again.`,
        {
          first: [
            {
              when: { visits: 'return-handler-pressure', op: '>=', value: 1 },
              text: ' Whatever it had from him, it kept; whatever it had promised him, it did not mention.',
            },
            {
              text: ' It had nothing from him but two years of soon, and it had paid for every month of them; what it had promised him, it did not mention.',
            },
          ],
        },
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'dropped',
        title: 'Good Luck',
        verdict: 'DROPPED BY HIS HANDLERS — NOT CHARGED',
        summary: [
          {
            first: [
              {
                when: { visits: 'return-handler-pressure', op: '>=', value: 1 },
                text: 'Once Wang said he was watched and wanted to stop, he cost more in risk than he was worth,',
              },
              { text: 'Once Wang, who had sent nothing, asked for more money, he cost more than he was worth,' },
            ],
          },
          ' and his handlers closed the channel in three lines and never spoke to him again.',
          ' When investigators reached him years later, the handset was gone and London was silent: the file shows an account abroad and a man who will not say what it paid for. It is closed without charge, and not forgotten; somewhere there is a second file on him, in London, that he will never read.',
        ],
      },
    },
  ],
});
