/** The engine's side of the duck: the bed goes down under the typewriter and comes back, by fades. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bedGain, DUCK_DOWN_MS, DUCK_UP_MS } from '../../../src/audio/ducking';
import { CROSSFADE_MS, createSoundEngine } from '../../../src/audio/sound-engine';
import { fakeFactory, fakeGate } from './fake-howl';

const levels = { music: 0.8, effects: 0.9, muted: false };
const full = bedGain(levels, false);
const ducked = bedGain(levels, true);

function setup(options: { sources?: (name: string) => string[] } = {}) {
  const fake = fakeFactory();
  const warn = vi.fn();
  const sound = createSoundEngine({
    createHowl: fake.factory,
    sources: options.sources ?? ((name) => [`/assets/${name}.webm`]),
    gate: fakeGate(true),
    warn,
    random: () => 0.5,
  });
  sound.setLevels(levels);
  return { sound, warn, ...fake };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the bed ducks under the typewriter', () => {
  it('fades down while a page is typed and back up after, never jumping', () => {
    const { sound, howls } = setup();
    sound.setAmbient('office');
    const office = howls.get('office')!;
    expect(office.currentVolume).toBe(full);
    sound.setTyping(true);
    expect(office.last('fade')).toEqual(['fade', full, ducked, DUCK_DOWN_MS]);
    sound.setTyping(false);
    expect(office.last('fade')).toEqual(['fade', ducked, full, DUCK_UP_MS]);
    // Every change of the bed's level was a fade (setLevels and the start included).
    expect(office.calls.filter(([method, value]) => method === 'volume' && value !== 0)).toEqual([]);
  });

  it('saying the same twice changes nothing', () => {
    const { sound, howls } = setup();
    sound.setAmbient('rain');
    sound.setTyping(true);
    const rain = howls.get('rain')!;
    rain.clear();
    sound.setTyping(true);
    expect(rain.calls).toEqual([]);
  });

  it('keeps the duck through a change of the music level, and a bed started while typing starts ducked', () => {
    const { sound, howls } = setup();
    sound.setTyping(true);
    sound.setAmbient('city');
    expect(howls.get('city')!.last('fade')).toEqual(['fade', 0, ducked, CROSSFADE_MS]);
    sound.setLevels({ ...levels, music: 0.4 });
    expect(howls.get('city')!.currentVolume).toBeCloseTo(bedGain({ ...levels, music: 0.4 }, true), 9);
  });

  it('leaves the effects alone: the keys play at the effects level', () => {
    const { sound, howls } = setup();
    sound.setAmbient('rain');
    sound.setTyping(true);
    sound.playEffect('type');
    const key = [...howls.entries()].find(([name]) => name.startsWith('type-'))![1];
    expect(key.currentVolume).toBe(levels.effects);
  });

  it('honours mute: a muted bed stays silent through the typing and after', () => {
    const { sound, howls } = setup();
    sound.setAmbient('home');
    sound.setLevels({ ...levels, muted: true });
    sound.setTyping(true);
    sound.setTyping(false);
    expect(howls.get('home')!.currentVolume).toBe(0);
  });

  it('does not bring back a bed on its way out', () => {
    const { sound, howls } = setup();
    sound.setAmbient('rain');
    sound.setAmbient('dinner');
    const rain = howls.get('rain')!;
    rain.clear();
    sound.setTyping(true);
    sound.setTyping(false);
    expect(rain.methods()).not.toContain('fade');
    vi.advanceTimersByTime(CROSSFADE_MS);
    expect(rain.methods()).toContain('stop');
  });

  it('with no bed at all (a missing file), typing is harmless and the game goes on', () => {
    const { sound, warn } = setup({ sources: (name) => (name === 'drone' ? [] : [`/assets/${name}.webm`]) });
    sound.setAmbient('drone');
    expect(() => {
      sound.setTyping(true);
      sound.setTyping(false);
      sound.setAmbient(null);
      sound.setTyping(true);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
