/**
 * Generated cases for the properties that guard untrusted input (the engine, the save decoders,
 * route links, a custom story file): at least 10,000 of each in every `npm test`, with the seed
 * and a command that replays a failure printed with it.
 */
import fc from 'fast-check';

/** Lower it on your own machine with GENERATED_CASES=500 while working; CI runs the default. */
export const GENERATED_CASES = Number(process.env.GENERATED_CASES) > 0 ? Number(process.env.GENERATED_CASES) : 10_000;

/** Ten thousand cases take seconds, more on a busy machine: a test that runs them may take a minute. */
export const GENERATED_TIMEOUT = 60_000;

function seedToUse(): number {
  const given = Number(process.env.FC_SEED);
  return Number.isInteger(given) && process.env.FC_SEED !== undefined ? given : (Math.random() * 2 ** 31) | 0;
}

/**
 * Check a property on GENERATED_CASES cases. A failure names the seed and the path of the
 * shrunk counterexample, and how to run exactly that case again.
 */
export function checkGenerated<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  numRuns = GENERATED_CASES,
): void {
  const seed = seedToUse();
  const path = process.env.FC_PATH;
  const details = fc.check(property, { numRuns, seed, ...(path ? { path } : {}) });
  if (!details.failed) return;
  const replay = `FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath ?? ''} npx vitest run --project unit <this file> -t "<this test>"`;
  throw new Error(`${fc.defaultReportMessage(details)}\n\nSeed ${details.seed}. Replay the failing case: ${replay}`);
}

/** Every path into a JSON value, to replace one value with junk. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return here;
}

function replaced(value: unknown, path: readonly (string | number)[], junk: unknown): unknown {
  if (path.length === 0) return junk;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, junk);
  return copy;
}

/** A good stored value broken in one of the ways storage gets broken, or left good. */
export const brokenTextOf = (good: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.jsonValue().map((json) => JSON.stringify(json)),
    good.map((value) => JSON.stringify(value)),
    good.chain((value) => fc.nat({ max: JSON.stringify(value).length }).map((n) => JSON.stringify(value).slice(0, n))),
    good.chain((value) =>
      fc
        .tuple(fc.constantFrom(...pathsOf(value)), fc.jsonValue({ maxDepth: 2 }))
        .map(([path, junk]) => JSON.stringify(replaced(value, path, junk))),
    ),
  );
