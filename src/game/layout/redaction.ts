/**
 * Redactions: spans written [[like this]] in a passage body. Pure functions, no Phaser.
 * An unterminated "[[" is kept as plain text, so a typo never swallows the page.
 */
export interface Segment {
  readonly text: string;
  readonly redacted: boolean;
}

export function parseRedactions(text: string): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) break;
    if (open > 0) segments.push({ text: rest.slice(0, open), redacted: false });
    const hidden = rest.slice(open + 2, close);
    if (hidden.length > 0) segments.push({ text: hidden, redacted: true });
    rest = rest.slice(close + 2);
  }
  if (rest.length > 0) segments.push({ text: rest, redacted: false });
  return mergeSegments(segments);
}

function mergeSegments(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.redacted === segment.redacted)
      merged[merged.length - 1] = { ...last, text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

/** The text as a screen reader or a plain view should read it. */
export function plainText(text: string, redactedWord = 'redacted'): string {
  return parseRedactions(text)
    .map((segment) => (segment.redacted ? `[${redactedWord}]` : segment.text))
    .join('');
}

/** Visible character count of a text once redaction marks are removed. */
export function visibleLength(text: string): number {
  return parseRedactions(text).reduce((sum, segment) => sum + segment.text.length, 0);
}
