/**
 * The words of a page's provenance, outside the fiction: the stamp ("DRAMATIZATION · F4" or
 * "INVENTED") and the slip with the source's own words for the facts the page stages. Pure
 * data from the story, so the canvas, the accessible layer and the transcripts say the same.
 */
import type { Provenance, StoryMeta } from './types';

/**
 * What a page's stamp says: every document is invented, so a page that stages the source's
 * claims is a dramatization of those facts ("DRAMATIZATION", "F3 · F4"), and one that stages
 * none is invented. No stamp says that the claimant alleges what the page shows.
 */
export function stampLines(provenance: Provenance): string[] {
  return provenance.kind === 'dramatization' ? ['DRAMATIZATION', provenance.facts.join(' \u00b7 ')] : ['INVENTED'];
}

/** What a slip says. */
export interface ReportSlip {
  /** "FROM THE CNN REPORT · F4". */
  readonly heading: string;
  /** One entry per staged fact with words in the source: its id and the words. */
  readonly entries: readonly { readonly fact: string; readonly words: string }[];
  /** Whose words: the outlet and the headline. */
  readonly attribution: string;
}

/** The slip for a page, or null for an invented page or one whose facts carry no words. */
export function reportSlipFor(provenance: Provenance, meta: Pick<StoryMeta, 'facts' | 'source'>): ReportSlip | null {
  if (provenance.kind !== 'dramatization') return null;
  // Facts reported in the same words (F4 and F5 share a sentence) share one entry.
  const entries: { fact: string; words: string }[] = [];
  for (const id of provenance.facts) {
    const excerpts = meta.facts.find((fact) => fact.id === id)?.report ?? [];
    if (excerpts.length === 0) continue;
    const words = excerpts.join(' \u2026 ');
    const same = entries.find((entry) => entry.words === words);
    if (same) same.fact = `${same.fact} \u00b7 ${id}`;
    else entries.push({ fact: id, words });
  }
  if (entries.length === 0) return null;
  const { outlet, headline } = meta.source;
  const from = outlet ? `FROM THE ${outlet.toUpperCase()} REPORT` : 'FROM THE SOURCE';
  return {
    heading: `${from}  \u00b7  ${entries.map((entry) => entry.fact).join(' \u00b7 ')}`,
    entries,
    attribution: [outlet, headline ? `\u201c${headline}\u201d` : ''].filter(Boolean).join(', '),
  };
}
