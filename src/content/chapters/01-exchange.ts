import { chapter } from '../../story/define';

/**
 * Chapter 1, The Exchange (2015): the application, its quick approval, the departure, the arrival.
 * Alleged path: exchange-application (F1) -> exchange-approval (F2) -> briefing -> departure -> arrival.
 * Set up here and paid off in chapters 1-4 (and on the record): what he wrote in section 4
 * (`section4Full`, or what he told the panel, `toldPanel`), and which laptop he took (`tookLaptop`).
 */
const full = { var: 'section4Full', op: '==', value: true } as const;
const toldPanel = { var: 'toldPanel', op: '==', value: true } as const;
export const exchange = chapter({
  id: 'exchange',
  number: 1,
  title: 'The Exchange',
  period: '2015',
  ambience: 'rain',
  passages: [
    {
      id: 'exchange-application',
      chapter: 'exchange',
      kind: 'memo',
      title: 'Application for a study exchange, with covering note',
      date: '9 March 2015',
      sortDate: '2015-03-09',
      place: 'Beijing',
      body: `TO: Personnel Office, [[name of the body withheld]]
FROM: Wang, Section [[withheld]]
RE: Application, Visiting Scholars Exchange, United Kingdom, 2015-2017

Please forward my application for the two-year exchange in London, fully funded. My section head will hold my post.

Section 4 of the British form asks for "current duties, in detail, including any responsibility for confidential material". I attach a draft for the Office's guidance.

FILE NOTE: His grade gave him routine sight of [[classification withheld]] documents: his post carried access to critical classified information. What he finally wrote in section 4 is the first thing this file must establish.`,
      provenance: { kind: 'dramatization', facts: ['F1'] },
      choices: [
        {
          id: 'describe-post-fully',
          label: 'Fill in section 4 in full, as the form asks',
          to: 'exchange-approval',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'section4Full', value: true },
          ],
        },
        {
          id: 'describe-post-vaguely',
          label: 'Give his grade and section, and nothing more',
          to: 'exchange-interview',
        },
        {
          id: 'ask-cho-first',
          label: 'Show Cho the form before he sends it',
          to: 'exchange-kitchen-table',
        },
      ],
    },
    {
      id: 'exchange-kitchen-table',
      chapter: 'exchange',
      kind: 'message',
      title: 'Messages between Wang and Cho, recovered from his phone',
      date: '10 March 2015',
      sortDate: '2015-03-10',
      place: 'Beijing',
      body: `WANG: Did you read section 4?
CHO: I read it twice. Why does a university need to know which files cross your desk?
WANG: It says "in detail". Everyone fills it in.
CHO: Everyone at my agency would write their grade and stop there.
CHO: Two years is a long time. I want you to go. I just don't want you to go like that.
WANG: So you think I should cut it.
CHO: I think the people who wrote that question know exactly what they asked.
WANG: I'll think about it tonight.

FILE NOTE: Cho was employed at a central agency, [[name withheld]], at the time of these messages.`,
      provenance: { kind: 'invented', note: 'Cho is named in the report; this exchange is invented.' },
      choices: [
        {
          id: 'cut-it-down',
          label: 'Cut section 4 down, as Cho says',
          to: 'exchange-interview',
        },
        {
          id: 'send-it-whole',
          label: 'Send it whole; the form is the form',
          to: 'exchange-approval',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'section4Full', value: true },
          ],
        },
      ],
    },
    {
      id: 'exchange-interview',
      chapter: 'exchange',
      kind: 'transcript',
      title: 'Selection interview, from the panel recording',
      date: '2 April 2015',
      sortDate: '2015-04-02',
      place: 'Conference room, a hotel in Chaoyang, Beijing',
      body: [
        {
          first: [
            {
              when: { visits: 'exchange-kitchen-table', op: '>=', value: 1 },
              text: `[10:02] CHAIR: Thank you for coming. Your section 4 was very brief. Shorter than your draft, I understand.`,
            },
            { text: `[10:02] CHAIR: Thank you for coming. Your written answers were very brief.` },
          ],
        },
        `
[10:02] WANG: My unit prefers it that way.
[10:03] PANEL MEMBER: Of course. Let me ask it differently. When a paper leaves your section, who reads it next?
[10:03] WANG: That depends on the paper.
[10:04] PANEL MEMBER: The ones you would call important.
[10:04] CHAIR: We only want to place you with the right supervisor.
[10:05] PANEL MEMBER: Take your time.

FILE NOTE: The programme's published guidance says interviews assess "academic fit". The panel member who asked about papers is not on the programme's staff list. His name is recorded as [[withheld]].`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'answer-the-panel',
          label: 'Answer him: who reads the papers, and how high they go',
          to: 'exchange-approval',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'toldPanel', value: true },
          ],
        },
        {
          id: 'stay-guarded',
          label: 'Say that it is all in his unit’s published brochure',
          to: 'exchange-approval',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'exchange-approval',
      chapter: 'exchange',
      kind: 'memo',
      title: 'Letter of approval, with investigators’ annotation',
      date: '21 April 2015',
      sortDate: '2015-04-21',
      place: 'London (sent), Beijing (received)',
      body: [
        `TO: Mr Wang
FROM: Programme Office, Visiting Scholars Exchange
RE: Your application

We are delighted to offer you a fully funded place from September 2015. Please confirm within fourteen days.

FILE NOTE: The programme's decisions take ten to twelve weeks. This one took six, and came before the other candidates of his year had been interviewed.`,
        {
          first: [
            {
              when: { all: [full, { visits: 'exchange-kitchen-table', op: '>=', value: 1 }] },
              text: ` His section 4, two pages long, answered the panel's questions in advance. Cho had told him to cut it.`,
            },
            {
              when: full,
              text: ` His section 4, two pages long, answered the panel's questions in advance.`,
            },
            {
              when: toldPanel,
              text: ` His section 4 gave his grade and section and nothing more. At the interview he told the panel the rest: who reads his papers, and how high they go.`,
            },
            {
              text: ` His section 4 gave his grade and section and nothing more, and at the interview he gave the panel a brochure's answers. The offer came all the same.`,
            },
          ],
        },
        ` The place was quickly approved because MI6, the British intelligence service, had already assessed his access.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F2'] },
      choices: [
        {
          id: 'accept-the-place',
          label: 'Accept the place by return of post',
          to: 'exchange-security-briefing',
        },
        {
          id: 'ask-why-so-fast',
          label: 'Write to ask why it came through so fast',
          to: 'exchange-reply-letter',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'exchange-reply-letter',
      chapter: 'exchange',
      kind: 'message',
      title: 'Email from the programme office, printed',
      date: '29 April 2015',
      sortDate: '2015-04-29',
      place: 'London',
      body: `PROGRAMME OFFICE: Dear Mr Wang, thank you for your note.
PROGRAMME OFFICE: We sometimes make early offers when a profile is a particularly strong fit.
PROGRAMME OFFICE: Your experience of policy work inside government is exactly what the programme looks for.
PROGRAMME OFFICE: We very much hope you will join us. Warm regards, Ruth Calloway, Programme Administrator.

FILE NOTE: Wang kept this email in a folder he named "questions". It is the only item in the folder.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'accept-after-all',
          label: 'Accept the place',
          to: 'exchange-security-briefing',
        },
      ],
    },
    {
      id: 'exchange-security-briefing',
      chapter: 'exchange',
      kind: 'interview-note',
      title: 'Pre-departure briefing, security officer’s notes',
      date: '8 September 2015',
      sortDate: '2015-09-08',
      place: 'Beijing, [[name of the body withheld]], room 4',
      body: [
        `Wang, Section [[withheld]]. London, two years. Wife stays, also central agency.

Rules for going abroad: no work papers, no work devices. Report any approach, gift or offer of paid work. Told him: the invitations come first, the questions later, and they always begin with kindness.

Asked whether an academic dinner counts as an approach. Said: if they ask about your work, yes.`,
        {
          when: { visits: 'exchange-reply-letter', op: '>=', value: 1 },
          text: `

Asked me why a British programme would approve him in six weeks when it takes others three months. Said: ask yourself who reads the forms.`,
        },
        {
          first: [
            {
              when: full,
              text: `

His British form: section 4 runs to two pages. Told him that cannot be taken back.`,
            },
            {
              when: toldPanel,
              text: `

Says a panel member asked him who reads his papers, and he answered. Told him that was the first approach.`,
            },
          ],
        },
        `

Signed the undertaking. Offered him my card, duty number on the back. Most leave it on the table.`,
      ],
      provenance: { kind: 'invented', note: 'Such briefings are invented for the game.' },
      choices: [
        {
          id: 'take-the-card',
          label: 'Take the card and put it in his wallet',
          to: 'exchange-officer-card',
        },
        {
          id: 'leave-the-card',
          label: 'Sign, and leave the card on the table',
          to: 'exchange-departure',
        },
      ],
    },
    {
      id: 'exchange-officer-card',
      chapter: 'exchange',
      kind: 'memo',
      title: 'Exhibit note: a business card',
      date: '8 September 2015',
      sortDate: '2015-09-08',
      place: 'Beijing',
      body: `TO: Case file
FROM: Evidence clerk
RE: Card found in the subject's wallet

A white business card of the security office of [[name of the body withheld]], bearing the name of the officer [[withheld]]. On the back, in blue ink, a Beijing number and the words "any hour".

The office issues such a card to every member of staff who goes abroad for longer than three months. Of the [[number withheld]] it issued in 2015, it knows of four that were ever used.

The card is soft at the corners. It was carried for a long time.`,
      provenance: { kind: 'invented' },
      exhibit: { id: 'security-officer-card', label: 'The security officer’s card, a duty number on the back' },
      choices: [
        {
          id: 'pack-for-london',
          label: 'Pack for London',
          to: 'exchange-departure',
        },
      ],
    },
    {
      id: 'exchange-departure',
      chapter: 'exchange',
      kind: 'travel-record',
      title: 'Boarding pass and customs declaration',
      date: '19 September 2015',
      sortDate: '2015-09-19',
      place: 'Beijing Capital International Airport',
      body: `Passenger WANG / MR. Beijing (PEK) to London (LHR). Seat 41C.

One suitcase, 22 kg. Customs declaration: nothing to declare. Devices: one phone, "one laptop".

FILE NOTE: His unit issued him a work laptop in 2014; the undertaking he signed forbids taking it abroad. Which laptop this is, the file must answer.`,
      provenance: { kind: 'invented' },
      exhibit: { id: 'boarding-pass-pek-lhr', label: 'Boarding pass, Beijing to London, seat 41C' },
      choices: [
        {
          id: 'pack-work-laptop',
          label: 'Take the work laptop; his own is too slow for a thesis',
          to: 'exchange-arrival',
          effects: [
            { add: 'suspicion', value: 1 },
            { add: 'evidence', value: 1 },
            { set: 'tookLaptop', value: true },
          ],
        },
        {
          id: 'pack-clean',
          label: 'Leave the work laptop in its drawer',
          to: 'exchange-arrival',
        },
      ],
    },
    {
      id: 'exchange-arrival',
      chapter: 'exchange',
      kind: 'surveillance-log',
      title: 'First day in London, reconstructed',
      date: '19 September 2015',
      sortDate: '2015-09-19',
      place: 'London',
      body: [
        `15:40 Lands at Heathrow.`,
        {
          first: [
            {
              when: { var: 'tookLaptop', op: '==', value: true },
              text: `
16:10 Green channel. In his laptop bag, the unit's laptop, asset tag [[withheld]].`,
            },
            {
              text: `
16:10 Green channel. In his laptop bag, his own old laptop.`,
            },
          ],
        },
        `
16:30 Met at arrivals by a programme volunteer, later identified as Nick Albery.
16:35 Albery offers a lift and a drink at a pub near the university.
16:36 Phone connects to a British network. One missed call from Cho.`,
      ],
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'accept-the-lift',
          label: 'Accept the lift and the drink',
          to: 'exchange-welcome',
        },
        {
          id: 'take-the-train',
          label: 'Thank him, take the train, and call Cho back',
          to: 'exchange-first-letter',
        },
      ],
    },
    {
      id: 'exchange-welcome',
      chapter: 'exchange',
      kind: 'receipt',
      title: 'Pub receipt, found folded in his passport',
      date: '19 September 2015',
      sortDate: '2015-09-19',
      place: 'A pub near the university, London',
      body: `2 x bitter, pint | £8.40
1 x orange juice | £2.10
2 x fish and chips | £25.00
1 x sticky toffee pudding | £6.50
TOTAL | £42.00

FILE NOTE: On the back, in Wang's hand: "N.A. asked: football? chess? family? money for the flat? Writes it all down, for the welcome pack."

No Nick Albery is on the programme's 2015 list of volunteers.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'let-him-pay',
          label: 'Let Albery pay, and answer all his questions',
          to: 'dinners-first-invitation',
          effects: [
            { add: 'handlerLeverage', value: 1 },
            { set: 'answeredAlbery', value: true },
          ],
        },
        {
          id: 'pay-his-share',
          label: 'Pay his share, and talk about chess',
          to: 'dinners-first-invitation',
        },
      ],
    },
    {
      id: 'exchange-first-letter',
      chapter: 'exchange',
      kind: 'message',
      title: 'Messages between Wang and Cho, first night',
      date: '20 September 2015',
      sortDate: '2015-09-20',
      place: 'London and Beijing',
      body: `WANG: Here. The room is smaller than the photograph. The window looks at a wall.
CHO: Did anyone meet you?
WANG: A volunteer. He wanted to buy me a drink. I said I was tired.
CHO: Good. Eat something. It's seven in the morning here and I'm already late.
CHO: Did you eat on the plane?
WANG: Rice and something brown. I kept the bread for later.
CHO: Two years of bread.
WANG: What will you do tonight?
CHO: Sleep on your side of the bed.`,
      provenance: { kind: 'invented' },
      choices: [
        {
          id: 'promise-to-call',
          label: 'Promise to call her every evening, her morning',
          to: 'dinners-first-invitation',
          effects: [{ add: 'choTrust', value: 1 }],
        },
        {
          id: 'keep-it-short',
          label: 'Say goodnight and turn the phone over',
          to: 'dinners-first-invitation',
        },
      ],
    },
  ],
});
