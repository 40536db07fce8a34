/** The words of a page's provenance stamp. Pure. */
import type { Provenance } from '../../story/types';

/**
 * What a page's stamp says: every document is invented, so a page that stages the source's
 * claims is a dramatization of those facts ("DRAMATIZATION", "F3 · F4"), and one that stages
 * none is invented. No stamp says that the claimant alleges what the page shows.
 */
export function stampLines(provenance: Provenance): string[] {
  return provenance.kind === 'dramatization' ? ['DRAMATIZATION', provenance.facts.join(' \u00b7 ')] : ['INVENTED'];
}
