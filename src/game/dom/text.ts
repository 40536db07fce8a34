/**
 * Plain-text renderings of story data for the accessible layer: what a screen reader hears.
 * Pure functions, no DOM.
 */

import { reportSlipFor } from '../../story/provenance';
import type { DocumentKind, Passage, Provenance, StoryMeta } from '../../story/types';
import { DOCUMENT_STYLES } from '../layout/document-styles';

const REDACTION = /\[\[[\s\S]*?\]\]/g;

/** Redacted spans `[[like this]]` are read as the word "redacted"; nothing of them leaks. */
export function readRedactions(text: string): string {
  return text.replace(REDACTION, 'redacted');
}

/** A body's paragraphs (separated by blank lines), redactions read as "redacted", whitespace tidied. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => readRedactions(paragraph).replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * What a page is, said outside the file's fiction: a dramatization of the facts it stages, with
 * the source's own words for them (the slip clipped to the page), or an invented page.
 */
export function provenanceText(provenance: Provenance, meta: Pick<StoryMeta, 'facts' | 'source'>): string {
  if (provenance.kind === 'invented') {
    const base = 'Invented: this page stages nothing from the source';
    return provenance.note ? `${base}. ${provenance.note}` : base;
  }
  const facts = provenance.facts.length === 1 ? 'fact' : 'facts';
  const base = `Dramatization of ${facts} ${provenance.facts.join(', ')}`;
  const slip = reportSlipFor(provenance, meta);
  if (!slip) return base;
  const outlet = meta.source.outlet;
  const words = slip.entries.map((entry) => entry.words).join(' ');
  return `${base}. ${outlet ? `From the ${outlet} report` : 'From the source'}: ${words}`;
}

export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_STYLES[kind]?.label ?? kind;
}

/** The document's header line as a file clerk would read it: "Memo. 14 September 2015. London." */
export function documentMeta(passage: Pick<Passage, 'kind' | 'date' | 'place'>): string {
  const parts = [kindLabel(passage.kind), passage.date, passage.place].filter(
    (part): part is string => typeof part === 'string' && part.trim().length > 0,
  );
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}
