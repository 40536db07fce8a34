import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGenerated, GENERATED_CASES } from './generated-cases';

const failing = () => fc.property(fc.integer(), (n) => n < 1_000);

function messageOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the property did not fail');
}

describe('generated cases', () => {
  afterEach(() => {
    delete process.env.FC_SEED;
    delete process.env.FC_PATH;
  });

  it('run at least 10,000 cases unless told otherwise', () => {
    if (process.env.GENERATED_CASES === undefined) expect(GENERATED_CASES).toBeGreaterThanOrEqual(10_000);
    let count = 0;
    checkGenerated(fc.property(fc.nat(), () => void count++));
    expect(count).toBe(GENERATED_CASES);
  });

  it('print the seed of a failure and how to replay it, and the replay finds the same case', () => {
    const message = messageOf(() => checkGenerated(failing()));
    const seed = message.match(/Seed (-?\d+)\. Replay the failing case: FC_SEED=(-?\d+) FC_PATH=([\d:]*) /);
    expect(seed).not.toBeNull();
    const [, printed, inCommand, path] = seed as RegExpMatchArray;
    expect(inCommand).toBe(printed);
    const counterexample = message.match(/Counterexample: (.*)/)?.[1];
    process.env.FC_SEED = printed;
    process.env.FC_PATH = path;
    expect(messageOf(() => checkGenerated(failing())).match(/Counterexample: (.*)/)?.[1]).toBe(counterexample);
  });
});
