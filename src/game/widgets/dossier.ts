/**
 * The dossier's furniture, painted in canvas: the desk and the open folder behind the scenes,
 * the pile of earlier documents, exhibit tags with their clips, and the choice slips. (The
 * contents card and the closed folder have modules of their own.)
 */
import type Phaser from 'phaser';
import type { DocumentKind, Exhibit } from '../../story/types';
import { DOCUMENT_STYLES } from '../layout/document-styles';
import { layoutTag, TAG_TYPE, type TagLayout } from '../layout/exhibits';
import { DESK_STAGE, type Frame } from '../layout/stage';
import { textScale } from '../layout/type-scale';
import { OPEN_FOLDER, OPEN_FOLDER_LIGHT } from '../lighting';
import { FONTS, family, seededRandom, type Theme } from '../theme';
import { EXHIBIT_BAND_HIGH, EXHIBIT_BAND_INK } from '../widget-colours';
import { type BackdropPlacement, coverSceneBackdrop, showBackdrop } from './backdrop';
import { type CanvasImage, canvasImage, renderResolution } from './canvas-image';
import { paintDesk } from './desk';
import { paintFolderFace, strokeFolderEdge } from './folder-face';
import { sizedMeasure } from './measure';
import {
  context,
  makeCanvas,
  paintClip,
  paintPaper,
  paintShadow,
  pieceCanvas,
  rgba,
  roundedRect,
  shade,
} from './paint';

interface Size {
  readonly width: number;
  readonly height: number;
}

const deskCache = new Map<string, HTMLCanvasElement>();

/** The bare desk, painted once per look, stage size and resolution and copied into each background. */
function deskCanvas(theme: Theme, resolution: number, size: Size = DESK_STAGE): HTMLCanvasElement {
  const key = `${theme.highContrast ? 'hc' : 'normal'}-${resolution}-${size.width}x${size.height}`;
  let canvas = deskCache.get(key);
  if (!canvas) {
    canvas = makeCanvas(size.width, size.height, resolution);
    paintDesk(canvas, size.width, size.height, theme.palette, theme.highContrast);
    deskCache.set(key, canvas);
  }
  return canvas;
}

const pictures = new Map<string, HTMLCanvasElement>();

/** Paint the bare desk now (it needs no font): the preload scene does it while fonts load. */
export function prepareDesk(theme: Theme, size: Size): void {
  deskCanvas(theme, renderResolution(), size);
}

/**
 * The desk, full screen, with whatever else never moves on it painted in (folder, covers),
 * painted once per look. Returns the picture.
 *
 * `behind` (base scenes only: nothing may be drawn under them): the backdrop element under
 * the transparent canvas shows it, and no texture or quad is made at all. `cover` (overlays
 * that hide the base whole): the same, holding the backdrop until the scene shuts down.
 * Otherwise (or if there is no backdrop) it is one texture and one quad, so the GPU draws one
 * background quad, not a stack of them.
 */
export function addBackground(
  scene: Phaser.Scene,
  theme: Theme,
  frame: Frame,
  name: string,
  paintExtra?: (ctx: CanvasRenderingContext2D) => void,
  placement?: BackdropPlacement,
): HTMLCanvasElement {
  const resolution = renderResolution();
  const { stage, box } = frame;
  const size = `${stage.width}x${stage.height}`;
  const key = `bg-${name}-${theme.highContrast ? 'hc' : 'normal'}-${theme.bodyFont}-${resolution}-${size}`;
  let canvas = pictures.get(key);
  if (!canvas) {
    // The desk fills the whole stage; what is painted on it is in the scene's world.
    canvas = makeCanvas(stage.width, stage.height, resolution);
    const ctx = context(canvas);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(deskCanvas(theme, resolution, stage), 0, 0);
    ctx.restore();
    if (paintExtra) {
      ctx.save();
      ctx.translate(box.x, box.y);
      ctx.scale(box.scale, box.scale);
      paintExtra(ctx);
      ctx.restore();
    }
    pictures.set(key, canvas);
  }
  if (placement === 'behind' && showBackdrop(canvas)) return canvas;
  if (placement === 'cover' && coverSceneBackdrop(scene, canvas)) return canvas;
  if (!scene.textures.exists(key)) scene.textures.addCanvas(key, canvas);
  scene.add
    .image(-box.x / box.scale, -box.y / box.scale, key)
    .setOrigin(0, 0)
    .setScale(1 / (resolution * box.scale));
  return canvas;
}

export function addDesk(
  scene: Phaser.Scene,
  theme: Theme,
  frame: Frame,
  placement?: BackdropPlacement,
): HTMLCanvasElement {
  return addBackground(scene, theme, frame, 'desk', undefined, placement);
}

/** The lamp flickers once: the room dips dark for a moment and comes back. */
export function flickerLamp(scene: Phaser.Scene, theme: Theme, world: Size): void {
  if (theme.highContrast || theme.reducedMotion) return;
  const shade = scene.add.rectangle(0, 0, world.width, world.height, 0x000000, 1).setOrigin(0, 0).setDepth(45);
  shade.setAlpha(0);
  scene.tweens.chain({
    targets: shade,
    tweens: [
      { alpha: 0.45, duration: 50 },
      { alpha: 0.05, duration: 70 },
      { alpha: 0.3, duration: 40 },
      { alpha: 0, duration: 160 },
    ],
    onComplete: () => shade.destroy(),
  });
}

const FOLDER = OPEN_FOLDER.rect;

/** The open manila folder with its tab, spread across the desk, painted into the background. */
export function paintOpenFolder(ctx: CanvasRenderingContext2D, theme: Theme, label: string): void {
  const { x, y, width, height } = FOLDER;
  ctx.translate(x, y);
  const { palette } = theme;
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 26, 0.7);
  const tabX = 40;
  const tabW = 330;
  ctx.fillStyle = shade(palette.folder, -0.08);
  roundedRect(ctx, tabX, -28, tabW, 44, 8);
  ctx.fill();
  paintFolderFace(ctx, theme, width, height, OPEN_FOLDER_LIGHT);
  if (!theme.highContrast) {
    const random = seededRandom('folder');
    for (let i = 0; i < 900; i++) {
      ctx.fillStyle = rgba(random() < 0.5 ? '#8a6d3b' : '#fff4d6', 0.08 + random() * 0.1);
      ctx.fillRect(random() * width, random() * height, 1 + random() * 2, 1);
    }
    const crease = ctx.createLinearGradient(width / 2 - 24, 0, width / 2 + 24, 0);
    crease.addColorStop(0, rgba(palette.folderShadow, 0));
    crease.addColorStop(0.48, rgba(palette.folderShadow, 0.55));
    crease.addColorStop(0.52, rgba('#fff3d2', 0.4));
    crease.addColorStop(1, rgba(palette.folderShadow, 0));
    ctx.fillStyle = crease;
    ctx.fillRect(width / 2 - 24, 0, 48, height);
    strokeFolderEdge(ctx, theme, width, height);
    // The lamp's pool of light falls across the folder from the upper left.
    const pool = OPEN_FOLDER.lamp;
    const lamp = ctx.createRadialGradient(pool.from.x, pool.from.y, pool.from.r, pool.to.x, pool.to.y, pool.to.r);
    lamp.addColorStop(0, rgba(palette.lampGlow, pool.alpha));
    lamp.addColorStop(1, rgba(palette.lampGlow, 0));
    ctx.fillStyle = lamp;
    ctx.fillRect(0, 0, width, height);
    const edge = OPEN_FOLDER.dark;
    const dark = ctx.createRadialGradient(
      width * edge.from.x,
      height * edge.from.y,
      height * edge.from.r,
      width * edge.to.x,
      height * edge.to.y,
      width * edge.to.r,
    );
    dark.addColorStop(0, rgba('#000000', 0));
    dark.addColorStop(1, rgba('#000000', edge.alpha));
    ctx.fillStyle = dark;
    ctx.fillRect(0, 0, width, height);
  } else {
    strokeFolderEdge(ctx, theme, width, height);
    ctx.beginPath();
    ctx.moveTo(width / 2, 0);
    ctx.lineTo(width / 2, height);
    ctx.stroke();
  }
  ctx.fillStyle = palette.paper;
  ctx.fillRect(tabX + 14, -22, tabW - 28, 20);
  ctx.strokeStyle = rgba(palette.ink, 0.4);
  ctx.lineWidth = 1;
  ctx.strokeRect(tabX + 14, -22, tabW - 28, 20);
  ctx.fillStyle = palette.ink;
  ctx.font = `600 12px ${family(FONTS.mono)}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(label, tabX + 24, -11.5);
}

export const TAG = { width: TAG_TYPE.width, height: TAG_TYPE.height } as const;

/** A tag's label laid out at the theme's text size (layout/exhibits.ts), measured in the hand. */
export function exhibitTagLayout(theme: Theme, label: string): TagLayout {
  return layoutTag(
    label,
    textScale(theme.bodySize),
    sizedMeasure((px) => `400 ${px}px ${family(FONTS.hand)}`),
  );
}

/**
 * An exhibit: a manila tag with an evidence number, its label handwritten whole (a smaller hand,
 * then a taller tag; nothing is cut), a clip on top. `tag`: its layout, when already made.
 */
export function addExhibitTag(
  scene: Phaser.Scene,
  theme: Theme,
  exhibit: Exhibit,
  number: number,
  x: number,
  y: number,
  tag: TagLayout = exhibitTagLayout(theme, exhibit.label),
): CanvasImage {
  const resolution = renderResolution();
  const { width, height } = tag;
  const pad = 16;
  const { canvas, ctx } = pieceCanvas(width, height, { pad, above: 24 }, resolution);
  const { palette } = theme;
  if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 8, 0.45);
  paintPaper(ctx, width, height, palette, { seed: `tag:${exhibit.id}`, color: palette.slip });
  ctx.fillStyle = theme.highContrast ? EXHIBIT_BAND_HIGH : palette.stampAlleged;
  ctx.fillRect(0, 0, width, tag.band);
  ctx.fillStyle = EXHIBIT_BAND_INK;
  ctx.font = `400 ${tag.bandSize}px ${family(FONTS.stamp)}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(
    `EXHIBIT ${String.fromCharCode(64 + ((number - 1) % 26) + 1)}${number > 26 ? number : ''}`,
    tag.textLeft + 1,
    tag.band / 2 + 1,
  );
  ctx.fillStyle = palette.ink;
  ctx.font = `400 ${tag.size}px ${family(FONTS.hand)}`;
  ctx.textBaseline = 'alphabetic';
  tag.lines.forEach((line, index) => {
    ctx.fillText(line, tag.textLeft, tag.textTop + tag.lineHeight + index * tag.lineHeight);
  });
  // The clip holds the band, clear of the label's first line.
  paintClip(ctx, width - 34, -34, theme.highContrast);
  const image = canvasImage(scene, canvas, resolution, x - pad, y - pad - 24, 'tag');
  image.image.setOrigin(0, 0);
  return image;
}

export interface UnderSheet {
  readonly id: string;
  readonly kind: DocumentKind;
  /** Top-left of the sheet before rotation, in design space. */
  readonly x: number;
  readonly y: number;
  /** Degrees. */
  readonly angle: number;
}

const UNDER = { x: 280, y: 30, width: 720, height: 690 } as const;
/** The grey of typed lines on a sheet in the pile: where they start and stop, their spacing, their side margins. */
const UNDER_LINES = { top: 150, bottom: 40, spacing: 26, inset: 46 } as const;

/** A painted piece for the desk: its canvas, its top-left corner and scale in design space. */
export interface Painted {
  readonly canvas: HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** A painted piece as a Phaser image (origin top-left). */
export function paintedImage(scene: Phaser.Scene, painted: Painted, prefix: string): CanvasImage {
  const image = canvasImage(scene, painted.canvas, 1 / painted.scale, painted.x, painted.y, prefix);
  image.image.setOrigin(0, 0);
  return image;
}

/**
 * The earlier documents lying under the current one, mostly hidden: paper and grey lines,
 * all painted into one canvas so that the whole pile is drawn at once.
 */
export function paintUnderSheets(theme: Theme, sheets: readonly UnderSheet[]): Painted {
  const canvas = makeCanvas(UNDER.width, UNDER.height, 1);
  const ctx = context(canvas);
  const { palette } = theme;
  for (const sheet of sheets) {
    const style = DOCUMENT_STYLES[sheet.kind];
    const { width, height } = style.sheet;
    ctx.save();
    ctx.translate(sheet.x - UNDER.x + width / 2, sheet.y - UNDER.y + height / 2);
    ctx.rotate((sheet.angle * Math.PI) / 180);
    ctx.translate(-width / 2, -height / 2);
    if (!theme.highContrast) paintShadow(ctx, 0, 0, width, height, 12, 0.4);
    paintPaper(ctx, width, height, palette, {
      seed: sheet.id,
      color: style.paper === 'thermal' ? palette.thermal : shade(palette.paper, -0.02),
      zigzag: style.zigzag,
    });
    const random = seededRandom(`under:${sheet.id}`);
    ctx.fillStyle = rgba(palette.ink, theme.highContrast ? 0.3 : 0.1);
    for (let ly = UNDER_LINES.top; ly < height - UNDER_LINES.bottom; ly += UNDER_LINES.spacing) {
      if (random() < 0.15) continue;
      ctx.fillRect(UNDER_LINES.inset, ly, (width - UNDER_LINES.inset * 2) * (0.5 + random() * 0.5), 3);
    }
    ctx.restore();
  }
  return { canvas, x: UNDER.x, y: UNDER.y, scale: 1 };
}
