import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLocalStorage } from '../../../src/save/storage';
import { FullStorage, MemoryStorage, ThrowingStorage } from './fake-storage';

afterEach(() => vi.unstubAllGlobals());

describe('safeLocalStorage', () => {
  it('returns null where there is no localStorage (Node)', () => {
    expect(safeLocalStorage()).toBeNull();
  });

  it('returns the storage when it works', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(safeLocalStorage()).toBe(storage);
    expect(storage.length).toBe(0);
  });

  it('returns a full storage (saves in it can still be read; writes report the problem)', () => {
    const storage = new FullStorage(0);
    vi.stubGlobal('localStorage', storage);
    expect(safeLocalStorage()).toBe(storage);
  });

  it('returns null when touching it throws', () => {
    vi.stubGlobal('localStorage', new ThrowingStorage());
    expect(safeLocalStorage()).toBeNull();
  });

  it('returns null when reading the property itself throws (SecurityError)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    try {
      expect(safeLocalStorage()).toBeNull();
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
