/**
 * The story's metadata under the names the screens used before it moved into the story
 * (src/content/meta.ts). Kept only until every screen reads `story.meta`.
 */
import { meta } from './meta';

export const REPORT = { ...meta.source, file: 'shared/source/article.txt' } as const;
export const TITLE_DISCLAIMER = meta.statement;
export const ALLEGATIONS = meta.facts;
export const VERIFIABLE = meta.notes.verifiable;
export const UNVERIFIABLE = meta.notes.unverifiable;
export const INVENTED = meta.notes.invented;
