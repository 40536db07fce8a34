import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const exchange = chapter({
  id: 'exchange',
  number: 1,
  title: 'The Exchange',
  period: '2015',
  passages: [
    {
      id: 'exchange-application',
      chapter: 'exchange',
      kind: 'memo',
      title: 'The Exchange',
      date: '2015',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'dinners-first-invitation' }],
    },
  ],
});
