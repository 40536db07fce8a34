import { chapter } from '../../story/define';

const laptop = { var: 'tookLaptop', op: '==', value: true } as const;
const kept = { var: 'keptRecords', op: '==', value: true } as const;
const pressed = { visits: 'offer-pressure', op: '>=', value: 1 } as const;

/**
 * Chapter 4, The Offer (2017): the approach, the promises of money and security, the answer.
 * Alleged path: approach (F8) -> terms (F8) -> the guarantee -> signing (F8) -> training-safehouse (part two).
 * Ending here: reported-approach (he takes the offer to his own side); its note says how he
 * reported it and what he could hand over. The signing reads the way he came to it.
 */
export const offer = chapter({
  id: 'offer',
  number: 4,
  title: 'The Offer',
  period: '2017',
  ambience: 'drone',
  passages: [
    {
      id: 'offer-approach',
      chapter: 'offer',
      kind: 'transcript',
      title: 'A hotel bar, from a recording',
      date: '15 March 2017',
      sortDate: '2017-03-15',
      place: 'A hotel bar near Paddington, London',
      body: [
        `[19:02] LACEY: Wang, this is Martin. He reads your papers.
[19:03] WANG: You are the client.
[19:03] OFFICER A: I work for the British government. Better I say so than you work it out on the train home.
[19:04] LACEY: I'll leave you two to it.
[19:06] OFFICER A: You've helped us for a year, in a small way. We'd like a larger way, and a safer one. Properly paid. Properly protected.`,
        {
          first: [
            {
              when: { var: 'choSawInvoices', op: '==', value: true },
              text: `
[19:06] OFFICER A: Your wife saw the invoices at new year. Better she sees nothing more.`,
            },
            {
              text: `
[19:06] OFFICER A: Your wife thinks the programme raised your stipend. Let her.`,
            },
          ],
        },
        `
[19:07] WANG: And if I say no?
[19:07] OFFICER A: Then you finish your drink, and we never meet again.

FILE NOTE: Here MI6 officers ask Wang to work for the British government. The file calls him Officer A; his real name is [[withheld]].`,
      ],
      provenance: { kind: 'dramatization', facts: ['F8'] },
      choices: [
        {
          id: 'hear-them-out',
          label: 'Hear the offer',
          to: 'offer-terms',
        },
        {
          id: 'walk-out',
          label: 'Leave the drink on the table and walk out',
          to: 'offer-pressure',
        },
      ],
    },
    {
      id: 'offer-terms',
      chapter: 'offer',
      kind: 'memo',
      title: 'The terms offered, investigators’ summary',
      date: '15 March 2017',
      sortDate: '2017-03-15',
      place: 'London',
      body: `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: The British offer

From the recording and the subject's later statement, Officer A offered:

1. A monthly retainer of £[[withheld]], paid into an account outside China.
2. Payment for each piece of information, by its value.
3. Instruction, before anything was asked of him.
4. A guarantee: if exposed, he and his wife would be brought out and resettled.

High monetary rewards, then, and security guarantees. None of it was put on paper.`,
      provenance: { kind: 'dramatization', facts: ['F8'] },
      choices: [
        {
          id: 'say-yes-now',
          label: 'Say yes, there at the table',
          to: 'offer-signing',
        },
        {
          id: 'ask-about-the-guarantee',
          label: 'Ask what the guarantee is worth, and where it is written',
          to: 'offer-guarantee',
        },
        {
          id: 'ask-for-time',
          label: 'Ask for three days to think',
          to: 'offer-three-days',
        },
      ],
    },
    {
      id: 'offer-guarantee',
      chapter: 'offer',
      kind: 'transcript',
      title: 'The guarantee, continued from the same recording',
      date: '15 March 2017',
      sortDate: '2017-03-15',
      place: 'A hotel bar near Paddington, London',
      body: `[19:31] WANG: A guarantee is a piece of paper. Where is the paper?
[19:31] OFFICER A: There is never any paper. Paper is how people get caught.
[19:32] OFFICER A: What you have is a number answered at any hour, by someone who knows your name. Learn it and burn the card.
[19:33] WANG: And my wife?
[19:33] OFFICER A: The same promise covers her. We don't leave people behind. It would be bad for business.

FILE NOTE: The card was not burned. It was in the lining of his wallet.`,
      provenance: { kind: 'invented', note: 'The guarantee is alleged (F8); the words are invented.' },
      exhibit: { id: 'officer-a-card', label: 'A plain card: a London number, no name' },
      choices: [
        {
          id: 'take-the-number',
          label: 'Take the card, and his hand',
          to: 'offer-signing',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
        {
          id: 'take-time-after-all',
          label: 'Take the card, but ask for three days',
          to: 'offer-three-days',
        },
      ],
    },
    {
      id: 'offer-three-days',
      chapter: 'offer',
      kind: 'surveillance-log',
      title: 'Three days, reconstructed from his phone',
      date: '16 to 18 March 2017',
      sortDate: '2017-03-16',
      place: 'London',
      body: [
        `FILE NOTE: Reconstructed from his phone's location history and call records.

08:10 (16th) Leaves the flat. Does not go to the library.`,
        {
          when: pressed,
          text: `
08:15 (16th) The café opposite his building. Officer A is at a table by the window. Eleven minutes.`,
        },
        `
10:45 (16th) Walks along the river from Westminster to Tower Bridge and back.
21:30 (16th) Searches: "resettlement" "how long" "family".
11:20 (17th) Walks past the Chinese embassy, Portland Place. Does not stop.
11:50 (17th) Walks past it again.
23:05 (17th) Opens his messages to Cho. Closes them.
06:00 (18th) Awake. Phone in hand. The wallet on the desk beside it.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'call-the-card',
          label: 'Call the duty number on the security officer’s card',
          to: 'offer-call-home',
          when: { visits: 'exchange-officer-card', op: '>=', value: 1 },
          lockedHint: 'The security officer’s card is still on a table in Beijing, where he left it.',
        },
        {
          id: 'walk-into-the-embassy',
          label: 'Walk past the embassy a third time, and go in',
          to: 'offer-embassy',
          when: { var: 'doubt', op: '>=', value: 3 },
          lockedHint: 'He has taken too many of their answers on trust to walk in now: twice he passes the door.',
        },
        {
          id: 'call-cho',
          label: 'Call Cho',
          to: 'offer-cho-call',
        },
        {
          id: 'go-back-to-them',
          label: 'Call Lacey, and tell him to tell Martin yes',
          to: 'offer-signing',
        },
      ],
    },
    {
      id: 'offer-cho-call',
      chapter: 'offer',
      kind: 'message',
      title: 'Messages between Wang and Cho',
      date: '18 March 2017',
      sortDate: '2017-03-18',
      place: 'London and Beijing',
      body: `WANG: Are you awake?
CHO: It's two in the afternoon. Of course I'm awake. Are you?
WANG: I have been offered something. A kind of job.
CHO: By the research firm?
WANG: By the people behind it.
CHO: Is it about money?
WANG: Partly.
CHO: We have enough. We have always had enough. It just never feels like it.
CHO: You sound strange.
CHO: Wang. Type what you mean, or call me, or come home. Don't do this in riddles.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'tell-cho-carefully',
          label: 'Call her, and tell her as much as a phone line can carry',
          to: 'offer-embassy',
          when: { var: 'choTrust', op: '>=', value: 6 },
          lockedHint:
            'There is too little left between them, after a year of half-answers, to carry this down a phone line.',
          effects: [{ add: 'choTrust', value: 1 }],
        },
        {
          id: 'talk-about-the-weather',
          label: 'Type that he is tired, ask about the weather, and say yes to Martin',
          to: 'offer-signing',
        },
      ],
    },
    {
      id: 'offer-pressure',
      chapter: 'offer',
      kind: 'transcript',
      title: 'A second meeting, unrequested, from a recording',
      date: '16 March 2017',
      sortDate: '2017-03-16',
      place: 'A café opposite his building, London',
      body: [
        `[08:15] OFFICER A: You left in a hurry. I understand. Coffee?
[08:16] WANG: I said no.
[08:16] OFFICER A: You said nothing. You walked out. That isn't the same.`,
        {
          first: [
            {
              when: laptop,
              text: `
[08:18] OFFICER A: I should be honest about where you stand. Papers four and five. The phone calls. The bank transfers. All of it written on your office's laptop, which you were told not to bring. Read in English, they're research. Read in Beijing, by the people you work for, I'm not sure they would be.`,
            },
            {
              text: `
[08:18] OFFICER A: I should be honest about where you stand. Papers four and five. The phone calls. The bank transfers. Read in English, they're research. Read in Beijing, by the people you work for, I'm not sure they would be.`,
            },
          ],
        },
        `
[08:19] WANG: That is a threat.
[08:19] OFFICER A: It's a description. The offer is still the offer. The protection comes with it. Without it you're a man with a very interesting bank statement, on his own.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'give-in',
          label: 'Say yes, because there is nowhere else to stand',
          to: 'offer-signing',
          effects: [{ add: 'handlerLeverage', value: 2 }],
        },
        {
          id: 'call-their-bluff',
          label: 'Tell him to send the papers to Beijing himself, and leave',
          to: 'offer-three-days',
          when: { var: 'handlerLeverage', op: '<=', value: 4 },
          lockedHint:
            'They hold his answers, his papers and his bank statements: there is no bluff left for him to call.',
        },
        {
          id: 'report-them',
          label: 'Leave him at the table, and take all of it to the embassy',
          to: 'offer-embassy',
          when: { var: 'doubt', op: '>=', value: 3 },
          lockedHint: 'He has asked them so few questions, in eighteen months, that he cannot start with the embassy.',
        },
      ],
    },
    {
      id: 'offer-embassy',
      chapter: 'offer',
      kind: 'interview-note',
      title: 'Duty officer’s notes of a walk-in visitor',
      date: '18 March 2017',
      sortDate: '2017-03-18',
      place: 'Embassy of the People’s Republic of China, Portland Place, London',
      body: [
        `Walk-in, 14:40. Surname Wang. Visiting scholar. Employed at [[name of the body withheld]]. Asked for someone "from security".

States: approached through a dining society, 2015. Paid research for a London firm, 2016, first open topics, then the internal workings of his own unit. On 15 March a man calling himself Martin offered him money and protection to work for the British government.`,
        {
          when: pressed,
          text: ` On the 16th the same man was waiting for him in a café opposite his building, and read him his own bank statements.`,
        },
        ` Has not said yes.`,
        {
          when: { visits: 'offer-cho-call', op: '>=', value: 1 },
          text: ` Has told his wife, by phone this morning, as much as a phone line can carry.`,
        },
        `

Shaking at first. Calmer once writing. `,
        `Gave every name he had: the society's host, Carrow; Lacey; "Martin"; and whoever else they sent him.`,
        {
          first: [
            {
              when: laptop,
              text: ` Surrendered his phone, and his unit's laptop, which he was told not to take abroad and did.`,
            },
            { text: ` Surrendered phone voluntarily.` },
          ],
        },
        { when: kept, text: ` Brought a blue folder: a copy of every brief, paper and invoice.` },
        `

Told him: go back to your flat, change nothing, answer no one. Reported upward same day, [[reference withheld]].`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'wait-for-the-call',
          label: 'Go back to the flat and wait',
          to: 'offer-reported',
        },
      ],
    },
    {
      id: 'offer-call-home',
      chapter: 'offer',
      kind: 'transcript',
      title: 'Call to the duty number, from the security office’s log',
      date: '18 March 2017',
      sortDate: '2017-03-18',
      place: 'London to Beijing',
      body: [
        `[06:12] DUTY OFFICER: Security office.
[06:12] WANG: My name is Wang. Section [[withheld]]. I am on the exchange in London. Your colleague gave me this number before I left.
[06:13] DUTY OFFICER: Go on.
[06:13] WANG: I have been offered money to work for the British government. I have not answered.
[06:14] DUTY OFFICER: Are you safe where you are?
[06:14] WANG: I think so. I don't know.`,
        {
          when: laptop,
          text: `
[06:14] WANG: There is something else. I brought the unit's laptop. I was told not to.
[06:15] DUTY OFFICER: Then it comes home with you, and nobody opens it before we do.`,
        },
        `
[06:15] DUTY OFFICER: Then listen carefully. Don't answer them. Don't run. Someone from the embassy will contact you today, by name, using the word "library". Trust no one who doesn't.
[06:16] WANG: I have carried the card for eighteen months.
[06:16] DUTY OFFICER: Most people don't.`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'wait-for-the-embassy',
          label: 'Wait for the word "library"',
          to: 'offer-reported',
        },
      ],
    },
    {
      id: 'offer-reported',
      chapter: 'offer',
      kind: 'memo',
      title: 'Closing note: the approach reported',
      date: 'April 2017',
      sortDate: '2017-04',
      place: 'Beijing',
      body: [
        `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: Wang, self-report of a foreign approach

The subject reported the British approach before giving any answer to it, `,
        {
          first: [
            {
              when: { visits: 'offer-call-home', op: '>=', value: 1 },
              text: `on the duty number his security officer gave him in September 2015,`,
            },
            { text: `by walking into the embassy in London,` },
          ],
        },
        ` and has co-operated since. He was brought home early, in April 2017, on an ordinary flight, and interviewed over nine days.

His consulting income has been surrendered. His access at [[name of the body withheld]] has been withdrawn pending review, and his papers for Larkspur Advisory are being assessed for harm, `,
        {
          first: [
            { when: kept, text: `from the copies he kept of every one.` },
            { text: `from what he remembers of them: he kept no copies.` },
          ],
        },
        {
          when: laptop,
          text: ` The unit's laptop he took abroad against his undertaking has been examined: every one of those papers was written on it.`,
        },
        `

The file now concerns the people who approached him. `,
        `Carrow, Lacey, Officer A and everyone else he named are recorded`,
        ` under [[reference withheld]]. Wang is recorded as a witness.`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [],
      ending: {
        id: 'reported-approach',
        title: 'The Approach, Reported',
        verdict: 'WITNESS, NOT SUSPECT',
        summary: [
          {
            first: [
              {
                when: { visits: 'offer-call-home', op: '>=', value: 1 },
                text: 'Wang took the British offer to his own side before he answered it, on the number from the card he had carried since Beijing.',
              },
              {
                when: pressed,
                text: 'Wang walked out on the British offer, heard it again as a threat, and took it to his own embassy before he answered it.',
              },
              { text: 'Wang took the British offer to his own embassy before he answered it.' },
            ],
          },
          {
            first: [
              {
                when: laptop,
                text: ' He came home early with the unit’s laptop he should never have taken, surrendered the consulting money and lost his access while the papers he had written were assessed.',
              },
              {
                text: ' He came home early, surrendered the consulting money and lost his access while the papers he had written were assessed.',
              },
            ],
          },
          ' The file was turned around: it now names the people who approached him, and lists him as its witness.',
        ],
      },
    },
    {
      id: 'offer-signing',
      chapter: 'offer',
      kind: 'memo',
      title: 'The answer, investigators’ summary',
      date: '5 April 2017',
      sortDate: '2017-04-05',
      place: 'A flat in Bayswater, London',
      body: [
        `TO: Case file
FROM: Investigating officer [[name withheld]]
RE: The subject's answer

`,
        {
          first: [
            {
              when: { visits: 'offer-cho-call', op: '>=', value: 1 },
              text: `Wang had spent three days walking past the embassy, and had told Cho only that he was tired.`,
            },
            {
              when: { visits: 'offer-three-days', op: '>=', value: 1 },
              text: `Wang had spent three days walking the river and passing the embassy, and then he made the call.`,
            },
            {
              when: pressed,
              text: `Wang had walked out of the bar, and said yes the next morning in a café, because Officer A had shown him there was nowhere else to stand.`,
            },
            { text: `Wang had said yes at the bar on 15 March, the night the offer was made.` },
          ],
        },
        ` Three weeks after the bar, in a rented flat in Bayswater, he gave his answer. The terms were read back to him first: the retainer, the payments, the instruction, the promise to bring him and his wife out.`,
        `

By the subject's own account, Officer A asked one last question: "Is there anything you want that we haven't offered?"`,
      ],
      provenance: { kind: 'dramatization', facts: ['F8'] },
      choices: [
        {
          id: 'agree-for-the-money',
          label: 'Say yes, and ask for the first year’s retainer in advance',
          to: 'training-safehouse',
          effects: [
            { add: 'money', value: 10 },
            { set: 'tookRetainer', value: true },
          ],
        },
        {
          id: 'agree-keep-cho-out',
          label: 'Say yes, on one condition: Cho is never to be part of it',
          to: 'training-safehouse',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'choKeptOut', value: true },
          ],
        },
        {
          id: 'agree-and-write-it-down',
          label: 'Say yes, and that night write the terms down, word for word',
          to: 'training-safehouse',
          when: { var: 'keptRecords', op: '==', value: true },
          lockedHint: 'He has never kept a copy of anything. He does not start tonight.',
          effects: [
            { add: 'evidence', value: 1 },
            { set: 'wroteTermsDown', value: true },
          ],
        },
      ],
    },
  ],
});
