import { chapter } from '../../story/define';

/**
 * Chapter 5, Training (2017). The alleged path: F9 (he agreed, was trained, was told to go home
 * and gather information). Branches: the security guarantee and its emergency number (read again
 * in chapter 8), a night in London, and the one ending of this chapter, `defected`.
 */
export const training = chapter({
  id: 'training',
  number: 5,
  title: 'Training',
  period: '2017',
  ambience: 'drone-tight',
  passages: [
    {
      id: 'training-safehouse',
      chapter: 'training',
      kind: 'memo',
      title: 'Memo on the rented house',
      date: '2 to 19 November 2017',
      sortDate: '2017-11-02',
      place: 'A rented house, southern England',
      body: `TO: Case file
FROM: Analysis section, counter-espionage investigation division
RE: WANG — period of instruction, November 2017

From 2 to 19 November 2017 his telephone connected to no network. A booking in his email names a rented house outside [[a market town in the south of England]], paid for by a company with no staff.

Having agreed, he received intelligence training in that house, and was told to return to China to gather information.

What follows rests on his own statements and material recovered later.`,
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'training-take-the-course',
          label: 'Sit down at the kitchen table and learn what they teach',
          to: 'training-lesson-comms',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'training-keep-notebook',
          label: 'Learn it, and keep a notebook of his own that they do not know about',
          to: 'training-lesson-comms',
          effects: [
            { set: 'keptRecords', value: true },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'training-ask-if-caught',
          label: 'Before anything else, ask what happens to him if he is caught',
          to: 'training-guarantees',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'training-guarantees',
      chapter: 'training',
      kind: 'transcript',
      title: 'The security guarantee, reconstructed from his account',
      date: '3 November 2017',
      sortDate: '2017-11-03',
      place: 'A rented house, southern England',
      body: `[09:12] WANG: Before we start. If it goes wrong at home, what happens to me?
[09:12] INSTRUCTOR: It won't go wrong if you do what we practise this week.
[09:13] WANG: That is not an answer.
[09:13] INSTRUCTOR: There is a number. If you were given a card in London, it is the same number. You learn it by heart and you never write it down. You ring it, you say you have a parcel for Mr Hale, and you wait.
[09:14] WANG: Wait for what?
[09:14] INSTRUCTOR: For us. We look after our people. That was promised to you in London, and it stands.
[09:15] WANG: Would you put that in writing?
[09:15] INSTRUCTOR: Nobody in this house puts anything in writing. That includes you.

FILE NOTE: No recording exists. Reconstructed from the subject's own account of [[date withheld]]. He could still recite the number without hesitation.`,
      provenance: { kind: 'invented', note: 'The report mentions security guarantees, not how they were given.' },
      choices: [
        {
          id: 'training-learn-the-number',
          label: 'Learn the number by heart, and let the question go',
          to: 'training-lesson-comms',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'training-write-the-number',
          label: 'Write the number down that night, against instructions, with the date and what was promised',
          to: 'training-lesson-comms',
          effects: [
            { set: 'keptRecords', value: true },
            { add: 'evidence', value: 1 },
          ],
        },
      ],
    },
    {
      id: 'training-lesson-comms',
      chapter: 'training',
      kind: 'transcript',
      title: 'Instruction in communications, reconstructed',
      date: '4 November 2017',
      sortDate: '2017-11-04',
      place: 'A rented house, southern England',
      body: `[10:30] INSTRUCTOR: This telephone is for us and nothing else. It lives switched off, away from home and office.
[10:31] INSTRUCTOR: A locker at a swimming pool, say. When you have something, switch it on elsewhere, open the weather application, and type where the city goes.
[10:33] INSTRUCTOR: To anyone looking, a man checking the forecast.
[10:35] INSTRUCTOR: If anyone stands behind you while you type, say it is raining in Shenzhen. We will know.
[10:37] INSTRUCTOR: Again. From switching it on.`,
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'training-drill-until-automatic',
          label: 'Drill it until his hands do it without him',
          to: 'training-phone',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'drilledWeatherApp', value: true },
          ],
        },
        {
          id: 'training-skim-the-drill',
          label: 'Tell them he has it, and stop practising early',
          to: 'training-phone',
          effects: [{ add: 'suspicion', value: 1 }],
        },
      ],
    },
    {
      id: 'training-phone',
      chapter: 'training',
      kind: 'receipt',
      title: 'Receipt for a telephone, paid in cash',
      date: '6 November 2017',
      sortDate: '2017-11-06',
      place: 'A phone shop, southern England',
      body: [
        `MOBILE CENTRE, [[HIGH STREET ADDRESS]]
Handset, basic, black | £39
SIM card, pay as you go | £10
Top-up voucher | £20
TOTAL | £69

Paid cash. No name taken.

FILE NOTE: Kept by the subject against instructions, with the SIM card's sleeve, in the lining of a passport cover. An instructor stood beside him at the counter, silent.`,
        {
          first: [
            {
              when: { var: 'drilledWeatherApp', op: '==', value: true },
              text: ' Outside, unasked, he set it up in under a minute.',
            },
            {
              text: ' Outside, asked to set it up, he opened the wrong application twice. The instructor showed him again, slowly.',
            },
          ],
        },
      ],
      provenance: { kind: 'dramatization', facts: ['F9'] },
      exhibit: { id: 'sim-card', label: 'Prepaid SIM card in a paper sleeve, bought in England, 2017' },
      choices: [
        {
          id: 'training-carry-the-phone',
          label: 'Carry the handset home in his own luggage',
          to: 'training-countersurveillance',
          effects: [
            { set: 'carriedHandset', value: true },
            { add: 'suspicion', value: 1 },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'training-leave-the-phone',
          label: 'Leave it with them, and collect another from a hiding place at home',
          to: 'training-countersurveillance',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
      ],
    },
    {
      id: 'training-countersurveillance',
      chapter: 'training',
      kind: 'surveillance-log',
      title: 'Counter-surveillance exercise, his log',
      date: '9 November 2017',
      sortDate: '2017-11-09',
      place: 'A market town, southern England',
      body: `13:02 Leave house. Rain.
13:20 Bus to the centre. Man in green coat boards after me, sits behind.
13:41 Market square. Green coat at the cash machine. No card in his hand.
13:55 Bookshop window. Woman with pushchair, also at bus stop earlier.
14:03 Pushchair is empty.
14:10 Church. Nobody follows in.
14:26 Side door. Green coat at bus shelter, reading nothing.
14:40 Café by the station. Write this up.

FILE NOTE: The subject's own log, from his notebook or from memory; he has said both.`,
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'training-name-the-followers',
          label: 'Name both followers at the debrief, with times',
          to: 'training-instructions',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'followersNamed', value: 2 },
          ],
        },
        {
          id: 'training-miss-the-second',
          label: 'Name the man in the green coat and leave out the woman with the empty pushchair',
          to: 'training-instructions',
          effects: [
            { add: 'suspicion', value: 1 },
            { set: 'followersNamed', value: 1 },
          ],
        },
        {
          id: 'training-walk-to-station',
          label: 'Leave the route, buy a ticket at the station, and take the next train to London',
          to: 'training-london-night',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'training-london-night',
      chapter: 'training',
      kind: 'receipt',
      title: 'Hotel receipt, one night near Paddington',
      date: '9 November 2017',
      sortDate: '2017-11-09',
      place: 'London',
      body: `[[HOTEL NAME]], LONDON W2
Room, single, one night | £89
Telephone, outside line, 4 minutes | £3
TOTAL | £92

Paid cash.

FILE NOTE: The subject states that he called a solicitor's office that advertised help with immigration, listened to the recorded greeting, and put the receiver down without speaking. He took the 07:12 train back the next morning. Nobody at the house, he says, mentioned where he had been. He took that to mean they knew.`,
      provenance: { kind: 'invented', note: 'An invented night; the report says nothing of doubts during training.' },
      choices: [
        {
          id: 'training-take-morning-train',
          label: 'Take the morning train back to the house',
          to: 'training-instructions',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'training-call-again',
          label: 'Call the solicitor again, and this time leave his name',
          to: 'training-stay-request',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
      ],
    },
    {
      id: 'training-instructions',
      chapter: 'training',
      kind: 'memo',
      title: 'Instructions on return, from his account',
      date: '18 November 2017',
      sortDate: '2017-11-18',
      place: 'A rented house, southern England',
      body: [
        `TO: Case file
FROM: Analysis section
RE: WANG — instructions on return (subject's account)

On the last evening he repeated his tasking aloud until he needed no note: return to China to gather information, from his old post. How his institution worked: who moved, who was cut, who decided.

Nothing expected for three months. Be ordinary. Payment as before: Larkspur Advisory fees, into the London account.`,
        '\n\nIf anything went wrong, he was to ring a London number he knew by heart and say he had a parcel for Mr Hale.',
        {
          first: [
            {
              when: { var: 'followersNamed', op: '==', value: 2 },
              text: '\n\nAt the debrief he named both followers, to the minute.',
            },
            {
              when: { var: 'followersNamed', op: '==', value: 1 },
              text: '\n\nAt the debrief he named only the green coat. Asked about the pushchair, he said he had not noticed one. The instructor wrote something down.',
            },
          ],
        },
        {
          when: { visits: 'training-london-night', op: '>=', value: 1 },
          text: '\n\nNobody mentioned the night he had spent in London without leave. It was not in the tasking, and it did not need to be.',
        },
      ],
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [
        {
          id: 'training-accept-tasking',
          label: 'Repeat the tasking back, word for word',
          to: 'training-departure',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'training-ask-advance',
          label: 'Ask for an advance before he flies',
          to: 'training-departure',
          effects: [
            { add: 'money', value: 10 },
            { add: 'handlerLeverage', value: 2 },
            { set: 'tookAdvance', value: true },
          ],
        },
        {
          id: 'training-ask-to-stay',
          label: 'Ask whether he could stay in Britain instead',
          to: 'training-stay-request',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'training-stay-request',
      chapter: 'training',
      kind: 'transcript',
      title: 'Conversation on the last evening, reconstructed',
      date: '18 November 2017',
      sortDate: '2017-11-18',
      place: 'A rented house, southern England',
      body: [
        {
          when: { visits: 'training-london-night', op: '>=', value: 1 },
          text: `[21:38] INSTRUCTOR: The solicitor's office you rang on the tenth called back the number you left. It rang in this house.
[21:39] WANG: Then you know what I am going to ask.
`,
        },
        `[21:40] WANG: What if I did not go back?
[21:40] INSTRUCTOR: Then you would be a man whose student visa runs out in the spring, with no job and a wife in Beijing.
[21:41] WANG: You could help with the visa.
[21:41] INSTRUCTOR: We could. We won't. You are worth something to us there. Here you are worth nothing to anyone, and in a year you'd be worth less to yourself.
[21:42] WANG: And if I stay anyway?
[21:43] INSTRUCTOR: Then we never met, and nobody in this house remembers your name by Christmas. The money stops. What you have, you keep.
[21:44] INSTRUCTOR: Sleep on it. The car comes at six.

FILE NOTE: Reconstructed from the subject's statement.`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'training-go-home-as-agreed',
          label: 'Get in the car at six, and go home as agreed',
          to: 'training-departure',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'training-stay-anyway',
          label: 'Stay anyway, on his own money, and let them forget his name',
          to: 'training-defected',
          when: { var: 'money', op: '>=', value: 10 },
          lockedHint: 'He has not put by enough to last a season in London, and they both know it.',
        },
      ],
    },
    {
      id: 'training-departure',
      chapter: 'training',
      kind: 'travel-record',
      title: 'Boarding pass and entry record, 2017',
      date: '19 November 2017',
      sortDate: '2017-11-19',
      place: 'London Heathrow to Beijing Capital',
      body: [
        `BOARDING PASS — LHR to PEK — 19 NOV 2017 — SEAT 41C — GATE B38 — BOARDING 20:55

ENTRY RECORD, BEIJING CAPITAL INTERNATIONAL AIRPORT: 20 November 2017, 14:07. Returning resident. Nothing to declare. Baggage not inspected.

FILE NOTE: `,
        {
          first: [
            {
              when: { visits: 'training-instructions', op: '>=', value: 1 },
              text: 'He came home trained, with his tasking by heart.',
            },
            {
              text: 'He came home trained. He had never repeated the tasking back; he had asked to stay, and been told no.',
            },
          ],
        },
        {
          when: { var: 'tookAdvance', op: '==', value: true },
          text: ' An advance of £10,000 had reached the account in London the day before.',
        },
        ' Nobody at the airport had reason to look at him twice.',
      ],
      provenance: { kind: 'dramatization', facts: ['F9'] },
      choices: [{ id: 'training-board', label: 'Board the flight home', to: 'return-arrival' }],
    },
    {
      id: 'training-defected',
      chapter: 'training',
      kind: 'memo',
      title: 'Personnel office report: failure to return',
      date: '9 January 2018',
      sortDate: '2018-01-09',
      place: 'Beijing',
      body: `TO: Security office
FROM: Personnel office, [[name of the body withheld]]
RE: WANG — failure to return from study abroad

Staff member WANG, released for study in the United Kingdom, was due to report for duty on 2 January 2018. He has not reported. His wife, CHO, states that he telephoned on 20 November to say he would not be coming home, and that she has not heard from him since. His British student visa expires in March.

His post has been filled on a temporary basis. His name has been passed to the relevant department as a person of interest who has not returned. His clearance is withdrawn.

FILE NOTE, added 2019: In a letter to his wife, posted in London in 2018 and handed by her to this office, the subject described the seventeen days in the rented house. It is the only source for the pages before this one. No other action is possible at present.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'defected',
        title: 'The Man Who Stayed',
        verdict: 'NOT RETURNED — FILE DORMANT',
        summary: [
          'Wang never took the flight home.',
          {
            when: { visits: 'training-london-night', op: '>=', value: 1 },
            text: ' He had once rung a solicitor from a hotel near Paddington and put the receiver down; the second time he left his name, and it was the house that rang back.',
          },
          ' He lived on what he had been paid until it ran out, in a country whose intelligence service no longer answered his calls. Without a man to question there was no case to announce; his file stays open at home and says very little, and Cho is left to answer for a husband who did not come back.',
        ],
      },
    },
  ],
});
