/**
 * Every screen of the game, in one table: whether it is a base screen or an overlay, the
 * Phaser scene that draws it (by key; the scene class of that name lives in
 * scenes/<Key>.ts and registers itself), the accessible layer's view of it, and what
 * Escape and Back do there. A new screen is one row here plus its own scene and view files.
 */

import type { ScreenViewBuilder } from './dom/build';
import { caseView } from './dom/case-view';
import { endingView } from './dom/ending-view';
import { listView } from './dom/list-view';
import { mapView } from './dom/map-view';
import { menuView, sourcesView, titleView } from './dom/screens';
import { settingsView } from './dom/settings-view';
import { endingsList } from './lists/endings-list';
import { historyList } from './lists/history-list';
import { savesList } from './lists/saves-list';
import type { ScreenRule } from './navigation';

export interface ScreenRow extends ScreenRule {
  /** The key of the scene that draws it, equal to its class name. */
  readonly scene: string;
  readonly view: ScreenViewBuilder;
  /**
   * An overlay that draws the whole screen (its own desk): the screen under it is not drawn
   * while it is open, so a frame costs only what is seen.
   */
  readonly covers?: true;
}

export const SCREENS = {
  title: { layer: 'base', scene: 'TitleScene', view: titleView, escape: null, back: null },
  case: { layer: 'base', scene: 'CaseFileScene', view: caseView, escape: { open: 'menu' }, back: null },
  ending: { layer: 'base', scene: 'EndingScene', view: endingView, escape: null, back: null },
  menu: { layer: 'overlay', scene: 'MenuScene', view: menuView, escape: 'back', back: 'pop' },
  settings: { layer: 'overlay', scene: 'SettingsScene', view: settingsView, escape: 'back', back: 'pop', covers: true },
  sources: { layer: 'overlay', scene: 'SourcesScene', view: sourcesView, escape: 'back', back: 'pop', covers: true },
  history: {
    layer: 'overlay',
    scene: 'HistoryScene',
    view: listView(historyList),
    escape: 'back',
    back: 'pop',
    covers: true,
  },
  endings: {
    layer: 'overlay',
    scene: 'EndingsScene',
    view: listView(endingsList),
    escape: 'back',
    back: 'pop',
    covers: true,
  },
  saves: {
    layer: 'overlay',
    scene: 'SavesScene',
    view: listView(savesList),
    escape: 'back',
    back: 'pop',
    covers: true,
  },
  map: { layer: 'overlay', scene: 'MapScene', view: mapView, escape: 'back', back: 'pop', covers: true },
} as const satisfies Record<string, ScreenRow>;

export type ScreenName = keyof typeof SCREENS;

/** The screens that open above another. */
export type OverlayName = {
  [N in ScreenName]: (typeof SCREENS)[N]['layer'] extends 'overlay' ? N : never;
}[ScreenName];

export function isOverlay(screen: ScreenName): boolean {
  return SCREENS[screen].layer === 'overlay';
}
