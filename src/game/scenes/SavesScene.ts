/** The three save slots, with the question before a save is lost drawn over the sheet. */
import type { Snapshot } from '../controller';
import type { ListModel } from '../lists/list-types';
import { savesList } from '../lists/saves-list';
import { askedQuestion } from '../questions';
import type { QuestionOnScreen } from '../widgets/question-card';
import { ListScene } from './list-scene';

export class SavesScene extends ListScene {
  constructor() {
    super('SavesScene');
  }

  protected model(snapshot: Snapshot): ListModel {
    return savesList(snapshot, new Date());
  }

  protected override question(snapshot: Snapshot): QuestionOnScreen | null {
    const { confirm } = snapshot;
    if (confirm === null || confirm === 'new-case') return null;
    return { ...askedQuestion(confirm), controller: this.controller };
  }
}
