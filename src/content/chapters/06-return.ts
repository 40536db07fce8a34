import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const homecoming = chapter({
  id: 'return',
  number: 6,
  title: 'The Return',
  period: '2018',
  passages: [
    {
      id: 'return-arrival',
      chapter: 'return',
      kind: 'memo',
      title: 'The Return',
      date: '2018',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'cho-first-ask' }],
    },
  ],
});
