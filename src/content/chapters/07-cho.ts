import { chapter } from '../../story/define';

/**
 * Chapter 7, Cho (2021-2022). The alleged path: F10 (pressed again and again to bring in his wife,
 * who worked at a central agency, for double the money) and F11 (after reluctance, both agreed).
 * Cho's answer is her own: what she can say depends on how far she still trusts him (choTrust).
 * The one ending of this chapter is `cho-reports`.
 */
export const cho = chapter({
  id: 'cho',
  number: 7,
  title: 'Cho',
  period: '2021-2022',
  ambience: 'home',
  passages: [
    {
      id: 'cho-first-ask',
      chapter: 'cho',
      kind: 'message',
      title: 'Handset messages about his wife',
      date: 'February 2021',
      sortDate: '2021-02',
      place: 'Beijing',
      body: [
        'ALDER: We need to talk about your wife.\n',
        {
          first: [
            {
              when: { var: 'promisedList', op: '==', value: true },
              text: 'ALDER: The list was useful. It will be the last from your floor for a while.\n',
            },
            {
              when: { visits: 'return-retainer', op: '>=', value: 1 },
              text: 'ALDER: Three years of soon. We have stopped waiting for you.\n',
            },
            { text: 'ALDER: You asked for a pause. This is what we do with a pause.\n' },
          ],
        },
        `WANG: No.
ALDER: Her agency is a central one. A week of what crosses her desk is worth more to London than a year of yours. She would be paid double what you are.`,
        `
WANG: She would never agree.
ALDER: You don't know until you ask.

FILE NOTE: CHO, his wife, has worked since 2009 at [[name of a central agency withheld]], with access to [[withheld]].`,
      ],
      provenance: { kind: 'dramatization', facts: ['F10'] },
      choices: [
        {
          id: 'cho-refuse-first',
          label: 'Refuse: she is not part of this',
          to: 'cho-second-ask',
          effects: [
            { add: 'doubt', value: 1 },
            { set: 'refusedAlderOnCho', value: true },
          ],
        },
        {
          id: 'cho-say-will-think',
          label: 'Say he will think about it',
          to: 'cho-second-ask',
          effects: [{ add: 'handlerLeverage', value: 1 }],
        },
      ],
    },
    {
      id: 'cho-second-ask',
      chapter: 'cho',
      kind: 'invoice',
      title: 'Proposed fee schedule for two consultants',
      date: 'March to June 2021',
      sortDate: '2021-03',
      place: 'Sent through the weather application',
      body: [
        `Sent three times, March to June 2021. C's figure was always twice W's.`,
        {
          first: [
            {
              when: { var: 'refusedAlderOnCho', op: '==', value: true },
              text: ' The first came a week after he refused.',
            },
            { text: ' The first came a week after he said he would think.' },
          ],
        },
        `

Consultant W, monthly retainer (current) | £2,500
Consultant C, monthly retainer (proposed) | £5,000
Consultant C, signing payment (proposed) | £20,000
TOTAL | £27,500

FILE NOTE: "W" is the subject, "C" his wife. The British side pressed him again and again to bring her in, and offered her double the money.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F10'] },
      choices: [
        {
          id: 'cho-refuse-again',
          label: 'Send back one word: no',
          to: 'cho-leverage',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'cho-give-in-early',
          label: 'Tell them he will ask her',
          to: 'cho-kitchen',
        },
      ],
    },
    {
      id: 'cho-leverage',
      chapter: 'cho',
      kind: 'transcript',
      title: 'A voice call, from his statement',
      date: '9 July 2021',
      sortDate: '2021-07-09',
      place: 'Voice call through the application',
      body: `[22:10] ALDER: Third time of asking. After this I stop asking.
[22:10] WANG: Is that a threat?
[22:11] ALDER: It is a fact about invoices. Many have your name on. We keep good records. So, I imagine, does your ministry.
[22:12] WANG: You would burn me to get to her?
[22:12] ALDER: Ask her. Double the money, hers, not yours. If she says no, we never mention it again.
[22:14] WANG: In London you told me you look after your people.
[22:14] ALDER: We would look after her too.

FILE NOTE: He corrected the last two lines twice.`,
      provenance: { kind: 'dramatization', facts: ['F10'] },
      choices: [
        {
          id: 'cho-give-in',
          label: 'Give in: he will ask her',
          to: 'cho-kitchen',
          effects: [{ add: 'doubt', value: 1 }],
        },
        {
          id: 'cho-call-bluff',
          label: 'Call the bluff: they will not burn a man who is still in place',
          to: 'cho-refused-handlers',
          when: { var: 'handlerLeverage', op: '<=', value: 4 },
          lockedHint: 'They hold too much of him for this to be a bluff.',
        },
      ],
    },
    {
      id: 'cho-kitchen',
      chapter: 'cho',
      kind: 'interview-note',
      title: 'His account of the evening he asked her',
      date: '12 July 2021',
      sortDate: '2021-07-12',
      place: 'The couple’s flat, Beijing',
      body: [
        `His account: waited until the news was over. Made tea neither of them drank. Said there was something about London he had never told her.

She asked if it was another woman. He said no. She said: then it's money.`,
        {
          first: [
            {
              when: { visits: 'cho-leverage', op: '>=', value: 1 },
              text: ' He did not tell her that he had been asked three times, or what they had said about invoices the third time.',
            },
            {
              text: ' He did not tell her that he had said yes to them before they had to ask a third time.',
            },
          ],
        },
        `

He had rehearsed it for a week and remembered none of it.

FILE NOTE: Asked what he said next, he asked for a break.`,
      ],
      provenance: {
        kind: 'invented',
        note: 'How he asked her is invented; the report says only that she was brought in.',
      },
      choices: [
        {
          id: 'cho-tell-everything',
          label: 'Tell her all of it, from London to the weather in Shenzhen',
          to: 'cho-her-answer',
          effects: [
            { add: 'choTrust', value: 1 },
            { set: 'choTold', value: 3 },
          ],
        },
        {
          id: 'cho-tell-consulting',
          label: 'Tell her it is consulting work, the same as his',
          to: 'cho-her-answer',
          effects: [
            { add: 'choTrust', value: -1 },
            { set: 'choTold', value: 1 },
          ],
        },
        {
          id: 'cho-lead-with-money',
          label: 'Start with the money: the mortgage, her mother’s care, double his fee',
          to: 'cho-her-answer',
          effects: [
            { add: 'choTrust', value: -2 },
            { set: 'choTold', value: 2 },
          ],
        },
      ],
    },
    {
      id: 'cho-her-answer',
      chapter: 'cho',
      kind: 'interview-note',
      title: 'Statement of Cho: the first answer',
      date: 'Events of 12 to 26 July 2021',
      sortDate: '2021-07-12',
      place: 'Beijing',
      body: [
        'CHO: "I said no, in different ways, for two weeks.',
        {
          first: [
            {
              when: { var: 'choTold', op: '==', value: 3 },
              text: '\n\n"I asked him how long. He said since London. I asked whether they had chosen him because of me. He did not answer.',
            },
            {
              when: { var: 'choTold', op: '==', value: 2 },
              text: "\n\n\"He started with the mortgage, my mother's care and a figure. I asked who pays that kind of money to a civil servant's wife. He said: the same people who pay me. I asked how long. He said since London.",
            },
            {
              text: '\n\n"He said it was consulting, the same as his. I asked why a consulting firm wanted a woman who cannot repeat a word of what she reads at work. He did not answer, and that was the answer.',
            },
          ],
        },
        `

"I asked what would happen if I said no. He said: nothing. I did not believe that.

"At work I looked at the people in my office and wondered which of them had been asked something at a kitchen table."

FILE NOTE: The initial reluctance was his: the British side had to ask him more than once before he asked her. What she says here is her own.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F11'] },
      choices: [
        {
          id: 'cho-give-her-time',
          label: 'Give her time, and say nothing more about it',
          to: 'cho-her-decision',
          effects: [{ add: 'choTrust', value: 1 }],
        },
        {
          id: 'cho-press-her',
          label: 'Press her: the handlers will not wait for ever',
          to: 'cho-her-decision',
          effects: [{ add: 'choTrust', value: -1 }],
        },
        {
          id: 'cho-take-it-back',
          label: 'Tell her to forget he ever asked, and tell the handlers no',
          to: 'cho-refused-handlers',
          effects: [
            { add: 'choTrust', value: 1 },
            { add: 'doubt', value: 1 },
          ],
        },
      ],
    },
    {
      id: 'cho-her-decision',
      chapter: 'cho',
      kind: 'interview-note',
      title: 'Statement of Cho: the fourteenth day',
      date: 'Events of 26 July 2021',
      sortDate: '2021-07-26',
      place: 'Beijing',
      body: [
        `CHO: "On the fourteenth day I gave him my answer. It was mine. I want that written down.

"I thought about my parents, the flat, and the money, more than I will earn in ten years. About him, and whether I still believed what he told me.`,
        {
          first: [
            {
              when: { var: 'choTrust', op: '>=', value: 5 },
              text: '\n\n"I said yes. Not to them: to him, and on my terms. My own contact, my own money, and nothing of mine through his telephone."',
            },
            {
              when: { var: 'choTrust', op: '<=', value: 3 },
              text: '\n\n"I said no. Then I said the rest: that in the morning I would go to the security office at my agency, and that he could come with me or stay at home."',
            },
            { text: '\n\n"I said no, and I meant it."' },
          ],
        },
        `

FILE NOTE: Her answer depended on the last of those.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F11'] },
      choices: [
        {
          id: 'cho-she-agrees',
          label: 'Take her terms to the handlers: her own contact, her own money',
          to: 'cho-agrees',
          when: { var: 'choTrust', op: '>=', value: 5 },
          lockedHint: 'She did not say yes: she no longer trusts him enough to follow him into this.',
          effects: [{ set: 'choRecruited', value: true }],
        },
        {
          id: 'cho-she-refuses',
          label: 'Take her no for an answer, and promise to stop',
          to: 'cho-she-refuses',
          when: {
            all: [
              { var: 'choTrust', op: '>', value: 3 },
              { var: 'choTrust', op: '<', value: 5 },
            ],
          },
          lockedHint: 'That is not the answer she gave him.',
        },
        {
          id: 'cho-she-reports',
          label: 'Let her go to her agency’s security office in the morning, and wait at home',
          to: 'cho-reports',
          when: { var: 'choTrust', op: '<=', value: 3 },
          lockedHint: 'She has spoken of no security office: whatever he has done, she is not ready to hand him over.',
        },
      ],
    },
    {
      id: 'cho-agrees',
      chapter: 'cho',
      kind: 'memo',
      title: 'Analysis memo: both agreed',
      date: 'Autumn 2021',
      sortDate: '2021-09',
      place: 'Beijing',
      body: [
        `TO: Case file
FROM: Analysis section
RE: CHO — recruitment by the British side

Despite his initial reluctance, he and his wife eventually agreed.`,
        {
          when: { var: 'choTold', op: '!=', value: 3 },
          text: ' She agreed knowing only what he had told her at the kitchen table; the rest she learned from this office.',
        },
        `

From October 2021 a second handset appears, switched on for minutes at a time, never at home or at work. A second set of weather searches begins: Shenzhen, Xiamen, Shenzhen again.

In November 2021 an account is opened abroad in the name of [[CHO]], paid at twice the subject's rate.`,
      ],
      provenance: { kind: 'dramatization', facts: ['F11'] },
      choices: [
        {
          id: 'cho-own-channel',
          label: 'Let her run her own channel, as she asked',
          to: 'cho-first-delivery',
          effects: [
            { add: 'evidence', value: 3 },
            { set: 'choOwnChannel', value: true },
          ],
        },
        {
          id: 'cho-through-him',
          label: 'Insist that everything of hers goes through his phone, to keep her name off it',
          to: 'cho-first-delivery',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'cho-first-delivery',
      chapter: 'cho',
      kind: 'receipt',
      title: 'Dry-cleaning ticket, found in a coat',
      date: '18 November 2021',
      sortDate: '2021-11-18',
      place: 'Dongcheng district, Beijing',
      body: [
        `[[NAME OF A DRY CLEANER]], DONGCHENG
Coat, wool, dark blue | ¥45
Express service | ¥20
TOTAL | ¥65

Ticket no. 4471. Ready Thursday.

FILE NOTE: Found in 2023 in a coat in their wardrobe. Investigators read it as a signal: a ticket ending in 1, sent as a photograph, meant material was waiting.`,
        {
          first: [
            {
              when: { var: 'choOwnChannel', op: '==', value: true },
              text: ' The photograph was sent from her handset, not his.',
            },
            { text: ' The photograph was sent from his handset: nothing of hers went through any other.' },
          ],
        },
        " Each says it was the other's idea.",
      ],
      provenance: { kind: 'invented' },
      exhibit: { id: 'dry-cleaning-ticket', label: 'Dry-cleaning ticket no. 4471, Dongcheng, 2021' },
      choices: [
        {
          id: 'cho-open-her-account',
          label: 'Let her fee pile up in the account in her name',
          to: 'case-opened',
          effects: [
            { add: 'evidence', value: 2 },
            { set: 'choFee', value: 1 },
          ],
        },
        {
          id: 'cho-leave-it-untouched',
          label: 'Ask the handlers to hold her money back until it is over',
          to: 'case-opened',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'cho-she-refuses',
      chapter: 'cho',
      kind: 'interview-note',
      title: 'Statement of Cho: no',
      date: 'Events of 26 July 2021 and after',
      sortDate: '2021-07-26',
      place: 'Beijing',
      body: `CHO: "I told him no. I told him I would not report him, because he was my husband, and that if anyone ever came to me I would not lie for him either.

"I told him to stop. He said he would. I don't know if he did. I stopped asking, because I didn't want to know the answer, and I understand now that that was also a choice."

FILE NOTE: She made no report. Under the law she was obliged to.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have: in its account she agreed.' },
      choices: [
        {
          id: 'cho-tell-handlers-no',
          label: 'Tell the handlers that she said no',
          to: 'cho-refused-handlers',
        },
        {
          id: 'cho-take-her-fee',
          label: 'Tell the handlers she said yes, and take her double fee himself',
          to: 'cho-pocketed-fee',
          effects: [
            { add: 'money', value: 20 },
            { add: 'evidence', value: 3 },
            { set: 'choFee', value: 2 },
          ],
        },
      ],
    },
    {
      id: 'cho-pocketed-fee',
      chapter: 'cho',
      kind: 'invoice',
      title: 'Bank records: an account in his wife’s name',
      date: 'October 2021 to March 2022',
      sortDate: '2021-10',
      place: 'Hong Kong (account), Beijing',
      body: `Account opened at [[a Hong Kong bank]] in the name of CHO, with copies of documents she says she never signed.

Consultant C, signing payment | £20,000
Consultant C, retainer, October to March | £30,000
TOTAL | £50,000

FILE NOTE: Nothing was sent to the British side in her name except what the subject wrote himself, from what she had mentioned over dinner or what he made up. This file first entered the account as hers. She learned of it from the investigators.`,
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'cho-keep-her-account',
          label: 'Keep the payments coming in her name',
          to: 'case-opened',
          effects: [
            { add: 'money', value: 10 },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'cho-close-her-account',
          label: 'Close the account after the first payment, and tell the handlers she is frightened',
          to: 'case-opened',
          effects: [
            { add: 'doubt', value: 2 },
            { set: 'choFee', value: 3 },
          ],
        },
      ],
    },
    {
      id: 'cho-refused-handlers',
      chapter: 'cho',
      kind: 'message',
      title: 'Handset messages, after her answer',
      date: 'August 2021 to 2022',
      sortDate: '2021-08',
      place: 'Beijing',
      body: [
        {
          first: [
            {
              when: { var: 'choTold', op: '==', value: 0 },
              text: 'WANG: I have not asked her and I will not. Send your invoices to whoever you like.\n',
            },
            {
              when: { visits: 'cho-she-refuses', op: '==', value: 0 },
              text: 'WANG: I asked her. Then I told her to forget that I had. It is finished.\n',
            },
            { text: 'WANG: She said no. It is finished.\n' },
          ],
        },
        `ALDER: Understood.
ALDER: We will be in touch about your own work.
ALDER: Anything?
ALDER: The retainer is reduced from this month. We hope to restore it.
ALDER: Nothing has changed between us. Your wife is her own business.
WANG: Then why reduce it?
ALDER: Budgets.

FILE NOTE: Recovered from the handset. Weeks between the lines. Whatever the British side thought of his answer, it kept paying him, a little less, and never asked about her again in writing.`,
      ],
      provenance: { kind: 'invented', note: 'A branch the report does not have.' },
      choices: [
        {
          id: 'cho-work-on-alone',
          label: 'Go back to work for them on his own, to win the retainer back',
          to: 'case-opened',
          effects: [
            { add: 'money', value: 10 },
            { add: 'evidence', value: 1 },
          ],
        },
        {
          id: 'cho-let-it-go-quiet',
          label: 'Answer less and less, and let the channel go quiet',
          to: 'case-opened',
          effects: [{ add: 'doubt', value: 1 }],
        },
      ],
    },
    {
      id: 'cho-reports',
      chapter: 'cho',
      kind: 'memo',
      title: 'Report by a member of staff concerning her husband',
      date: '27 July 2021',
      sortDate: '2021-07-27',
      place: 'Beijing',
      body: [
        `TO: Liaison office, Ministry of State Security
FROM: Security office, [[name of a central agency withheld]]
RE: Report made in person by staff member CHO

At 08:40 today staff member CHO presented herself at this office and stated that her husband, WANG, employed at [[name of the body withheld]], had asked her to provide information from her work to persons acting for a foreign intelligence service, for payment.

She states that she refused.`,
        {
          first: [
            {
              when: { var: 'choTold', op: '==', value: 3 },
              text: ' She has handed over a list of dates, written from memory, from a study exchange in 2015 to this month, and the name of an application on his telephone.',
            },
            {
              when: { var: 'choTold', op: '==', value: 2 },
              text: ' She knows what he offered her: double his fee, from the people who pay him, since London. She has handed over the name of an application on his telephone.',
            },
            {
              text: ' She knows only what he told her, that it was consulting work, and what he would not tell her. She has handed over the name of an application on his telephone.',
            },
          ],
        },
        `

She asked that it be recorded that she came of her own accord, and that she did not know, before this month, what her husband had been doing. She was asked whether she wished to go home today. She said she did not know where that was.`,
      ],
      provenance: {
        kind: 'invented',
        note: 'A branch the report does not have: in its account she agreed. The arrest is invented too: the report tells of a case solved and under investigation, not of an arrest.',
      },
      choices: [],
      ending: {
        id: 'cho-reports',
        title: 'Of Her Own Accord',
        verdict: 'REPORTED BY HIS WIFE — ONE ARREST',
        summary: [
          {
            first: [
              {
                when: { var: 'choTold', op: '==', value: 3 },
                text: 'Wang told Cho all of it at the kitchen table. She said no, and then went to her own agency’s security office with what she knew.',
              },
              {
                when: { var: 'choTold', op: '==', value: 2 },
                text: 'Wang asked Cho by starting with the money. She said no, and then went to her own agency’s security office with what she knew.',
              },
              {
                text: 'Wang told Cho it was consulting. She said no, and then went to her own agency’s security office with what little he had told her.',
              },
            ],
          },
          ' Wang was detained within the week; the file credits her report and records that she came of her own accord. It closes with one name on the cover, not two, and no public statement.',
        ],
      },
    },
  ],
});
