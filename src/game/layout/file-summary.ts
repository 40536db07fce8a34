/**
 * What ended up in the file, as the rows typed on the closed folder's label. Pure, so the
 * ending's wording is tested without Phaser.
 */
import type { Value } from '../../story/types';

export interface FileSummaryInput {
  readonly documents: number;
  readonly exhibits: readonly string[];
  readonly variables: Readonly<Record<string, Value>>;
}

/** Exhibits named on the label before the rest are counted, so the label keeps its height. */
const NAMED_EXHIBITS = 2;

export function pounds(thousands: number): string {
  return `\u00a3${(thousands * 1000).toLocaleString('en-GB')}`;
}

/** A 0-10 scale; the story can push past 10, which reads as "the scale is full", not "14 of 10". */
export function outOfTen(value: number): string {
  return value >= 10 ? '10 of 10 (full)' : `${Math.max(0, value)} of 10`;
}

export function exhibitsLine(exhibits: readonly string[]): string {
  if (exhibits.length === 0) return 'none';
  const named = exhibits.slice(0, NAMED_EXHIBITS).join('; ');
  const rest = exhibits.length - NAMED_EXHIBITS;
  return rest > 0 ? `${exhibits.length}: ${named}; and ${rest} more` : `${exhibits.length}: ${named}`;
}

export function fileSummaryRows(input: FileSummaryInput): [string, string][] {
  const number = (name: string) => Number(input.variables[name] ?? 0);
  return [
    ['Documents', `${input.documents} in the file`],
    ['Exhibits', exhibitsLine(input.exhibits)],
    ['Money received', pounds(number('money'))],
    ['Evidence held', outOfTen(number('evidence'))],
    ['Suspicion', outOfTen(number('suspicion'))],
  ];
}
