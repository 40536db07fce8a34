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
      title: 'Staff foreign travel register',
      date: '2 January 2018',
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
      title: 'Return interview, security office',
      date: '2 January 2018',
      place: 'Beijing',
      body: `Return interview — WANG — 2 Jan.

Study went well. Dissertation on administrative reform, passed.

Foreign contacts: classmates, two lecturers, a landlady. Approaches: none worth mentioning.

Funding: scholarship, savings.

Looks tired. Says the food was bad and the rain was worse. Laughed at his own joke.

Action: none. File.

FILE NOTE: The officer, asked later, remembered only the joke.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-say-it-was-dull',
          label: 'Keep it dull: lectures, rain and bad food',
          to: 'return-first-tasking',
        },
        {
          id: 'return-mention-consulting',
          label: 'Mention some paid writing for a London research firm, before anyone finds the payments',
          to: 'return-first-tasking',
          effects: [
            { add: 'suspicion', value: 1 },
            { add: 'evidence', value: 1 },
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
          ],
        },
      ],
    },
    {
      id: 'return-first-tasking',
      chapter: 'return',
      kind: 'message',
      title: 'The weather application',
      date: 'January to April 2018',
      place: 'Beijing',
      body: `ALDER: Welcome home. Nothing for three months. Be ordinary.
ALDER: Now look around. The reorganisation papers for your bureau: who moves, who is cut.
WANG: They are kept in the deputy director's office.
ALDER: Someone types them. Someone leaves them on a desk at six o'clock.
ALDER: The usual fee, more for anything with a signature on it.

FILE NOTE: From the handset, sent through the weather application as city names. ALDER is taken to be Officer A; nothing here proves it.`,
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
      title: 'Fourth floor, east wing',
      date: '14 June 2018',
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
          ],
        },
        {
          id: 'return-send-summary',
          label: 'Delete the photographs and send a careful summary instead',
          to: 'return-payment',
          effects: [{ add: 'money', value: 8 }],
        },
      ],
    },
    {
      id: 'return-memory-notes',
      chapter: 'return',
      kind: 'interview-note',
      title: 'Impressions on a blank page',
      date: 'Summer 2018',
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
          ],
        },
        {
          id: 'return-keep-the-page',
          label: 'Type it in, and keep the page in a biscuit tin at his mother’s flat',
          to: 'return-payment',
          effects: [
            { add: 'money', value: 8 },
            { set: 'keptRecords', value: true },
            { add: 'evidence', value: 1 },
          ],
        },
      ],
    },
    {
      id: 'return-payment',
      chapter: 'return',
      kind: 'invoice',
      title: 'Invoice 2018/07',
      date: '30 July 2018',
      place: 'London (payer), Beijing (payee)',
      body: `Invoice from: WANG, independent researcher. To: Larkspur Advisory Ltd.
Payment to the account in London, as before.

Research note: public administration reform, phase two | £6,000
Research note: institutional staffing and budgets | £9,000
Travel and incidental expenses | £500
TOTAL | £15,500

FILE NOTE: He never travelled for Larkspur, and neither note was ever found. The invoice was drafted on the British side; he signed it with his work pen.`,
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
          effects: [{ add: 'suspicion', value: 1 }],
        },
        {
          id: 'return-buy-the-car',
          label: 'Buy the car Cho has wanted for years, and call it a bonus',
          to: 'return-colleague-question',
          effects: [
            { add: 'suspicion', value: 2 },
            { add: 'choTrust', value: -1 },
          ],
        },
      ],
    },
    {
      id: 'return-colleague-question',
      chapter: 'return',
      kind: 'interview-note',
      title: 'Statement of a colleague',
      date: 'Events of 2019; statement taken later',
      place: 'Beijing',
      body: `Witness: [[FENG]], his section colleague since 2012.

"In 2019 he started staying late. He said he was turning his dissertation into a book, about reform. Everybody's book is about reform.

"One evening I came back for my umbrella and he was in the deputy director's outer office with a folder open. He closed it, not quickly. He asked if I wanted noodles. He paid."

FILE NOTE: She made no report. People stay late in that building, she said, and he always paid for noodles.`,
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
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'return-handler-pressure',
      chapter: 'return',
      kind: 'message',
      title: 'Cameras on the fourth floor',
      date: 'March to May 2020',
      place: 'Beijing',
      body: `ALDER: Borders are shut. Everything comes through here now.
ALDER: What you sent has been read in the right places.
ALDER: Next, the new personnel list for the bureau. Before the summer.
WANG: There are new cameras on the fourth floor since March.
ALDER: There were always cameras. Now you have noticed them.
WANG: And a new security officer, who asks people about their holidays.
ALDER: Then tell him about your holidays. The list, before the summer.

FILE NOTE: The cameras were not new. The security officer was.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'return-keep-going',
          label: 'Promise the list before the summer',
          to: 'cho-first-ask',
          effects: [
            { add: 'evidence', value: 1 },
            { add: 'money', value: 10 },
          ],
        },
        {
          id: 'return-say-watched',
          label: 'Tell them he is being watched, and that he wants to stop',
          to: 'return-dropped',
          when: { var: 'suspicion', op: '>=', value: 3 },
          lockedHint:
            'Nothing he has seen says anyone is watching him; it would sound like an excuse, because it would be one.',
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
      title: 'Soon',
      date: 'April 2018 to September 2020',
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

FILE NOTE: From the same source. Weeks pass between these lines; the gaps grow longer, and ALDER's messages shorter. No cabinets were moved on the fourth floor in this period. The subject, asked about it, said he had needed something to say.`,
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
          label: 'Send something small from memory, to keep them patient',
          to: 'return-memory-notes',
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
      title: 'Retainer, four months',
      date: 'October 2020 to January 2021',
      place: 'London (payer)',
      body: `LARKSPUR ADVISORY LTD — payments to WANG, account in London
Retainer, October 2020 | £2,500
Retainer, November 2020 | £2,500
Retainer, December 2020 | £2,500
Retainer, January 2021 | £2,500
TOTAL | £10,000

FILE NOTE: From the London bank statement, obtained later. By the subject's own account, nothing was sent to the British side in these four months. The references on the payments read "research retainer". They did not change when there was nothing to research.`,
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
      title: 'Undelivered',
      date: 'March 2021',
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
        summary:
          'Wang took the retainers, promised material, and never sent a page. When the messages stopped, so did the money, and the phone went into a canal. The investigators who later found the account in London could prove that he was paid, but not for what: nothing in this file shows that a single page left his institution.',
      },
    },
    {
      id: 'return-dropped',
      chapter: 'return',
      kind: 'message',
      title: 'Good luck',
      date: 'September 2020',
      place: 'Beijing',
      body: `ALDER: Understood.
ALDER: Destroy the handset. Do not use this channel or the number you were given again.
ALDER: Good luck.

[Channel closed by the sender.]

FILE NOTE: The last three messages, as the subject wrote them out for investigators when they reached his door, years later. He had destroyed the handset as he was told. The British side was not heard from again. Whatever it had from him, it kept; whatever it had promised him, it did not mention.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'dropped',
        title: 'Good Luck',
        verdict: 'DROPPED BY HIS HANDLERS — NOT CHARGED',
        summary:
          'Once Wang cost more than he was worth, in risk or in money, his handlers closed the channel in three lines and never spoke to him again. When investigators reached him years later, the handset was gone and London was silent: the file shows an account abroad and a man who will not say what it paid for. It is closed without charge, and not forgotten; somewhere there is a second file on him, in London, that he will never read.',
      },
    },
  ],
});
