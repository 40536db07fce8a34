/**
 * The settings form's controls, drawn on the canvas: a row of options, a slider, a toggle. Each
 * sits beside its label on the desk, or under it on a phone (a ControlPlace), with targets of
 * 44 px or more; a press that drags is a scroll, not a change.
 */
import type Phaser from 'phaser';
import { markControl, settingControl } from '../control-rects';
import type { ControlPlace } from '../layout/settings-layout';
import { hex, type Theme } from '../theme';
import { CONTROL_INK, DISABLED_ALPHA } from '../widget-colours';
import { addText, monoFont, TAP_SLOP, uiFont } from './ui';

export type { ControlPlace } from '../layout/settings-layout';

/** The desk's placement of each control, as they have always been drawn. */
const DESK_PLACE: Readonly<Record<'toggle' | 'slider' | 'options', ControlPlace>> = {
  toggle: { labelWidth: 230, middle: 12, target: 40 },
  slider: { labelWidth: 230, middle: 12, target: 40 },
  options: { labelWidth: 230, middle: 12, target: 36 },
};
/** The desk's toggle takes clicks this wide. */
const TOGGLE_TARGET_WIDTH = 200;

export interface OptionRowOptions<T extends string> {
  readonly theme: Theme;
  readonly label: string;
  readonly values: readonly T[];
  readonly labels?: Partial<Record<T, string>>;
  readonly current: T;
  readonly width: number;
  readonly onPick: (value: T) => void;
  readonly place?: ControlPlace;
  /** The setting it sets: the accessible layer lays its radio buttons over the tabs. */
  readonly setting: string;
}

/** A row of option tabs, one of them pressed. */
export class OptionRow<T extends string> {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, x: number, y: number, options: OptionRowOptions<T>) {
    const { theme } = options;
    const { palette } = theme;
    const label = addText(scene, 0, 0, options.label, { ...uiFont(theme.uiSize, 600), color: palette.ink });
    const children: Phaser.GameObjects.GameObject[] = [label];
    const place = options.place ?? DESK_PLACE.options;
    const labelWidth = place.labelWidth;
    const gap = 8;
    const columns = place.columns ?? options.values.length;
    const tabWidth = (options.width - labelWidth - gap * (columns - 1)) / columns;
    const tabHeight = place.target;
    options.values.forEach((value, index) => {
      const tx = labelWidth + (index % columns) * (tabWidth + gap);
      const ty = place.middle - tabHeight / 2 + Math.floor(index / columns) * (tabHeight + gap);
      const pressed = value === options.current;
      const g = scene.add.graphics();
      const draw = (hover: boolean) => {
        g.clear();
        g.fillStyle(hex(pressed ? palette.ink : palette.slip), 1);
        g.fillRoundedRect(tx, ty, tabWidth, tabHeight, 4);
        g.lineStyle(1.5, hex(palette.ink), pressed ? 1 : CONTROL_INK.tabEdge);
        g.strokeRoundedRect(tx, ty, tabWidth, tabHeight, 4);
        if (hover) {
          g.lineStyle(3, hex(palette.focus), 1);
          g.strokeRoundedRect(tx - 3, ty - 3, tabWidth + 6, tabHeight + 6, 6);
        }
      };
      draw(false);
      const text = addText(scene, tx + tabWidth / 2, ty + tabHeight / 2, options.labels?.[value] ?? value, {
        ...uiFont(place.tabSize ?? Math.max(13, theme.uiSize - 2), 600),
        color: pressed ? palette.paper : palette.ink,
      }).setOrigin(0.5, 0.5);
      const zone = markControl(
        scene.add.zone(tx, ty, tabWidth, tabHeight).setOrigin(0, 0).setInteractive({ useHandCursor: true }),
        settingControl(options.setting, value),
      );
      zone.on('pointerover', () => draw(true));
      zone.on('pointerout', () => draw(false));
      zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
        if (!pressed && pointer.getDistance() <= TAP_SLOP) options.onPick(value);
      });
      children.push(g, text, zone);
    });
    // The whole row, label and tabs, is the radio group's box (no input: it takes no press).
    const rows = Math.ceil(options.values.length / columns);
    const tabsTop = place.middle - tabHeight / 2;
    const top = Math.min(0, tabsTop);
    const bottom = tabsTop + rows * tabHeight + (rows - 1) * gap;
    const row = scene.add.zone(0, top, options.width, bottom - top).setOrigin(0, 0);
    children.push(markControl(row, settingControl(options.setting)));
    this.container = scene.add.container(x, y, children);
  }
}

export interface SliderOptions {
  readonly theme: Theme;
  readonly label: string;
  readonly value: number;
  readonly width: number;
  readonly disabled?: boolean;
  readonly onChange: (value: number) => void;
  readonly place?: ControlPlace;
  /** The setting it sets: the accessible layer lays its range input over the ruler. */
  readonly setting: string;
}

/** A volume slider drawn as a ruler with a brass slide; commits on release. */
export class Slider {
  readonly container: Phaser.GameObjects.Container;
  private value: number;

  constructor(scene: Phaser.Scene, x: number, y: number, options: SliderOptions) {
    const { theme } = options;
    const { palette } = theme;
    this.value = options.value;
    const place = options.place ?? DESK_PLACE.slider;
    const { labelWidth, middle: m } = place;
    const trackWidth = options.width - labelWidth - 70;
    const label = addText(scene, 0, 0, options.label, { ...uiFont(theme.uiSize, 600), color: palette.ink });
    const readout = addText(scene, options.width, m, '', { ...monoFont(theme.uiSize), color: palette.ink }).setOrigin(
      1,
      0.5,
    );
    const g = scene.add.graphics();
    let hover = false;
    const draw = () => {
      g.clear();
      g.fillStyle(hex(palette.ink), CONTROL_INK.track);
      g.fillRoundedRect(labelWidth, m - 3, trackWidth, 6, 3);
      g.fillStyle(hex(palette.ink), 1);
      g.fillRoundedRect(labelWidth, m - 3, trackWidth * this.value, 6, 3);
      for (let i = 0; i <= 10; i++) {
        g.fillStyle(hex(palette.ink), CONTROL_INK.ticks);
        g.fillRect(labelWidth + (trackWidth * i) / 10, m + (i % 5 === 0 ? 8 : 10), 1, i % 5 === 0 ? 8 : 5);
      }
      const knobX = labelWidth + trackWidth * this.value;
      if (hover) {
        g.fillStyle(hex(palette.focus), 1);
        g.fillCircle(knobX, m, 15);
      }
      g.fillStyle(hex(theme.highContrast ? '#000000' : '#b08d3c'), 1);
      g.fillCircle(knobX, m, 11);
      g.lineStyle(2, hex(palette.ink), 1);
      g.strokeCircle(knobX, m, 11);
      readout.setText(`${Math.round(this.value * 100)}%`);
    };
    draw();
    const zone = markControl(
      scene.add
        .zone(labelWidth - 14, m - place.target / 2, trackWidth + 28, place.target)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true, draggable: false }),
      settingControl(options.setting),
    );
    const container = scene.add.container(x, y, [label, g, readout, zone]);
    const setFromPointer = (pointer: Phaser.Input.Pointer) => {
      const local = pointer.worldX - container.x - labelWidth;
      this.value = Math.round(Math.max(0, Math.min(1, local / trackWidth)) * 20) / 20;
      draw();
    };
    let dragging = false;
    zone.on('pointerover', () => {
      hover = true;
      draw();
    });
    zone.on('pointerout', () => {
      hover = false;
      draw();
    });
    zone.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      if (options.disabled) return;
      dragging = true;
      setFromPointer(pointer);
    });
    scene.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (dragging && pointer.isDown) setFromPointer(pointer);
    });
    scene.input.on('pointerup', () => {
      if (!dragging) return;
      dragging = false;
      options.onChange(this.value);
    });
    if (options.disabled) container.setAlpha(DISABLED_ALPHA.control);
    this.container = container;
  }
}

export interface ToggleOptions {
  readonly theme: Theme;
  readonly label: string;
  readonly value: boolean;
  readonly width: number;
  readonly onLabel?: string;
  readonly offLabel?: string;
  readonly onChange: (value: boolean) => void;
  readonly place?: ControlPlace;
  /** The setting it sets: the accessible layer lays its checkbox over the tick box. */
  readonly setting: string;
}

/** An on/off tick box, as on a printed form. */
export class Toggle {
  readonly container: Phaser.GameObjects.Container;

  constructor(scene: Phaser.Scene, x: number, y: number, options: ToggleOptions) {
    const { theme, value } = options;
    const { palette } = theme;
    const place = options.place ?? DESK_PLACE.toggle;
    const { labelWidth, middle: m } = place;
    const label = addText(scene, 0, 0, options.label, { ...uiFont(theme.uiSize, 600), color: palette.ink });
    const g = scene.add.graphics();
    const state = addText(scene, labelWidth + 44, m, value ? (options.onLabel ?? 'On') : (options.offLabel ?? 'Off'), {
      ...uiFont(theme.uiSize),
      color: palette.ink,
    }).setOrigin(0, 0.5);
    const draw = (hover: boolean) => {
      g.clear();
      if (hover) {
        g.lineStyle(3, hex(palette.focus), 1);
        g.strokeRoundedRect(labelWidth - 4, m - 18, 36, 36, 5);
      }
      g.fillStyle(hex(palette.slip), 1);
      g.fillRoundedRect(labelWidth, m - 14, 28, 28, 3);
      g.lineStyle(2, hex(palette.ink), 1);
      g.strokeRoundedRect(labelWidth, m - 14, 28, 28, 3);
      if (value) {
        g.lineStyle(4, hex(palette.ink), 1);
        g.beginPath();
        g.moveTo(labelWidth + 6, m);
        g.lineTo(labelWidth + 12, m + 7);
        g.lineTo(labelWidth + 23, m - 8);
        g.strokePath();
      }
    };
    draw(false);
    const zone = markControl(
      scene.add
        .zone(labelWidth - 6, m - place.target / 2, place.targetWidth ?? TOGGLE_TARGET_WIDTH, place.target)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true }),
      settingControl(options.setting),
    );
    zone.on('pointerover', () => draw(true));
    zone.on('pointerout', () => draw(false));
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() <= TAP_SLOP) options.onChange(!value);
    });
    this.container = scene.add.container(x, y, [label, g, state, zone]);
  }
}
