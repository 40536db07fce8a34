/**
 * One document of the case file: the paper, its printed form per kind, the typed body,
 * redactions, the provenance stamp and a scroll indicator. Scenes drive it with
 * setTyped() and scrollBy(); it paints into a canvas texture.
 */
import Phaser from 'phaser';
import type { Passage } from '../../story/types';
import { clampScroll, type DocumentLayout, followScroll, layoutDocument } from '../layout/document';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { parseRedactions } from '../layout/redaction';
import { wrapLines } from '../layout/text-fit';
import { FONTS, stampTilt, type Theme } from '../theme';
import { type CanvasImage, canvasImage } from './canvas-image';
import { paintInk } from './ink';
import {
  context,
  cssMeasure,
  fontTable,
  makeCanvas,
  measureText,
  paintBarcode,
  paintClip,
  paintPaper,
  paintRedaction,
  paintShadow,
  paintStamp,
  rgba,
  roundedRect,
} from './paint';

export const CASE_NUMBER = 'MSS/2024-0417';

export function docNumber(index: number): string {
  return `DOC ${String(index).padStart(3, '0')}`;
}

export interface SheetOptions {
  readonly passage: Passage;
  /** 1-based position in the file. */
  readonly index: number;
  readonly theme: Theme;
  readonly resolution: number;
}

const SHADOW = 26;
const SCROLL_HINT = 'MORE \u2193  scroll or drag';
const SCROLL_HINT_FONT = `600 11px "${FONTS.mono}"`;

/**
 * One line of printed text that may hold [[redactions]] (bars), cut with an ellipsis to
 * maxWidth. Returns the width drawn.
 */
export function paintInline(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  font: string,
  maxWidth: number,
  palette: Theme['palette'],
): number {
  ctx.font = font;
  const size = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12');
  let cx = x;
  for (const segment of parseRedactions(text)) {
    const room = x + maxWidth - cx;
    if (room <= 8) break;
    let value = segment.text;
    let width = measureText(value, font);
    if (width > room) {
      while (value.length > 1 && measureText(`${value}\u2026`, font) > room) value = value.slice(0, -1);
      value = `${value}\u2026`;
      width = measureText(value, font);
    }
    if (segment.redacted) paintRedaction(ctx, cx, y - size * 0.82, width, size * 1.05, palette, text);
    else {
      ctx.fillStyle = palette.ink;
      ctx.fillText(value, cx, y);
    }
    cx += width;
  }
  return cx - x;
}

export class DocumentSheet {
  readonly container: Phaser.GameObjects.Container;
  readonly width: number;
  readonly height: number;
  readonly layout: DocumentLayout;
  readonly stamp: Phaser.GameObjects.Image;
  private readonly surface: CanvasImage;
  private readonly stampImage: CanvasImage;
  private readonly base: HTMLCanvasElement;
  private readonly viewport: { x: number; y: number; width: number; height: number };
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
    const { passage, theme, resolution } = options;
    const size = DOCUMENT_STYLES[passage.kind].sheet;
    this.width = size.width;
    this.height = size.height;
    const fonts = fontTable(theme);
    const pad = passage.kind === 'receipt' ? 30 : 46;
    const header = this.paintHeaderHeight();
    const gutter = 16;
    this.viewport = {
      x: pad,
      y: header,
      width: this.width - pad * 2 - (passage.kind === 'receipt' ? 0 : 6),
      height: this.height - header - 34,
    };
    if (passage.kind === 'message') {
      this.viewport = {
        x: pad + 14,
        y: header + 34,
        width: this.width - pad * 2 - 28,
        height: this.height - header - 80,
      };
    }
    this.layout = layoutDocument(
      passage.kind,
      passage.body,
      {
        width: this.viewport.width - (passage.kind === 'receipt' ? 0 : gutter - 6),
        bodySize: passage.kind === 'receipt' ? Math.max(14, theme.bodySize - 1) : theme.bodySize,
        lineHeight: theme.lineHeight,
        handSize: theme.handSize,
      },
      (text, font) => measureText(text, fonts.css(font)),
    );
    this.base = makeCanvas(this.width + SHADOW * 2, this.height + SHADOW * 2, resolution);
    this.paintBase();
    const surfaceCanvas = makeCanvas(this.width + SHADOW * 2, this.height + SHADOW * 2, resolution);
    this.surface = canvasImage(scene, surfaceCanvas, resolution, 0, 0, 'sheet');
    this.surface.image.setOrigin(0, 0).setPosition(-SHADOW, -SHADOW);

    const provenance = passage.provenance;
    const alleged = provenance.kind === 'alleged';
    const stampCanvas = paintStamp(resolution, {
      lines: alleged ? ['ALLEGED (MSS)', provenance.facts.join(' \u00b7 ')] : ['DRAMATIZATION', 'INVENTED SCENE'],
      color: alleged ? theme.palette.stampAlleged : theme.palette.stampDramatized,
      seed: passage.id,
      size: 24,
      alpha: 1,
      worn: !theme.highContrast,
    });
    this.stampImage = canvasImage(scene, stampCanvas, resolution, 0, 0, 'stamp');
    this.stamp = this.stampImage.image;
    this.stamp.setAlpha(theme.palette.stampAlpha).setAngle(stampTilt(passage.id));
    this.stampHome =
      passage.kind === 'receipt'
        ? { x: this.width / 2, y: 140 }
        : { x: this.width - 20 - this.stamp.displayWidth / 2, y: 64 };
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
    return this.layout.height > this.viewport.height;
  }

  /** Show `count` typed characters; follow keeps the typing position in view. */
  setTyped(count: number, follow = true): void {
    const next = Math.max(0, Math.min(this.layout.totalChars, count));
    if (next === this.typed) return;
    this.typed = next;
    if (follow && performance.now() - this.lastManualScroll > 1500) {
      this.scroll = followScroll(this.scroll, this.cursorY(), this.viewport.height, this.layout.height);
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
    const next = clampScroll(this.scroll + dy, this.layout.height, this.viewport.height);
    this.lastManualScroll = performance.now();
    if (next !== this.scroll) {
      this.scroll = next;
      this.dirty = true;
    }
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
    ctx.save();
    ctx.beginPath();
    ctx.rect(x - 30, y - 4, width + 44, height + 8);
    ctx.clip();
    ctx.translate(x, y);
    paintInk(ctx, this.layout, {
      palette: this.options.theme.palette,
      fonts: fontTable(this.options.theme),
      highContrast: this.options.theme.highContrast,
      typed: this.typed,
      scroll: this.scroll,
      viewportHeight: height,
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
    const { y, height } = this.viewport;
    // Content y to canvas rows, clipped to the body's clip rectangle (see render()).
    const row = (contentY: number) => (SHADOW + y + contentY - this.scroll) * resolution;
    const top = Math.max(row(band.top) - 2, (SHADOW + y - 4) * resolution);
    const bottom = Math.min(row(band.bottom) + 2, (SHADOW + y + height + 4) * resolution);
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
    let y = 0;
    for (const op of this.layout.ops) {
      if ('at' in op && op.at <= this.typed && op.type !== 'rule') {
        const bottom = op.type === 'text' ? op.y + 6 : op.y + op.height;
        if (bottom > y) y = bottom;
      }
    }
    return y;
  }

  private paintScrollbar(ctx: CanvasRenderingContext2D) {
    if (!this.scrollable) return;
    const { palette } = this.options.theme;
    const { y, height } = this.viewport;
    const trackX = this.width - (this.options.passage.kind === 'receipt' ? 14 : 24);
    ctx.fillStyle = rgba(palette.ink, 0.12);
    roundedRect(ctx, trackX, y, 5, height, 3);
    ctx.fill();
    const thumb = Math.max(30, (height * height) / this.layout.height);
    const maxScroll = this.layout.height - height;
    const thumbY = y + ((height - thumb) * this.scroll) / maxScroll;
    ctx.fillStyle = rgba(palette.ink, 0.62);
    roundedRect(ctx, trackX, thumbY, 5, thumb, 3);
    ctx.fill();
    if (this.scroll < maxScroll - 1) {
      // More below: fade the last line and say so.
      const bottom = y + height;
      const fade = ctx.createLinearGradient(0, bottom - 26, 0, bottom + 4);
      const paper = this.options.passage.kind === 'receipt' ? palette.thermal : palette.paper;
      fade.addColorStop(0, rgba(paper, 0));
      fade.addColorStop(1, rgba(paper, 1));
      ctx.fillStyle = fade;
      ctx.fillRect(this.viewport.x - 20, bottom - 26, this.viewport.width + 30, 30);
      ctx.font = SCROLL_HINT_FONT;
      ctx.fillStyle = palette.inkSoft;
      ctx.textAlign = 'right';
      ctx.fillText(SCROLL_HINT, this.scrollHintRight(), this.height - 14);
      ctx.textAlign = 'left';
    }
  }

  /** The title in capitals, wrapped to the sheet: every line is shown. */
  private titleLines(width: number): { lines: string[]; size: number; font: string } {
    const { passage, theme } = this.options;
    const size = Math.round(theme.bodySize * 1.12);
    const font =
      theme.bodyFont === FONTS.plainType ? `700 ${size}px "${FONTS.plainType}"` : `400 ${size}px "${FONTS.typewriter}"`;
    return { lines: wrapLines(passage.title.toUpperCase(), width, cssMeasure(font)), size, font };
  }

  /** Date and place share a line beside the stamp when they fit; otherwise the place gets its own. */
  private placeOwnLine(): boolean {
    const { passage } = this.options;
    if (passage.kind === 'receipt' || !passage.place) return false;
    const mono = (size: number, weight = 400) => `${weight} ${size}px "${FONTS.mono}"`;
    const plain = (text: string) => text.replace(/\[\[|\]\]/g, '');
    const width =
      (passage.date ? measureText('DATE', mono(10, 600)) + 7 + measureText(plain(passage.date), mono(12)) + 22 : 0) +
      measureText('PLACE', mono(10, 600)) +
      7 +
      measureText(plain(passage.place), mono(12));
    return width > this.width - 46 - 236 - 46;
  }

  private paintHeaderHeight(): number {
    const { passage } = this.options;
    const receipt = passage.kind === 'receipt';
    const { lines, size } = this.titleLines(receipt ? this.width - 60 : this.width - 92);
    const shift = this.placeOwnLine() ? 18 : 0;
    const base = passage.kind === 'travel-record' ? 236 : receipt ? 200 : 126;
    return base + shift + lines.length * Math.round(size * 1.3) + 10;
  }

  private paintBase() {
    const { passage, theme, index } = this.options;
    const { palette } = theme;
    const ctx = context(this.base);
    ctx.translate(SHADOW, SHADOW);
    const w = this.width;
    const h = this.height;
    const receipt = passage.kind === 'receipt';
    if (!theme.highContrast) paintShadow(ctx, 2, 2, w - 4, h - 4, 20, 0.5);
    paintPaper(ctx, w, h, palette, {
      seed: passage.id,
      color: receipt ? palette.thermal : palette.paper,
      edge: receipt ? '#e9e6dc' : palette.paperEdge,
      zigzag: receipt,
      fold: !receipt,
    });
    // A clip holds the top sheet in the file.
    paintClip(ctx, receipt ? 12 : 16, -20, theme.highContrast);
    if (passage.kind === 'interview-note' && !theme.highContrast) {
      // Punched holes of a notebook page.
      for (const hy of [90, h / 2, h - 90]) {
        ctx.fillStyle = 'rgba(30,20,10,0.55)';
        ctx.beginPath();
        ctx.arc(18, hy, 7, 0, Math.PI * 2);
        ctx.fill();
      }
    }
    const pad = receipt ? 30 : 46;
    const mono = (size: number, weight = 400) => `${weight} ${size}px "${FONTS.mono}"`;
    const inkSoft = palette.inkSoft;
    ctx.textBaseline = 'alphabetic';
    if (receipt) {
      ctx.fillStyle = palette.ink;
      const placeFont = mono(16, 600);
      const placeLines = wrapLines(
        (passage.place ?? 'RECEIPT').toUpperCase().replace(/\[\[|\]\]/g, ''),
        w - pad * 2,
        cssMeasure(placeFont),
      );
      ctx.textAlign = 'center';
      ctx.font = placeFont;
      placeLines.slice(0, 2).forEach((line, i) => {
        ctx.fillText(line, w / 2, 44 + i * 20);
      });
      ctx.font = mono(12);
      ctx.fillStyle = inkSoft;
      ctx.fillText(
        `${DOCUMENT_STYLES.receipt.title} \u00b7 ${passage.date ?? ''} \u00b7 ${docNumber(index)}`,
        w / 2,
        92,
      );
      ctx.textAlign = 'left';
      this.paintTitle(ctx, pad, 182, w - pad * 2, true);
      return;
    }
    ctx.fillStyle = inkSoft;
    ctx.font = mono(11, 600);
    ctx.fillText(`FILE ${CASE_NUMBER}  \u00b7  ${docNumber(index)}`, pad, 34);
    ctx.fillStyle = palette.ink;
    ctx.font = theme.bodyFont === FONTS.plainType ? `700 25px "${FONTS.plainType}"` : `400 25px "${FONTS.typewriter}"`;
    ctx.fillText(DOCUMENT_STYLES[passage.kind].title, pad, 66);
    const ownLine = this.placeOwnLine();
    const shift = ownLine ? 18 : 0;
    let cx = pad;
    let rowY = 90;
    for (const [label, value] of [
      ['DATE', passage.date],
      ['PLACE', passage.place],
    ] as const) {
      if (!value) continue;
      if (label === 'PLACE' && ownLine) {
        cx = pad;
        rowY = 108;
      }
      ctx.fillStyle = inkSoft;
      ctx.font = mono(10, 600);
      ctx.fillText(label, cx, rowY);
      cx += measureText(label, mono(10, 600)) + 7;
      // Beside the stamp, the line stops short of it; on its own line it runs the full width.
      const room = rowY === 90 ? w - pad - 236 - cx : w - pad - cx;
      cx += paintInline(ctx, value, cx, rowY, mono(12), room, palette) + 22;
    }
    ctx.strokeStyle = palette.ink;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(pad, 102 + shift);
    ctx.lineTo(w - pad, 102 + shift);
    ctx.stroke();
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    ctx.moveTo(pad, 106 + shift);
    ctx.lineTo(w - pad, 106 + shift);
    ctx.stroke();
    let titleTop = 114 + shift;
    if (passage.kind === 'travel-record') {
      this.paintBoardingStub(ctx, pad, 116 + shift, w - pad * 2, 104);
      titleTop = 228 + shift;
    }
    this.paintTitle(ctx, pad, titleTop, w - pad * 2, false);
    if (passage.kind === 'message') {
      const { x, y, width, height } = this.viewport;
      ctx.strokeStyle = rgba(palette.ink, 0.55);
      ctx.lineWidth = 1.2;
      roundedRect(ctx, x - 16, y - 30, width + 32, height + 44, 22);
      ctx.stroke();
      ctx.fillStyle = rgba(palette.ink, 0.08);
      roundedRect(ctx, x - 16, y - 30, width + 32, 24, 12);
      ctx.fill();
      ctx.fillStyle = palette.inkSoft;
      ctx.font = mono(10, 600);
      ctx.fillText('SCREEN CAPTURE \u00b7 PRINTED FOR THE FILE', x, y - 14);
      ctx.textAlign = 'right';
      ctx.fillText(passage.date ?? '', x + width, y - 14);
      ctx.textAlign = 'left';
    }
    // Page foot: the file reference, as printed forms have.
    ctx.fillStyle = rgba(palette.ink, 0.5);
    ctx.font = mono(10);
    ctx.fillText(`${passage.id.toUpperCase()}`, pad, h - 14);
    const page = `PAGE ${index}`;
    if (!this.scrollable) {
      ctx.textAlign = 'right';
      ctx.fillText(page, w - pad, h - 14);
      ctx.textAlign = 'left';
    } else {
      // The bottom right holds the scroll hint: the page number sits between it and the file
      // reference, clear of both.
      const idEnd = pad + measureText(passage.id.toUpperCase(), mono(10));
      const hintStart = this.scrollHintRight() - measureText(SCROLL_HINT, SCROLL_HINT_FONT);
      const width = measureText(page, mono(10));
      if (hintStart - idEnd >= width + 24) {
        ctx.textAlign = 'center';
        ctx.fillText(page, (idEnd + hintStart) / 2, h - 14);
        ctx.textAlign = 'left';
      }
    }
  }

  /** Where the scroll hint ends on the right (it is right-aligned there). */
  private scrollHintRight(): number {
    return this.width - (this.options.passage.kind === 'receipt' ? 14 : 24) + 6;
  }

  private paintTitle(ctx: CanvasRenderingContext2D, x: number, top: number, width: number, centered: boolean) {
    const { theme } = this.options;
    const { lines, size, font } = this.titleLines(width);
    const lineHeight = Math.round(size * 1.3);
    ctx.font = font;
    ctx.fillStyle = theme.palette.ink;
    ctx.textAlign = centered ? 'center' : 'left';
    const tx = centered ? x + width / 2 : x;
    lines.forEach((line, i) => {
      ctx.fillText(line, tx, top + size + i * lineHeight);
      // Special Elite has no bold: strike twice, as a typist would.
      if (theme.bodyFont !== FONTS.plainType) ctx.fillText(line, tx + 0.6, top + size + i * lineHeight);
    });
    ctx.textAlign = 'left';
    const bottom = top + size + (Math.max(1, lines.length) - 1) * lineHeight + 10;
    ctx.strokeStyle = rgba(theme.palette.ink, 0.35);
    ctx.lineWidth = 0.8;
    ctx.setLineDash(centered ? [4, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, bottom);
    ctx.lineTo(x + width, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  private paintBoardingStub(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
    const { passage, theme } = this.options;
    const { palette } = theme;
    const stubW = 150;
    ctx.save();
    roundedRect(ctx, x, y, w, h, 8);
    ctx.fillStyle = theme.highContrast ? '#ffffff' : '#e8eef2';
    ctx.fill();
    ctx.strokeStyle = rgba(palette.ink, 0.6);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = theme.highContrast ? '#000000' : '#2d4a63';
    roundedRect(ctx, x, y, w, 22, 8);
    ctx.fill();
    ctx.fillRect(x, y + 12, w, 10);
    ctx.fillStyle = '#ffffff';
    ctx.font = `600 11px "${FONTS.mono}"`;
    ctx.fillText('BOARDING PASS  \u00b7  ECONOMY', x + 12, y + 15);
    ctx.textAlign = 'right';
    ctx.fillText('STUB', x + w - 12, y + 15);
    ctx.textAlign = 'left';
    const field = (label: string, value: string, fx: number, fy: number, maxWidth: number) => {
      ctx.fillStyle = palette.inkSoft;
      ctx.font = `600 9px "${FONTS.mono}"`;
      ctx.fillText(label, fx, fy);
      ctx.fillStyle = palette.ink;
      ctx.font = `400 14px "${FONTS.mono}"`;
      let text = value;
      while (text.length > 3 && measureText(text, ctx.font) > maxWidth) text = `${text.slice(0, -2)}\u2026`;
      ctx.fillText(text, fx, fy + 17);
    };
    const left = w - stubW;
    field('PASSENGER', 'WANG / MR', x + 14, y + 42, left - 40);
    field('DATE', passage.date ?? '\u2014', x + 14, y + 78, (left - 40) / 2);
    field(
      'PLACE',
      (passage.place ?? '\u2014').replace(/\[\[[^\]]*\]\]/g, '\u2588\u2588\u2588'),
      x + 14 + (left - 28) / 2,
      y + 78,
      (left - 40) / 2,
    );
    field(
      'SEAT',
      `${(passage.id.length % 30) + 11}${'ACDF'[passage.id.length % 4]}`,
      x + 14 + (left - 28) / 2,
      y + 42,
      80,
    );
    // Perforation with notches.
    ctx.strokeStyle = rgba(palette.ink, 0.5);
    ctx.setLineDash([3, 4]);
    ctx.beginPath();
    ctx.moveTo(x + left, y + 24);
    ctx.lineTo(x + left, y + h - 4);
    ctx.stroke();
    ctx.setLineDash([]);
    paintBarcode(ctx, x + left + 14, y + 34, stubW - 28, 44, passage.id, palette.ink);
    ctx.fillStyle = palette.ink;
    ctx.font = `400 10px "${FONTS.mono}"`;
    ctx.fillText(passage.id.slice(0, 18).toUpperCase(), x + left + 14, y + 94);
    ctx.restore();
  }
}
