/**
 * The ending's closing note fitted, pure: the summary handwritten whole on the card, its hand
 * a share of the theme's, smaller only as far as the card's room asks, and never smaller than
 * at the normal text size (the card grows instead), so larger text never shrinks it.
 */
import { fitText, type SizedMeasure } from './text-fit';
import { scaled, textScale } from './type-scale';

/** The hand: up to 24 px (85% of the theme's) at the normal size, down to 14; the heading's size; leading. */
export const NOTE_TYPE = { max: 24, ofTheme: 0.85, min: 14, heading: 10, leading: 1.1 } as const;

export interface NoteFit {
  readonly size: number;
  readonly lines: readonly string[];
  readonly lineHeight: number;
  readonly headingSize: number;
}

function fitAt(
  summary: string,
  box: { readonly width: number; readonly room: number },
  handSize: number,
  scale: number,
  floor: number,
  measure: SizedMeasure,
) {
  return fitText(
    summary,
    {
      size: Math.max(floor, Math.min(scaled(NOTE_TYPE.max, scale), Math.round(handSize * NOTE_TYPE.ofTheme))),
      minSize: Math.max(floor, scaled(NOTE_TYPE.min, scale)),
      width: box.width,
      maxHeight: box.room,
      lineHeight: (s) => Math.round(s * NOTE_TYPE.leading),
    },
    measure,
  );
}

/**
 * The note's text in `box` (its width, and the height its lines may take); `bodySize` and
 * `handSize` are the theme's, `normalHandSize` the hand at the normal text size.
 */
export function fitClosingNote(
  summary: string,
  box: { readonly width: number; readonly room: number },
  type: { readonly bodySize: number; readonly handSize: number; readonly normalHandSize: number },
  measure: SizedMeasure,
): NoteFit {
  const scale = textScale(type.bodySize);
  const floor = scale > 1 ? fitAt(summary, box, type.normalHandSize, 1, 0, measure).size : 0;
  const { size, lines } = fitAt(summary, box, type.handSize, scale, floor, measure);
  return {
    size,
    lines,
    lineHeight: Math.round(size * NOTE_TYPE.leading),
    headingSize: scaled(NOTE_TYPE.heading, scale),
  };
}
