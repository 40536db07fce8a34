/**
 * What the game needs from persistence. The localStorage implementations sit beside this
 * file; the game and tests depend on these shapes only.
 */
import type { Step } from '../story/types';
import type { Settings } from './settings-types';

/** A run is saved as its steps with the story (and its version) it belongs to; loading derives it. */
export interface SavedRun {
  readonly storyId: string;
  readonly storyVersion: number;
  readonly steps: readonly Step[];
  /** ISO time of the save, shown on the title screen. */
  readonly savedAt: string;
  /** Which of the player's cases this is (1 for the first opened), when the save knows. */
  readonly caseNumber?: number;
}

export type LoadedRun =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly run: SavedRun }
  /** The stored data could not be read; it was kept aside under `keptAs` and nothing was lost. */
  | { readonly kind: 'corrupt'; readonly message: string; readonly keptAs?: string };

export interface RunStore {
  load(): LoadedRun;
  /** Never throws: a full or missing storage returns a message instead. */
  save(run: SavedRun): { readonly ok: true } | { readonly ok: false; readonly message: string };
  clear(): void;
  /**
   * Keep a copy of a run under a key of its own, replacing nothing (a save the story outgrew,
   * before the steps that still fit are saved over it): the key, or null when it could not be kept.
   */
  keepCopy(run: SavedRun): string | null;
}

export interface LoadedSettings {
  readonly settings: Settings;
  /** Set when stored settings were unreadable or storage is unavailable. */
  readonly problem?: string;
}

export interface SettingsStore {
  load(): LoadedSettings;
  save(settings: Settings): { readonly ok: true } | { readonly ok: false; readonly message: string };
}
