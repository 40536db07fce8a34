/**
 * One document of the case file: the paper, its printed form per kind (laid out in
 * layout/header.ts), the typed body, redactions, the provenance stamp and a scroll indicator.
 * Scenes drive it with setTyped() and scrollBy(); it paints into a canvas texture.
 */
import Phaser from 'phaser';
import { reportSlipFor, stampLines } from '../../story/provenance';
import type { ShownPassage } from '../../story/text';
import type { Story, StoryMeta } from '../../story/types';
import { clampScroll, type DocumentLayout, followScroll, layoutDocument, typingCursorY } from '../layout/document';
import { bodyColumn, bodySizeFor, DOCUMENT_STYLES, type DocumentStyle, sizedStyle } from '../layout/document-styles';
import type { Rect } from '../layout/draw-ops';
import { layoutHeader, type SheetHeader } from '../layout/header';
import { FONTS, stampTilt, type Theme } from '../theme';
import { THERMAL_EDGE } from '../widget-colours';
import { type CanvasImage, canvasImage } from './canvas-image';
import { paintInk, paintPrinted } from './ink';
import { fontMeasure, fontTable } from './measure';
import { context, makeCanvas, paintPaper, paintShadow, paintStamp } from './paint';
import { paintSheetScrollbar } from './sheet-scrollbar';

/** What a sheet prints from the story's metadata rather than the passage. */
export interface SheetStoryOptions {
  /** The case file's number, printed on the file line. */
  readonly caseNumber: string;
  /** The subject's name as forms print it (the boarding pass's passenger). */
  readonly subject: string;
  /** Message senders printed on the subject's side of a phone printout. */
  readonly ownSenders: readonly string[];
  /** The facts and their source, for the slip with the source's words on a dramatized page. */
  readonly report: Pick<StoryMeta, 'facts' | 'source'>;
}

export function sheetStoryOptions(story: Pick<Story, 'meta'>): SheetStoryOptions {
  const { caseNumber, subject, source } = story.meta;
  return {
    caseNumber,
    subject: subject.passenger ?? subject.name.toUpperCase(),
    ownSenders: subject.senders,
    report: { facts: story.meta.facts, source },
  };
}

export interface SheetOptions extends SheetStoryOptions {
  /** The passage as the run's state shows it (the snapshot's). */
  readonly passage: ShownPassage;
  /** 1-based position in the file. */
  readonly index: number;
  readonly theme: Theme;
  readonly resolution: number;
  /**
   * On a compact stage: the sheet fills a box of this size, and its printed form scrolls with
   * the body (a phone has no room to keep the form in view). Without it, the kind's own sheet.
   */
  readonly box?: { readonly width: number; readonly height: number };
}

/** Room around the sheet for its drop shadow. */
const SHADOW = 26;
/** The aged edge of a thermal slip (the palette's paper edge is for paper). */
/** A flowing sheet says "more" in a band at its foot: its height, and the hint's baseline in it. */
const FLOWING_HINT_ROOM = 22;
const FLOWING_HINT_BASELINE = 9;

export class DocumentSheet {
  readonly container: Phaser.GameObjects.Container;
  readonly width: number;
  readonly height: number;
  readonly layout: DocumentLayout;
  readonly stamp: Phaser.GameObjects.Image;
  private readonly surface: CanvasImage;
  private readonly stampImage: CanvasImage;
  private readonly base: HTMLCanvasElement;
  private readonly style: DocumentStyle;
  /** The printed form: its draw operations, the body's viewport, the stamp's place. */
  private readonly header: SheetHeader;
  private readonly viewport: Rect;
  /** The form scrolls with the body (a compact stage); the content is then the whole form. */
  private readonly flowing: boolean;
  /** What scrolls, in sheet coordinates: its window on the sheet and its full height. */
  private readonly window: { readonly top: number; readonly height: number };
  private readonly contentHeight: number;
  private typed = 0;
  private caret = false;
  private scroll = 0;
  private lastManualScroll = -Infinity;
  private dirty = true;
  /** What the GPU copy of the canvas shows, to send only the rows a render changed. */
  private uploaded: { typed: number; scroll: number; caret: boolean } | null = null;
  private readonly stampHome: { x: number; y: number };

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly options: SheetOptions,
  ) {
    const { passage, theme, resolution, box } = options;
    this.flowing = box !== undefined;
    this.style = box ? sizedStyle(DOCUMENT_STYLES[passage.kind], box) : DOCUMENT_STYLES[passage.kind];
    this.width = this.style.sheet.width;
    this.height = this.style.sheet.height;
    const measure = fontMeasure(fontTable(theme));
    this.layout = layoutDocument(
      passage.kind,
      passage.body,
      {
        width: bodyColumn(this.style).textWidth,
        bodySize: bodySizeFor(this.style, theme.bodySize),
        lineHeight: theme.lineHeight,
        handSize: theme.handSize,
        ownSenders: options.ownSenders,
        slip: reportSlipFor(passage.provenance, options.report),
      },
      measure,
    );
    const headerFor = (style: DocumentStyle) =>
      layoutHeader(
        {
          style,
          kind: passage.kind,
          caseNumber: options.caseNumber,
          subject: options.subject,
          index: options.index,
          passageId: passage.id,
          title: passage.title,
          body: passage.body,
          date: passage.date,
          place: passage.place,
          bodySize: theme.bodySize,
          bodyHeight: this.layout.height,
          boldFace: theme.bodyFont === FONTS.plainType,
          highContrast: theme.highContrast,
        },
        measure,
      );
    let header = headerFor(this.style);
    if (this.flowing) {
      // Laid out once to find where the body starts, then on a sheet tall enough for all of it.
      const bottom = this.style.sheet.height - header.viewport.y - header.viewport.height;
      const whole = Math.max(this.height, Math.ceil(header.viewport.y + this.layout.height + bottom));
      header = headerFor(sizedStyle(this.style, { width: this.width, height: whole }));
      this.contentHeight = whole;
      this.window = { top: 0, height: this.height };
    } else {
      this.contentHeight = this.layout.height;
      this.window = { top: header.viewport.y, height: header.viewport.height };
    }
    this.header = header;
    this.viewport = this.header.viewport;
    this.base = makeCanvas(this.width + SHADOW * 2, this.height + SHADOW * 2, resolution);
    this.paintBase();
    const surfaceCanvas = makeCanvas(this.width + SHADOW * 2, this.height + SHADOW * 2, resolution);
    this.surface = canvasImage(scene, surfaceCanvas, resolution, 0, 0, 'sheet');
    this.surface.image.setOrigin(0, 0).setPosition(-SHADOW, -SHADOW);

    const stampCanvas = paintStamp(resolution, {
      lines: stampLines(passage.provenance),
      color: passage.provenance.kind === 'dramatization' ? theme.palette.stampAlleged : theme.palette.stampDramatized,
      seed: passage.id,
      size: 24,
      alpha: 1,
      worn: !theme.highContrast,
    });
    this.stampImage = canvasImage(scene, stampCanvas, resolution, 0, 0, 'stamp');
    this.stamp = this.stampImage.image;
    this.stamp.setAlpha(theme.palette.stampAlpha).setAngle(stampTilt(passage.id));
    const rest = this.header.stamp;
    this.stampHome = {
      x: rest.align === 'center' ? rest.x : rest.x - this.stamp.displayWidth / 2,
      y: rest.y,
    };
    this.stamp.setPosition(this.stampHome.x, this.stampHome.y);
    this.container = scene.add.container(x, y, [this.surface.image, this.stamp]);
    this.render();
  }

  get totalChars(): number {
    return this.layout.totalChars;
  }

  /** Bounds of the sheet in the container's parent space (unrotated). */
  get bounds(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(this.container.x, this.container.y, this.width, this.height);
  }

  get scrollable(): boolean {
    return this.contentHeight > this.window.height;
  }

  /** Show `count` typed characters; follow keeps the typing position in view. */
  setTyped(count: number, follow = true): void {
    const next = Math.max(0, Math.min(this.layout.totalChars, count));
    if (next === this.typed) return;
    this.typed = next;
    if (follow && performance.now() - this.lastManualScroll > 1500) {
      this.scroll = followScroll(this.scroll, this.cursorY(), this.window.height, this.contentHeight);
    }
    this.dirty = true;
  }

  /** Show or hide the typing position (it blinks while the page is typed). */
  setCaret(visible: boolean): void {
    if (visible === this.caret) return;
    this.caret = visible;
    this.dirty = true;
  }

  scrollBy(dy: number): void {
    const next = clampScroll(this.scroll + dy, this.contentHeight, this.window.height);
    this.lastManualScroll = performance.now();
    if (next !== this.scroll) {
      this.scroll = next;
      this.dirty = true;
    }
  }

  /** The height of the body's window on the sheet: a page of scrolling. */
  get viewportHeight(): number {
    return this.viewport.height;
  }

  /** How far the body is scrolled, to carry across a rebuild of the same page. */
  get scrollOffset(): number {
    return this.scroll;
  }

  /** Paint if anything changed; call every frame. */
  render(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const ctx = context(this.surface.canvas);
    const resolution = this.options.resolution;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.surface.canvas.width, this.surface.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
    ctx.translate(SHADOW, SHADOW);
    const { x, y, width, height } = this.viewport;
    const { theme } = this.options;
    ctx.save();
    ctx.beginPath();
    if (this.flowing) {
      // The whole form moves under the sheet's edges.
      ctx.rect(0, 0, this.width, this.height);
      ctx.clip();
      ctx.save();
      ctx.translate(0, -this.scroll);
      ctx.textBaseline = 'alphabetic';
      paintPrinted(ctx, this.header.ops, {
        palette: theme.palette,
        fonts: fontTable(theme),
        highContrast: theme.highContrast,
      });
      ctx.restore();
      ctx.translate(x, 0);
      this.stamp.setY(this.stampHome.y - this.scroll).setVisible(this.stampHome.y - this.scroll > 0);
    } else {
      ctx.rect(x - 30, y - 4, width + 44, height + 8);
      ctx.clip();
      ctx.translate(x, y);
    }
    paintInk(ctx, this.layout, {
      palette: theme.palette,
      fonts: fontTable(theme),
      highContrast: theme.highContrast,
      typed: this.typed,
      // Flowing, the body starts below the form, and the window is the whole sheet.
      scroll: this.flowing ? this.scroll - y : this.scroll,
      viewportHeight: this.flowing ? this.height : height,
      seed: this.options.passage.id,
      caret: this.caret,
    });
    ctx.restore();
    this.paintScrollbar(ctx);
    this.upload();
  }

  /** Send the canvas to the GPU: the rows that typing changed, or all of it. */
  private upload() {
    const before = this.uploaded;
    this.uploaded = { typed: this.typed, scroll: this.scroll, caret: this.caret };
    if (!before || before.scroll !== this.scroll || before.caret !== this.caret || this.typed < before.typed) {
      this.surface.refresh();
      return;
    }
    const band = this.changedBand(before.typed);
    if (!band) return;
    const { resolution } = this.options;
    const { y } = this.viewport;
    const { top: windowTop, height } = this.window;
    // Content y to canvas rows, clipped to the body's clip rectangle (see render()).
    // (Flowing, the scroll counts from the sheet's top and the body starts at y: the same sum.)
    const row = (contentY: number) => (SHADOW + y + contentY - this.scroll) * resolution;
    const top = Math.max(row(band.top) - 2, (SHADOW + windowTop - 4) * resolution);
    const bottom = Math.min(row(band.bottom) + 2, (SHADOW + windowTop + height + 4) * resolution);
    if (bottom > top) this.surface.refreshRows(top, bottom);
  }

  /**
   * The content rows (body coordinates) that differ between `from` typed characters and now:
   * every op that gained characters or appeared, and the op the typing position was in
   * (its caret is erased) — or null when nothing did.
   */
  private changedBand(from: number): { top: number; bottom: number } | null {
    const to = this.typed;
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    const take = (a: number, b: number) => {
      top = Math.min(top, a);
      bottom = Math.max(bottom, b);
    };
    for (const op of this.layout.ops) {
      switch (op.type) {
        case 'text':
          if (!op.printed && op.at <= to && op.at + op.text.length >= from) {
            take(op.y - op.font.size * 1.3 - 2, op.y + op.font.size * 0.5 + 6);
          }
          break;
        case 'bar':
          if (op.at <= to && op.at + op.chars >= from) take(op.y - 2, op.y + op.height + 6);
          break;
        case 'rule':
          if (!op.printed && op.at > from && op.at <= to) {
            take(Math.min(op.y1, op.y2) - op.weight - 2, Math.max(op.y1, op.y2) + op.weight + 2);
          }
          break;
        case 'box':
          if (op.at > from && op.at <= to) take(op.y - 2, op.y + op.height + 10);
          break;
      }
    }
    return bottom > top ? { top, bottom } : null;
  }

  /** The stamp's resting scale (its canvas is drawn at the render resolution). */
  get stampScale(): number {
    return 1 / this.options.resolution;
  }

  /** Where the stamp rests; scenes animate it landing there. */
  get stampPosition(): { x: number; y: number } {
    return this.stampHome;
  }

  destroy(): void {
    this.surface.destroy();
    this.stampImage.destroy();
    this.container.destroy();
  }

  private cursorY(): number {
    const y = typingCursorY(this.layout, this.typed);
    return this.flowing ? this.viewport.y + y : y;
  }

  private paintScrollbar(ctx: CanvasRenderingContext2D) {
    if (!this.scrollable) return;
    const { theme } = this.options;
    const hint = this.header.scrollHint;
    paintSheetScrollbar(ctx, {
      theme,
      trackX: this.header.scrollbarX,
      window: this.window,
      contentHeight: this.contentHeight,
      scroll: this.scroll,
      paper: this.style.paper === 'thermal' ? theme.palette.thermal : theme.palette.paper,
      // Flowing, the fade and the hint's band run across the whole sheet, inside its edges.
      fade: this.flowing
        ? { x: 3, width: this.header.scrollbarX - 6 }
        : { x: this.viewport.x - 20, width: this.viewport.width + 30 },
      // Flowing, the foot of the form scrolls away: the hint sits in a band at the sheet's foot.
      hint: this.flowing ? { ...hint, baseline: this.height - FLOWING_HINT_BASELINE } : hint,
      hintRoom: this.flowing ? FLOWING_HINT_ROOM : 0,
    });
  }

  /** The paper and everything printed on it, painted once. */
  private paintBase() {
    const { passage, theme } = this.options;
    const flowing = this.flowing;
    const { palette } = theme;
    const ctx = context(this.base);
    ctx.translate(SHADOW, SHADOW);
    const thermal = this.style.paper === 'thermal';
    if (!theme.highContrast) paintShadow(ctx, 2, 2, this.width - 4, this.height - 4, 20, 0.5);
    paintPaper(ctx, this.width, this.height, palette, {
      seed: passage.id,
      color: thermal ? palette.thermal : palette.paper,
      edge: thermal ? THERMAL_EDGE : palette.paperEdge,
      zigzag: this.style.zigzag,
      fold: this.style.fold,
    });
    if (flowing) return;
    ctx.textBaseline = 'alphabetic';
    paintPrinted(ctx, this.header.ops, { palette, fonts: fontTable(theme), highContrast: theme.highContrast });
  }
}
