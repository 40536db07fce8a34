/**
 * Settings in localStorage, versioned. Each field is validated on its own: a field that is
 * missing or out of range falls back to its default and the good fields are kept.
 */
import { z } from '../story/zod';
import { saveFailureMessage } from './local-run-store';
import type { LoadedSettings, SettingsStore } from './ports';
import { DEFAULT_SETTINGS, type Settings, TEXT_SIZES, TEXT_SPEEDS } from './settings-types';
import { readKey, STORAGE_PREFIX, writeKey } from './storage';

export const SETTINGS_KEY = `${STORAGE_PREFIX}/settings`;
export const SETTINGS_FORMAT = 1;

const volume = z.number().check(z.gte(0), z.lte(1));

/** One schema per field, so that one bad field costs only itself. */
const fieldSchemas: { readonly [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  musicVolume: volume,
  effectsVolume: volume,
  muted: z.boolean(),
  textSpeed: z.enum(TEXT_SPEEDS),
  textSize: z.enum(TEXT_SIZES),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  readAloud: z.boolean(),
  skipSeen: z.boolean(),
};

/** Names the player reads in a message. */
const fieldLabels: { readonly [K in keyof Settings]: string } = {
  musicVolume: 'music volume',
  effectsVolume: 'effects volume',
  muted: 'mute',
  textSpeed: 'text speed',
  textSize: 'text size',
  reducedMotion: 'reduced motion',
  highContrast: 'high contrast',
  readAloud: 'read aloud',
  skipSeen: 'skip seen text',
};

const storedSchema = z.object({ format: z.number(), settings: z.record(z.string(), z.unknown()) });

/** Reads settings field by field; returns the settings and the labels of fields that were bad. */
export function parseSettingsFields(input: Record<string, unknown>): { settings: Settings; bad: string[] } {
  const out: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const key of Object.keys(fieldSchemas) as (keyof Settings)[]) {
    const value = input[key];
    if (value === undefined) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const parsed = fieldSchemas[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = DEFAULT_SETTINGS[key];
      bad.push(fieldLabels[key]);
    }
  }
  return { settings: out as unknown as Settings, bad };
}

export function createSettingsStore(storage: Storage | null): SettingsStore {
  return {
    load(): LoadedSettings {
      if (!storage) {
        return {
          settings: DEFAULT_SETTINGS,
          problem: 'This browser does not let the game keep settings; changes last until the page is closed.',
        };
      }
      const read = readKey(storage, SETTINGS_KEY);
      if (!read.ok) {
        return {
          settings: DEFAULT_SETTINGS,
          problem: 'Your settings could not be opened: the browser refused access to its storage. Defaults are in use.',
        };
      }
      if (read.value === null) return { settings: DEFAULT_SETTINGS };
      let data: unknown;
      try {
        data = JSON.parse(read.value);
      } catch {
        return { settings: DEFAULT_SETTINGS, problem: 'Your settings could not be read; the defaults are in use.' };
      }
      const stored = storedSchema.safeParse(data);
      let fields: Record<string, unknown>;
      if (stored.success) {
        if (stored.data.format > SETTINGS_FORMAT) {
          return {
            settings: DEFAULT_SETTINGS,
            problem: 'Your settings were saved by a newer version of the game; the defaults are in use.',
          };
        }
        fields = stored.data.settings;
      } else if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('format' in data)) {
        // Format 0 (before versioning): the bare settings object.
        fields = data as Record<string, unknown>;
      } else {
        return { settings: DEFAULT_SETTINGS, problem: 'Your settings could not be read; the defaults are in use.' };
      }
      const { settings, bad } = parseSettingsFields(fields);
      if (bad.length === 0) return { settings };
      return {
        settings,
        problem: `Some settings could not be read and were reset to their defaults: ${bad.join(', ')}.`,
      };
    },

    save(settings: Settings) {
      const { settings: clean } = parseSettingsFields(settings as unknown as Record<string, unknown>);
      const written = writeKey(storage, SETTINGS_KEY, JSON.stringify({ format: SETTINGS_FORMAT, settings: clean }));
      if (written.ok) return { ok: true };
      return { ok: false, message: saveFailureMessage(written.reason, 'settings') };
    },
  };
}
