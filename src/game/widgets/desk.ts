/**
 * The desk at night, painted once per look: walnut planks with grain, a coffee ring, lamp light
 * from the upper left and a vignette. Canvas 2D only; the dossier copies it into backgrounds.
 */
import { DESK_LAMP, DESK_VIGNETTE, PLANK } from '../lighting';
import type { Palette } from '../theme';
import { seededRandom } from '../theme';
import { context, grain, rgba, shade } from './paint';

/** The desk at night: walnut with grain, lamp light from the upper left, a vignette. */
export function paintDesk(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  palette: Palette,
  highContrast: boolean,
) {
  const ctx = context(canvas);
  ctx.fillStyle = palette.deskDark;
  ctx.fillRect(0, 0, width, height);
  if (highContrast) return;
  const random = seededRandom('walnut');
  // Planks with long wavy grain.
  const plank = 180;
  for (let top = -40; top < height; top += plank) {
    const tone = random() * PLANK.spread - PLANK.spread / 2;
    ctx.fillStyle = shade(palette.deskLight, tone - PLANK.darken);
    ctx.fillRect(0, top, width, plank - 2);
    ctx.fillStyle = rgba('#000000', 0.35);
    ctx.fillRect(0, top + plank - 2, width, 2);
    for (let i = 0; i < 46; i++) {
      const y0 = top + random() * plank;
      const amplitude = 2 + random() * 6;
      const period = 180 + random() * 420;
      const phase = random() * Math.PI * 2;
      ctx.beginPath();
      for (let x = 0; x <= width; x += 16) {
        const y = y0 + Math.sin(x / period + phase) * amplitude + Math.sin(x / 37 + phase) * 0.6;
        if (x === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      const dark = random() < 0.6;
      ctx.strokeStyle = dark ? rgba('#120a05', 0.1 + random() * 0.16) : rgba('#7a5638', 0.06 + random() * 0.08);
      ctx.lineWidth = 0.6 + random() * 1.8;
      ctx.stroke();
    }
  }
  grain(ctx, 'desk', 0.18, 0, 0, width, height);
  // A ring left by a coffee cup, long ago.
  const rx = width * 0.9;
  const ry = height * 0.8;
  for (const [radius, alpha, lineWidth] of [
    [46, 0.22, 3],
    [43, 0.1, 6],
    [49, 0.08, 2],
  ] as const) {
    ctx.beginPath();
    ctx.arc(rx, ry, radius, 0.3, Math.PI * 1.85);
    ctx.strokeStyle = rgba('#140904', alpha);
    ctx.lineWidth = lineWidth;
    ctx.stroke();
  }
  // Lamp light from the upper left.
  const { from, to } = DESK_LAMP;
  const light = ctx.createRadialGradient(
    from.x * width,
    from.y * height,
    from.r,
    to.x * width,
    to.y * height,
    to.r * width,
  );
  for (const [offset, alpha] of DESK_LAMP.stops) light.addColorStop(offset, rgba(palette.lampGlow, alpha));
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
  ctx.restore();
  paintVignette(ctx, width, height, palette.vignette);
}

function paintVignette(ctx: CanvasRenderingContext2D, width: number, height: number, strength: number) {
  const { from, to } = DESK_VIGNETTE;
  const vignette = ctx.createRadialGradient(
    width * from.x,
    height * from.y,
    height * from.r,
    width * to.x,
    height * to.y,
    width * to.r,
  );
  vignette.addColorStop(0, 'rgba(0,0,0,0)');
  vignette.addColorStop(1, `rgba(0,0,0,${strength})`);
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);
}
