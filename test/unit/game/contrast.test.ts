/**
 * The contrast of the canvas's text against what it is drawn on, in both colour modes: axe
 * sees only the HTML layer, so the palette is checked here by WCAG's formula. Body text needs
 * 4.5:1; stamps (large, bold) 3:1; the focus highlight 3:1 against the halo drawn round it,
 * and the halo 3:1 against the paper and the desk it lies on.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../../../src/content/story';
import { DOCUMENT_STYLES } from '../../../src/game/layout/document-styles';
import { HIGH_CONTRAST_PALETTE, NORMAL_PALETTE, type Palette } from '../../../src/game/theme';
import { drawn } from './drawn-passage';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(color: [number, number, number]): number {
  const [r, g, b] = color.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `top` laid over `bottom` at `alpha`. */
function over(top: string, bottom: string, alpha: number): [number, number, number] {
  const a = rgb(top);
  const b = rgb(bottom);
  return [0, 1, 2].map((i) => Math.round(a[i]! * alpha + b[i]! * (1 - alpha))) as [number, number, number];
}

function ratio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The folder's own ink (the choice column's heading on the desk's folder). */
const INK_ON_FOLDER = { normal: '#3b2f1c', high: '#000000' } as const;
/** The focus highlight's halo (dom/accessible-layer.css): near-black at 0.9. */
const HALO = '#0c0805';

describe.each([
  ['normal', NORMAL_PALETTE, INK_ON_FOLDER.normal],
  ['high contrast', HIGH_CONTRAST_PALETTE, INK_ON_FOLDER.high],
] as const)('the palette in %s', (_name, palette: Palette, inkOnFolder) => {
  const papers = { paper: palette.paper, thermal: palette.thermal, slip: palette.slip, locked: palette.slipLocked };

  it.each(Object.entries(papers))('types and writes in ink at 4.5:1 or more on %s', (_paper, background) => {
    expect(ratio(rgb(palette.ink), rgb(background))).toBeGreaterThanOrEqual(4.5);
    expect(ratio(rgb(palette.inkSoft), rgb(background))).toBeGreaterThanOrEqual(4.5);
  });

  it('prints on the folder, and the interface on the desk, at 4.5:1 or more', () => {
    expect(ratio(rgb(inkOnFolder), rgb(palette.folder))).toBeGreaterThanOrEqual(4.5);
    for (const desk of [palette.deskDark, palette.deskLight]) {
      expect(ratio(rgb(palette.chrome), rgb(desk))).toBeGreaterThanOrEqual(4.5);
      expect(ratio(rgb(palette.chromeDim), rgb(desk))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('stamps at 3:1 or more, as laid on paper and on the folder', () => {
    for (const stamp of [palette.stampAlleged, palette.stampDramatized]) {
      for (const under of [palette.paper, palette.thermal, palette.folder]) {
        expect(ratio(over(stamp, under, palette.stampAlpha), rgb(under))).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draws the focus highlight at 3:1 against its halo, and the halo at 3:1 against paper and desk', () => {
    const halo = (under: string) => over(HALO, under, 0.9);
    for (const under of [palette.paper, palette.slip, palette.folder, palette.deskLight]) {
      expect(ratio(rgb(palette.focus), halo(under))).toBeGreaterThanOrEqual(3);
    }
    for (const under of [palette.paper, palette.slip, palette.folder]) {
      expect(ratio(halo(under), rgb(under))).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('every line printed or typed on the documents of the case', () => {
  it('stands at 4.5:1 or more against its paper, faded or not', () => {
    const palette = NORMAL_PALETTE;
    const failures = new Set<string>();
    story.chapters
      .flatMap((chapter) => chapter.passages)
      .forEach((passage, index) => {
        const paper = DOCUMENT_STYLES[passage.kind].paper === 'thermal' ? palette.thermal : palette.paper;
        for (const op of drawn(passage, index + 1).all) {
          if (op.type !== 'text' || (op.color !== 'ink' && op.color !== 'inkSoft')) continue;
          const color = over(palette[op.color], paper, op.alpha ?? 1);
          if (ratio(color, rgb(paper)) < 4.5) failures.add(`${passage.kind}: "${op.text}" at alpha ${op.alpha}`);
        }
      });
    expect([...failures].slice(0, 10)).toEqual([]);
  });
});
