import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const offer = chapter({
  id: 'offer',
  number: 4,
  title: 'The Offer',
  period: '2017',
  passages: [
    {
      id: 'offer-approach',
      chapter: 'offer',
      kind: 'memo',
      title: 'The Offer',
      date: '2017',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'training-safehouse' }],
    },
  ],
});
