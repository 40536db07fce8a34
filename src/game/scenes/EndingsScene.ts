/** The endings gallery: found endings with their verdict and closing note, the others locked. */
import type { Snapshot } from '../controller';
import { endingsList } from '../lists/endings-list';
import type { ListModel } from '../lists/list-types';
import { ListScene } from './list-scene';

export class EndingsScene extends ListScene {
  constructor() {
    super('EndingsScene');
  }

  protected model(snapshot: Snapshot): ListModel {
    return endingsList(snapshot);
  }
}
