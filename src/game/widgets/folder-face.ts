/**
 * The face of a manila folder, shared by the open folder on the case screen, the closed one at
 * the ending and the cover on the title: the manila, the lamp's light across it, its edge.
 */
import { type FolderLight, FOLDER_LAMP as LAMP } from '../lighting';
import type { Theme } from '../theme';
import { rgba } from './paint';

export type { FolderLight };

/** The manila, and (not in high contrast) the light across it. */
export function paintFolderFace(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  width: number,
  height: number,
  light: FolderLight,
): void {
  const { palette } = theme;
  ctx.fillStyle = palette.folder;
  ctx.fillRect(0, 0, width, height);
  if (theme.highContrast) return;
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, rgba(LAMP, light.glow));
  if (light.mid) gradient.addColorStop(0.5, rgba(LAMP, 0));
  gradient.addColorStop(1, rgba(palette.folderShadow, light.shade));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
}

/** The folder's worn edge (white in high contrast). */
export function strokeFolderEdge(ctx: CanvasRenderingContext2D, theme: Theme, width: number, height: number): void {
  ctx.strokeStyle = theme.highContrast ? '#ffffff' : rgba(theme.palette.folderShadow, 0.9);
  ctx.lineWidth = 3;
  ctx.strokeRect(1.5, 1.5, width - 3, height - 3);
}
