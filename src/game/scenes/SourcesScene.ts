/** Sources: what the game rests on, on a long sheet that scrolls (wheel or drag). */
import Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import { clampScroll, type DocumentLayout } from '../layout/document';
import { layoutSources } from '../layout/sources';
import { type SourcesLayout, sourcesLayoutFor } from '../layout/sources-layout';
import { followScrollRequests, scrollDistance } from '../scroll';
import { FONTS, family } from '../theme';
import { type CanvasImage, canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { paintFormHead } from '../widgets/form-head';
import { paintInk } from '../widgets/ink';
import { fontMeasure, fontTable } from '../widgets/measure';
import { context, makeCanvas, paintPaper, pieceCanvas, rgba, roundedRect } from '../widgets/paint';
import { Button, keyHint } from '../widgets/ui';
import { ViewScene } from './view-scene';

/** What the sheet keeps across a rebuild (a settings change, a rotation): how far it was read. */
interface SourcesRebuild {
  readonly scroll: number;
}

export class SourcesScene extends ViewScene<SourcesRebuild> {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private at: SourcesLayout = sourcesLayoutFor({ arrangement: 'desk', width: 1280, height: 720 });
  private surface: CanvasImage | null = null;
  private base: HTMLCanvasElement | null = null;
  private layout: DocumentLayout | null = null;
  private scroll = 0;

  /** For the test hook: how far the Sources text is scrolled. */
  pageScrollOffset(): number {
    return this.scroll;
  }
  private dirty = true;

  constructor() {
    super('SourcesScene');
  }

  protected override rebuildData(): Partial<SourcesRebuild> {
    return { scroll: this.scroll };
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<SourcesRebuild>): void {
    const { palette } = this.theme;
    this.scroll = 0;
    const at = sourcesLayoutFor(this.frame.world);
    this.at = at;
    const { sheet, view, pad } = at;
    addDesk(this, this.theme, this.frame, 'cover');
    // Nothing under the sheet takes a click while it is open.
    this.blockPresses();
    const resolution = renderResolution();
    const fonts = fontTable(this.theme);
    this.layout = layoutSources(
      snapshot.story.meta,
      { width: view.width, bodySize: this.theme.bodySize - 1, lineHeight: Math.round(this.theme.lineHeight * 0.92) },
      fontMeasure(fonts),
    );
    const { canvas: base, ctx } = pieceCanvas(sheet.width, sheet.height, { pad }, resolution, {
      theme: this.theme,
      blur: 22,
      alpha: 0.7,
    });
    this.base = base;
    paintPaper(ctx, sheet.width, sheet.height, palette, { seed: 'sources' });
    paintFormHead(ctx, this.theme, {
      kicker: 'APPENDIX  \u00b7  SOURCES AND WHAT IS INVENTED',
      title: 'SOURCES',
      ...at.head,
    });
    this.surface = canvasImage(
      this,
      makeCanvas(sheet.width + pad * 2, sheet.height + pad * 2, resolution),
      resolution,
      sheet.x - pad,
      sheet.y - pad,
      'sources',
    );
    this.surface.image.setOrigin(0, 0);
    this.dirty = true;
    const dragZone = this.add.zone(sheet.x, sheet.y, sheet.width, sheet.height).setOrigin(0, 0).setInteractive();
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
    new Button(this, at.back.x, at.back.y, {
      width: at.back.width,
      height: at.back.height,
      label: LABELS.back,
      hint: keyHint(this, 'Esc'),
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
    const follow = followScrollRequests(this.controller, 'sources', (amount) =>
      this.scrollBy(scrollDistance(amount, this.at.view.height)),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      follow();
      this.surface?.destroy();
      this.surface = null;
    });
    // Back where the reader was (as near as a new text size allows).
    this.scrollBy(rebuilt.scroll ?? 0);
  }

  private scrollBy(dy: number) {
    if (!this.layout) return;
    const next = clampScroll(this.scroll + dy, this.layout.height, this.at.view.height);
    if (next !== this.scroll) {
      this.scroll = next;
      this.dirty = true;
    }
  }

  override update(): void {
    if (!this.dirty || !this.surface || !this.base || !this.layout) return;
    this.dirty = false;
    const { view, pad } = this.at;
    const resolution = renderResolution();
    const ctx = context(this.surface.canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.surface.canvas.width, this.surface.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
    ctx.translate(pad, pad);
    ctx.save();
    ctx.beginPath();
    ctx.rect(view.x - 4, view.y, view.width + 8, view.height);
    ctx.clip();
    ctx.translate(view.x, view.y);
    paintInk(ctx, this.layout, {
      palette: this.theme.palette,
      fonts: fontTable(this.theme),
      highContrast: this.theme.highContrast,
      typed: Number.MAX_SAFE_INTEGER,
      scroll: this.scroll,
      viewportHeight: view.height,
      seed: 'sources',
    });
    ctx.restore();
    // Scroll indicator.
    const { palette } = this.theme;
    const maxScroll = Math.max(1, this.layout.height - view.height);
    const trackX = this.at.trackX;
    ctx.fillStyle = rgba(palette.ink, 0.12);
    roundedRect(ctx, trackX, view.y, 6, view.height, 3);
    ctx.fill();
    const thumb = Math.max(36, (view.height * view.height) / this.layout.height);
    ctx.fillStyle = rgba(palette.ink, 0.6);
    roundedRect(ctx, trackX, view.y + ((view.height - thumb) * this.scroll) / maxScroll, 6, thumb, 3);
    ctx.fill();
    ctx.fillStyle = palette.inkSoft;
    ctx.font = `600 11px ${family(FONTS.mono)}`;
    ctx.textAlign = 'right';
    ctx.fillText(
      this.scroll < maxScroll - 1 ? 'SCROLL, DRAG OR \u2193 KEY FOR MORE \u2193' : 'END OF APPENDIX',
      trackX - 10,
      this.at.hintY,
    );
    ctx.textAlign = 'left';
    this.surface.refresh();
  }
}
