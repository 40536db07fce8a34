/**
 * Interface pieces around the desk: text in the interface faces and buttons (the form's
 * controls are in form-controls.ts). Pointer only: the accessible layer owns the keyboard.
 */
import type Phaser from 'phaser';
import { markControl } from '../control-rects';
import { wrapLines } from '../layout/text-fit';
import { currentStage } from '../stage-watch';
import { FONTS, family, hex, type Theme } from '../theme';
import { DANGER_CARD, DISABLED_ALPHA, QUIET_FILL } from '../widget-colours';
import { renderResolution } from './canvas-image';
import { cssMeasure } from './measure';

export type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** A press that travelled farther than this (a drag, a scroll) is not a click. */
export const TAP_SLOP = 12;

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

/**
 * Pieces that come and go under a pointer that does not move (the next page's slips, the
 * exhibits spread over the desk) show the pointer cursor at once: the scene's input tests
 * what is under the pointer every frame, not only when it moves.
 */
export function followPointerEveryFrame(scene: Phaser.Scene): void {
  scene.input.setPollAlways();
}

export function uiFont(
  size: number,
  weight: 400 | 600 = 400,
): Pick<TextStyle, 'fontFamily' | 'fontSize' | 'fontStyle'> {
  return { fontFamily: `${family(FONTS.ui)}`, fontSize: `${size}px`, fontStyle: weight === 600 ? '600' : 'normal' };
}

export function monoFont(
  size: number,
  weight: 400 | 600 = 400,
): Pick<TextStyle, 'fontFamily' | 'fontSize' | 'fontStyle'> {
  return { fontFamily: `${family(FONTS.mono)}`, fontSize: `${size}px`, fontStyle: weight === 600 ? '600' : 'normal' };
}

/**
 * A key's name for a button's hint, where a keyboard is to be expected: a compact stage (a
 * phone, a tablet held upright) is played by touch, and there a key's name would be noise.
 */
export function keyHint(scene: Phaser.Scene, key: string): string {
  return currentStage(scene).arrangement === 'desk' ? key : '';
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
  /** The key the accessible layer's control goes by, where the label changes (a toggle); else the label. */
  readonly control?: string;
}

/** A label on a card, like a tab on a file drawer. Hover shows the focus highlight. */
export class Button {
  readonly container: Phaser.GameObjects.Container;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private hovered = false;
  private enabled = true;
  /** How wide the label may be: the button less its padding and its key hint. */
  private labelRoom: number;

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
    this.labelRoom = options.width - 18 - 14;
    if (options.hint) {
      const hint = addText(scene, options.width - 14, height / 2, options.hint, {
        ...monoFont(hintSize(size)),
        // On a card the hint is printed like the label; on the desk it is the interface's dim.
        color: options.variant === 'quiet' ? options.theme.palette.chromeDim : options.theme.palette.inkSoft,
      }).setOrigin(1, 0.5);
      children.push(hint);
      this.labelRoom -= hint.width + 10;
    }
    this.fitLabel(size);
    // The accessible layer's button of the same name lies over this zone.
    const zone = markControl(
      scene.add.zone(0, 0, options.width, height).setOrigin(0, 0),
      options.control ?? options.label,
    );
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

  /**
   * A label longer than its button (a large text size, a narrow phone) is set a size smaller
   * until it fits, down to 12 px, rather than running past the button's edge.
   */
  private fitLabel(size: number): void {
    let fitted = size;
    this.label.setFontSize(fitted);
    while (this.label.width > this.labelRoom && fitted > 12) {
      fitted -= 1;
      this.label.setFontSize(fitted);
    }
  }

  /** A toggle's new label (the layer's control keeps its key). */
  setLabel(label: string): this {
    this.label.setText(label);
    this.fitLabel(this.options.size ?? this.options.theme.uiSize);
    return this;
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    this.container.setAlpha(enabled ? 1 : DISABLED_ALPHA.button);
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
      g.fillStyle(hex(palette.chrome), this.hovered ? QUIET_FILL.hover : QUIET_FILL.rest);
      g.fillRoundedRect(0, 0, width, height, 6);
      g.lineStyle(1, hex(palette.chrome), theme.highContrast ? 1 : 0.35);
      g.strokeRoundedRect(0, 0, width, height, 6);
    } else {
      g.fillStyle(0x000000, theme.highContrast ? 0 : 0.35);
      g.fillRoundedRect(3, 5, width, height, 4);
      g.fillStyle(hex(variant === 'danger' ? DANGER_CARD : palette.slip), 1);
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
