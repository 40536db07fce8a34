/** Settings on a printed form: volumes, mute, text speed and size, motion, contrast. */
import Phaser from 'phaser';
import { type Settings, TEXT_SIZES, TEXT_SPEEDS, type TextSize, type TextSpeed } from '../../save/settings-types';
import { CONTROL_LABELS as LABELS, TEXT_SIZE_LABELS, TEXT_SPEED_LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { type FormRow, type PlacedRow, settingsLayoutFor } from '../layout/settings-layout';
import type { Theme } from '../theme';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { OptionRow, Slider, Toggle } from '../widgets/form-controls';
import { paintFormHead } from '../widgets/form-head';
import { PageScroll, withinAny } from '../widgets/page-scroll';
import { paintPaper, pieceCanvas } from '../widgets/paint';
import { addText, Button, keyHint, monoFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** What the form keeps across a rebuild (every change of a setting rebuilds it): how far it was scrolled. */
interface SettingsRebuild {
  readonly scroll: number;
}

type Change = (change: Partial<Settings>) => void;

/** One control of the form: its row for the layout, and how to build it where the layout puts it. */
interface Control {
  readonly row: FormRow;
  readonly add: (scene: Phaser.Scene, at: PlacedRow) => Phaser.GameObjects.Container;
}

type Volume = 'musicVolume' | 'effectsVolume';
type Switch = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** The form's two sections, each control bound to its setting. */
function controls(settings: Settings, change: Change, theme: Theme): Control[][] {
  const slider = (setting: Volume): Control => ({
    row: { kind: 'slider' },
    add: (scene, at) =>
      new Slider(scene, at.x, at.y, {
        theme,
        label: LABELS[setting],
        value: settings[setting],
        width: at.width,
        place: at.place,
        setting,
        onChange: (value) => change({ [setting]: value }),
      }).container,
  });
  const toggle = (setting: Switch, label: string, onLabel: string, offLabel: string): Control => ({
    row: { kind: 'toggle' },
    add: (scene, at) =>
      new Toggle(scene, at.x, at.y, {
        theme,
        label,
        value: settings[setting],
        width: at.width,
        onLabel,
        offLabel,
        place: at.place,
        setting,
        onChange: (value) => change({ [setting]: value }),
      }).container,
  });
  return [
    [slider('musicVolume'), slider('effectsVolume'), toggle('muted', LABELS.mute, 'Muted', 'Sound on')],
    [
      {
        row: { kind: 'options', count: TEXT_SPEEDS.length },
        add: (scene, at) =>
          new OptionRow<TextSpeed>(scene, at.x, at.y, {
            theme,
            label: LABELS.textSpeed,
            values: TEXT_SPEEDS,
            labels: TEXT_SPEED_LABELS,
            current: settings.textSpeed,
            width: at.width,
            place: at.place,
            setting: 'textSpeed',
            onPick: (value) => change({ textSpeed: value }),
          }).container,
      },
      {
        row: { kind: 'options', count: TEXT_SIZES.length },
        add: (scene, at) =>
          new OptionRow<TextSize>(scene, at.x, at.y, {
            theme,
            label: LABELS.textSize,
            values: TEXT_SIZES,
            labels: TEXT_SIZE_LABELS,
            current: settings.textSize,
            width: at.width,
            place: at.place,
            setting: 'textSize',
            onPick: (value) => change({ textSize: value }),
          }).container,
      },
      toggle('reducedMotion', LABELS.reducedMotion, 'On: no sliding, no flicker', 'Off'),
      toggle('highContrast', LABELS.highContrast, 'On', 'Off'),
      toggle('readAloud', LABELS.readAloud, 'On: pages and choices read out', 'Off'),
      toggle('skipSeen', LABELS.skipSeen, 'On: pages read before appear at once', 'Off'),
    ],
  ];
}

const SECTION_TITLES = ['SOUND', 'READING'] as const;

export class SettingsScene extends ViewScene<SettingsRebuild> {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private page: PageScroll | null = null;

  constructor() {
    super('SettingsScene');
  }

  /** For the test hook: how far a phone's form is scrolled (null where it fits the screen). */
  pageScrollOffset(): number | null {
    return this.page?.scroll ?? null;
  }

  protected override rebuildData(): Partial<SettingsRebuild> {
    return { scroll: this.page?.scroll ?? 0 };
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<SettingsRebuild>): void {
    const { palette } = this.theme;
    const sections = controls(snapshot.settings, this.controller.changeSettings.bind(this.controller), this.theme);
    const layout = settingsLayoutFor(this.frame.world, {
      uiSize: this.theme.uiSize,
      sections: sections.map((section) => section.map((control) => control.row)),
    });
    PageScroll.fixed(this, () => {
      addDesk(this, this.theme, this.frame, 'cover');
      // Nothing under the form takes a click while it is open.
      this.blockPresses();
    });
    const resolution = renderResolution();
    const { shadow } = layout;
    const { x, y, width: w, height: h } = layout.form;
    const { canvas, ctx } = pieceCanvas(w, h, { pad: shadow }, resolution, { theme: this.theme, blur: 22, alpha: 0.7 });
    paintPaper(ctx, w, h, palette, { seed: 'settings-form', fold: true });
    paintFormHead(ctx, this.theme, {
      kicker: 'FORM S-1  \u00b7  HOW THE FILE IS READ',
      title: 'SETTINGS',
      ...layout.head,
    });
    const sheet = canvasImage(this, canvas, resolution, x - shadow, y - shadow, 'settings');
    sheet.image.setOrigin(0, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => sheet.destroy());
    const sliders: Phaser.GameObjects.Container[] = [];
    let placed = 0;
    sections.forEach((section, index) => {
      const heading = layout.headings[index]!;
      addText(this, heading.x, heading.y, SECTION_TITLES[index] ?? '', {
        ...monoFont(12, 600),
        color: palette.inkSoft,
        letterSpacing: 2,
      });
      for (const control of section) {
        const container = control.add(this, layout.rows[placed]!);
        if (control.row.kind === 'slider') sliders.push(container);
        placed += 1;
      }
    });
    new Button(this, layout.back.x, layout.back.y, {
      width: layout.back.width,
      height: layout.back.height,
      label: LABELS.back,
      hint: keyHint(this, 'Esc'),
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
    this.page = null;
    if (layout.arrangement !== 'desk') {
      // A press on a slider moves the slider; anywhere else on the form, a drag scrolls it.
      this.page = new PageScroll(this, this.frame.world.height, layout.pageHeight, (over) => withinAny(over, sliders));
      this.page.scrollTo(rebuilt.scroll ?? 0);
    }
  }
}
