import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const cho = chapter({
  id: 'cho',
  number: 7,
  title: 'Cho',
  period: '2021',
  passages: [
    {
      id: 'cho-first-ask',
      chapter: 'cho',
      kind: 'memo',
      title: 'Cho',
      date: '2021',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [{ id: 'continue', label: 'Continue', to: 'case-opened' }],
    },
  ],
});
