/**
 * Plain-text renderings of story data for the accessible layer: what a screen reader hears.
 * Pure functions, no DOM.
 */
import type { DocumentKind, Passage, Provenance } from '../../story/types';
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
 * "Alleged by the MSS, facts F3, F4" or "Dramatization", with the quote or note when there is
 * one; `claimant` is who makes the claims (the story's source, in short).
 */
export function provenanceText(provenance: Provenance, claimant: string): string {
  if (provenance.kind === 'alleged') {
    const facts = provenance.facts.length === 1 ? 'fact' : 'facts';
    const by = claimant ? `Alleged by the ${claimant}` : 'Alleged';
    const base = provenance.facts.length > 0 ? `${by}, ${facts} ${provenance.facts.join(', ')}` : by;
    return provenance.quote ? `${base}. The report quotes: “${provenance.quote}”` : base;
  }
  return provenance.note ? `Dramatization: ${provenance.note}` : 'Dramatization';
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
