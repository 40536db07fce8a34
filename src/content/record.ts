/**
 * What the file keeps on record as the case grows (story.meta.record): named facts the player's
 * choices put there, each under its section, shown while the player reads. Chapters 1-4 and 5-8
 * keep theirs apart.
 */
import type { RecordLine } from '../story/types';
import { RECORD_PART_ONE } from './record/part-one';
import { RECORD_PART_TWO } from './record/part-two';

export const record: readonly RecordLine[] = [...RECORD_PART_ONE, ...RECORD_PART_TWO];
