import { chapter } from '../../story/define';

/**
 * Chapter 8, The Case (2023-2024). The alleged path: F12 (a significant espionage case, two moles,
 * under investigation) and F13 (the ministry's public profile and its appeal to all members of
 * society; the claims cannot be checked). Endings: `confession`, `both-arrested`, `turned`, `alone`.
 * Doors opened earlier: the emergency number (chapters 4-5), doubt (the confession), keptRecords
 * (the ministry turns him), evidence and choRecruited (whether Cho is cleared).
 */
/** Whether his word can keep Cho out of the file: easier if she never agreed, never if the file is thick. */
const SHIELD_CHO = {
  any: [
    {
      all: [
        { var: 'choRecruited', op: '==', value: false },
        { var: 'evidence', op: '<=', value: 5 },
      ],
    },
    { var: 'evidence', op: '<=', value: 3 },
  ],
} as const;

export const theCase = chapter({
  id: 'case',
  number: 8,
  title: 'The Case',
  period: '2023-2024',
  ambience: 'case',
  passages: [
    {
      id: 'case-opened',
      chapter: 'case',
      kind: 'memo',
      title: 'Request to open a case',
      date: '17 April 2023',
      sortDate: '2023-04-17',
      place: 'Beijing',
      body: [
        `TO: Director, [[bureau withheld]]
FROM: Counter-espionage investigation division
RE: Request to open case [[2023-0417]] — WANG and associates

`,
        'Records from a London bank show an account in WANG’s name, paid monthly since 2016 by London research firms. A handset near his home connects for minutes at a time and sends encrypted traffic abroad through a weather application.',
        {
          first: [
            {
              when: { var: 'choRecruited', op: '==', value: true },
              text: ' A second handset, near his wife’s agency, does the same.',
            },
            {
              when: { var: 'choFee', op: '>=', value: 2 },
              text: ' An account in Hong Kong in his wife’s name has received payments from London; her agency’s records show nothing to explain them.',
            },
          ],
        },
        `

I request authority to observe him and examine his accounts, travel and associates, including his wife, CHO.

APPROVED. [[signature withheld]]

FILE NOTE: Page one of a significant espionage case, and the first day of its investigation.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F12'] },
      choices: [
        {
          id: 'case-carry-on',
          label: 'Carry on as if nothing has changed',
          to: 'case-surveillance',
        },
        {
          id: 'case-destroy-everything',
          label: 'Notice the new faces in the canteen, and destroy the phone and every page he kept',
          to: 'case-surveillance',
          effects: [
            { add: 'suspicion', value: 1 },
            { set: 'keptRecords', value: false },
          ],
        },
        {
          id: 'case-call-the-number',
          label: 'Ring the London number he was made to learn',
          to: 'case-emergency-call',
        },
      ],
    },
    {
      id: 'case-emergency-call',
      chapter: 'case',
      kind: 'transcript',
      title: 'Call from a public telephone, operator’s recording',
      date: '3 August 2023',
      sortDate: '2023-08-03',
      place: 'A public telephone, Beijing',
      body: `[23:02] VOICE: Hello?
[23:02] WANG: I have a parcel for Mr Hale.
[23:02] VOICE: Sorry?
[23:02] WANG: It's me. From London. I was told to ring this number if anything happened.
[23:02] VOICE: Who is speaking?
[23:03] WANG: Something has happened. There are people at work I have never seen. There is a car.
[23:03] VOICE: I think you have the wrong number.
[23:03] WANG: Please.
[23:04] VOICE: Wait for instructions.
[23:04] [Call ends.]

FILE NOTE: The call was placed from a public telephone in a station concourse and recorded by the operator at this office's request. The London number was disconnected within the week. No instructions came.`,
      provenance: { kind: 'invented', note: 'The promise is alleged (F8); what became of it is invented.' },
      choices: [
        {
          id: 'case-wait-for-instructions',
          label: 'Do as the voice says, and wait',
          to: 'case-surveillance',
          effects: [{ add: 'doubt', value: 2 }],
        },
        {
          id: 'case-try-to-leave',
          label: 'Ask for his passport back for a family holiday abroad, and buy the tickets',
          to: 'case-border',
          when: { var: 'choTrust', op: '>=', value: 5 },
          lockedHint: 'A family holiday needs a wife who will get on the plane with him, and Cho would not.',
        },
      ],
    },
    {
      id: 'case-border',
      chapter: 'case',
      kind: 'travel-record',
      title: 'Application to withdraw a passport from custody',
      date: '8 August 2023',
      sortDate: '2023-08-08',
      place: 'Beijing',
      body: `APPLICATION FOR RELEASE OF PASSPORT FROM UNIT CUSTODY
Applicant: WANG, section [[withheld]]
Destination: Bangkok, Thailand
Purpose: family holiday, ten days
Travel dates: 20 to 30 August 2023
Accompanied by: spouse

DECISION: REFUSED. Reason: not stated.

NOTE ADDED THE SAME DAY, counter-espionage investigation division: "The subject has applied to leave the country, with his wife, for the first time since his return in 2017. The tickets were bought before the application was made. Recommend that the timetable be brought forward."`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'case-go-home-and-wait',
          label: 'Go home and wait for them',
          to: 'case-arrest',
          effects: [{ add: 'evidence', value: 2 }],
        },
        {
          id: 'case-walk-in-from-border',
          label: 'Go, before they come, to the ministry’s public reception, and confess',
          to: 'case-confession',
          when: { var: 'doubt', op: '>=', value: 5 },
          lockedHint: 'He is still thinking of ways out, not of ways in.',
        },
      ],
    },
    {
      id: 'case-surveillance',
      chapter: 'case',
      kind: 'surveillance-log',
      title: 'Observation log, team 3',
      date: '11 August 2023',
      sortDate: '2023-08-11',
      place: 'Beijing',
      body: `07:42 Subject leaves home with CHO. They take different metro lines.
12:15 Canteen. Eats alone. Checks phone three times; does not type.
18:05 Leaves on foot. Six minutes at a shop window, watching the reflection.
18:40 Ritan Park, east side. Sits on bench 14.
18:52 Unknown male sits on bench 13. Reads. No contact observed.
19:06 Subject leaves. Unknown male photographed.
19:41 Subject buys fruit. Goes home.

FILE NOTE: The man on bench 13, [[withheld]], a foreign national, left China on 14 August. Whose idea the meeting was, the log cannot say.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'case-keep-appointment',
          label: 'Go back to the bench on Thursday, as arranged, and leave the package',
          to: 'case-public-appeal',
          effects: [
            { add: 'evidence', value: 2 },
            { set: 'benchThursday', value: 1 },
          ],
        },
        {
          id: 'case-miss-appointment',
          label: 'Stay away from the park',
          to: 'case-public-appeal',
          effects: [
            { add: 'doubt', value: 1 },
            { set: 'benchThursday', value: 2 },
          ],
        },
        {
          id: 'case-lose-the-watchers',
          label: 'Lose the watchers as he was taught in England, then make the drop',
          to: 'case-public-appeal',
          when: { var: 'suspicion', op: '<=', value: 3 },
          lockedHint: 'There are too many of them now, and they are better at this than the instructors were.',
          effects: [
            { add: 'evidence', value: 1 },
            { set: 'benchThursday', value: 3 },
          ],
        },
      ],
    },
    {
      id: 'case-public-appeal',
      chapter: 'case',
      kind: 'message',
      title: 'Post from the ministry’s official account',
      date: '20 August 2023',
      sortDate: '2023-08-20',
      place: 'WeChat',
      body: [
        `POST, OFFICIAL ACCOUNT OF THE MINISTRY OF STATE SECURITY. Captured from the subject's phone.

[Picture: a young man at an airport gate, a long shadow behind him.]

The post tells of students approached abroad, of well-paid consulting, and of the training that follows. Those who come forward of their own accord, it says, will be treated with leniency. It closes with the account's appeal to all members of society to join the fight against foreign intrusion.

[100,000+ reads. Shared by state media.]

FILE NOTE:`,
        {
          first: [
            {
              when: { var: 'benchThursday', op: '==', value: 1 },
              text: ' On 17 August he left a bag under bench 14. It was gone within the hour.',
            },
            {
              when: { var: 'benchThursday', op: '==', value: 2 },
              text: ' On Thursday 17 August he did not go to the park. Bench 14 was watched until dark, and nobody came to it.',
            },
            {
              when: { var: 'benchThursday', op: '==', value: 3 },
              text: ' On Thursday 17 August team 3 lost him for forty minutes between two metro stations. When they found him again his hands were empty, and bench 14 had been cleared.',
            },
          ],
        },
        ' The account opened this month. His phone opened the post at 23:48, and again at 02:10.',
      ],
      provenance: { kind: 'dramatization', facts: ['F13'] },
      choices: [
        {
          id: 'case-walk-in',
          label: 'In the morning, walk into the ministry’s public reception and confess',
          to: 'case-confession',
          when: { var: 'doubt', op: '>=', value: 5 },
          lockedHint: 'He has not lost enough sleep yet to walk through that door.',
        },
        {
          id: 'case-show-cho',
          label: 'Wake Cho, show her the post, and ask what she would do',
          to: 'case-cho-reads',
          when: { var: 'choTrust', op: '>=', value: 5 },
          lockedHint: 'They have not talked about anything that matters for a long time.',
        },
        {
          id: 'case-close-the-app',
          label: 'Close the application and lie awake until it is light',
          to: 'case-arrest',
        },
      ],
    },
    {
      id: 'case-cho-reads',
      chapter: 'case',
      kind: 'interview-note',
      title: 'Statement of Cho: two in the morning',
      date: 'Taken later; events of the night of 20 to 21 August 2023',
      sortDate: '2023-08-21',
      place: 'Beijing',
      body: [
        `CHO: "He woke me at two and held the phone in front of my face. I read it twice. I said: they already know, don't they. He said he didn't know. That meant yes.`,
        {
          first: [
            {
              when: { var: 'choRecruited', op: '==', value: true },
              text: `

"I said: then we go, both of us, before they come. I have a handset too. I will carry it in myself and put it on their desk.`,
            },
            {
              text: `

"I said: then go. Go before they come. I will come with you to the door and I will wait outside, and whatever I am asked, I will answer.`,
            },
          ],
        },
        `

"He sat on the edge of the bed until it was light. I don't know what he was deciding. I know what I would have decided."`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'case-go-in-with-her',
          label: [
            {
              first: [
                {
                  when: { var: 'choRecruited', op: '==', value: true },
                  text: 'Go in the morning, with Cho beside him',
                },
                { text: 'Go in the morning, with Cho waiting outside' },
              ],
            },
          ],
          to: 'case-confession',
          when: { var: 'doubt', op: '>=', value: 3 },
          lockedHint: 'He still believes, somewhere, that London will come for him.',
        },
        {
          id: 'case-tell-her-he-cannot',
          label: 'Tell her he cannot, and ask her to go back to sleep',
          to: 'case-arrest',
        },
      ],
    },
    {
      id: 'case-arrest',
      chapter: 'case',
      kind: 'surveillance-log',
      title: 'Detention, log of the arresting team',
      date: '6 September 2023',
      sortDate: '2023-09-06',
      place: 'The couple’s flat, Beijing',
      body: [
        `06:12 Knock. No answer.
06:13 Second knock. Door opened by CHO.
06:14 WANG in the kitchen, dressed. Does not resist. Asks to put on his shoes. Permitted.
06:41 Hall cupboard: a sports bag, contents sealed separately.
`,
        {
          when: { var: 'choRecruited', op: '==', value: true },
          text: `06:50 Bedroom: a coat belonging to CHO, a dry-cleaning ticket in its pocket. Sealed.
`,
        },
        `06:58 WANG to vehicle 2. CHO remains with two officers.
07:30 Search ends. Items sealed: [[number withheld]].

FILE NOTE: In a public statement this would be a case solved. Here it is a man asking for his shoes.`,
      ],
      provenance: {
        kind: 'invented',
        note: 'The report tells of no arrest: it says the case was solved and is being investigated. This detention is invented.',
      },
      choices: [
        {
          id: 'case-sit-down',
          label: 'Sit down across the table from them',
          to: 'case-interrogation',
        },
      ],
    },
    {
      id: 'case-interrogation',
      chapter: 'case',
      kind: 'transcript',
      title: 'First interview after detention, transcript',
      date: '6 September 2023',
      sortDate: '2023-09-06',
      place: 'Beijing',
      body: [
        `[10:02] INVESTIGATOR: You know why you are here.
[10:02] WANG: I can guess.
[10:02] INVESTIGATOR: Don't guess. We have the application, the Larkspur invoices, the account in London, the badge records, and your evenings.
[10:04] WANG: Then you don't need me.
`,
        {
          first: [
            {
              when: { var: 'choRecruited', op: '==', value: true },
              text: `[10:04] INVESTIGATOR: We need the order of things. And we need your wife: a second handset that wakes near her office, and a ticket from her coat.
[10:05] WANG: My wife —
[10:05] INVESTIGATOR: Has her own chair, down the corridor.`,
            },
            {
              when: { var: 'choFee', op: '>=', value: 2 },
              text: `[10:04] INVESTIGATOR: We need the order of things. And we need to know about an account in Hong Kong, in your wife's name.
[10:05] WANG: My wife —
[10:05] INVESTIGATOR: Says she never signed for it. One of you is lying.`,
            },
            {
              text: `[10:04] INVESTIGATOR: We need the order of things. And we need to know what your wife knew, and since when.
[10:05] WANG: My wife —
[10:05] INVESTIGATOR: We will come to her.`,
            },
          ],
        },
        ' Take your time. We have a great deal of it, and now so do you.',
      ],
      provenance: {
        kind: 'invented',
        note: 'The report tells of no arrest and no interrogation; this one is invented.',
      },
      choices: [
        {
          id: 'case-tell-everything',
          label: 'Tell them everything, in order, and let it fall on whoever it falls on',
          to: 'case-both-arrested',
        },
        {
          id: 'case-shield-cho',
          label: 'Answer everything about himself, and swear that Cho knew nothing',
          to: 'case-cho-questioned',
          when: SHIELD_CHO,
          lockedHint: 'The file already holds too much for his word about her to outweigh it.',
        },
        {
          id: 'case-offer-records',
          label: 'Offer them his own copies of everything he ever handed over',
          to: 'case-offer-to-turn',
          when: { var: 'keptRecords', op: '==', value: true },
          lockedHint: 'He has no copies of his own left to bargain with.',
        },
      ],
    },
    {
      id: 'case-cho-questioned',
      chapter: 'case',
      kind: 'interview-note',
      title: 'Interviews with Cho, summary',
      date: 'Written 1 December 2023',
      sortDate: '2023-12-01',
      place: 'Beijing',
      body: [
        `Interviewed on nine days between September and November. Answers every question slowly, and the same way on the ninth day as on the first.

Her own accounts show her salary and her mother's medical bills.`,
        {
          first: [
            {
              when: { var: 'choFee', op: '>=', value: 2 },
              text: ' The account in Hong Kong in her name was opened with signatures that are not hers.',
            },
            {
              when: { var: 'choRecruited', op: '==', value: true },
              text: ' An account abroad in her name exists; the signature on its opening papers is too poor a copy to compare.',
            },
          ],
        },
        ` Her agency's access records show nothing outside her duties.`,
        {
          when: { var: 'choRecruited', op: '==', value: true },
          text: ' A dry-cleaning ticket from her coat proves nothing by itself, and the second handset was never found.',
        },
        ` Her husband, in every interview, has said she knew nothing of his work, and has not changed a word of it.

Asked what she would like the investigators to understand: "That I married him. That is all I did that you can write down."

Investigating officer's note: Nothing here we could put before a prosecutor. Either she is what she says she is, or he has kept her out of it very well. Recommend no further action.`,
      ],
      provenance: {
        kind: 'invented',
        note: 'A branch the report does not have: in its account both were found out.',
      },
      choices: [
        {
          id: 'case-sign-his-statement',
          label: 'Sign his statement, with her name nowhere in it',
          to: 'case-alone',
        },
      ],
    },
    {
      id: 'case-alone',
      chapter: 'case',
      kind: 'memo',
      title: 'Conclusion on CHO: no further action',
      date: '4 December 2023',
      sortDate: '2023-12-04',
      place: 'Beijing',
      body: `TO: Case file [[2023-0417]]
FROM: Counter-espionage investigation division
RE: CHO — conclusion

No evidence has been found that CHO acted for a foreign intelligence service or knew of her husband's activities. No further action. Her agency has been informed that she is not a subject of this case. Her clearance is suspended pending its review, which has no date.

The case against WANG continues. He is held alone. His statement, signed on [[date withheld]], runs to forty pages and does not mention her once except as the person he lives with.`,
      provenance: {
        kind: 'invented',
        note: 'A branch the report does not have; nor does it tell of any arrest, of one or of two.',
      },
      choices: [],
      ending: {
        id: 'alone',
        title: 'One Name on the Cover',
        verdict: 'ONE ARREST — THE WIFE CLEARED',
        summary: [
          'Wang was arrested alone. Cho was questioned for three months, her accounts and her agency’s records were gone through, and nothing in the file reached her; she went back to a desk with no clearance under a cloud that no document records.',
          {
            first: [
              {
                when: { var: 'choRecruited', op: '==', value: true },
                text: ' She had agreed, and had passed material of her own; his forty pages kept it out of the file. If the ministry ever announces this case, it will have one mole in it, and there were two.',
              },
              {
                when: { var: 'choFee', op: '>=', value: 2 },
                text: ' The account he had opened in her name was put down to him, as it should have been. If the ministry ever announces this case, it will have one mole in it, not two.',
              },
              { text: ' If the ministry ever announces this case, it will have one mole in it, not two.' },
            ],
          },
        ],
      },
    },
    {
      id: 'case-offer-to-turn',
      chapter: 'case',
      kind: 'memo',
      title: 'Proposal: controlled continuation',
      date: '14 September 2023',
      sortDate: '2023-09-14',
      place: 'Beijing',
      body: `TO: Director, [[bureau withheld]]
FROM: Counter-espionage investigation division
RE: WANG — proposal to continue contact under our control

The subject has handed over his own copies of what he gave the British side: [[description withheld]], kept against his instructions. For the first time we know, page by page, what London holds.

His handset has been silent for eight days. The British side will notice a ninth.

Proposal: the subject resumes contact at once, under our direction. Every message he sends will be written here. What London receives from now on will be what we choose.

APPROVED, with conditions. [[signature withheld]]`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'case-accept-terms',
          label: 'Accept their terms, and switch the handset back on',
          to: 'case-double-game',
        },
      ],
    },
    {
      id: 'case-double-game',
      chapter: 'case',
      kind: 'message',
      title: 'Messages sent under direction',
      date: '15 September to December 2023',
      sortDate: '2023-09-15',
      place: 'Beijing',
      body: `WANG: Sorry for the silence. Flu, then an inspection. All fine now.
ALDER: Good to hear from you. We were worried.
WANG: I have the new personnel list.
ALDER: Send it.
WANG: Sent. More next month. They are moving my section.
ALDER: This is excellent. London is very pleased.

FILE NOTE: Every message from WANG in this period was drafted by [[officer withheld]] and typed by the subject under supervision. The personnel list was real. Some of the names on it were not.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'case-play-it-straight',
          label: 'Type exactly what they write, word for word',
          to: 'case-turned',
        },
        {
          id: 'case-slip-warning',
          label: 'Slip the danger phrase from his training into a message: it is raining in Shenzhen',
          to: 'case-warning-caught',
        },
      ],
    },
    {
      id: 'case-warning-caught',
      chapter: 'case',
      kind: 'memo',
      title: 'Memo: controlled continuation ended',
      date: '20 November 2023',
      sortDate: '2023-11-20',
      place: 'Beijing',
      body: `TO: Director, [[bureau withheld]]
FROM: Counter-espionage investigation division
RE: WANG — controlled continuation terminated

On 19 November the subject's message to the British side included the words "raining in Shenzhen", which did not appear in the draft he was given. The British side has not replied since, and will not.

The continuation is terminated. The subject returns to ordinary procedure. Interviews resume tomorrow. The first questions will be about his wife.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'case-tell-it-all-now',
          label: 'Tell them everything now, Cho and all, since nothing else is left',
          to: 'case-both-arrested',
        },
        {
          id: 'case-shield-cho-again',
          label: 'Tell them everything about himself, and swear again that Cho knew nothing',
          to: 'case-cho-questioned',
          when: SHIELD_CHO,
          lockedHint: 'The file already holds too much for his word about her to outweigh it.',
        },
      ],
    },
    {
      id: 'case-turned',
      chapter: 'case',
      kind: 'receipt',
      title: 'Payments from London, held on account',
      date: '10 January 2024',
      sortDate: '2024-01-10',
      place: 'Beijing',
      body: `HELD ON ACCOUNT — COUNTER-ESPIONAGE INVESTIGATION DIVISION — CASE [[2023-0417]]
Retainer from London, October 2023 | £2,500
Retainer from London, November 2023 | £2,500
Retainer from London, December 2023 | £2,500
Payment for "the new personnel list" | £4,000
TOTAL | £11,500

FILE NOTE: The subject continues to correspond with the British side under our direction. London's requests tell us what London lacks; its payments arrive as before and are held, as above. No public statement is recommended. Any announcement would end what the case is now for. The case remains open.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'turned',
        title: 'Under Direction',
        verdict: 'TURNED — CASE KEPT OPEN',
        summary: [
          'The copies Wang kept against orders bought him a role instead of a cell: he went on writing to his handlers in words the ministry chose, and the payments went on arriving into an account he no longer controls.',
          {
            first: [
              {
                when: { var: 'choRecruited', op: '==', value: true },
                text: ' Cho’s own handset is held with his, switched off; London has been told she is frightened, and what becomes of her is for a later page.',
              },
              { text: ' Cho, who never agreed to anything, is recorded as his wife and nothing more.' },
            ],
          },
          ' Nothing about him has been announced. Whether London believes a word of it is not in this file, nor in any file anyone here can read.',
        ],
      },
    },
    {
      id: 'case-confession',
      chapter: 'case',
      kind: 'memo',
      title: 'Duty officer’s note of a walk-in, public reception',
      date: '21 August 2023',
      sortDate: '2023-08-21',
      place: 'Beijing',
      body: [
        `TO: Case file [[2023-0417]]
FROM: Duty officer, public reception
RE: A member of the public reporting himself

At 08:20 a man presented himself at the public reception, gave his name as WANG and his place of work, and said he wished to report himself "under the appeal". He had with him [[items withheld]] and a written account of nineteen pages, dated and signed.

He asked two questions: whether his wife would be told that he had come of his own accord, and whether the appeal's promise of leniency was written down anywhere. He was told yes to the first.

He was transferred to the investigation division at 09:05. The division had opened a case on him in April.`,
        {
          first: [
            {
              when: {
                all: [
                  { visits: 'case-cho-reads', op: '>=', value: 1 },
                  { var: 'choRecruited', op: '==', value: true },
                ],
              },
              text: '\n\nHis wife, CHO, came in with him, put a second handset on the desk and asked to make a statement of her own.',
            },
            {
              when: { visits: 'case-cho-reads', op: '>=', value: 1 },
              text: '\n\nA woman who gave her name as CHO waited on the steps outside until 11:40, and then asked to be interviewed too.',
            },
          ],
        },
      ],
      provenance: {
        kind: 'invented',
        note: 'A branch the report does not have: in its account the ministry found him.',
      },
      choices: [],
      ending: {
        id: 'confession',
        title: 'The Public Reception',
        verdict: 'SURRENDERED — LENIENCY SOUGHT',
        summary: [
          'Wang answered the ministry’s appeal to all members of society and walked in before he was brought in. His nineteen pages became the spine of the file: dates, sums, names, the telephone, the training.',
          {
            first: [
              {
                when: {
                  all: [
                    { visits: 'case-cho-reads', op: '>=', value: 1 },
                    { var: 'choRecruited', op: '==', value: true },
                  ],
                },
                text: ' Cho, who had agreed, walked in beside him with her own handset and her own statement.',
              },
              {
                when: { var: 'choRecruited', op: '==', value: true },
                text: ' They name Cho too, and her handset; she had agreed, and he did not leave her out.',
              },
              {
                when: { visits: 'case-cho-reads', op: '>=', value: 1 },
                text: ' Cho, who had never agreed to anything, waited outside on the steps.',
              },
              { text: ' Cho is in them only as his wife.' },
            ],
          },
          ' What leniency he receives is not recorded here. The case is being investigated, and the official account has the kind of story its appeal asks for: a man who came forward of his own accord.',
        ],
      },
    },
    {
      id: 'case-both-arrested',
      chapter: 'case',
      kind: 'memo',
      title: 'Draft statement for the official account',
      date: 'Approved for release, 2024',
      sortDate: '2024',
      place: 'Beijing',
      body: [
        `TO: Publicity office
FROM: Counter-espionage investigation division
RE: Case [[2023-0417]] — public statement

`,
        {
          first: [
            {
              when: { var: 'choRecruited', op: '==', value: true },
              text: 'Both subjects are now named in this file.',
            },
            {
              when: { var: 'choFee', op: '>=', value: 2 },
              text: 'Both subjects are now named in this file. It holds one agent, WANG. CHO is named because an account in her name was paid by the British side; she says she never opened it, and nothing from her desk has been found.',
            },
            {
              text: 'Both subjects are now named in this file. It holds one agent, WANG. CHO is named because she is his wife and works at a central agency, and because the British side pressed him to bring her in; nothing in the file shows that she ever acted for it.',
            },
          ],
        },
        ` For the official account, the division proposes a statement in these terms, and no more:

1. A "significant espionage case" involving MI6 has been solved.
2. Two critical moles "placed by the British side in our ranks" have been found: WANG, of a central government body, in a post with "access to critical classified information"; and his wife, CHO, of a "central" government agency.
3. How he was drawn in: a study place "quickly approved"; dinners and tours to learn his "characteristic weaknesses and personal interests"; a "strong desire for money"; consulting; training; the return home; double the money for his wife.
4. The case is being investigated.

Names beyond the surnames, the bodies they worked for, and every document in this file are withheld.`,
        {
          when: { var: 'choRecruited', op: '==', value: false },
          text: '\n\nThe division notes that point 2 says more than this file holds of CHO. The statement is approved as drafted.',
        },
        `

CLIPPED BELOW, 2024: a foreign news report of the statement, printed for this file. It sets the statement amid accusations of spying that the two countries have been trading; says that statements of this kind cannot be verified by their nature, and serve the ministry's public image; and says that it asked the British Foreign Office for comment. It prints no reply.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F12', 'F13'] },
      exhibit: { id: 'press-statement', label: 'The ministry’s statement, as published' },
      choices: [],
      ending: {
        id: 'both-arrested',
        title: [
          {
            first: [
              { when: { var: 'choRecruited', op: '==', value: true }, text: 'Two Moles' },
              { text: 'Two Moles, on Paper' },
            ],
          },
        ],
        verdict: 'TWO NAMED — UNDER INVESTIGATION',
        summary: [
          {
            first: [
              {
                when: { var: 'choRecruited', op: '==', value: true },
                text: 'Wang told them everything, in order, and it fell on Cho too: she had agreed, and her part was in the file beside his. The file holds both names, and the ministry’s public statement tells their story: a significant espionage case, two moles, an exchange, dinners, consulting, training, a return home, a wife brought in for double the money.',
              },
              {
                when: { var: 'choFee', op: '>=', value: 2 },
                text: 'Wang told them everything, in order, including the account he had opened in Cho’s name and filled with her fee. She had said no to London; the file holds one agent and an account in his wife’s name, and the ministry’s public statement speaks of two moles all the same: a significant espionage case, an exchange, dinners, consulting, training, a return home, a wife brought in for double the money.',
              },
              {
                text: 'Wang told them everything, in order, and it fell on Cho too, though she had never agreed to anything. The file holds one agent and his wife; the ministry’s public statement speaks of two moles all the same: a significant espionage case, an exchange, dinners, consulting, training, a return home, a wife brought in for double the money.',
              },
            ],
          },
          ' A foreign news report relayed it, among accusations of spying traded both ways, and asked London for comment. The case is being investigated.',
        ],
      },
    },
  ],
});
