import type { HowlFactory, HowlLike, HowlSpec } from '../../../src/audio/sound-engine';

export type Call = readonly [method: string, ...args: unknown[]];

/** A Howl stand-in that records what the engine asks of it. */
export class FakeHowl implements HowlLike {
  readonly calls: Call[] = [];
  isPlaying = false;
  currentVolume: number;
  private nextId = 1000;

  constructor(readonly spec: HowlSpec) {
    this.currentVolume = spec.volume;
  }

  play(spriteOrId?: string | number): number {
    this.calls.push(['play', spriteOrId]);
    this.isPlaying = true;
    return typeof spriteOrId === 'number' ? spriteOrId : this.nextId++;
  }
  stop(): void {
    this.calls.push(['stop']);
    this.isPlaying = false;
  }
  pause(): void {
    this.calls.push(['pause']);
    this.isPlaying = false;
  }
  load(): void {
    this.calls.push(['load']);
  }
  volume(): number;
  volume(value: number): void;
  volume(value?: number): number | undefined {
    if (value === undefined) return this.currentVolume;
    this.calls.push(['volume', value]);
    this.currentVolume = value;
    return undefined;
  }
  fade(from: number, to: number, ms: number): void {
    this.calls.push(['fade', from, to, ms]);
    // The fake jumps to the end of the fade at once.
    this.currentVolume = to;
  }
  playing(): boolean {
    return this.isPlaying;
  }
  methods(): string[] {
    return this.calls.map(([method]) => method);
  }
  last(method: string): Call | undefined {
    return this.calls.filter(([m]) => m === method).at(-1);
  }
  clear(): void {
    this.calls.length = 0;
  }
}

export function fakeFactory(options: { throwFor?: string } = {}) {
  const howls = new Map<string, FakeHowl>();
  const created: string[] = [];
  const factory: HowlFactory = (spec) => {
    created.push(spec.name);
    if (spec.name === options.throwFor) throw new Error('no audio');
    const howl = new FakeHowl(spec);
    howls.set(spec.name, howl);
    return howl;
  };
  return { factory, howls, created };
}

export function fakeGate(unlocked = false) {
  let open = unlocked;
  const waiting: (() => void)[] = [];
  return {
    isUnlocked: () => open,
    onUnlock(callback: () => void) {
      if (open) callback();
      else waiting.push(callback);
    },
    unlock() {
      open = true;
      for (const callback of waiting.splice(0)) callback();
    },
  };
}
