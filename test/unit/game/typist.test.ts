import { describe, expect, it } from 'vitest';
import type { EffectName } from '../../../src/audio/sound';
import { GameController } from '../../../src/game/controller';
import type { DocumentSheet } from '../../../src/game/widgets/document-sheet';
import { Typist } from '../../../src/game/widgets/typist';
import type { RunStore, SettingsStore } from '../../../src/save/ports';
import { DEFAULT_SETTINGS } from '../../../src/save/settings-types';
import { exampleStory } from '../../fixtures/example-story';

const runs: RunStore = {
  load: () => ({ kind: 'none' }),
  save: () => ({ ok: true }),
  clear: () => {},
  keepCopy: () => null,
};
const settingsStore: SettingsStore = { load: () => ({ settings: DEFAULT_SETTINGS }), save: () => ({ ok: true }) };

/** The typist's view of a sheet: its characters, its lines, and what it was told to show. */
function fakeSheet(totalChars: number) {
  const shown: number[] = [];
  const sheet = { totalChars, layout: { lineStarts: [0] }, setTyped: (count: number) => shown.push(count) };
  // Only these members are the typist's business; the rest of a DocumentSheet needs Phaser.
  return { sheet: sheet as unknown as DocumentSheet, shown };
}

function setup(totalChars = 100) {
  const effects: EffectName[] = [];
  const sound = { playEffect: (effect: EffectName) => effects.push(effect) };
  const controller = new GameController({
    story: exampleStory,
    runs,
    settingsStore,
    sound: { ...sound, setAmbient() {}, setLevels() {}, setTyping() {}, suspend() {}, resume() {} },
  });
  controller.newCase();
  const { sheet, shown } = fakeSheet(totalChars);
  const typist = new Typist(controller, sound, sheet, controller.state.pageNumber, { keyGapMs: 40, carriage: false });
  return { controller, typist, effects, shown };
}

describe('the typist', () => {
  it('strikes the first key of a page that has just arrived, and is heard', () => {
    const { typist, effects, shown } = setup();
    expect(typist.start(1000)).toBe(false);
    expect(shown).toEqual([1]);
    expect(effects.filter((effect) => effect === 'type')).toHaveLength(1);
    // The next key comes a key's time later (normal speed, 40 a second), heard once the gap is past.
    typist.frame(25, 1025);
    expect(shown.at(-1)).toBe(2);
    typist.frame(25, 1050);
    expect(effects.filter((effect) => effect === 'type')).toHaveLength(2);
  });

  it('is silent when it only takes up a page where it was (a scene rebuilt on it)', () => {
    const { typist, effects, shown } = setup();
    typist.start();
    expect(shown).toEqual([1]);
    expect(effects).not.toContain('type');
  });
});
