/**
 * Body conventions of passages (docs/content-plan.md), parsed per document kind into
 * structured data the templates lay out. Anything that does not follow a convention
 * stays plain typed text: nothing is ever dropped.
 */
import type { DocumentKind } from '../../story/types';

export interface MemoField {
  readonly label: string;
  readonly value: string;
}

export interface TranscriptLine {
  readonly time: string | null;
  readonly speaker: string | null;
  readonly text: string;
}

export interface LogEntry {
  readonly time: string | null;
  readonly text: string;
}

export interface Bubble {
  readonly sender: string | null;
  readonly text: string;
  /** The player's own side (Wang): printed on the right. */
  readonly own: boolean;
}

export type LedgerRow =
  | { readonly type: 'item'; readonly description: string; readonly amount: string }
  | { readonly type: 'note'; readonly text: string };

export type ParsedBody =
  | { readonly kind: 'memo'; readonly fields: readonly MemoField[]; readonly paragraphs: readonly string[] }
  | { readonly kind: 'transcript'; readonly lines: readonly TranscriptLine[] }
  | { readonly kind: 'surveillance-log'; readonly entries: readonly LogEntry[] }
  | { readonly kind: 'message'; readonly bubbles: readonly Bubble[] }
  | {
      readonly kind: 'invoice' | 'receipt';
      readonly rows: readonly LedgerRow[];
      readonly total: string | null;
    }
  | { readonly kind: 'travel-record' | 'interview-note'; readonly paragraphs: readonly string[] };

/** Paragraphs separated by blank lines; single line breaks inside a paragraph are kept. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, '').replace(/[ \t]+$/gm, ''))
    .filter((p) => p.trim().length > 0);
}

function lines(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const MEMO_FIELD = /^([A-Z][A-Z .]{0,11}):\s*(.*)$/;
const TRANSCRIPT_LINE = /^\[(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\]\s*(?:([A-Z][A-Za-z0-9 .'-]{0,30}?):\s+)?(.*)$/;
const SPEAKER_ONLY = /^([A-Z][A-Z0-9 .'-]{0,40}?):\s+(.*)$/;
const LOG_LINE = /^(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\s+(.*)$/;
const MESSAGE_LINE = /^([^:[\]|]{1,32}):\s*(.*)$/;

export function parseMemo(body: string): ParsedBody {
  const normalized = body.replace(/\r\n?/g, '\n');
  const allLines = normalized.split('\n');
  const fields: MemoField[] = [];
  let index = 0;
  while (index < allLines.length) {
    const line = (allLines[index] ?? '').trim();
    if (line.length === 0) {
      if (fields.length > 0) break;
      index++;
      continue;
    }
    const match = MEMO_FIELD.exec(line);
    if (!match) break;
    fields.push({ label: (match[1] ?? '').trim(), value: (match[2] ?? '').trim() });
    index++;
  }
  return { kind: 'memo', fields, paragraphs: splitParagraphs(allLines.slice(index).join('\n')) };
}

export function parseTranscript(body: string): ParsedBody {
  return {
    kind: 'transcript',
    lines: lines(body).map((line) => {
      const timed = TRANSCRIPT_LINE.exec(line);
      if (timed)
        return { time: timed[1] ?? null, speaker: timed[2]?.trim().toUpperCase() || null, text: timed[3] ?? '' };
      const spoken = SPEAKER_ONLY.exec(line);
      if (spoken) return { time: null, speaker: (spoken[1] ?? '').trim(), text: spoken[2] ?? '' };
      return { time: null, speaker: null, text: line };
    }),
  };
}

export function parseLog(body: string): ParsedBody {
  return {
    kind: 'surveillance-log',
    entries: lines(body).map((line) => {
      const match = LOG_LINE.exec(line);
      return match ? { time: match[1] ?? null, text: match[2] ?? '' } : { time: null, text: line };
    }),
  };
}

/** `ownSenders`: the names printed on the subject's side (the story's subject.senders), any case. */
export function parseMessages(body: string, ownSenders: readonly string[] = []): ParsedBody {
  const own = new Set(ownSenders.map((name) => name.trim().toLowerCase()));
  return {
    kind: 'message',
    bubbles: lines(body).map((line) => {
      const match = MESSAGE_LINE.exec(line);
      if (!match) return { sender: null, text: line, own: false };
      const sender = (match[1] ?? '').trim();
      return { sender, text: match[2] ?? '', own: own.has(sender.toLowerCase()) };
    }),
  };
}

export function parseLedger(kind: 'invoice' | 'receipt', body: string): ParsedBody {
  const rows: LedgerRow[] = [];
  let total: string | null = null;
  for (const line of lines(body)) {
    const bar = line.lastIndexOf('|');
    if (bar < 0) {
      rows.push({ type: 'note', text: line });
      continue;
    }
    const description = line.slice(0, bar).trim();
    const amount = line.slice(bar + 1).trim();
    if (/^total\b/i.test(description)) total = amount;
    else rows.push({ type: 'item', description, amount });
  }
  return { kind, rows, total };
}

export function parseBody(kind: DocumentKind, body: string, ownSenders: readonly string[] = []): ParsedBody {
  switch (kind) {
    case 'memo':
      return parseMemo(body);
    case 'transcript':
      return parseTranscript(body);
    case 'surveillance-log':
      return parseLog(body);
    case 'message':
      return parseMessages(body, ownSenders);
    case 'invoice':
    case 'receipt':
      return parseLedger(kind, body);
    case 'travel-record':
    case 'interview-note':
      return { kind, paragraphs: splitParagraphs(body) };
  }
}
