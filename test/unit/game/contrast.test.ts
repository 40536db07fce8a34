/**
 * The contrast of the canvas's text against what it is drawn on, in both colour modes: axe
 * sees only the HTML layer, so the palette is checked here by WCAG's formula. Body text needs
 * 4.5:1; stamps (large, bold) 3:1; the focus highlight 3:1 against the halo drawn round it,
 * and the halo 3:1 against the paper and the desk it lies on. Each widget's own colours, and
 * every line on the documents, are measured where they lie in widget-contrast.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { HIGH_CONTRAST_PALETTE, NORMAL_PALETTE, type Palette } from '../../../src/game/theme';
import { FOLDER_INK } from '../../../src/game/widget-colours';
import { over, ratio, rgb } from './wcag';

/** The folder's own ink (the choice column's heading on the desk's folder). */
const INK_ON_FOLDER = FOLDER_INK;
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
