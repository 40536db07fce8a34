import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const training = chapter({
  id: 'training',
  number: 5,
  title: 'Training',
  period: '2017',
  passages: [
    {
      id: 'training-safehouse',
      chapter: 'training',
      kind: 'memo',
      title: 'Training',
      date: '2017',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'return-arrival' }],
    },
  ],
});
