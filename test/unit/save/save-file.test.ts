import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedRun } from '../../../src/save/ports';
import {
  type ExportedSave,
  MAX_SAVE_FILE_CHARS,
  parseSaveFile,
  SAVE_FILE_FORMAT,
  SAVE_FILE_KIND,
  saveFileName,
  saveFileText,
} from '../../../src/save/save-file';

const STORY = { id: 'the-consultant', title: 'The Consultant' };
const now = new Date(2026, 11, 3, 14, 30); // local time: 3 December 2026

function runWith(...choices: string[]): SavedRun {
  return {
    storyId: STORY.id,
    storyVersion: 3,
    steps: choices.map((choice) => ({ kind: 'choice', choice })),
    savedAt: '2026-12-03T09:00:00.000Z',
  };
}
const all: ExportedSave[] = [
  { slot: 1, run: runWith('ch1.accept') },
  { slot: 2, run: runWith('ch1.accept', 'ch2.dinner') },
  { slot: 3, run: runWith('ch1.refuse') },
];

/** A well-formed file as an object, to break one thing at a time. */
function fileObject(overrides: Record<string, unknown> = {}) {
  return { ...JSON.parse(saveFileText(STORY, all, now)), ...overrides };
}
const parse = (value: unknown) => parseSaveFile(JSON.stringify(value), STORY.id);
const messageOf = (parsed: ReturnType<typeof parseSaveFile>) => (parsed.ok ? null : parsed.message);

describe('save file', () => {
  it('writes the documented format as pretty JSON', () => {
    const text = saveFileText(STORY, [all[1]!], now);
    expect(text).toContain('\n  "kind": "the-consultant-saves",\n');
    expect(JSON.parse(text)).toEqual({
      kind: SAVE_FILE_KIND,
      format: SAVE_FILE_FORMAT,
      exportedAt: now.toISOString(),
      storyId: 'the-consultant',
      storyTitle: 'The Consultant',
      saves: [{ slot: 2, run: all[1]!.run }],
    });
  });

  it('round-trips one slot', () => {
    const one = [all[1]!];
    expect(parseSaveFile(saveFileText(STORY, one, now), STORY.id)).toEqual({ ok: true, saves: one });
  });

  it('round-trips all slots', () => {
    expect(parseSaveFile(saveFileText(STORY, all, now), STORY.id)).toEqual({ ok: true, saves: all });
  });

  it('names the file after the story, the slot and the day', () => {
    expect(saveFileName(STORY, [all[1]!], now)).toBe('the-consultant-the-consultant-slot-2-2026-12-03.json');
    expect(saveFileName(STORY, all, now)).toBe('the-consultant-the-consultant-all-saves-2026-12-03.json');
    expect(saveFileName(STORY, [all[2]!, all[0]!], now)).toBe(
      'the-consultant-the-consultant-slots-1-3-2026-12-03.json',
    );
    expect(saveFileName({ id: 'a/b c' }, [all[0]!], new Date(2027, 0, 9))).toBe(
      'the-consultant-a-b-c-slot-1-2027-01-09.json',
    );
  });

  it.each([
    ['empty text', ''],
    ['plain text', 'my saves'],
    ['truncated JSON', saveFileText(STORY, all, now).slice(0, 40)],
  ])('refuses %s: not valid JSON', (_label, text) => {
    expect(messageOf(parseSaveFile(text, STORY.id))).toBe(
      'This file is not a saved case: it is not valid JSON. Nothing was imported.',
    );
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const huge = `${'{"kind":"the-consultant-saves",'} ${' '.repeat(MAX_SAVE_FILE_CHARS)}}`;
    expect(messageOf(parseSaveFile(huge, STORY.id))).toMatch(/too large.*5 MB/);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', [all]],
    ['another kind', fileObject({ kind: 'other-game-saves' })],
    ['no kind', fileObject({ kind: undefined })],
    ['a bare autosave envelope', { format: 2, run: all[0]!.run }],
  ])('refuses %s: not our kind of file', (_label, value) => {
    expect(messageOf(parse(value))).toBe('This file is not a saved case of The Consultant; nothing was imported.');
  });

  it('refuses a newer format, saying a newer version made it', () => {
    expect(messageOf(parse(fileObject({ format: SAVE_FILE_FORMAT + 1, saves: 'whatever' })))).toMatch(
      /made by a newer version of the game/,
    );
  });

  it('refuses saves of another story, naming it', () => {
    const text = saveFileText({ id: 'another-story', title: 'Another' }, [], now);
    expect(messageOf(parseSaveFile(text, STORY.id))).toBe(
      'These saves belong to another story, "another-story"; nothing was imported.',
    );
    expect(messageOf(parse(fileObject({ storyId: 'another-story' })))).toBe(
      'These saves belong to another story, "another-story"; nothing was imported.',
    );
  });

  it('refuses a save inside whose story differs from the file, naming the slot and the story', () => {
    const saves = [all[0], { slot: 2, run: { ...all[1]!.run, storyId: 'smuggled' } }];
    expect(messageOf(parse(fileObject({ saves })))).toBe(
      'The save for slot 2 in this file belongs to another story, "smuggled"; nothing was imported.',
    );
  });

  it('refuses a file with no saves', () => {
    expect(messageOf(parseSaveFile(saveFileText(STORY, [], now), STORY.id))).toBe(
      'This save file holds no saves; nothing was imported.',
    );
  });

  it('refuses more than three saves', () => {
    expect(messageOf(parse(fileObject({ saves: [...all, all[0]] })))).toMatch(/holds 4 saves.*only 3 slots/);
  });

  it.each([0, 4, 1.5, '2', null])('refuses a save for slot %s', (slot) => {
    expect(messageOf(parse(fileObject({ saves: [{ slot, run: all[0]!.run }] })))).toBe(
      'Save 1 in this file does not name a slot from 1 to 3; nothing was imported.',
    );
  });

  it('refuses two saves for the same slot', () => {
    expect(messageOf(parse(fileObject({ saves: [all[1], { ...all[0], slot: 2 }] })))).toBe(
      'This save file holds two saves for slot 2; nothing was imported.',
    );
  });

  it.each([
    ['steps that are numbers', { ...all[2]!.run, steps: [1] }],
    ['no steps', { ...all[2]!.run, steps: undefined }],
    ['a negative version', { ...all[2]!.run, storyVersion: -1 }],
    ['not an object', 'a run'],
  ])('refuses a damaged save (%s), naming its slot', (_label, run) => {
    expect(messageOf(parse(fileObject({ saves: [all[0], { slot: 3, run }] })))).toBe(
      'The save for slot 3 in this file is damaged; nothing was imported.',
    );
  });

  it.each([
    ['no story id', { storyId: undefined }],
    ['saves that are not a list', { saves: { slot: 1 } }],
    ['an older format', { format: 0 }],
  ])('refuses a damaged file (%s)', (_label, overrides) => {
    expect(messageOf(parse(fileObject(overrides)))).toMatch(/damaged: it is not in the expected shape/);
  });

  it('imports nothing when one save of several is bad', () => {
    const parsed = parse(fileObject({ saves: [all[0], { slot: 2, run: { broken: true } }] }));
    expect(parsed.ok).toBe(false);
    expect(parsed).not.toHaveProperty('saves');
  });

  it('round-trips any valid list of saves', () => {
    const step = fc.record({ kind: fc.constant('choice' as const), choice: fc.string({ maxLength: 40 }) });
    const run = fc.record({
      storyId: fc.constant(STORY.id),
      storyVersion: fc.nat(),
      steps: fc.array(step, { maxLength: 20 }),
      savedAt: fc.string({ minLength: 1, maxLength: 40 }),
    });
    const saves = fc
      .uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
      .chain((slots) => fc.tuple(...slots.map((slot) => run.map((r): ExportedSave => ({ slot, run: r })))));
    const title = fc.string({ maxLength: 60 });
    const when = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true });
    fc.assert(
      fc.property(saves, title, when, (list, storyTitle, at) => {
        const text = saveFileText({ id: STORY.id, title: storyTitle }, list, at);
        expect(parseSaveFile(text, STORY.id)).toEqual({ ok: true, saves: list });
        expect(saveFileName(STORY, list, at)).toMatch(
          /^the-consultant-the-consultant-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/,
        );
      }),
    );
  });
});
