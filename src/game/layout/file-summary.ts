/**
 * What ended up in the file, as the rows typed on the closed folder's label: the documents, the
 * exhibits, then the rows the story asks for (its variables, each shown its own way). Pure, so
 * the ending's wording is tested without Phaser.
 */
import { own } from '../../story/conditions';
import type { SummaryRow, Value } from '../../story/types';

export interface FileSummaryInput {
  readonly documents: number;
  readonly exhibits: readonly string[];
  readonly variables: Readonly<Record<string, Value>>;
  /** The story's own rows (story.meta.fileSummary). */
  readonly rows: readonly SummaryRow[];
}

/** Exhibits named on the label before the rest are counted, so the label keeps its height. */
const NAMED_EXHIBITS = 2;

/** A scale the story can push past its top reads as full, not as "14 of 10". */
function onScale(value: number, max: number): string {
  return value >= max ? `${max} of ${max} (full)` : `${Math.max(0, value)} of ${max}`;
}

/** A variable's value as its row shows it. */
export function showRow(row: SummaryRow, value: Value | undefined): string {
  switch (row.show) {
    case 'money':
      return `${row.currency}${(Number(value ?? 0) * row.unit).toLocaleString('en-GB')}`;
    case 'scale':
      return onScale(Number(value ?? 0), row.max);
    case 'number':
      return String(Number(value ?? 0));
    case 'yes-no':
      return value === true ? row.yes : row.no;
  }
}

export function exhibitsLine(exhibits: readonly string[]): string {
  if (exhibits.length === 0) return 'none';
  const named = exhibits.slice(0, NAMED_EXHIBITS).join('; ');
  const rest = exhibits.length - NAMED_EXHIBITS;
  return rest > 0 ? `${exhibits.length}: ${named}; and ${rest} more` : `${exhibits.length}: ${named}`;
}

export function fileSummaryRows(input: FileSummaryInput): [string, string][] {
  return [
    ['Documents', `${input.documents} in the file`],
    ['Exhibits', exhibitsLine(input.exhibits)],
    ...input.rows.map((row): [string, string] => [row.label, showRow(row, own(input.variables, row.variable))]),
  ];
}
