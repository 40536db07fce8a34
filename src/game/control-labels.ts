/**
 * The name of every control the player can press, in one table that the canvas (scenes and
 * widgets) and the accessible layer both import: what the eye reads on the canvas is what a
 * screen reader speaks and what voice control ("click Resume") must say. A control that needs a
 * name takes it from here; test/unit/control-labels.test.ts fails on a label written by hand.
 */
import type { TextSize, TextSpeed } from '../save/settings-types';

export const CONTROL_LABELS = {
  // The title's menu, in the order it is drawn.
  continueCase: 'Continue the case',
  newCase: 'New case',
  settings: 'Settings',
  sources: 'Sources',
  // Asking before a new case replaces the saved one.
  confirmNewCase: 'Start a new case',
  keepSavedCase: 'Keep the saved case',
  // The case and its menu.
  menu: 'Menu',
  /** The compact stage's drawer of contents and exhibits. */
  file: 'File',
  showWholePage: 'Show the whole page',
  resume: 'Resume',
  saveAndTitle: 'Save and return to title',
  /** One step back along the run (Backspace), from the menu and the ending. */
  stepBack: 'Step back',
  // Replaying the branches, from the menu, the title and the ending.
  history: 'History',
  branchMap: 'Branch map',
  endings: 'Endings',
  saves: 'Saves',
  copyLink: 'Copy route link',
  exportAll: 'Export all saves',
  importSaves: 'Import saves',
  confirmOverwrite: 'Save over it',
  confirmDelete: 'Delete the save',
  keepSave: 'Keep the save',
  fitMap: 'Show the whole map',
  centreMap: 'Show where I am',
  reopenHere: 'Reopen this page',
  // The ending.
  returnToTitle: 'Return to title',
  /** The desk ending's tab: shows the record card where the last document lies, and back. */
  showRecord: 'Show the record',
  showLastDocument: 'Show the last document',
  // Overlays.
  back: 'Back',
  dismissNotice: 'Dismiss notice',
  // Settings.
  musicVolume: 'Music volume',
  effectsVolume: 'Effects volume',
  mute: 'Mute all sound',
  textSpeed: 'Text speed',
  textSize: 'Text size',
  reducedMotion: 'Reduced motion',
  highContrast: 'High contrast',
  readAloud: 'Read aloud',
  skipSeen: 'Skip seen text',
} as const;

export type ControlName = keyof typeof CONTROL_LABELS;

export const TEXT_SPEED_LABELS: Readonly<Record<TextSpeed, string>> = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'Instant',
};

export const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = {
  normal: 'Normal',
  large: 'Large',
  'x-large': 'Extra large',
};

/** The question asked before a new case replaces the saved one, and what it means. */
export const NEW_CASE_QUESTION = {
  title: 'Replace the saved case?',
  detail: 'The case you saved is lost, and the new one takes its place.',
} as const;

/** Controls of one row among several alike (a slot, a page of the history): named by their number. */
export const NUMBERED_LABELS = {
  saveSlot: (slot: number) => `Save in slot ${slot}`,
  loadSlot: (slot: number) => `Load slot ${slot}`,
  deleteSlot: (slot: number) => `Delete slot ${slot}`,
  exportSlot: (slot: number) => `Export slot ${slot}`,
  reopenPage: (page: number) => `Reopen page ${page}`,
  rereadEnding: (ending: number) => `Reread ending ${ending}`,
} as const;

/** The questions asked before a slot's save is lost. */
export const SLOT_QUESTIONS = {
  overwrite: (slot: number) => ({
    title: `Save over slot ${slot}?`,
    detail: 'The case saved there is lost, and this one takes its place.',
  }),
  remove: (slot: number) => ({ title: `Delete slot ${slot}?`, detail: 'The case saved there is lost.' }),
} as const;
