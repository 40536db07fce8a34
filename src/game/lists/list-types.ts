/**
 * A list screen (the history, the endings, the saves) as plain data that the canvas scene
 * (scenes/list-scene.ts) and the accessible layer (dom/list-view.ts) both draw, so the two list
 * the same rows, texts and controls in the same order. Built from a snapshot; pure.
 */
import type { GameController } from '../controller';

export interface ListAction {
  /** From the label table (control-labels.ts): the name both views give the control. */
  readonly label: string;
  readonly act: (controller: GameController) => void;
  readonly tone?: 'danger' | 'quiet';
}

export interface ListRow {
  readonly key: string;
  readonly title: string;
  /** Lines under the title, each its own paragraph. */
  readonly detail: readonly string[];
  /** Drawn as a stamp beside the title: the page on screen, an ending not found. */
  readonly mark?: string;
  readonly dim?: boolean;
  readonly actions: readonly ListAction[];
}

export interface ListModel {
  /** Small capitals over the title: what the sheet is in the file. */
  readonly kicker: string;
  readonly title: string;
  readonly intro: string;
  readonly rows: readonly ListRow[];
  /** The sheet's own controls, under the rows (Back is always last and drawn by the view). */
  readonly footer: readonly ListAction[];
  /** Said when there are no rows. */
  readonly empty: string;
}

export type ListBuilder = (snapshot: import('../snapshot').Snapshot, now: Date) => ListModel;
