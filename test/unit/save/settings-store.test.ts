import { describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_FORMAT, SETTINGS_KEY } from '../../../src/save/local-settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/save/settings-types';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

const custom: Settings = {
  musicVolume: 0.25,
  effectsVolume: 1,
  muted: true,
  textSpeed: 'fast',
  textSize: 'x-large',
  reducedMotion: true,
  highContrast: true,
  readAloud: true,
  skipSeen: true,
};

function stored(settings: object, format = SETTINGS_FORMAT): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(SETTINGS_KEY, JSON.stringify({ format, settings }));
  return storage;
}

describe('settings store', () => {
  it('returns the defaults, without a problem, on a first visit', () => {
    expect(createSettingsStore(new MemoryStorage()).load()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('saves and loads every field, versioned', () => {
    const storage = new MemoryStorage();
    const store = createSettingsStore(storage);
    expect(store.save(custom)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toEqual({ format: SETTINGS_FORMAT, settings: custom });
    expect(store.load()).toEqual({ settings: custom });
  });

  it('falls back field by field: bad fields get defaults, good fields are kept, the problem names the bad ones', () => {
    const loaded = createSettingsStore(
      stored({ ...custom, musicVolume: 7, textSpeed: 'warp', highContrast: 'yes' }),
    ).load();
    expect(loaded.settings).toEqual({
      ...custom,
      musicVolume: DEFAULT_SETTINGS.musicVolume,
      textSpeed: DEFAULT_SETTINGS.textSpeed,
      highContrast: DEFAULT_SETTINGS.highContrast,
    });
    expect(loaded.problem).toMatch(/music volume/);
    expect(loaded.problem).toMatch(/text speed/);
    expect(loaded.problem).toMatch(/high contrast/);
    expect(loaded.problem).not.toMatch(/effects volume/);
  });

  it.each([
    ['negative', -0.1],
    ['NaN (stored as null)', null],
    ['a string', '0.5'],
  ])('rejects an out-of-range volume (%s)', (_label, value) => {
    const loaded = createSettingsStore(stored({ ...custom, effectsVolume: value })).load();
    expect(loaded.settings.effectsVolume).toBe(DEFAULT_SETTINGS.effectsVolume);
    expect(loaded.settings.musicVolume).toBe(custom.musicVolume);
    expect(loaded.problem).toBeDefined();
  });

  it('fills missing fields with defaults silently (settings added in a later version)', () => {
    const { highContrast: _h, reducedMotion: _r, readAloud: _a, ...older } = custom;
    const loaded = createSettingsStore(stored(older)).load();
    expect(loaded).toEqual({ settings: { ...custom, highContrast: false, reducedMotion: false, readAloud: false } });
  });

  it('migrates unversioned (format 0) settings', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify(custom));
    expect(createSettingsStore(storage).load()).toEqual({ settings: custom });
  });

  it('uses the defaults, with a message, for settings from a newer format', () => {
    const loaded = createSettingsStore(stored(custom, SETTINGS_FORMAT + 1)).load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/newer version/);
  });

  it.each([
    ['corrupt JSON', '{"format":1,"settings":'],
    ['a wrong shape', '[true]'],
    ['a string', '"loud"'],
  ])('uses the defaults, with a message, for %s', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, raw);
    const loaded = createSettingsStore(storage).load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/could not be read/);
  });

  it('stays usable with no storage, and says settings will not last', () => {
    const store = createSettingsStore(null);
    const loaded = store.load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toBeDefined();
    expect(store.save(custom)).toMatchObject({ ok: false });
  });

  it('stays usable when storage throws on every call', () => {
    const store = createSettingsStore(new ThrowingStorage());
    expect(store.load().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.load().problem).toMatch(/refused/);
    const saved = store.save(custom);
    expect(saved.ok).toBe(false);
  });

  it('reports a full storage on save', () => {
    const saved = createSettingsStore(new FullStorage(10)).save(custom);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/full/);
  });

  it('never writes an invalid value', () => {
    const storage = new MemoryStorage();
    createSettingsStore(storage).save({ ...custom, musicVolume: 3 });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).settings.musicVolume).toBe(DEFAULT_SETTINGS.musicVolume);
  });
});
