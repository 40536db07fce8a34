/** A small story and in-memory ports for testing the accessible layer without a browser. */
import type { SoundPort } from '../../../src/audio/sound';
import { GameController } from '../../../src/game/controller';
import type { LoadedRun, RunStore, SavedRun, SettingsStore } from '../../../src/save/ports';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import type { Story } from '../../../src/story/types';
import { facts, testMeta } from '../../fixtures/meta';

export const story: Story = {
  id: 'dom-test',
  title: 'DOM test',
  version: 1,
  start: 'a',
  meta: testMeta({
    facts: facts('F3', 'F4'),
    record: [
      { section: 'Money', text: 'Took his first payment at the dinner.', when: { var: 'money', op: '>', value: 0 } },
    ],
  }),
  variables: { money: { type: 'number', initial: 0, description: 'Cash in hand' } },
  chapters: [
    {
      id: 'one',
      number: 1,
      title: 'One',
      period: '2015',
      passages: [
        {
          id: 'a',
          chapter: 'one',
          kind: 'travel-record',
          title: 'Arrival <b>at</b> Heathrow',
          date: '14 September 2015',
          place: 'London',
          body: 'Met [[the officer]] at noon.\n\nHe paid <img src=x onerror="alert(1)"> in [[cash]].',
          provenance: { kind: 'dramatization', facts: ['F3', 'F4'] },
          exhibit: { id: 'ticket', label: 'A boarding pass' },
          choices: [
            { id: 'dinner', label: 'Go to the dinner', to: 'b', effects: [{ add: 'money', value: 1 }] },
            { id: 'home', label: 'Stay home', to: 'end-home' },
            {
              id: 'embassy',
              label: 'Call the embassy',
              to: 'end-home',
              when: { var: 'money', op: '>', value: 5 },
              lockedHint: 'You cannot afford the call',
            },
          ],
        },
        {
          id: 'b',
          chapter: 'one',
          kind: 'memo',
          title: 'The dinner',
          body: 'Dinner.',
          provenance: { kind: 'invented' },
          choices: [{ id: 'leave', label: 'Leave', to: 'end-home' }],
        },
        {
          id: 'end-home',
          chapter: 'one',
          kind: 'interview-note',
          title: 'Home',
          body: 'Nothing happened.',
          provenance: { kind: 'invented', note: 'invented' },
          choices: [],
          ending: { id: 'home', title: 'A Quiet Life', verdict: 'NO CASE', summary: 'He went home.' },
        },
      ],
    },
  ],
};

export class MemoryRuns implements RunStore {
  saved: SavedRun | null = null;
  corrupt: string | null = null;
  load(): LoadedRun {
    if (this.corrupt) return { kind: 'corrupt', message: this.corrupt };
    return this.saved ? { kind: 'ok', run: this.saved } : { kind: 'none' };
  }
  save(run: SavedRun) {
    this.saved = run;
    return { ok: true as const };
  }
  clear() {
    this.saved = null;
  }
  readonly kept: SavedRun[] = [];
  keepCopy(run: SavedRun) {
    this.kept.push(run);
    return `kept-${this.kept.length}`;
  }
}

export class MemorySettings implements SettingsStore {
  constructor(public settings: Settings = DEFAULT_SETTINGS) {}
  load() {
    return { settings: this.settings };
  }
  save(settings: Settings) {
    this.settings = settings;
    return { ok: true as const };
  }
}

export const silentSound: SoundPort = {
  playEffect() {},
  setAmbient() {},
  setLevels() {},
  setTyping() {},
  suspend() {},
  resume() {},
};

export function makeController(options: { settings?: Partial<Settings>; runs?: MemoryRuns; story?: Story } = {}) {
  const runs = options.runs ?? new MemoryRuns();
  const settingsStore = new MemorySettings({ ...DEFAULT_SETTINGS, ...options.settings });
  const controller = new GameController({ story: options.story ?? story, runs, settingsStore, sound: silentSound });
  return { controller, runs, settingsStore };
}
