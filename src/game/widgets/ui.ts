/**
 * Interface pieces around the desk: text in the interface faces, buttons, toggles,
 * sliders and option rows. Pointer only: the accessible layer owns the keyboard.
 */
import type Phaser from 'phaser';
import { wrapLines } from '../layout/text-fit';
import { FONTS, hex, type Theme } from '../theme';
import { renderResolution } from './canvas-image';
import { cssMeasure } from './measure';

export type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/**
 * Where a form control sits against its label. Left out, the desk's: the label on the left and
 * the control 230 px in, on the label's line. A compact stage stacks them (the control under
 * its label, `labelWidth` 0) and makes every target at least 44 px.
 */
export interface ControlPlace {
  /** Where the control starts, from the label's left edge. */
  readonly labelWidth: number;
  /** The middle of the control's row, from the label's top. */
  readonly middle: number;
  /** The height of what takes a touch (and of an option tab). */
  readonly target: number;
  /** Option tabs: how many to a row (all of them when left out) and the size of their labels. */
  readonly columns?: number;
  readonly tabSize?: number;
  /** A toggle's target width (the tick box and its state). */
  readonly targetWidth?: number;
}

/** The desk's placement of each control, as they have always been drawn. */
const DESK_PLACE: Readonly<Record<'toggle' | 'slider' | 'options', ControlPlace>> = {
  toggle: { labelWidth: 230, middle: 12, target: 40 },
  slider: { labelWidth: 230, middle: 12, target: 40 },
  options: { labelWidth: 230, middle: 12, target: 36 },
};
/** The desk's toggle takes clicks this wide. */
const TOGGLE_TARGET_WIDTH = 200;

/** A press that travelled farther than this (a drag, a scroll) is not a click. */
const TAP_SLOP = 12;

export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  style: TextStyle,
): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, { resolution: renderResolution(), ...style });
}

/** The CSS font a Text object draws in, to measure its text the way it will be drawn. */
export function cssFontOf(text: Phaser.GameObjects.Text): string {
  const { fontStyle, fontSize, fontFamily } = text.style;
  return [fontStyle, typeof fontSize === 'number' ? `${fontSize}px` : fontSize, fontFamily].join(' ').trim();
}

/**
 * Set a Text object's content wrapped to `width` by layout/text-fit (not Phaser's own word
 * wrap), so that every wrapped line in the game is broken by one module.
 */
export function setWrappedText(text: Phaser.GameObjects.Text, value: string, width: number): Phaser.GameObjects.Text {
  return text.setText(wrapLines(value, width, cssMeasure(cssFontOf(text))).join('\n'));
}

export function uiFont(
  size: number,
  weight: 400 | 600 = 400,
): Pick<TextStyle, 'fontFamily' | 'fontSize' | 'fontStyle'> {
  return { fontFamily: `"${FONTS.ui}"`, fontSize: `${size}px`, fontStyle: weight === 600 ? '600' : 'normal' };
}

export function monoFont(
  size: number,
  weight: 400 | 600 = 400,
): Pick<TextStyle, 'fontFamily' | 'fontSize' | 'fontStyle'> {
  return { fontFamily: `"${FONTS.mono}"`, fontSize: `${size}px`, fontStyle: weight === 600 ? '600' : 'normal' };
}

/** The type size of a button's hint beside a label of this size. */
export function hintSize(labelSize: number): number {
  return Math.max(10, Math.min(13, labelSize - 4));
}

export interface ButtonOptions {
  readonly width: number;
  readonly height?: number;
  readonly label: string;
  readonly theme: Theme;
  readonly variant?: 'primary' | 'quiet' | 'danger';
  readonly onClick: () => void;
  readonly hint?: string;
  /** Label size; defaults to the interface size of the theme. */
  readonly size?: number;
}

/** A label on a card, like a tab on a file drawer. Hover shows the focus highlight. */
export class Button {
  readonly container: Phaser.GameObjects.Container;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private hovered = false;
  private enabled = true;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly options: ButtonOptions,
  ) {
    const height = options.height ?? 48;
    const size = options.size ?? options.theme.uiSize;
    this.frame = scene.add.graphics();
    this.label = addText(scene, 18, height / 2, options.label, {
      ...uiFont(size, 600),
      color: this.textColor(),
    }).setOrigin(0, 0.5);
    const children: Phaser.GameObjects.GameObject[] = [this.frame, this.label];
    if (options.hint) {
      const hint = addText(scene, options.width - 14, height / 2, options.hint, {
        ...monoFont(hintSize(size)),
        color: options.variant === 'primary' ? options.theme.palette.inkSoft : options.theme.palette.chromeDim,
      }).setOrigin(1, 0.5);
      children.push(hint);
    }
    const zone = scene.add.zone(0, 0, options.width, height).setOrigin(0, 0);
    zone.setInteractive({ useHandCursor: true });
    zone.on('pointerover', () => {
      this.hovered = true;
      this.draw();
    });
    zone.on('pointerout', () => {
      this.hovered = false;
      this.draw();
    });
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (!this.enabled) return;
      if (pointer.getDistance() > 12) return;
      options.onClick();
    });
    children.push(zone);
    this.container = scene.add.container(x, y, children);
    this.draw();
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    this.container.setAlpha(enabled ? 1 : 0.45);
    return this;
  }

  private textColor(): string {
    const { palette } = this.options.theme;
    return this.options.variant === 'quiet' ? palette.chrome : palette.ink;
  }

  private draw() {
    const { width, theme, variant } = this.options;
    const height = this.options.height ?? 48;
    const { palette } = theme;
    const g = this.frame;
    g.clear();
    if (variant === 'quiet') {
      g.fillStyle(hex(palette.chrome), this.hovered ? 0.14 : 0.06);
      g.fillRoundedRect(0, 0, width, height, 6);
      g.lineStyle(1, hex(palette.chrome), theme.highContrast ? 1 : 0.35);
      g.strokeRoundedRect(0, 0, width, height, 6);
    } else {
      g.fillStyle(0x000000, theme.highContrast ? 0 : 0.35);
      g.fillRoundedRect(3, 5, width, height, 4);
      g.fillStyle(hex(variant === 'danger' ? '#e9d2c8' : palette.slip), 1);
      g.fillRoundedRect(0, 0, width, height, 4);
      g.fillStyle(hex(variant === 'danger' ? palette.stampAlleged : palette.ink), 1);
      g.fillRect(0, 0, 6, height);
      if (theme.highContrast) {
        g.lineStyle(2, 0x000000, 1);
        g.strokeRoundedRect(0, 0, width, height, 4);
      }
    }
    if (this.hovered) {
      g.lineStyle(3, hex(palette.focus), 1);
      g.strokeRoundedRect(-4, -4, width + 8, height + 8, 7);
    }
  }
}

export interface OptionRowOptions<T extends string> {
  readonly theme: Theme;
  readonly label: string;
  readonly values: readonly T[];
  readonly labels?: Partial<Record<T, string>>;
  readonly current: T;
  readonly width: number;
  readonly onPick: (value: T) => void;
  readonly place?: ControlPlace;
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
        g.lineStyle(1.5, hex(palette.ink), pressed ? 1 : 0.5);
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
      const zone = scene.add.zone(tx, ty, tabWidth, tabHeight).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      zone.on('pointerover', () => draw(true));
      zone.on('pointerout', () => draw(false));
      zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
        if (!pressed && pointer.getDistance() <= TAP_SLOP) options.onPick(value);
      });
      children.push(g, text, zone);
    });
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
      g.fillStyle(hex(palette.ink), 0.18);
      g.fillRoundedRect(labelWidth, m - 3, trackWidth, 6, 3);
      g.fillStyle(hex(palette.ink), 1);
      g.fillRoundedRect(labelWidth, m - 3, trackWidth * this.value, 6, 3);
      for (let i = 0; i <= 10; i++) {
        g.fillStyle(hex(palette.ink), 0.5);
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
    const zone = scene.add
      .zone(labelWidth - 14, m - place.target / 2, trackWidth + 28, place.target)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true, draggable: false });
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
    if (options.disabled) container.setAlpha(0.5);
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
    const zone = scene.add
      .zone(labelWidth - 6, m - place.target / 2, place.targetWidth ?? TOGGLE_TARGET_WIDTH, place.target)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    zone.on('pointerover', () => draw(true));
    zone.on('pointerout', () => draw(false));
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() <= TAP_SLOP) options.onChange(!value);
    });
    this.container = scene.add.container(x, y, [label, g, state, zone]);
  }
}
