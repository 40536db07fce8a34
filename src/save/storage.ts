/**
 * Access to the browser's localStorage that never throws. Reading `window.localStorage` can
 * itself throw (a SecurityError when cookies are blocked, in sandboxed frames, or in some
 * private modes), and a storage can exist but refuse writes. Callers get `null` then and
 * keep the game playable without saving.
 */
/** Every key the game writes starts with this. */
export const STORAGE_PREFIX = 'the-consultant';

export function safeLocalStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    // Touch it once: some browsers expose the object but throw on first use. Only read:
    // a storage that is full (or has no quota) still holds saves worth loading, and the
    // stores report a failed write when it happens.
    storage.getItem(`${STORAGE_PREFIX}/probe`);
    return storage;
  } catch {
    return null;
  }
}

/** Reads a key; null when it is missing or the storage throws. */
export function readKey(storage: Storage | null, key: string): { ok: true; value: string | null } | { ok: false } {
  if (!storage) return { ok: false };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Writes a key; returns why it failed instead of throwing. */
export function writeKey(
  storage: Storage | null,
  key: string,
  value: string,
): { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'refused' } {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'refused' };
  }
}

/** Removes a key; ignores a storage that throws. */
export function removeKey(storage: Storage | null, key: string): void {
  if (!storage) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the key stays, and the next load will deal with it.
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
