/** Record lines of chapters 1-4 (see ../record.ts). */
import type { RecordLine } from '../../story/types';

export const RECORD_PART_ONE: readonly RecordLine[] = [];
