import { chapter } from '../../story/define';

const dined = { visits: 'dinners-first-dinner', op: '>=', value: 1 } as const;
const toured = { visits: 'dinners-tour', op: '>=', value: 1 } as const;
const talked = { var: 'talkedAtDinner', op: '==', value: true } as const;
const envelope = { var: 'tookEnvelope', op: '==', value: true } as const;
const laptop = { var: 'tookLaptop', op: '==', value: true } as const;
/** He went to the first dinner and left it before dessert (the second invitation follows). */
const leftEarly = { all: [dined, { visits: 'dinners-second-invitation', op: '>=', value: 1 }] } as const;

/**
 * Chapter 2, Dinners and Tours (2015-2016): the invitations, what Wang lets slip, what they learn of him.
 * Alleged path: first invitation (F3) -> first dinner (F3) -> the tour (F3) -> the drive home (F4) -> assessment (F3, F4).
 * Ending here: clean-return (he declines the dinners before he has talked about his work); what it
 * says he reported is what he attended on the way.
 */
export const dinners = chapter({
  id: 'dinners',
  number: 2,
  title: 'Dinners and Tours',
  period: '2015-2016',
  ambience: 'dinner',
  passages: [
    {
      id: 'dinners-first-invitation',
      chapter: 'dinners',
      kind: 'message',
      title: 'Invitation by email, printed',
      date: '14 October 2015',
      sortDate: '2015-10-14',
      place: 'London',
      body: [
        {
          first: [
            {
              when: { var: 'answeredAlbery', op: '==', value: true },
              text: `HUGH CARROW: Dear Mr Wang, our small dining society likes to welcome visiting scholars to London. Nick Albery tells me you play chess and worry about rent. We cannot help with rent, but we do feed people.`,
            },
            {
              when: { visits: 'exchange-welcome', op: '>=', value: 1 },
              text: `HUGH CARROW: Dear Mr Wang, our small dining society likes to welcome visiting scholars to London. Nick Albery, who met you at Heathrow, says you insisted on paying your share. We shall not let you.`,
            },
            {
              text: `HUGH CARROW: Dear Mr Wang, our small dining society likes to welcome visiting scholars to London, and your supervisor mentioned your name.`,
            },
          ],
        },
        `
HUGH CARROW: Would Thursday the 22nd suit? A private room in Marylebone, dinner at eight, no speeches. The society covers everything, your taxi home included. Hugh Carrow.

FILE NOTE: The society, [[withheld]], has no website and no charity registration. Its dinners, and the guided tours that followed, were organised by MI6, to learn his characteristic weaknesses and personal interests.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F3'] },
      choices: [
        {
          id: 'accept-invitation',
          label: 'Accept: a free dinner, and English conversation',
          to: 'dinners-first-dinner',
        },
        {
          id: 'ask-who-else',
          label: 'First ask the other visiting scholars whether they were invited',
          to: 'dinners-classmates',
        },
        {
          id: 'decline-invitation',
          label: 'Decline politely: he is behind on his reading',
          to: 'dinners-second-invitation',
        },
      ],
    },
    {
      id: 'dinners-classmates',
      chapter: 'dinners',
      kind: 'interview-note',
      title: 'Interview with a fellow scholar, surname Lin',
      date: '16 October 2015 (events); interview later',
      sortDate: '2015-10-16',
      place: 'London',
      body: `Lin, same programme, same year. Economics, from a provincial bureau.

Says Wang asked her in the library whether she had "an invitation from a dining society". She had not. Nor had the two others at their table. Wang laughed and said perhaps his supervisor liked him best.

Lin: "He was pleased and worried at the same time. He kept the email open on his phone all afternoon."

Asked whether she was ever invited to anything like it. Answer: a museum trip with the whole cohort. Nothing private.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'go-anyway',
          label: 'Go anyway; one dinner commits him to nothing',
          to: 'dinners-first-dinner',
        },
        {
          id: 'send-regrets',
          label: 'Send his regrets',
          to: 'dinners-second-invitation',
        },
      ],
    },
    {
      id: 'dinners-first-dinner',
      chapter: 'dinners',
      kind: 'transcript',
      title: 'The first dinner, from a recording',
      date: '22 October 2015',
      sortDate: '2015-10-22',
      place: 'A private room above a restaurant, Marylebone, London',
      body: [
        {
          first: [
            {
              when: {
                any: [
                  { var: 'section4Full', op: '==', value: true },
                  { var: 'toldPanel', op: '==', value: true },
                ],
              },
              text: `[20:31] GUEST: Hugh says you work on policy. Real policy. Papers that go a long way up.`,
            },
            { text: `[20:31] GUEST: Hugh says you work on policy. Real policy.` },
          ],
        },
        `
[20:31] WANG: I draft. Other people decide.
[20:40] CARROW: And your wife, is she in London?
[20:40] WANG: In Beijing. She works too.
[20:41] CARROW: Two salaries in Beijing. You must live like kings.
[20:41] WANG: You have not seen Beijing prices.
[20:52] GUEST: Tell us what a week on your desk looks like.

FILE NOTE: The guest is [[name withheld]]. How this recording was obtained is [[withheld]].`,
        {
          first: [
            {
              when: { var: 'section4Full', op: '==', value: true },
              text: ` His first question repeats what Wang wrote in section 4 of the British form.`,
            },
            {
              when: { var: 'toldPanel', op: '==', value: true },
              text: ` He is the panel member of 2 April 2015 who was on no staff list, and his first question repeats, almost word for word, what Wang told him then.`,
            },
            {
              when: { visits: 'exchange-interview', op: '>=', value: 1 },
              text: ` He is the panel member of 2 April 2015 who was on no staff list. In Beijing, Wang sent him to a brochure.`,
            },
          ],
        },
      ],
      provenance: { kind: 'dramatization', facts: ['F3'] },
      choices: [
        {
          id: 'talk-about-work',
          label: 'Tell them what a week on his desk looks like',
          to: 'dinners-tour',
          effects: [
            { set: 'talkedAtDinner', value: true },
            { add: 'handlerLeverage', value: 1 },
          ],
        },
        {
          id: 'talk-about-home',
          label: 'Talk about Cho, his parents, and the flat they cannot afford',
          to: 'dinners-tour',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'leave-early',
          label: 'Plead a headache and leave before dessert',
          to: 'dinners-second-invitation',
        },
      ],
    },
    {
      id: 'dinners-second-invitation',
      chapter: 'dinners',
      kind: 'message',
      title: 'A second invitation, by email',
      date: '3 November 2015',
      sortDate: '2015-11-03',
      place: 'London',
      body: [
        {
          first: [
            {
              when: dined,
              text: `HUGH CARROW: Dear Mr Wang, we were sorry to lose you before the pudding, and I hope the head is better.`,
            },
            { text: `HUGH CARROW: Dear Mr Wang, we missed you, and we quite understand.` },
          ],
        },
        `
HUGH CARROW: Something simpler, then. On Saturday the 14th a friend of the society, Dr Imogen Reed, takes a few guests to Oxford and on to a house in the Cotswolds that is not open to the public.
HUGH CARROW: A car at nine, lunch, back by dark. No dinner jackets and no talk of work, I promise.
HUGH CARROW: Do say yes. Hugh.

FILE NOTE: Carrow wrote again within twelve days, in the tone of a man who had expected a refusal and planned for one.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'accept-the-tour',
          label: 'Say yes to Oxford; he has wanted to see it since school',
          to: 'dinners-tour',
        },
        {
          id: 'decline-for-good',
          label: 'Write back and decline this, and anything after it',
          to: 'dinners-decline',
        },
      ],
    },
    {
      id: 'dinners-tour',
      chapter: 'dinners',
      kind: 'travel-record',
      title: 'Itinerary of a guided tour, Oxford and the Cotswolds',
      date: '14 November 2015',
      sortDate: '2015-11-14',
      place: 'Oxford and Gloucestershire',
      body: [
        `For Mr Wang. Guide: Dr Imogen Reed. Driver provided.

09:00 Car from his hall of residence.
10:30 Oxford: a college library, shown by a fellow.
13:00 Lunch at a private house near Burford.
15:00 The house: portraits, a long gallery.
17:30 Return to London.

FILE NOTE: His photographs show the gallery, the lunch table, and the garage, with four cars in it. The tours, like the dinners, showed his hosts what he looked at, and for how long.`,
        {
          first: [
            { when: { not: dined }, text: ` He had refused the dinner. He did not refuse Oxford.` },
            { when: leftEarly, text: ` He had left the dinner before dessert. He stayed for all of Oxford.` },
            {
              when: talked,
              text: ` At lunch Reed asked after his desk.`,
            },
            {
              text: ` At lunch Reed asked after his wife and his parents by name, as he had spoken of them at the dinner.`,
            },
          ],
        },
      ],
      provenance: { kind: 'dramatization', facts: ['F3'] },
      choices: [
        {
          id: 'show-the-envy',
          label: 'Tell Reed what a house like this would cost at home, and what he earns',
          to: 'dinners-car-home',
        },
        {
          id: 'ask-who-pays',
          label: 'Ask Reed who pays for all of this',
          to: 'dinners-who-pays',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'dinners-who-pays',
      chapter: 'dinners',
      kind: 'interview-note',
      title: 'Notebook of the subject, one page transcribed',
      date: '14 November 2015',
      sortDate: '2015-11-14',
      place: 'Near Burford, Gloucestershire',
      body: `Asked Dr R. who pays. Car, lunch, the man with the keys to the library.

She said: friends of the university, people who think Britain should understand China better. A foundation. She did not say which.

Then she asked what I would want, if I could have anything from my time here. I said a good thesis. She smiled as if I had given the wrong answer on purpose.

Nobody on my course has been to this house.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'accept-the-answer',
          label: 'Accept the answer and ride back with her',
          to: 'dinners-car-home',
        },
        {
          id: 'make-excuses',
          label: 'Take the train back alone, and answer no more invitations',
          to: 'dinners-decline',
        },
      ],
    },
    {
      id: 'dinners-car-home',
      chapter: 'dinners',
      kind: 'transcript',
      title: 'The drive back to London, reconstructed',
      date: '14 November 2015',
      sortDate: '2015-11-14',
      place: 'The M40, towards London',
      body: `[17:48] REED: You went quiet in the gallery.
[17:48] WANG: I was doing sums. My father's treatment. The flat. Cho's salary and mine.
[17:49] REED: And they don't come out.
[17:49] WANG: Not in our favour.
[17:55] REED: The society sometimes asks guests for a short talk. There is an honorarium.
[17:55] WANG: How much?
[17:56] REED: Two thousand, in cash. I have it here, if you say yes now. The talk can wait for spring.

FILE NOTE: Here the British side found what it had come for: a strong desire for money.`,
      provenance: { kind: 'dramatization', facts: ['F4'] },
      choices: [
        {
          id: 'take-the-envelope',
          label: 'Take the envelope; he will give the talk',
          to: 'dinners-assessment',
          effects: [
            { add: 'money', value: 2 },
            { add: 'handlerLeverage', value: 1 },
            { set: 'tookEnvelope', value: true },
          ],
        },
        {
          id: 'refuse-the-envelope',
          label: 'Refuse it: he will give the talk for nothing, if at all',
          to: 'dinners-assessment',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'dinners-assessment',
      chapter: 'dinners',
      kind: 'memo',
      title: 'What each side learned, investigators’ summary',
      date: 'Covers 14 October to 14 November 2015',
      sortDate: '2015-11-14',
      place: 'Beijing',
      body: [
        `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: The dinners and tours

What they learned of him: `,
        {
          first: [
            {
              when: { not: dined },
              text: `he refused the dinner and went on the tour, and there the talk came back, all day, to`,
            },
            {
              when: talked,
              text: `at the dinner, where he described his working week, and on the tour, the talk came back to`,
            },
            {
              when: leftEarly,
              text: `he left the dinner before dessert and stayed for all of the tour, and there the talk came back to`,
            },
            { text: `at the dinner and on the tour the talk came back to` },
          ],
        },
        ` his salary, his father's illness, the price of a flat, his wife's agency. These were his characteristic weaknesses and personal interests, and the first of them was a strong desire for money.`,
        `

What he learned of them is thinner: a society with no address, a host who paid for everything, a guide whose doctorate no one found.

He reported none of it, though he had signed to.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F3', 'F4'] },
      choices: [
        {
          id: 'read-on',
          label: 'Turn to the next document',
          to: 'dinners-cho-call',
        },
      ],
    },
    {
      id: 'dinners-cho-call',
      chapter: 'dinners',
      kind: 'message',
      title: 'Messages between Wang and Cho',
      date: '2 December 2015',
      sortDate: '2015-12-02',
      place: 'London and Beijing',
      body: [
        {
          when: { var: 'choTrust', op: '>=', value: 6 },
          text: `CHO: You missed our call again. You promised every evening, my morning.
`,
        },
        `CHO: You've been out a lot.
WANG: A dining society. Retired academics.
CHO: Do they ask about work? About mine?
WANG: Once. I said you work in an office.
CHO: I do work in an office.
CHO: Be careful with people who pay for everything.
CHO: And call my mother. She asks about New Year.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'tell-cho-about-dinners',
          label: [
            {
              first: [
                { when: envelope, text: 'Tell her everything: the house, the talk, the cash' },
                { text: 'Tell her everything: the house, the talk, the cash he would not take' },
              ],
            },
          ],
          to: 'dinners-new-year',
          effects: [
            { add: 'choTrust', value: 1 },
            { set: 'toldChoDinners', value: true },
          ],
        },
        {
          id: 'keep-it-light',
          label: 'Send her a photograph of Oxford and change the subject',
          to: 'dinners-new-year',
          effects: [{ add: 'choTrust', value: -1 }],
        },
      ],
    },
    {
      id: 'dinners-new-year',
      chapter: 'dinners',
      kind: 'receipt',
      title: 'Restaurant bill, New Year’s Eve dinner',
      date: '7 February 2016',
      sortDate: '2016-02-07',
      place: 'A Cantonese restaurant, Soho, London',
      body: [
        `Private room, 6 covers
Set menu "Prosperity" x 6 | £348.00
Steamed fish, whole | £42.00
Wine, 2 bottles | £96.00
Service | £61.00
TOTAL | £547.00

Paid by card ending [[withheld]], H. CARROW.

FILE NOTE: Wang kept the menu card, signed on the back by the whole table. One signature: "Simon, class of 2011 - we must talk about work, the paid kind".`,
        {
          first: [
            {
              when: envelope,
              text: ` The talk Reed paid for was never given; nobody asked for it.`,
            },
            {
              text: ` Reed's cash had been refused in November. The next offer came written on a menu.`,
            },
          ],
        },
        {
          when: { var: 'toldChoDinners', op: '==', value: true },
          text: `

He had told Cho about the society by then. Not about the menu card.`,
        },
      ],
      provenance: { kind: 'invented' },
      exhibit: { id: 'new-year-menu-card', label: 'Menu card, New Year’s Eve dinner, signed on the back' },
      choices: [
        {
          id: 'after-new-year',
          label: 'Turn to the next document',
          to: 'consulting-old-classmate',
        },
      ],
    },
    {
      id: 'dinners-decline',
      chapter: 'dinners',
      kind: 'message',
      title: 'Wang to Carrow, by email',
      date: '20 November 2015',
      sortDate: '2015-11-20',
      place: 'London',
      body: [
        {
          first: [
            {
              when: toured,
              text: `WANG: Dear Mr Carrow, thank you for your kindness since I arrived, and for the day in Oxford.`,
            },
            {
              when: dined,
              text: `WANG: Dear Mr Carrow, thank you for your kindness since I arrived, and for dinner in Marylebone.`,
            },
            { text: `WANG: Dear Mr Carrow, thank you for both of your invitations.` },
          ],
        },
        `
WANG: I have decided to give all my time to my studies, and I will not be able to accept further invitations from the society.
WANG: Please do not take this as ingratitude.

HUGH CARROW: Dear Mr Wang, not at all. The door is always open. Hugh.

FILE NOTE: Carrow's reply came eleven minutes later. It is the last message between them in this file, unless the subject chooses otherwise.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'go-home-clean',
          label: 'Finish the exchange, and report the dinners when he gets home',
          to: 'dinners-clean-return',
          when: { var: 'talkedAtDinner', op: '==', value: false },
          lockedHint:
            'He has already told them what a week on his desk looks like. There is no going home clean from that.',
        },
        {
          id: 'keep-the-number',
          label: 'Decline, but keep Carrow’s number in his phone',
          to: 'dinners-quiet-spring',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'dinners-clean-return',
      chapter: 'dinners',
      kind: 'travel-record',
      title: 'Return flight, and the debrief that followed',
      date: '14 July 2017',
      sortDate: '2017-07-14',
      place: 'London Heathrow to Beijing Capital',
      body: [
        `Passenger WANG / MR. London (LHR) to Beijing (PEK). Seat 38A. One suitcase, 24 kg, mostly books.`,
        { when: laptop, text: ` In his hand luggage, the unit's laptop.` },
        `

Debrief at [[name of the body withheld]], 20 July 2017, by the security officer who briefed him before he left. `,
        {
          first: [
            {
              when: { all: [leftEarly, toured] },
              text: `Wang listed the dinner in Marylebone, which he left before dessert, the tour to Oxford and the society by name, and handed over Carrow's emails. He said he had been asked about his work and had not answered, and on the tour had asked Reed who paid.`,
            },
            {
              when: { all: [dined, toured] },
              text: `Wang listed the dinner in Marylebone, the tour to Oxford and the society by name, and handed over Carrow's emails. He said he had talked about his family, the food and chess, and on the tour had asked Reed who paid.`,
            },
            {
              when: toured,
              text: `Wang said he had refused the society's dinner and gone on its tour to Oxford, named the society, Carrow and Reed, and handed over Carrow's emails. He said he had asked Reed who paid, and had come back by train.`,
            },
            {
              when: dined,
              text: `Wang listed the one dinner he went to, in Marylebone, which he left before dessert, named the society and Carrow, and handed over Carrow's emails.`,
            },
            {
              text: `Wang said the society had invited him twice, to a dinner and to a tour, and that he had gone to neither. He named it and Carrow, and handed over Carrow's emails.`,
            },
          ],
        },
        ` Nothing in his devices or his accounts says otherwise.`,
        {
          first: [
            {
              when: { all: [laptop, { var: 'section4Full', op: '==', value: true }] },
              text: `

He handed in the work laptop he had taken abroad against his undertaking, and a copy of the British form. It was examined for two weeks and found clean. His section 4 was not: he was told that what he wrote there had done the society's work for it before he left.`,
            },
            {
              when: laptop,
              text: `

He handed in the work laptop he had taken abroad against his undertaking. It was examined for two weeks and found clean. He was reprimanded for taking it.`,
            },
            {
              when: { var: 'section4Full', op: '==', value: true },
              text: `

He handed over a copy of the British form. His section 4 ran to two pages: he was told that what he wrote there had done the society's work for it before he left.`,
            },
          ],
        },
        `

FILE NOTE: Whatever the British side wanted from him, this file holds no sign that they got it.`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'clean-return',
        title: 'A Clean Return',
        verdict: 'NO CASE TO ANSWER',
        summary: [
          {
            first: [
              {
                when: { not: { any: [dined, toured] } },
                text: 'Wang declined every invitation the society sent him, finished his exchange and came home with a suitcase of books.',
              },
              {
                when: { all: [dined, toured] },
                text: 'Wang went to one dinner and one tour, asked who was paying, and declined everything after it before he had said a word about his work at their table. He finished his exchange and came home with a suitcase of books.',
              },
              {
                when: toured,
                text: 'Wang refused the dinner, went on one tour, asked who was paying, and declined everything after it before he had said a word about his work at their table. He finished his exchange and came home with a suitcase of books.',
              },
              {
                text: 'Wang went to one dinner, left before dessert, and declined everything after it before he had said a word about his work at their table. He finished his exchange and came home with a suitcase of books.',
              },
            ],
          },
          {
            first: [
              {
                when: laptop,
                text: ' At his debrief he reported the society and its host by name, and handed in the work laptop he should never have taken.',
              },
              { text: ' At his debrief he reported the society and its host by name.' },
            ],
          },
          {
            first: [
              {
                when: { var: 'section4Full', op: '==', value: true },
                text: ' His section 4 was already in British hands.',
              },
              {
                when: { var: 'toldPanel', op: '==', value: true },
                text: ' What he had told the selection panel was already in British hands.',
              },
            ],
          },
          ' The file was opened on a host, not on him, and closed with nothing against him.',
        ],
      },
    },
    {
      id: 'dinners-quiet-spring',
      chapter: 'dinners',
      kind: 'surveillance-log',
      title: 'Months without contact, from his phone and card records',
      date: 'December 2015 to April 2016',
      sortDate: '2015-12',
      place: 'London',
      body: [
        `FILE NOTE: Reconstructed from his phone and card records. Entries are by day, not by hour.

12-20 Library most days, 09:30 to 18:00.`,
        {
          first: [
            {
              when: { var: 'choTrust', op: '>=', value: 6 },
              text: `
12-24 Christmas alone. Calls Cho for two hours, as he has every evening, her morning, since he arrived.`,
            },
            {
              text: `
12-24 Christmas alone. Calls Cho for two hours, the first call in nine days.`,
            },
          ],
        },
        `
01-15 Carrow's number opened in contacts. No call made.
02-07 New Year's Eve. Eats at the hall of residence.
03-02 Thesis proposal approved.
04-11 Message from an unknown number: "Hugh gave me your details. Simon, from the programme, class of 2011."`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'open-the-message',
          label: 'Open the message',
          to: 'consulting-old-classmate',
        },
      ],
    },
  ],
});
