/**
 * Type test, checked by `npm run typecheck`: conditional text in a chapter module is checked
 * as it is written. A misspelt field or a condition of the wrong shape must not compile; if
 * one ever does, its `@ts-expect-error` becomes unused and the typecheck fails.
 */
import { chapter } from '../../src/story/define';

const page = {
  id: 'here',
  chapter: 'only',
  kind: 'memo',
  title: 'Here',
  provenance: { kind: 'invented' },
  choices: [],
} as const;

const chapterOf = { id: 'only', number: 1, title: 'Only', period: '2015' } as const;

// Plain strings, conditional parts and alternatives compile, in a body, a label and an ending.
export const fine = chapter({
  ...chapterOf,
  passages: [
    {
      ...page,
      body: ['A page.', { when: { var: 'money', op: '>', value: 0 } as const, text: ' Paid.' }],
      ending: {
        id: 'end',
        title: [{ first: [{ when: { visits: 'here', op: '>', value: 1 } as const, text: 'Again' }, { text: 'Once' }] }],
        verdict: 'CLOSED',
        summary: 'Closed.',
      },
    },
  ],
});

export const misspelt = chapter({
  ...chapterOf,
  // @ts-expect-error a part is { when, text }: "txt" is not a field.
  passages: [{ ...page, body: ['A page.', { when: { var: 'money', op: '>', value: 0 }, txt: ' Paid.' }] }],
});

export const badCondition = chapter({
  ...chapterOf,
  // @ts-expect-error "is" is not a comparison.
  passages: [{ ...page, body: [{ first: [{ when: { var: 'money', op: 'is', value: 0 }, text: 'Paid.' }] }] }],
});
