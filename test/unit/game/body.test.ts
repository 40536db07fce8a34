import { describe, expect, it } from 'vitest';
import { parseBody, splitParagraphs } from '../../../src/game/layout/body';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(splitParagraphs('One\ntwo\n\n\nThree\r\n  \r\nFour  ')).toEqual(['One\ntwo', 'Three', 'Four']);
  });
});

describe('parseBody per document kind', () => {
  it('memo: TO/FROM/RE header fields, then paragraphs', () => {
    const body = parseBody('memo', 'TO: Personnel\nFROM: Wang, Section [[4]]\nRE: Exchange\n\nFirst.\n\nSecond.');
    expect(body).toEqual({
      kind: 'memo',
      fields: [
        { label: 'TO', value: 'Personnel' },
        { label: 'FROM', value: 'Wang, Section [[4]]' },
        { label: 'RE', value: 'Exchange' },
      ],
      paragraphs: ['First.', 'Second.'],
    });
  });

  it('memo without a header is plain paragraphs', () => {
    expect(parseBody('memo', 'Just text.\n\nMore.')).toEqual({
      kind: 'memo',
      fields: [],
      paragraphs: ['Just text.', 'More.'],
    });
  });

  it('transcript: timestamps and speakers in capitals; other lines are narration', () => {
    const body = parseBody(
      'transcript',
      '[21:04] WANG: Good evening.\n[21:05] DR. HALE: Sit down.\nCHAIR: No time.\n(Inaudible.)',
    );
    expect(body).toEqual({
      kind: 'transcript',
      lines: [
        { time: '21:04', speaker: 'WANG', text: 'Good evening.' },
        { time: '21:05', speaker: 'DR. HALE', text: 'Sit down.' },
        { time: null, speaker: 'CHAIR', text: 'No time.' },
        { time: null, speaker: null, text: '(Inaudible.)' },
      ],
    });
  });

  it('surveillance log: a time column and terse lines', () => {
    expect(parseBody('surveillance-log', '21:04 Subject leaves.\n\nNo time here')).toEqual({
      kind: 'surveillance-log',
      entries: [
        { time: '21:04', text: 'Subject leaves.' },
        { time: null, text: 'No time here' },
      ],
    });
  });

  it("message: one bubble per line; the story's own senders are the own side, in any case", () => {
    expect(parseBody('message', 'Cho: Home late?\nWANG: Yes.\nno sender', ['Wang', 'Me'])).toEqual({
      kind: 'message',
      bubbles: [
        { sender: 'Cho', text: 'Home late?', own: false },
        { sender: 'WANG', text: 'Yes.', own: true },
        { sender: null, text: 'no sender', own: false },
      ],
    });
  });

  it('invoice and receipt: items, notes and the total', () => {
    expect(parseBody('invoice', 'Report | £1,200\nBriefing paper | £2,400\nPaid by transfer.\nTOTAL | £3,600')).toEqual(
      {
        kind: 'invoice',
        rows: [
          { type: 'item', description: 'Report', amount: '£1,200' },
          { type: 'item', description: 'Briefing paper', amount: '£2,400' },
          { type: 'note', text: 'Paid by transfer.' },
        ],
        total: '£3,600',
      },
    );
    expect(parseBody('receipt', 'Two whiskies | £24')).toEqual({
      kind: 'receipt',
      rows: [{ type: 'item', description: 'Two whiskies', amount: '£24' }],
      total: null,
    });
  });

  it('travel record and interview note: free paragraphs', () => {
    expect(parseBody('travel-record', 'PEK to LHR.\n\nSeat 41C.')).toEqual({
      kind: 'travel-record',
      paragraphs: ['PEK to LHR.', 'Seat 41C.'],
    });
    expect(parseBody('interview-note', 'Nervous.')).toEqual({ kind: 'interview-note', paragraphs: ['Nervous.'] });
  });
});
