import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const dinners = chapter({
  id: 'dinners',
  number: 2,
  title: 'Dinners and Tours',
  period: '2015',
  passages: [
    {
      id: 'dinners-first-invitation',
      chapter: 'dinners',
      kind: 'memo',
      title: 'Dinners and Tours',
      date: '2015',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'consulting-old-classmate' }],
    },
  ],
});
