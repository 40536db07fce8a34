/**
 * The column of choices on the right of the folder: "reading" while the page is typed, then one
 * typed slip per choice, numbered, locked ones greyed with the reason in the margin. A slip is
 * taken by a click or a tap; the scene reports where the slips are for the test hook.
 */
import Phaser from 'phaser';
import type { ChoiceView } from '../../story/engine';
import { CHOICES_CONTROL, choiceControl, markControl } from '../control-rects';
import { type CaseLayout, DESK_LAYOUT } from '../layout/case-layout';
import { seededRandom, type Theme } from '../theme';
import type { ChoiceRect } from '../view-hook';
import { FOLDER_INK, forMode } from '../widget-colours';
import { type CanvasImage, canvasImage } from './canvas-image';
import { paintSlip } from './choice-slip';
import { addText, followPointerEveryFrame, monoFont, setWrappedText, uiFont } from './ui';

interface Slip {
  readonly view: ChoiceView;
  readonly container: Phaser.GameObjects.Container;
  readonly image: CanvasImage;
  readonly height: number;
}

export interface ChoiceColumnOptions {
  readonly theme: Theme;
  readonly reducedMotion: boolean;
  /** The person the player decides as, in the column's heading. */
  readonly subject: string;
  readonly onTake: (choiceId: string) => void;
  readonly layout?: CaseLayout;
}

/** What the column marks on a page the player has seen before (snapshot.seenBefore, newChoices). */
export interface ChoiceMarks {
  readonly seenBefore: boolean;
  readonly fresh: readonly string[];
}

const NO_MARKS: ChoiceMarks = { seenBefore: false, fresh: [] };

/** Farther than this between press and release is a drag, not a click. */
const CLICK_SLOP = 12;

export class ChoiceColumn {
  private readonly heading: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly headingZone: Phaser.GameObjects.Zone;
  private slips: Slip[] = [];
  private shown = false;
  private readonly column: CaseLayout['column'];
  /** Where the first slip goes: the layout's, or wherever the scene placed the column. */
  private top: number;
  /** The slips of one page, painted once whether measured first or shown at once. */
  private painted: { readonly key: string; readonly slips: ReturnType<typeof paintSlip>[] } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: ChoiceColumnOptions,
  ) {
    this.column = (options.layout ?? DESK_LAYOUT).column;
    followPointerEveryFrame(scene);
    const { column } = this;
    this.top = column.top;
    const { theme } = options;
    // On the desk the column is printed on the folder; on a compact stage it lies on the dark desk.
    const onFolder = (options.layout ?? DESK_LAYOUT).arrangement === 'desk';
    const inkOnFolder = onFolder ? forMode(FOLDER_INK, theme.highContrast) : theme.palette.chrome;
    this.heading = addText(scene, column.x, column.headingY, '', {
      ...monoFont(12, 600),
      color: inkOnFolder,
      letterSpacing: 1,
    });
    // Where the layer's "Choices" heading lies (the focus waits there once the page is shown): the
    // heading's line only, so that its focus ring crosses neither the hint under it nor a slip.
    const headingHeight = column.hintY - column.headingY + 2;
    this.headingZone = markControl(
      scene.add.zone(column.x, column.headingY - 6, column.width, headingHeight),
      CHOICES_CONTROL,
    );
    this.headingZone.setOrigin(0, 0);
    this.hint = addText(scene, column.x, column.hintY, '', {
      ...uiFont(theme.uiSize - 1),
      color: inkOnFolder,
      lineSpacing: 4,
    });
  }

  /** True once the slips of the current page are out. */
  get showing(): boolean {
    return this.shown;
  }

  /** While the page is typed: no slips, a word on how to see the page at once. */
  showReading(): void {
    this.clear();
    this.heading.setText('READING');
    setWrappedText(
      this.hint,
      'The page is being typed. Tap or click the page to show it all at once.',
      this.column.width,
    );
  }

  /**
   * The page's choices as slips, squeezed to fit the column when there are many. On a page read
   * in an earlier case the heading says so, and a door never opened is stamped NEW.
   */
  showChoices(choices: readonly ChoiceView[], page: number, marks: ChoiceMarks = NO_MARKS): void {
    this.clear();
    this.shown = true;
    const { column } = this;
    const next = `WHAT ${this.options.subject.toUpperCase()} DOES NEXT`;
    this.heading.setText(choices.length > 0 ? (marks.seenBefore ? `READ BEFORE  \u00b7  ${next}` : next) : '');
    this.hint.setText('');
    const painted = this.paint(choices, page, marks.fresh);
    const total = painted.reduce((sum, slip) => sum + slip.height + column.gap, 0);
    const room = column.bottom - this.top;
    const squeeze = total > room && column.squeeze ? room / total : 1;
    let y: number = this.top;
    choices.forEach((view, i) => {
      const slip = painted[i];
      if (!slip) return;
      this.slips.push(this.addSlip(view, slip, y, squeeze, i));
      y += (slip.height + column.gap) * squeeze;
    });
  }

  /** The height this page's heading and slips take, unsqueezed. */
  heightFor(choices: readonly ChoiceView[], page: number): number {
    const slips = this.paint(choices, page);
    return this.top - this.heading.y + slips.reduce((sum, slip) => sum + slip.height + this.column.gap, 0);
  }

  /** Move the column's heading, hint and slips to start `headingY` down the world. */
  placeAt(headingY: number): void {
    const shift = headingY - this.heading.y;
    this.heading.setY(headingY);
    this.headingZone.setY(this.headingZone.y + shift);
    this.hint.setY(this.hint.y + shift);
    this.top += shift;
  }

  private paint(
    choices: readonly ChoiceView[],
    page: number,
    fresh: readonly string[] = [],
  ): ReturnType<typeof paintSlip>[] {
    const key = `${page}:${choices.map((view) => `${view.choice.id}${view.available ? '' : '!'}${fresh.includes(view.choice.id) ? '*' : ''}`).join(',')}`;
    if (this.painted?.key === key) return this.painted.slips;
    const { theme } = this.options;
    const slips = choices.map((view) =>
      paintSlip(theme, {
        number: view.number,
        label: view.choice.label,
        locked: !view.available,
        hint: view.available ? null : (view.lockedReasons[0] ?? 'Not open now.'),
        width: this.column.width,
        seed: `${view.choice.id}:${page}`,
        fresh: fresh.includes(view.choice.id),
      }),
    );
    this.painted = { key, slips };
    return slips;
  }

  /** Where the slips that can be taken are, in world space. */
  clickable(): ChoiceRect[] {
    if (!this.shown) return [];
    return this.slips
      .filter((slip) => slip.view.available)
      .map((slip) => ({
        choiceId: slip.view.choice.id,
        number: slip.view.number,
        x: slip.container.x,
        y: slip.container.y,
        width: this.column.width,
        height: slip.height,
      }));
  }

  clear(): void {
    for (const slip of this.slips) {
      slip.image.destroy();
      slip.container.destroy();
    }
    this.slips = [];
    this.shown = false;
  }

  private addSlip(
    view: ChoiceView,
    painted: ReturnType<typeof paintSlip>,
    y: number,
    squeeze: number,
    order: number,
  ): Slip {
    const { scene } = this;
    const { column } = this;
    const image = canvasImage(scene, painted.canvas, scene.cameras.main.zoom, -painted.pad, -painted.pad, 'slip');
    image.image.setOrigin(0, 0);
    const random = seededRandom(`slip:${view.choice.id}`);
    const container = scene.add.container(column.x, y, [image.image]).setDepth(20);
    container.setAngle((random() - 0.5) * 1.6).setScale(squeeze);
    if (view.available) this.makeTakeable(view, container, painted.height);
    if (!this.options.reducedMotion) {
      container.setX(column.x + column.slideFrom).setAlpha(0);
      scene.tweens.add({
        targets: container,
        x: column.x,
        alpha: 1,
        delay: order * 70,
        duration: 260,
        ease: 'Cubic.easeOut',
      });
    }
    return { view, container, image, height: painted.height * squeeze };
  }

  /** A focus ring and a lean to the left under the pointer; a click takes the choice. */
  private makeTakeable(view: ChoiceView, container: Phaser.GameObjects.Container, height: number): void {
    const { scene } = this;
    const { column } = this;
    const zone = markControl(scene.add.zone(0, 0, column.width, height), choiceControl(view.choice.id))
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    const focus = scene.add.graphics();
    focus.lineStyle(3, Phaser.Display.Color.HexStringToColor(this.options.theme.palette.focus).color, 1);
    focus.strokeRoundedRect(-5, -5, column.width + 10, height + 10, 6);
    focus.setVisible(false);
    container.add([focus, zone]);
    zone.on('pointerover', () => {
      focus.setVisible(true);
      scene.tweens.add({ targets: container, x: column.x - column.hoverShift, duration: 90 });
    });
    zone.on('pointerout', () => {
      focus.setVisible(false);
      scene.tweens.add({ targets: container, x: column.x, duration: 120 });
    });
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() <= CLICK_SLOP) this.options.onTake(view.choice.id);
    });
  }
}
