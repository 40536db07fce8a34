/**
 * The card that opens at the branch map's foot for the page picked: its title and chapter,
 * which case it reopens as, its choices taken and not, and the button that reopens the file.
 */
import type Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { MapScreenLayout } from '../layout/map-layout';
import { wrapLines } from '../layout/text-fit';
import { choicesLine, type MapPage } from '../lists/map-model';
import { hex, type Theme } from '../theme';
import { MAP_SHADE } from '../widget-colours';
import { cssMeasure } from './measure';
import { addText, Button, cssFontOf, setWrappedText, uiFont } from './ui';

export function addMapPageCard(
  scene: Phaser.Scene,
  theme: Theme,
  at: Pick<MapScreenLayout, 'card' | 'reopen'>,
  page: MapPage,
  reopen: () => void,
): Phaser.GameObjects.Container {
  const { palette } = theme;
  const { card, reopen: place } = at;
  const g = scene.add.graphics();
  g.fillStyle(hex(palette.redaction), MAP_SHADE.cardShadow);
  g.fillRoundedRect(card.x + 4, card.y + 6, card.width, card.height, 6);
  g.fillStyle(hex(palette.paper), 1);
  g.fillRoundedRect(card.x, card.y, card.width, card.height, 6);
  const title = setWrappedText(
    addText(scene, card.x + 16, card.y + 12, '', { ...uiFont(theme.uiSize, 600), color: palette.ink }),
    `${page.title} \u00b7 chapter ${page.chapterNumber}`,
    card.width - 32,
  );
  // The doors, as many lines as fit above the button; a long list ends in an ellipsis, and the
  // accessible twin lists it whole.
  const line = addText(scene, card.x + 16, title.y + title.height + 4, '', {
    ...uiFont(theme.uiSize - 3),
    color: palette.inkSoft,
  });
  const lines = wrapLines(
    `Reopens as case ${page.caseNumber} left it. ${choicesLine(page)}`,
    card.width - 32,
    cssMeasure(cssFontOf(line)),
  );
  const leading = Math.round((theme.uiSize - 3) * 1.25);
  const room = Math.max(1, Math.floor((place.y - 6 - line.y) / leading));
  const shown = lines.length > room ? [...lines.slice(0, room - 1), `${lines[room - 1] ?? ''}\u2026`] : lines;
  line.setText(shown.join('\n')).setLineSpacing(leading - (theme.uiSize - 3) * 1.2);
  const button = new Button(scene, place.x, place.y, {
    width: place.width,
    height: place.height,
    label: LABELS.reopenHere,
    theme,
    onClick: reopen,
  });
  return scene.add.container(0, 0, [g, title, line, button.container]);
}
