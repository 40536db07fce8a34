/** The plain-text transcript of a run: every part of a page, in order, and a run that stops. */
import { describe, expect, it } from 'vitest';
import { blackOut, renderTranscript, type Story } from '../../../src/story';
import { testMeta } from '../../fixtures/meta';
import { choice, type Draft, ending, passage, story } from './helpers';

const subject: Story = story(
  [
    passage(
      'desk',
      [
        choice('take', 'out', { label: 'Take the red file', effects: [{ set: 'took', value: true }] }),
        choice('leave', 'out', { label: 'Leave it' }),
        choice('burn', 'out', {
          when: { var: 'took', op: '==', value: true },
          lockedHint: 'There is nothing to burn.',
        }),
      ],
      {
        date: '9 March 2015',
        place: 'Room [[4]]',
        body: 'The file is marked [[SECRET]].\n\nNobody is looking.',
        provenance: { kind: 'dramatization', facts: ['G1'] },
      },
    ),
    ending('out', {
      kind: 'travel-record',
      body: ['He left', { when: { var: 'took', op: '==', value: true }, text: ' with the file' }, '.'],
    }),
  ],
  {
    variables: { took: { type: 'boolean', initial: false, description: 'He took the file.' } },
    meta: testMeta({
      facts: [{ id: 'G1', summary: 'A file.', report: ['It had a file.', 'It was red.'], where: 'paragraph 1' }],
      record: [{ section: 'What he took', text: 'The red file', when: { var: 'took', op: '==', value: true } }],
    }) as Draft<Story['meta']>,
  },
) as Story;

const RULE = '='.repeat(72);

describe('renderTranscript', () => {
  it('renders each page: header, title, stamp, body, slip, record, choices with the taken one marked', () => {
    const transcript = renderTranscript(subject, ['take']);
    expect(transcript.ok).toBe(true);
    expect(transcript.text).toBe(
      [
        'Test story \u2014 FILE TEST/0001',
        '',
        'CHAPTER 1 \u00b7 ONE \u00b7 2015',
        RULE,
        'DOC 001 \u00b7 MEMO \u00b7 9 March 2015 \u00b7 Room \u2588',
        'Title of desk',
        '[DRAMATIZATION \u00b7 G1]',
        '',
        'The file is marked \u2588\u2588\u2588\u2588\u2588\u2588.',
        '',
        'Nobody is looking.',
        '',
        '  FROM THE THE TEST GAZETTE REPORT  \u00b7  G1',
        '  | It had a file. \u2026 It was red.',
        '  \u2014 The Test Gazette, \u201cNothing happened\u201d',
        '',
        'CHOICES',
        '> 1. Take the red file',
        '  2. Leave it',
        '  3. Label burn [locked: There is nothing to burn.]',
        RULE,
        'DOC 002 \u00b7 TRAVEL RECORD',
        'Title of out',
        '[INVENTED]',
        '',
        'He left with the file.',
        '',
        'CLOSED: CLOSED',
        'Ending out',
        'It ends at out.',
        '',
        'ON RECORD',
        '  What he took',
        '    - The red file',
        '',
      ].join('\n'),
    );
  });

  it('shows each page as the state there shows it', () => {
    const transcript = renderTranscript(subject, ['leave']);
    expect(transcript.text).toContain('\nHe left.\n');
    expect(transcript.text).not.toContain('ON RECORD');
    expect(transcript.text).toContain('\n  1. Take the');
    expect(transcript.text).toContain('\n> 2. Leave it');
  });

  it('stops at the first choice that does not fit, with the pages before it and why', () => {
    const transcript = renderTranscript(subject, ['burn', 'take']);
    expect(transcript.ok).toBe(false);
    if (transcript.ok) return;
    expect(transcript.failedAt).toBe(0);
    expect(transcript.error.kind).toBe('locked');
    expect(transcript.text).toContain('DOC 001');
    expect(transcript.text).not.toContain('DOC 002');
    expect(transcript.text.trimEnd().split('\n').at(-1)).toMatch(
      /^STOPPED at step 1: Choice "burn" in "desk" is locked/,
    );
  });

  it('blacks out a redaction with as many blocks as it hides characters', () => {
    expect(blackOut('a [[bc]] d [[e f]]')).toBe('a \u2588\u2588 d \u2588\u2588\u2588');
  });
});
