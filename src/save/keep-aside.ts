/**
 * Unreadable saved data is never thrown away: it is copied to a key of its own (a prefix and
 * the time, with a counter when that key is taken), then its key is cleared so the game can go
 * on. When the copy cannot be written (a full storage), the data stays where it is.
 */
import { readKey, removeKey, writeKey } from './storage';

export type KeptAside = { readonly ok: true; readonly keptAs: string } | { readonly ok: false };

export function keepAside(storage: Storage | null, from: string, prefix: string, raw: string, now: Date): KeptAside {
  const kept = copyAside(storage, prefix, raw, now);
  if (kept.ok) removeKey(storage, from);
  return kept;
}

/** Copy data to a key of its own (the prefix and the time), touching nothing else. */
export function copyAside(storage: Storage | null, prefix: string, raw: string, now: Date): KeptAside {
  const occupied = (candidate: string) => {
    const read = readKey(storage, candidate);
    return read.ok && read.value !== null;
  };
  const base = `${prefix}${now.toISOString().replace(/[:.]/g, '-')}`;
  let aside = base;
  for (let n = 2; occupied(aside); n++) aside = `${base}-${n}`;
  if (!writeKey(storage, aside, raw).ok) return { ok: false };
  return { ok: true, keptAs: aside };
}
