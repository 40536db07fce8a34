/** Sources: what the game rests on, on a long sheet that scrolls (wheel or drag). */
import Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { clampScroll, type DocumentLayout } from '../layout/document';
import { layoutSources } from '../layout/sources';
import { followScrollRequests, scrollDistance } from '../scroll';
import { FONTS } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { paintFormHead } from '../widgets/form-head';
import { paintInk } from '../widgets/ink';
import { fontMeasure, fontTable } from '../widgets/measure';
import { context, makeCanvas, paintPaper, pieceCanvas, rgba, roundedRect } from '../widgets/paint';
import { Button } from '../widgets/ui';
import { ViewScene } from './view-scene';

const SHEET = { x: 150, y: 28, width: 980, height: 664 } as const;
const VIEW = { x: 56, y: 110, width: 840, height: 520 } as const;

export class SourcesScene extends ViewScene {
  private surface: CanvasImage | null = null;
  private base: HTMLCanvasElement | null = null;
  private layout: DocumentLayout | null = null;
  private scroll = 0;
  private dirty = true;

  constructor() {
    super('SourcesScene');
  }

  protected build(snapshot: Snapshot): void {
    const { palette } = this.theme;
    this.scroll = 0;
    addDesk(this, this.theme, this.frame);
    // Nothing under the sheet takes a click while it is open.
    this.add
      .zone(this.screenRect.x, this.screenRect.y, this.screenRect.width, this.screenRect.height)
      .setOrigin(0, 0)
      .setInteractive();
    const resolution = renderResolution();
    const fonts = fontTable(this.theme);
    this.layout = layoutSources(
      snapshot.story.meta,
      { width: VIEW.width, bodySize: this.theme.bodySize - 1, lineHeight: Math.round(this.theme.lineHeight * 0.92) },
      fontMeasure(fonts),
    );
    const pad = 24;
    const { canvas: base, ctx } = pieceCanvas(SHEET.width, SHEET.height, { pad }, resolution, {
      theme: this.theme,
      blur: 22,
      alpha: 0.7,
    });
    this.base = base;
    paintPaper(ctx, SHEET.width, SHEET.height, palette, { seed: 'sources' });
    paintFormHead(ctx, this.theme, {
      kicker: 'APPENDIX  \u00b7  SOURCES AND WHAT IS INVENTED',
      title: 'SOURCES',
      left: VIEW.x,
      right: SHEET.width - VIEW.x,
      kickerY: 38,
      titleY: 78,
      ruleY: 94,
    });
    this.surface = canvasImage(
      this,
      makeCanvas(SHEET.width + pad * 2, SHEET.height + pad * 2, resolution),
      resolution,
      SHEET.x - pad,
      SHEET.y - pad,
      'sources',
    );
    this.surface.image.setOrigin(0, 0);
    this.dirty = true;
    const dragZone = this.add.zone(SHEET.x, SHEET.y, SHEET.width, SHEET.height).setOrigin(0, 0).setInteractive();
    let lastY: number | null = null;
    dragZone.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      lastY = pointer.worldY;
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      if (lastY === null || !pointer.isDown) return;
      this.scrollBy(lastY - pointer.worldY);
      lastY = pointer.worldY;
    });
    this.input.on('pointerup', () => {
      lastY = null;
    });
    this.input.on('wheel', (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.scrollBy(dy * 0.6));
    new Button(this, SHEET.x + SHEET.width - 56 - 180, SHEET.y + 30, {
      width: 180,
      height: 46,
      label: LABELS.back,
      hint: 'Esc',
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
    const follow = followScrollRequests(this.controller, 'sources', (amount) =>
      this.scrollBy(scrollDistance(amount, VIEW.height)),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      follow();
      this.surface?.destroy();
      this.surface = null;
    });
  }

  private scrollBy(dy: number) {
    if (!this.layout) return;
    const next = clampScroll(this.scroll + dy, this.layout.height, VIEW.height);
    if (next !== this.scroll) {
      this.scroll = next;
      this.dirty = true;
    }
  }

  override update(): void {
    if (!this.dirty || !this.surface || !this.base || !this.layout) return;
    this.dirty = false;
    const resolution = renderResolution();
    const ctx = context(this.surface.canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.surface.canvas.width, this.surface.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
    ctx.translate(24, 24);
    ctx.save();
    ctx.beginPath();
    ctx.rect(VIEW.x - 4, VIEW.y, VIEW.width + 8, VIEW.height);
    ctx.clip();
    ctx.translate(VIEW.x, VIEW.y);
    paintInk(ctx, this.layout, {
      palette: this.theme.palette,
      fonts: fontTable(this.theme),
      highContrast: this.theme.highContrast,
      typed: Number.MAX_SAFE_INTEGER,
      scroll: this.scroll,
      viewportHeight: VIEW.height,
      seed: 'sources',
    });
    ctx.restore();
    // Scroll indicator.
    const { palette } = this.theme;
    const maxScroll = Math.max(1, this.layout.height - VIEW.height);
    const trackX = SHEET.width - 34;
    ctx.fillStyle = rgba(palette.ink, 0.12);
    roundedRect(ctx, trackX, VIEW.y, 6, VIEW.height, 3);
    ctx.fill();
    const thumb = Math.max(36, (VIEW.height * VIEW.height) / this.layout.height);
    ctx.fillStyle = rgba(palette.ink, 0.6);
    roundedRect(ctx, trackX, VIEW.y + ((VIEW.height - thumb) * this.scroll) / maxScroll, 6, thumb, 3);
    ctx.fill();
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `600 11px "${FONTS.mono}"`;
    ctx.textAlign = 'right';
    ctx.fillText(
      this.scroll < maxScroll - 1 ? 'SCROLL, DRAG OR \u2193 KEY FOR MORE \u2193' : 'END OF APPENDIX',
      trackX - 10,
      VIEW.y + VIEW.height + 22,
    );
    ctx.textAlign = 'left';
    this.surface.refresh();
  }
}
