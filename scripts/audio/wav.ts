/** Writes and reads mono 32-bit float WAV files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Buffer, SAMPLE_RATE } from './dsp';

export function writeWav(path: string, samples: Buffer, sampleRate = SAMPLE_RATE): void {
  const bytes = samples.length * 4;
  const out = new DataView(new ArrayBuffer(44 + bytes));
  const text = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) out.setUint8(offset + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  out.setUint32(4, 36 + bytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  out.setUint32(16, 16, true);
  out.setUint16(20, 3, true); // IEEE float
  out.setUint16(22, 1, true); // mono
  out.setUint32(24, sampleRate, true);
  out.setUint32(28, sampleRate * 4, true);
  out.setUint16(32, 4, true);
  out.setUint16(34, 32, true);
  text(36, 'data');
  out.setUint32(40, bytes, true);
  for (let i = 0; i < samples.length; i++) out.setFloat32(44 + i * 4, samples[i]!, true);
  writeFileSync(path, new Uint8Array(out.buffer));
}

/** Reads raw little-endian float32 samples (as written by `ffmpeg -f f32le`). */
export function readF32(path: string): Float64Array {
  const data = readFileSync(path);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Float64Array(Math.floor(data.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}
