import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gestureGate } from '../../../src/audio/howler-sound';
import {
  BED_SPRITE,
  CROSSFADE_MS,
  createSoundEngine,
  LEVEL_RAMP_MS,
  type SoundEngineDeps,
  SoundUnavailable,
} from '../../../src/audio/sound-engine';
import { AMBIENT_BEDS, BED_LOOP_SECONDS, BED_PAD_MS, TYPE_VARIANTS } from '../../../src/audio/sound-files';
import { fakeFactory, fakeGate } from './fake-howl';

const sources = (name: string) => [`/assets/${name}.webm`, `/assets/${name}.mp3`];

function setup(overrides: Partial<SoundEngineDeps> & { unlocked?: boolean; throwFor?: string } = {}) {
  const fake = fakeFactory(overrides.throwFor ? { throwFor: overrides.throwFor } : {});
  const gate = fakeGate(overrides.unlocked ?? true);
  const warn = vi.fn();
  let seed = 1;
  const random = () => {
    // A small LCG: deterministic, and it does produce repeats of the raw index.
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const sound = createSoundEngine({ createHowl: fake.factory, sources, gate, warn, random, ...overrides });
  return { sound, gate, warn, ...fake };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ambient beds', () => {
  it('loads a bed only when first asked for, as a looping sprite inside the padded file', () => {
    const { sound, howls, created } = setup();
    expect(created.filter((name) => (AMBIENT_BEDS as readonly string[]).includes(name))).toEqual([]);
    sound.setAmbient('rain');
    const rain = howls.get('rain')!;
    expect(rain.spec).toMatchObject({
      src: sources('rain'),
      preload: false,
      sprite: { [BED_SPRITE]: [BED_PAD_MS, BED_LOOP_SECONDS.rain * 1000, true] },
    });
    expect(rain.methods()).toContain('load');
    expect(rain.last('play')).toEqual(['play', BED_SPRITE]);
  });

  it('waits for the first gesture: the requested bed is queued, then starts on unlock', () => {
    const { sound, gate, howls } = setup({ unlocked: false });
    sound.setAmbient('office');
    sound.setAmbient('rain');
    for (const howl of howls.values()) expect(howl.methods()).not.toContain('play');
    sound.playEffect('stamp');
    expect(howls.get('stamp')).toBeUndefined();
    gate.unlock();
    // Effects load on unlock; the one asked for before it is not played late.
    expect(howls.get('stamp')!.methods()).not.toContain('play');
    expect(howls.get('rain')!.last('play')).toEqual(['play', BED_SPRITE]);
    expect(howls.get('office')?.methods() ?? []).not.toContain('play');
    expect(sound.currentBed).toBe('rain');
  });

  it('crossfades: the new bed fades in to the music level, the old fades out and then stops', () => {
    const { sound, howls } = setup();
    sound.setLevels({ music: 0.5, effects: 1, muted: false });
    sound.setAmbient('rain');
    const rain = howls.get('rain')!;
    expect(rain.last('fade')).toEqual(['fade', 0, 0.5, CROSSFADE_MS]);
    sound.setAmbient('city');
    const city = howls.get('city')!;
    expect(rain.last('fade')).toEqual(['fade', 0.5, 0, CROSSFADE_MS]);
    expect(city.last('fade')).toEqual(['fade', 0, 0.5, CROSSFADE_MS]);
    expect(rain.methods()).not.toContain('stop');
    vi.advanceTimersByTime(CROSSFADE_MS);
    expect(rain.methods()).toContain('stop');
    expect(city.methods()).not.toContain('stop');
  });

  it('coming back to a bed mid-fade cancels its stop and fades it back up', () => {
    const { sound, howls } = setup();
    sound.setLevels({ music: 0.8, effects: 1, muted: false });
    sound.setAmbient('drone');
    sound.setAmbient('drone-tight');
    vi.advanceTimersByTime(CROSSFADE_MS / 2);
    sound.setAmbient('drone');
    vi.advanceTimersByTime(CROSSFADE_MS * 2);
    const drone = howls.get('drone')!;
    expect(drone.methods()).not.toContain('stop');
    expect(drone.currentVolume).toBe(0.8);
    expect(howls.get('drone-tight')!.methods()).toContain('stop');
  });

  it('fades to silence with null', () => {
    const { sound, howls } = setup();
    sound.setAmbient('home');
    sound.setAmbient(null);
    vi.advanceTimersByTime(CROSSFADE_MS);
    expect(howls.get('home')!.methods().at(-1)).toBe('stop');
    expect(sound.currentBed).toBeNull();
  });
});

describe('levels', () => {
  it('beds follow music, effects follow effects, mute silences both', () => {
    const { sound, howls } = setup();
    sound.setAmbient('dinner');
    sound.playEffect('page');
    sound.setLevels({ music: 0.3, effects: 0.9, muted: false });
    const dinner = howls.get('dinner')!;
    const page = howls.get('page')!;
    expect(dinner.currentVolume).toBe(0.3);
    // A short ramp, not a jump: no click while a slider is dragged.
    expect(dinner.last('fade')).toEqual(['fade', 1, 0.3, LEVEL_RAMP_MS]);
    expect(page.currentVolume).toBe(0.9);
    sound.setLevels({ music: 0.3, effects: 0.9, muted: true });
    expect(dinner.currentVolume).toBe(0);
    expect(page.currentVolume).toBe(0);
    page.clear();
    sound.playEffect('page');
    expect(page.methods()).not.toContain('play');
    sound.setLevels({ music: 0.3, effects: 0.9, muted: false });
    expect(dinner.currentVolume).toBe(0.3);
  });

  it('clamps levels to 0..1', () => {
    const { sound, howls } = setup();
    sound.setLevels({ music: 4, effects: -1, muted: false });
    sound.setAmbient('case');
    expect(howls.get('case')!.last('fade')).toEqual(['fade', 0, 1, CROSSFADE_MS]);
    sound.playEffect('clip');
    expect(howls.get('clip')!.methods()).not.toContain('play');
  });

  it('plays an effect at the effects level', () => {
    const { sound, howls } = setup();
    sound.setLevels({ music: 0.1, effects: 0.6, muted: false });
    sound.playEffect('drawer');
    const drawer = howls.get('drawer')!;
    expect(drawer.spec.preload).toBe(true);
    drawer.clear();
    sound.playEffect('drawer');
    expect(drawer.calls).toEqual([
      ['volume', 0.6],
      ['play', undefined],
    ]);
  });
});

describe('typewriter keys', () => {
  it('never play the same variant twice in a row, and use every variant', () => {
    const { sound, created, howls } = setup();
    const played: string[] = [];
    for (let i = 0; i < 400; i++) {
      for (const howl of howls.values()) howl.clear();
      sound.playEffect('type');
      const name = [...howls.entries()].find(([, howl]) => howl.methods().includes('play'))![0];
      played.push(name);
    }
    for (let i = 1; i < played.length; i++) expect(played[i]).not.toBe(played[i - 1]);
    expect(new Set(played).size).toBe(TYPE_VARIANTS);
    for (const variant of ['type-1', 'type-2', 'type-3', 'type-4']) expect(created).toContain(variant);
  });

  it('do not repeat even when the random source always says the same', () => {
    const { sound, howls } = setup({ random: () => 0 });
    const played: string[] = [];
    for (let i = 0; i < 6; i++) {
      for (const howl of howls.values()) howl.clear();
      sound.playEffect('type');
      played.push([...howls.entries()].find(([, howl]) => howl.methods().includes('play'))![0]);
    }
    for (let i = 1; i < played.length; i++) expect(played[i]).not.toBe(played[i - 1]);
  });
});

describe('failures', () => {
  it('a file that fails to load costs one warning, then is left alone; the rest plays on', () => {
    const { sound, howls, warn } = setup();
    sound.setAmbient('rain');
    const rain = howls.get('rain')!;
    rain.spec.onloaderror(undefined, 'decode failed');
    rain.spec.onloaderror(undefined, 'decode failed');
    rain.spec.onplayerror(1, 'still broken');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('rain');
    sound.setAmbient('city');
    sound.setAmbient('rain');
    sound.setAmbient('city');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(howls.get('city')!.methods()).toContain('play');
    sound.playEffect('stamp');
    expect(howls.get('stamp')!.methods()).toContain('play');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a failing effect variant is skipped; the other keys still play', () => {
    const { sound, howls, warn } = setup();
    for (let i = 0; i < 20; i++) sound.playEffect('type');
    howls.get('type-2')!.spec.onloaderror(undefined, 'bad');
    howls.get('type-2')!.clear();
    for (let i = 0; i < 50; i++) sound.playEffect('type');
    expect(howls.get('type-2')!.methods()).not.toContain('play');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a Howl that throws on creation, or a missing file, warns once and never throws', () => {
    const { sound, warn } = setup({ throwFor: 'carriage', sources: (name) => (name === 'clip' ? [] : sources(name)) });
    expect(() => {
      sound.playEffect('carriage');
      sound.playEffect('carriage');
      sound.playEffect('clip');
      sound.playEffect('clip');
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('no sound at all', () => {
  it('says once that sound is off when the browser refuses an audio context, and stays silent without throwing', () => {
    let asked = 0;
    const { sound, gate, warn } = setup({
      unlocked: false,
      createHowl: () => {
        asked++;
        throw new SoundUnavailable('this browser refused the game an audio context');
      },
    });
    sound.setAmbient('rain');
    expect(warn).not.toHaveBeenCalled();
    // The first gesture tries the bed and the effects: one warning for all of them, then nothing is tried again.
    gate.unlock();
    expect(warn.mock.calls).toEqual([
      ['Sound is off: this browser refused the game an audio context; the game goes on in silence.'],
    ]);
    expect(asked).toBe(1);
    expect(() => {
      sound.playEffect('stamp');
      sound.setAmbient('office');
      sound.setTyping(true);
      sound.setLevels({ music: 0.5, effects: 0.5, muted: false });
      sound.suspend();
      sound.resume();
    }).not.toThrow();
    expect(asked).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('suspend and resume', () => {
  it('pauses the bed, ignores effects while hidden, and resumes the same sound', () => {
    const { sound, howls } = setup();
    sound.setAmbient('office');
    const office = howls.get('office')!;
    // The fake's first play returns id 1000.
    const id = 1000;
    sound.suspend();
    expect(office.last('pause')).toEqual(['pause']);
    sound.playEffect('page');
    expect(howls.get('page')!.methods()).not.toContain('play');
    sound.resume();
    expect(office.last('play')).toEqual(['play', id]);
    expect(office.currentVolume).toBeGreaterThan(0);
  });

  it('a bed chosen while suspended starts only on resume', () => {
    const { sound, howls } = setup();
    sound.suspend();
    sound.setAmbient('home');
    expect(howls.get('home')?.methods() ?? []).not.toContain('play');
    sound.resume();
    expect(howls.get('home')!.last('play')).toEqual(['play', BED_SPRITE]);
  });

  it('a bed fading out when suspended is stopped at once', () => {
    const { sound, howls } = setup();
    sound.setAmbient('rain');
    sound.setAmbient('dinner');
    sound.suspend();
    expect(howls.get('rain')!.last('stop')).toEqual(['stop']);
    sound.resume();
    vi.advanceTimersByTime(CROSSFADE_MS * 2);
    expect(
      howls
        .get('rain')!
        .methods()
        .filter((m) => m === 'play'),
    ).toHaveLength(1);
    expect(howls.get('dinner')!.isPlaying).toBe(true);
  });
});

describe('gestureGate', () => {
  it('unlocks once, on the first key or click, and removes its listeners', () => {
    const target = new EventTarget();
    const remove = vi.spyOn(target, 'removeEventListener');
    const gate = gestureGate(target);
    const callback = vi.fn();
    gate.onUnlock(callback);
    expect(gate.isUnlocked()).toBe(false);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('click'));
    expect(callback).toHaveBeenCalledTimes(1);
    expect(gate.isUnlocked()).toBe(true);
    expect(remove).toHaveBeenCalled();
    const late = vi.fn();
    gate.onUnlock(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('is open where there is no document', () => {
    expect(gestureGate(undefined).isUnlocked()).toBe(true);
  });
});
