/** Record lines of chapters 5-8 (see ../record.ts). */
import type { RecordLine } from '../../story/types';

export const RECORD_PART_TWO: readonly RecordLine[] = [];
