/** The history of this case: its pages and choices, in order; any page reopens the case there. */
import type { Snapshot } from '../controller';
import { historyList } from '../lists/history-list';
import type { ListModel } from '../lists/list-types';
import { ListScene } from './list-scene';

export class HistoryScene extends ListScene {
  constructor() {
    super('HistoryScene');
  }

  protected model(snapshot: Snapshot): ListModel {
    return historyList(snapshot);
  }
}
