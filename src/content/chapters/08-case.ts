import { chapter } from '../../story/define';

// Placeholder until the chapter is written.
export const theCase = chapter({
  id: 'case',
  number: 8,
  title: 'The Case',
  period: '2024',
  passages: [
    {
      id: 'case-opened',
      chapter: 'case',
      kind: 'memo',
      title: 'The Case',
      date: '2024',
      place: 'Placeholder',
      body: 'This chapter is not written yet.',
      provenance: { kind: 'dramatized' },
      choices: [],
      ending: { id: 'placeholder', title: 'Placeholder', verdict: 'CLOSED', summary: 'Not written yet.' },
    },
  ],
});
