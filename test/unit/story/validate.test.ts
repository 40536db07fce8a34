import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/story';
import { RULES, type RuleId, validateStory } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { facts } from '../../fixtures/meta';
import { choice, cleanStory, type Draft, ending, find, passage, rulesOf } from './helpers';

interface Case {
  readonly rule: RuleId;
  readonly name: string;
  /** Break exactly one thing in a copy of the clean story. */
  readonly breakIt: (draft: Draft<Story>) => void;
  /** Further rules the same mistake necessarily trips. */
  readonly also?: readonly RuleId[];
  /** Part of the message the author should see. */
  readonly says?: RegExp;
  /** The passage the problem should name. */
  readonly at?: string;
  /** What the tool knows beyond the story (the ambient beds the game has). */
  readonly options?: { readonly ambience?: readonly string[] };
}

const cases: Case[] = [
  {
    rule: 'duplicate-chapter-id',
    name: 'two chapters share an id',
    breakIt: (d) => {
      d.chapters.push({ id: 'one', number: 2, title: 'Two', period: '2016', passages: [] });
    },
    says: /Two chapters have the id "one"/,
  },
  {
    rule: 'duplicate-chapter-number',
    name: 'two chapters share a number',
    breakIt: (d) => {
      d.chapters.push({ id: 'two', number: 1, title: 'Two', period: '2016', passages: [] });
    },
    says: /both have the number 1/,
  },
  {
    rule: 'duplicate-passage-id',
    name: 'two passages share an id',
    breakIt: (d) => {
      d.chapters[0]?.passages.push(ending('win', { ending: { id: 'other', title: 'T', verdict: 'V', summary: 'S' } }));
    },
    at: 'win',
  },
  {
    rule: 'duplicate-choice-id',
    name: 'two choices in a passage share an id',
    breakIt: (d) => {
      find(d, 'middle').choices.push(
        choice('win', 'lose', {
          when: { var: 'flag', op: '==', value: true },
          effects: [{ set: 'flag', value: false }],
        }),
      );
    },
    at: 'middle',
    says: /share the id "win"/,
  },
  {
    rule: 'duplicate-ending-id',
    name: 'two endings share an id',
    breakIt: (d) => {
      const lose = find(d, 'lose');
      if (lose.ending) lose.ending.id = 'win-ending';
    },
    at: 'lose',
  },
  {
    rule: 'missing-start',
    name: 'the start passage does not exist',
    breakIt: (d) => {
      d.start = 'nowhere';
    },
    says: /starts at "nowhere"/,
  },
  {
    rule: 'missing-link',
    name: 'a choice leads to a missing passage',
    breakIt: (d) => {
      find(d, 'middle').choices.push(choice('jump', 'nowhere'));
    },
    at: 'middle',
    says: /Choice "jump" leads to "nowhere", which is not a passage/,
  },
  {
    rule: 'unknown-chapter',
    name: 'a passage names a chapter that does not exist',
    breakIt: (d) => {
      find(d, 'middle').chapter = 'zzz';
    },
    at: 'middle',
  },
  {
    rule: 'chapter-mismatch',
    name: "a passage names another chapter than the one it's in",
    breakIt: (d) => {
      const lose = d.chapters[0]?.passages.pop() as Draft<Story>['chapters'][number]['passages'][number];
      d.chapters.push({ id: 'two', number: 2, title: 'Two', period: '2016', passages: [lose] });
    },
    at: 'lose',
    says: /belongs to chapter "one" but sits in chapter "two"/,
  },
  {
    rule: 'unreachable-passage',
    name: 'nothing links to a passage',
    breakIt: (d) => {
      d.chapters[0]?.passages.push(passage('orphan', [choice('on', 'win')]));
    },
    at: 'orphan',
    says: /no choice links to it/,
  },
  {
    rule: 'unreachable-passage',
    name: 'only an unreachable passage links to a passage',
    breakIt: (d) => {
      d.chapters[0]?.passages.push(
        passage('orphan', [choice('on', 'orphan2')]),
        passage('orphan2', [choice('on', 'win')]),
      );
    },
    at: 'orphan2',
    says: /only passages that no playthrough reaches link to it/,
  },
  {
    rule: 'unreachable-passage',
    name: 'the only way in is a choice that is never available',
    breakIt: (d) => {
      find(d, 'start').choices.push(choice('secret', 'hidden', { when: { var: 'n', op: '>', value: 5 } }));
      d.chapters[0]?.passages.push(passage('hidden', [choice('on', 'win')]));
    },
    also: ['choice-never-available'],
    at: 'hidden',
    says: /the choices that lead here are never available/,
  },
  {
    rule: 'unreachable-passage',
    name: 'only a passage behind a never-available choice links to a passage',
    breakIt: (d) => {
      find(d, 'start').choices.push(choice('secret', 'hidden', { when: { var: 'n', op: '>', value: 5 } }));
      d.chapters[0]?.passages.push(
        passage('hidden', [choice('on', 'deeper')]),
        passage('deeper', [choice('on', 'win')]),
      );
    },
    also: ['choice-never-available'],
    at: 'deeper',
    says: /only passages that no playthrough reaches link to it/,
  },
  {
    rule: 'unreachable-ending',
    name: 'no playthrough reaches an ending',
    breakIt: (d) => {
      d.chapters[0]?.passages.push(ending('lost'));
    },
    at: 'lost',
    says: /No playthrough reaches the ending "Ending lost"/,
  },
  {
    rule: 'dead-end',
    name: 'a passage has no choices and no ending',
    breakIt: (d) => {
      find(d, 'middle').choices.push(choice('limbo', 'limbo'));
      d.chapters[0]?.passages.push(passage('limbo', []));
    },
    at: 'limbo',
    says: /no choices and no ending/,
  },
  {
    rule: 'dead-end',
    name: 'some playthrough finds every choice locked',
    breakIt: (d) => {
      find(d, 'start').choices.push(choice('wait', 'middle'));
    },
    at: 'middle',
    says: /every choice locked, for example after "wait" \(n 0, flag false\)/,
  },
  {
    rule: 'no-way-out',
    name: 'a loop that no choice leaves',
    breakIt: (d) => {
      find(d, 'middle').choices.push(choice('stray', 'limbo'));
      d.chapters[0]?.passages.push(passage('limbo', [choice('round', 'limbo')]));
    },
    at: 'limbo',
    says: /No ending can be reached from here, whatever is chosen: "limbo" is a loop with no way out/,
  },
  {
    rule: 'ending-with-choices',
    name: 'an ending also has choices',
    breakIt: (d) => {
      find(d, 'win').choices.push(choice('again', 'start'));
    },
    at: 'win',
  },
  {
    rule: 'choice-never-available',
    name: 'a condition never holds where the choice is offered',
    breakIt: (d) => {
      find(d, 'middle').choices.push(
        choice('rich', 'win', { when: { var: 'n', op: '>=', value: 5 }, effects: [{ add: 'n', value: 1 }] }),
      );
    },
    at: 'middle',
    says: /Choice "rich" \("Label rich"\) is locked in every playthrough .* needs n is at least 5/,
  },
  {
    rule: 'impossible-comparison',
    name: 'an ordering comparison on a boolean',
    breakIt: (d) => {
      const lose = find(d, 'middle').choices[1];
      if (lose) lose.when = { var: 'flag', op: '>=', value: true };
    },
    at: 'middle',
    says: /compares the yes\/no variable "flag" with ">="/,
  },
  {
    rule: 'impossible-comparison',
    name: 'a boolean compared with a number',
    breakIt: (d) => {
      const lose = find(d, 'middle').choices[1];
      if (lose) lose.when = { var: 'flag', op: '!=', value: 0 };
    },
    says: /yes\/no variable "flag" with the number 0/,
  },
  {
    rule: 'impossible-comparison',
    name: 'a number compared with a boolean',
    breakIt: (d) => {
      const win = find(d, 'middle').choices[0];
      if (win) win.when = { var: 'n', op: '!=', value: false };
    },
    says: /number variable "n" with false/,
  },
  {
    rule: 'undeclared-variable',
    name: 'a condition reads an undeclared variable',
    breakIt: (d) => {
      const win = find(d, 'middle').choices[0];
      if (win) {
        win.when = { all: [{ var: 'n', op: '>=', value: 1 }, { not: { var: 'ghost', op: '==', value: true } }] };
      }
    },
    at: 'middle',
    says: /reads the variable "ghost", which the story does not declare/,
  },
  {
    rule: 'undeclared-variable',
    name: 'an effect changes an undeclared variable',
    breakIt: (d) => {
      find(d, 'start').choices[0]?.effects?.push({ set: 'ghost', value: true });
    },
    at: 'start',
    says: /changes the variable "ghost"/,
  },
  {
    rule: 'missing-visits-passage',
    name: 'a condition counts visits to a missing passage',
    breakIt: (d) => {
      const win = find(d, 'middle').choices[0];
      if (win)
        win.when = {
          all: [
            { var: 'n', op: '>=', value: 1 },
            { visits: 'nowhere', op: '==', value: 0 },
          ],
        };
    },
    at: 'middle',
    says: /counts visits to "nowhere"/,
  },
  {
    rule: 'effect-type',
    name: 'add on a boolean',
    breakIt: (d) => {
      const flag = find(d, 'start').choices[1];
      if (flag)
        flag.effects = [
          { add: 'flag', value: 1 },
          { set: 'flag', value: true },
        ];
    },
    at: 'start',
    says: /adds to the yes\/no variable "flag"/,
  },
  {
    rule: 'effect-type',
    name: 'a number set to a boolean',
    breakIt: (d) => {
      const go = find(d, 'start').choices[0];
      if (go)
        go.effects = [
          { set: 'n', value: true },
          { add: 'n', value: 1 },
        ];
    },
    says: /sets the number variable "n" to true/,
  },
  {
    rule: 'effect-type',
    name: 'a boolean set to a number',
    breakIt: (d) => {
      const flag = find(d, 'start').choices[1];
      if (flag)
        flag.effects = [
          { set: 'flag', value: 0 },
          { set: 'flag', value: true },
        ];
    },
    says: /sets the yes\/no \(boolean\) variable "flag" to 0/,
  },
  {
    rule: 'empty-text',
    name: 'an empty body',
    breakIt: (d) => {
      find(d, 'middle').body = '   ';
    },
    at: 'middle',
    says: /empty body/,
  },
  {
    rule: 'empty-text',
    name: 'an empty choice label',
    breakIt: (d) => {
      const go = find(d, 'start').choices[0];
      if (go) go.label = '';
    },
    at: 'start',
    says: /Choice "go" has an empty label/,
  },
  {
    rule: 'empty-text',
    name: 'an empty ending verdict',
    breakIt: (d) => {
      const win = find(d, 'win');
      if (win.ending) win.ending.verdict = '';
    },
    at: 'win',
    says: /empty verdict/,
  },
  {
    rule: 'empty-text',
    name: 'an empty passage title',
    breakIt: (d) => {
      find(d, 'win').title = '';
    },
    at: 'win',
    says: /empty title/,
  },
  {
    rule: 'interchangeable-choices',
    name: 'two choices lead to the same place with the same effects',
    breakIt: (d) => {
      find(d, 'middle').choices.push(choice('win-too', 'win', { when: { var: 'n', op: '>=', value: 1 } }));
    },
    at: 'middle',
    says: /Choices "win" and "win-too" both lead to "win" with the same effects/,
  },
  {
    rule: 'lock-without-hint',
    name: 'a choice that can be locked does not say why',
    breakIt: (d) => {
      const win = find(d, 'middle').choices.find((c) => c.id === 'win')!;
      win.lockedHint = ' ';
    },
    at: 'middle',
    says: /Choice "win" has a condition but no lockedHint: when it is locked, say why in the story's words/,
  },
  {
    rule: 'unknown-fact',
    name: 'a passage cites a fact the story does not declare',
    breakIt: (d) => {
      d.meta.facts = facts('G1', 'G2');
      find(d, 'start').provenance = { kind: 'dramatization', facts: ['G1', 'G2'] };
      find(d, 'middle').provenance = { kind: 'dramatization', facts: ['G2', 'F14'] };
    },
    at: 'middle',
    says: /Cites "F14", which is not one of the facts the story declares \(the story's facts are G1, G2\)/,
  },
  {
    rule: 'unknown-fact',
    name: 'a story with no facts cites one',
    breakIt: (d) => {
      find(d, 'middle').provenance = { kind: 'dramatization', facts: ['F1'] };
    },
    at: 'middle',
    says: /Cites "F1", .*the story declares no facts/,
  },
  {
    rule: 'duplicate-fact-id',
    name: 'two facts share an id',
    breakIt: (d) => {
      d.meta.facts = [...facts('G1', 'G2'), ...facts('G1')];
      find(d, 'start').provenance = { kind: 'dramatization', facts: ['G1', 'G2'] };
    },
    says: /Two facts have the id "G1"/,
  },
  {
    rule: 'fact-never-cited',
    name: 'a declared fact no passage cites',
    breakIt: (d) => {
      d.meta.facts = facts('G1', 'G2', 'G3');
      find(d, 'start').provenance = { kind: 'dramatization', facts: ['G1', 'G3'] };
    },
    says: /The fact "G2" is declared but no passage cites it/,
  },
  {
    rule: 'dramatization-without-facts',
    name: 'alleged provenance without facts',
    breakIt: (d) => {
      find(d, 'middle').provenance = { kind: 'dramatization', facts: [] };
    },
    at: 'middle',
  },
  {
    rule: 'summary-variable',
    name: 'the closed file shows a variable the story does not declare',
    breakIt: (d) => {
      d.meta.fileSummary = [{ label: 'Cash', variable: 'cash', show: 'money', currency: '$', unit: 1 }];
    },
    says: /The closed file's row "Cash" shows the variable "cash", which the story does not declare/,
  },
  {
    rule: 'summary-variable',
    name: 'the closed file shows a yes/no variable as money',
    breakIt: (d) => {
      d.meta.fileSummary = [{ label: 'Flag', variable: 'flag', show: 'scale', max: 10 }];
    },
    says: /shows "flag" as "scale", which needs a number variable; it is a yes\/no \(boolean\)/,
  },
  {
    rule: 'unknown-ambience',
    name: 'a chapter asks for an ambient bed the game does not have',
    breakIt: (d) => {
      const [one] = d.chapters;
      if (one) one.ambience = 'jungle';
    },
    options: { ambience: ['rain', 'office'] },
    says: /Chapter "one" asks for the ambient bed "jungle", which the game does not have \(it has "rain", "office"\)/,
  },
  {
    rule: 'variable-never-written',
    name: 'a variable is read but never written',
    breakIt: (d) => {
      d.variables.m = { type: 'number', initial: 0, description: '' };
      const win = find(d, 'middle').choices[0];
      if (win)
        win.when = {
          all: [
            { var: 'n', op: '>=', value: 1 },
            { var: 'm', op: '==', value: 0 },
          ],
        };
    },
    says: /"m" is read by conditions but no choice ever changes it, so it always stays at 0/,
  },
  {
    rule: 'variable-never-read',
    name: 'a variable is written but never read',
    breakIt: (d) => {
      d.variables.m = { type: 'number', initial: 0, description: '' };
      find(d, 'start').choices[0]?.effects?.push({ add: 'm', value: 1 });
    },
  },
  {
    rule: 'unused-variable',
    name: 'a variable is declared and never used',
    breakIt: (d) => {
      d.variables.m = { type: 'boolean', initial: false, description: '' };
    },
  }, // Conditional text: its conditions are checked like choices', and the passage is named.
  {
    rule: 'undeclared-variable',
    name: 'conditional text reads an undeclared variable',
    breakIt: (d) => {
      find(d, 'middle').body = ['He waited. ', { when: { var: 'ghost', op: '==', value: true }, text: 'Nobody came.' }];
    },
    also: ['text-never-shown'],
    at: 'middle',
    says: /^The text "Nobody came\." \(the body, part 2\) reads the variable "ghost", which the story does not declare\./m,
  },
  {
    rule: 'impossible-comparison',
    name: "a label's alternative compares a yes/no variable with a number",
    breakIt: (d) => {
      const win = find(d, 'middle').choices[0];
      if (win)
        win.label = [{ first: [{ when: { var: 'flag', op: '>', value: 1 }, text: 'Win big' }, { text: 'Win' }] }];
    },
    also: ['text-never-shown'],
    at: 'middle',
    says: /The text "Win big" \(the label of choice "win", part 1, alternative 1\) compares the yes\/no variable "flag" with the number 1/,
  },
  {
    rule: 'missing-visits-passage',
    name: "an ending's title counts visits to a passage that does not exist",
    breakIt: (d) => {
      const win = find(d, 'win');
      if (win.ending) win.ending.title = [{ when: { visits: 'nowhere', op: '>', value: 0 }, text: 'Again' }, 'Won'];
    },
    also: ['text-never-shown'],
    at: 'win',
    says: /The text "Again" \(the ending's title, part 1\) counts visits to "nowhere", which is not a passage/,
  },
  {
    rule: 'empty-text',
    name: 'a body of parts that can show nothing',
    breakIt: (d) => {
      find(d, 'middle').body = [' ', { when: { var: 'n', op: '>=', value: 1 }, text: '' }];
    },
    at: 'middle',
    says: /empty body/,
  },
  {
    rule: 'empty-text',
    name: 'a body that some playthrough shows empty',
    breakIt: (d) => {
      // The way in through `flag` leaves n at 0.
      find(d, 'middle').body = [{ when: { var: 'n', op: '>=', value: 1 }, text: 'He counted.' }];
    },
    at: 'middle',
    says: /^In some playthrough the body shows nothing/,
  },
  {
    rule: 'empty-text',
    name: 'a choice label that some playthrough shows empty',
    breakIt: (d) => {
      const lose = find(d, 'middle').choices[1];
      if (lose) lose.label = [{ first: [{ when: { var: 'n', op: '>=', value: 1 }, text: 'Lose' }] }];
    },
    at: 'middle',
    says: /^In some playthrough the label of choice "lose" shows nothing/,
  },
  {
    rule: 'text-never-shown',
    name: 'a conditional paragraph no playthrough shows',
    breakIt: (d) => {
      find(d, 'middle').body = [
        'He waited.',
        { when: { var: 'n', op: '>', value: 5 }, text: '\n\nHe had counted to six.' },
      ];
    },
    at: 'middle',
    says: /^The text "He had counted to six\." \(the body, part 2\) is shown in no playthrough: its condition never holds here;/,
  },
  {
    rule: 'text-never-shown',
    name: 'an "otherwise" behind an alternative that always holds',
    breakIt: (d) => {
      const win = find(d, 'win');
      if (win.ending) {
        win.ending.summary = [
          { first: [{ when: { var: 'n', op: '>=', value: 1 }, text: 'He counted.' }, { text: 'He never counted.' }] },
        ];
      }
    },
    also: ['text-always-shown'],
    at: 'win',
    says: /"He never counted\." \(the ending's summary, part 1, alternative 2\) is shown in no playthrough: an alternative before it always holds/,
  },
  {
    rule: 'text-always-shown',
    name: 'conditional text every playthrough shows',
    breakIt: (d) => {
      // Only `win` leads here, and it needs n >= 1.
      const win = find(d, 'win');
      if (win.ending)
        win.ending.summary = ['It ends.', { when: { var: 'n', op: '>=', value: 1 }, text: ' He counted.' }];
    },
    at: 'win',
    says: /^The text "He counted\." \(the ending's summary, part 2\) is shown in every playthrough that reaches this passage, so it need not be conditional/,
  },
  // The timeline: dated pages never lead back in time, unless into a flashback.
  {
    rule: 'time-goes-back',
    name: 'a choice leads from a dated page to an earlier one',
    breakIt: (d) => {
      find(d, 'start').sortDate = '2015-03';
      find(d, 'middle').sortDate = '2015-02-10';
      find(d, 'win').sortDate = '2016';
      find(d, 'lose').sortDate = '2016';
    },
    at: 'start',
    says: /^Choice "go" leads from "start" \(2015-03\) back in time to "middle" \(2015-02-10\): date "middle" later, reorder the pages, or mark "middle" as a flashback\./,
  },
  {
    rule: 'time-goes-back',
    name: 'a choice out of a flashback leads to a time before the one it was entered from',
    breakIt: (d) => {
      find(d, 'start').sortDate = '2019';
      Object.assign(find(d, 'middle'), { sortDate: '2015', flashback: true });
      find(d, 'win').sortDate = '2016';
      find(d, 'lose').sortDate = '2019-05';
    },
    at: 'middle',
    says: /^Choice "win" leads out of the flashback "middle" to "win" \(2016\), earlier than "start" \(2019\), where the flashback was entered from/,
  },
  {
    rule: 'missing-sort-date',
    name: 'the story dates some pages and not others',
    breakIt: (d) => {
      find(d, 'start').sortDate = '2015';
      find(d, 'win').sortDate = '2016';
      find(d, 'lose').sortDate = '2016';
    },
    at: 'middle',
    says: /^Has no sortDate, while the story dates other pages: give it one \("2015", "2015-03" or "2015-03-09"\)/,
  },
  {
    rule: 'missing-sort-date',
    name: 'a sortDate is not sortable (a typed story skips the schema)',
    breakIt: (d) => {
      for (const id of ['start', 'win', 'lose']) find(d, id).sortDate = '2015';
      find(d, 'middle').sortDate = 'March 2015';
    },
    at: 'middle',
    says: /Its sortDate "March 2015" is not a sortable date/,
  },
  // A pick that never shows.
  {
    rule: 'inert-choice',
    name: 'two choices meet and differ only in a variable nothing reads',
    breakIt: (d) => {
      d.variables.m = { type: 'number', initial: 0, description: 'Never read.' };
      find(d, 'start').choices.push(
        choice('go2', 'middle', {
          effects: [
            { add: 'n', value: 1 },
            { add: 'm', value: 1 },
          ],
        }),
      );
    },
    also: ['variable-never-read'],
    at: 'start',
    says: /^Choices "go" and "go2" both lead to "middle", and what differs between them \("m"\) is read by nothing from there on: no text, lock, record line or row of the closed file shows it, so the pick never shows\. Give the difference a consequence that shows later, or cut one of them\.$/,
  },
  {
    rule: 'inert-choice',
    name: 'two choices meet where nothing reads the variable, though a page elsewhere does',
    breakIt: (d) => {
      d.variables.m = { type: 'number', initial: 0, description: 'Read at middle only.' };
      find(d, 'start').choices.push(
        choice('w1', 'win', { effects: [{ add: 'm', value: 1 }] }),
        choice('w2', 'win', { effects: [{ add: 'm', value: 2 }] }),
      );
      const lose = find(d, 'middle').choices[1];
      if (lose)
        lose.when = {
          any: [
            { var: 'flag', op: '==', value: true },
            { var: 'm', op: '>=', value: 1 },
          ],
        };
    },
    at: 'start',
    says: /Choices "w1" and "w2" both lead to "win", and what differs between them \("m"\)/,
  },
  // The record: each line some playthroughs keep and others do not.
  {
    rule: 'record-never-shown',
    name: 'a record line whose condition no playthrough meets',
    breakIt: (d) => {
      d.meta.record = [{ section: 'What he did', text: 'Went past five', when: { var: 'n', op: '>', value: 5 } }];
    },
    says: /^The record line "Went past five" \(under "What he did"\) is kept in no playthrough \(in every state the check explored and in \d+ sampled playthroughs\): it needs n is above 5; change the condition or cut the line\.$/,
  },
  {
    rule: 'record-always-shown',
    name: 'a record line kept from the start in every playthrough',
    breakIt: (d) => {
      d.meta.record = [{ section: 'What he did', text: 'Exists', when: { var: 'n', op: '>=', value: 0 } }];
    },
    says: /^The record line "Exists" \(under "What he did"\) is kept from the start \(in every state the check explored and in \d+ sampled playthroughs\): .*so it records no choice; make its condition depend on what the player does, or cut the line\.$/,
  },
];

describe('validateStory', () => {
  it('reports nothing for a clean story and for the example fixture', () => {
    expect(validateStory(cleanStory())).toEqual([]);
    expect(validateStory(exampleStory)).toEqual([]);
  });

  it('checks citations against the facts the story declares, whatever their ids', () => {
    const draft = cleanStory();
    draft.meta.facts = facts('G1', 'G2', 'G3', 'G4');
    find(draft, 'start').provenance = { kind: 'dramatization', facts: ['G1', 'G2'] };
    find(draft, 'middle').provenance = { kind: 'dramatization', facts: ['G3', 'G4'] };
    expect(validateStory(draft)).toEqual([]);
  });

  it('counts a variable the closed file shows as read, even when no condition reads it', () => {
    const draft = cleanStory();
    find(draft, 'start').choices.push(
      choice('save', 'middle', {
        effects: [
          { add: 'n', value: 1 },
          { add: 'kept', value: 2 },
        ],
      }),
    );
    draft.variables.kept = { type: 'number', initial: 0, description: 'Kept.' };
    expect(rulesOf(validateStory(draft))).toEqual(['inert-choice', 'variable-never-read']);
    draft.meta.fileSummary = [{ label: 'Kept', variable: 'kept', show: 'number' }];
    expect(validateStory(draft)).toEqual([]);
  });

  it('leaves a chapter without ambience, or any ambience when the tool knows no beds, alone', () => {
    const draft = cleanStory();
    const [one] = draft.chapters;
    if (one) one.ambience = 'jungle';
    expect(validateStory(draft)).toEqual([]);
    if (one) delete one.ambience;
    expect(validateStory(draft, { ambience: ['rain'] })).toEqual([]);
  });

  it.each(cases)('$rule: $name', ({ rule, breakIt, also = [], says, at, options }) => {
    const draft = cleanStory();
    breakIt(draft);
    const problems = validateStory(draft, options);
    expect(rulesOf(problems)).toEqual([...new Set([rule, ...also])].sort());
    const mine = problems.filter((p) => p.rule === rule);
    for (const problem of mine) expect(problem.severity).toBe(RULES[rule][0]);
    if (at) expect(mine.some((p) => p.passage === at)).toBe(true);
    const shown = at ? mine.filter((p) => p.passage === at) : mine;
    if (says) expect(shown.map((p) => p.message).join('\n')).toMatch(says);
  });

  it('covers every rule with at least one case', () => {
    const covered = new Set<string>(cases.map((c) => c.rule));
    covered.add('exploration-incomplete'); // tested below
    expect(Object.keys(RULES).filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('when exploration stops at its bound, lists what it could not settle in one warning', () => {
    const problems = validateStory(cleanStory(), { maxStates: 2 });
    expect(rulesOf(problems)).toEqual(['exploration-incomplete']);
    const [warning] = problems;
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/^Exploration stopped at 2 states before covering every playthrough/);
    expect(warning?.message).toContain('2 passages may be unreachable (win, lose)');
    expect(warning?.message).toContain('1 choice may never be available (middle > lose)');
    expect(warning?.message).toContain('1 passage may leave a player stuck (middle)');
  });

  it('still reports what is certainly impossible when exploration stops at its bound', () => {
    const draft = cleanStory();
    find(draft, 'start').choices.push(choice('secret', 'hidden', { when: { var: 'n', op: '>', value: 5 } }));
    draft.chapters[0]?.passages.push(passage('hidden', [choice('on', 'win')]));
    const problems = validateStory(draft, { maxStates: 2 });
    expect(rulesOf(problems)).toEqual(['choice-never-available', 'exploration-incomplete', 'unreachable-passage']);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.passage)).toEqual(['hidden', 'start']);
  });

  it('lists errors before warnings', () => {
    const draft = cleanStory();
    draft.variables.m = { type: 'boolean', initial: false, description: '' };
    find(draft, 'middle').body = '';
    const severities = validateStory(draft).map((p) => p.severity);
    expect(severities).toEqual(['error', 'warning']);
  });

  it('reports one dead end per passage, not one per state', () => {
    const draft = cleanStory();
    find(draft, 'start').choices.push(
      choice('wait', 'middle'),
      choice('wait2', 'middle', { effects: [{ add: 'n', value: 0 }] }),
    );
    expect(validateStory(draft).filter((p) => p.rule === 'dead-end')).toHaveLength(1);
  });

  it('does not throw on a story with many problems at once', () => {
    const draft = cleanStory();
    draft.start = 'middle';
    find(draft, 'middle').choices.push(choice('x', 'nowhere'), choice('x', 'nowhere'));
    draft.chapters.push({ id: 'one', number: 1, title: '', period: '', passages: [passage('middle', [])] });
    expect(() => validateStory(draft)).not.toThrow();
  });
});
