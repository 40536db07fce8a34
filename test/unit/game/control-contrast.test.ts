/**
 * Non-text contrast (WCAG 1.4.11): what tells a control and its state apart is 3:1 or more
 * against what lies next to it, in both colour modes. The settings form's controls are drawn in
 * ink on its paper (widgets/form-controls.ts, with the opacities of CONTROL_INK). Buttons carry
 * their text, which identifies them (1.4.11 asks no boundary of a text button), and the
 * focus highlight is measured in contrast.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { HIGH_CONTRAST_PALETTE, NORMAL_PALETTE, type Palette } from '../../../src/game/theme';
import { CONTROL_INK } from '../../../src/game/widget-colours';
import { over, ratio } from './wcag';

const UI_CONTRAST = 3;

describe.each([
  ['normal', NORMAL_PALETTE],
  ['high contrast', HIGH_CONTRAST_PALETTE],
] as const)('the settings controls in %s', (_mode, palette: Palette) => {
  // The form is paper; a paper's aged edge is its darkest part.
  const papers = [palette.paper, palette.paperEdge];

  it('draws the tick box and its tick at 3:1 against the paper and the box', () => {
    for (const paper of papers) expect(ratio(palette.ink, paper)).toBeGreaterThanOrEqual(UI_CONTRAST);
    expect(ratio(palette.ink, palette.slip)).toBeGreaterThanOrEqual(UI_CONTRAST);
  });

  it('edges an option tab at 3:1 against its face and the paper, and tells the pressed tab by its fill', () => {
    for (const paper of papers) {
      const edge = over(palette.ink, paper, CONTROL_INK.tabEdge);
      expect(ratio(edge, paper)).toBeGreaterThanOrEqual(UI_CONTRAST);
      expect(ratio(palette.ink, paper)).toBeGreaterThanOrEqual(UI_CONTRAST);
    }
    expect(ratio(over(palette.ink, palette.slip, CONTROL_INK.tabEdge), palette.slip)).toBeGreaterThanOrEqual(
      UI_CONTRAST,
    );
    // The pressed tab is ink, the others the slip's face: the state is not in the edge alone.
    expect(ratio(palette.ink, palette.slip)).toBeGreaterThanOrEqual(UI_CONTRAST);
  });

  it("shows a slider's value at 3:1: the filled track against the empty one, the knob's rim and the tenths against the paper", () => {
    for (const paper of papers) {
      const empty = over(palette.ink, paper, CONTROL_INK.track);
      expect(ratio(palette.ink, empty)).toBeGreaterThanOrEqual(UI_CONTRAST);
      expect(ratio(palette.ink, paper)).toBeGreaterThanOrEqual(UI_CONTRAST);
      expect(ratio(over(palette.ink, paper, CONTROL_INK.ticks), paper)).toBeGreaterThanOrEqual(UI_CONTRAST);
    }
  });
});
