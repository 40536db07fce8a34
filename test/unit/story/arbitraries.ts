/**
 * fast-check arbitraries for small random stories: random variables (numbers and booleans),
 * random links, well-typed random conditions and effects. They pass the schema but are not
 * always good stories (dead ends, unreachable passages and locked choices are all possible).
 */
import fc from 'fast-check';
import {
  type Choice,
  COMPARISONS,
  type Condition,
  type Effect,
  type Story,
  type VariableDeclaration,
} from '../../../src/story';
import { testMeta } from '../../fixtures/meta';

type Declarations = Record<string, VariableDeclaration>;

const small = fc.integer({ min: -2, max: 4 });

function conditionArb(names: string[], declarations: Declarations, passages: string[]): fc.Arbitrary<Condition> {
  const leaves: fc.Arbitrary<Condition>[] = [
    fc.record({
      visits: fc.constantFrom(...passages),
      op: fc.constantFrom(...COMPARISONS),
      value: fc.integer({ min: 0, max: 3 }),
    }),
  ];
  for (const name of names) {
    leaves.push(
      declarations[name]?.type === 'boolean'
        ? fc.record({ var: fc.constant(name), op: fc.constantFrom('==' as const, '!=' as const), value: fc.boolean() })
        : fc.record({ var: fc.constant(name), op: fc.constantFrom(...COMPARISONS), value: small }),
    );
  }
  const leaf = fc.oneof(...leaves);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ all: fc.array(leaf, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ any: fc.array(leaf, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ not: leaf }) },
  );
}

function effectArb(names: string[], declarations: Declarations): fc.Arbitrary<Effect> {
  return fc.constantFrom(...names).chain((name): fc.Arbitrary<Effect> => {
    if (declarations[name]?.type === 'boolean') return fc.record({ set: fc.constant(name), value: fc.boolean() });
    return fc.oneof(
      fc.record({ set: fc.constant(name), value: small }),
      fc.record({ add: fc.constant(name), value: fc.integer({ min: -2, max: 3 }) }),
    );
  });
}

/** A small random story that passes the schema: 2 to 7 passages, up to 3 variables. */
export const storyArb: fc.Arbitrary<Story> = fc
  .record({
    passageCount: fc.integer({ min: 2, max: 7 }),
    types: fc.array(fc.constantFrom('number' as const, 'boolean' as const), { maxLength: 3 }),
  })
  .chain(({ passageCount, types }) => {
    const ids = Array.from({ length: passageCount }, (_, i) => `p${i}`);
    const names = types.map((_, i) => `v${i}`);
    return fc.tuple(...types.map((type) => (type === 'number' ? small : fc.boolean()))).chain((initials) => {
      const declarations: Declarations = {};
      names.forEach((name, i) => {
        const initial = initials[i];
        declarations[name] =
          typeof initial === 'boolean'
            ? { type: 'boolean', initial, description: name }
            : { type: 'number', initial: initial ?? 0, description: name };
      });
      const choiceArb = (index: number): fc.Arbitrary<Choice> =>
        fc
          .record(
            {
              to: fc.constantFrom(...ids),
              when: conditionArb(names, declarations, ids),
              effects: names.length > 0 ? fc.array(effectArb(names, declarations), { maxLength: 2 }) : fc.constant([]),
            },
            { requiredKeys: ['to'] },
          )
          .map((c) => ({ ...c, id: `c${index}`, label: `choice ${index}` }));
      const passageArb = (id: string, index: number) =>
        fc
          .record({
            isEnding: index === 0 ? fc.constant(false) : fc.boolean(),
            choices: fc
              .integer({ min: 0, max: 3 })
              .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => choiceArb(i)))),
          })
          .map(({ isEnding, choices }) => ({
            id,
            chapter: 'one',
            kind: 'memo' as const,
            title: id,
            body: `Body of ${id}`,
            provenance: { kind: 'invented' as const },
            choices: isEnding ? [] : choices,
            ...(isEnding ? { ending: { id: `end-${id}`, title: id, verdict: 'CLOSED', summary: id } } : {}),
          }));
      return fc.tuple(...ids.map(passageArb)).map(
        (passages): Story => ({
          id: 'random',
          title: 'Random',
          version: 1,
          start: 'p0',
          meta: testMeta(),
          variables: declarations,
          chapters: [{ id: 'one', number: 1, title: 'One', period: 'now', passages }],
        }),
      );
    });
  });
