import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const consulting = chapter({
  id: 'consulting',
  number: 3,
  title: 'Consulting',
  period: '2016',
  passages: [
    {
      id: 'consulting-old-classmate',
      chapter: 'consulting',
      kind: 'memo',
      title: 'Consulting',
      date: '2016',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'offer-approach' }],
    },
  ],
});
