/** An in-memory Storage, and variants that misbehave the ways real browsers do. */
export class MemoryStorage implements Storage {
  protected readonly data = new Map<string, string>();

  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
}

function domError(name: string, code: number): Error {
  const error = new Error(name);
  error.name = name;
  (error as Error & { code: number }).code = code;
  return error;
}

/** Every access throws, like localStorage with cookies blocked. */
export class ThrowingStorage extends MemoryStorage {
  override getItem(): string | null {
    throw domError('SecurityError', 18);
  }
  override setItem(): void {
    throw domError('SecurityError', 18);
  }
  override removeItem(): void {
    throw domError('SecurityError', 18);
  }
}

/** Reads work; writes fail with QuotaExceededError once more than `capacity` characters are stored. */
export class FullStorage extends MemoryStorage {
  constructor(private readonly capacity = 0) {
    super();
  }
  /** Puts a value in place without the quota check (to set up a test). */
  seed(key: string, value: string): void {
    this.data.set(key, value);
  }
  override setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.capacity) throw domError('QuotaExceededError', 22);
    super.setItem(key, value);
  }
}
