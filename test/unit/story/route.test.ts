import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../../src/content/routes';
import { story } from '../../../src/content/story';
import { ROUTE_HASH_PREFIX, replayRoute, routeFromHash, routeHash } from '../../../src/story/route';
import { checkGenerated, GENERATED_TIMEOUT } from '../generated-cases';

/** Ids as the schema allows them: a letter or digit, then letters, digits, `_`, `.` and `-`. */
const schemaId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,12}$/);

describe('route links', () => {
  it(
    'read back exactly the ids they were made of, dots in ids included',
    () => {
      checkGenerated(
        fc.property(fc.array(schemaId, { maxLength: 30 }), (ids) => {
          expect(routeFromHash(routeHash(ids))).toEqual(ids);
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it("write the real story's alleged path as plain words joined by dots", () => {
    const hash = routeHash(ALLEGED_ROUTE);
    expect(hash).toBe(`${ROUTE_HASH_PREFIX}${ALLEGED_ROUTE.join('.')}`);
    expect(hash).not.toContain('%');
  });

  it('are not read from another hash; an empty one is the first page', () => {
    expect(routeFromHash('')).toBeNull();
    expect(routeFromHash('#section-2')).toBeNull();
    expect(routeFromHash('#route=')).toEqual([]);
    // Broken percent-encoding is kept as written, to be reported as a choice that does not fit.
    expect(routeFromHash('#route=a.%E0%A4%A.b')).toEqual(['a', '%E0%A4%A', 'b']);
  });

  it('replay the alleged path to its ending', () => {
    const replayed = replayRoute(story, ALLEGED_ROUTE);
    expect(replayed.failedAt).toBeUndefined();
    expect(replayed.run.steps).toHaveLength(ALLEGED_ROUTE.length);
    const last = story.chapters.flatMap((c) => c.passages).find((p) => p.id === replayed.run.state.passage);
    expect(last?.ending).toBeDefined();
  });

  it('stop at the last step that fits when an id no longer exists, and say which', () => {
    const broken = [...ALLEGED_ROUTE.slice(0, 5), 'a-choice-since-cut', ...ALLEGED_ROUTE.slice(6)];
    const replayed = replayRoute(story, broken);
    expect(replayed.failedAt).toBe(5);
    expect(replayed.run.steps).toHaveLength(5);
    expect(replayed.error).toMatchObject({ choiceId: 'a-choice-since-cut' });
    expect(replayed.run.state.passage).toBe(replayRoute(story, ALLEGED_ROUTE.slice(0, 5)).run.state.passage);
  });

  it(
    'read any address hash without throwing: a route of ids, or none when it is not a route',
    () => {
      const hashArb = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }).map((tail) => `${ROUTE_HASH_PREFIX}${tail}`),
        fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 6 }).map((parts) => routeHash(parts)),
      );
      checkGenerated(
        fc.property(hashArb, (hash) => {
          const ids = routeFromHash(hash);
          if (!hash.startsWith(ROUTE_HASH_PREFIX)) expect(ids).toBeNull();
          else expect(ids?.every((id) => typeof id === 'string')).toBe(true);
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it(
    'replay any list of ids on the real story, stopping at the first that does not fit',
    () => {
      const real = story.chapters.flatMap((chapter) => chapter.passages.flatMap((p) => p.choices.map((c) => c.id)));
      const idsArb = fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...ALLEGED_ROUTE) },
          { weight: 2, arbitrary: fc.constantFrom(...real) },
          { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
        ),
        { maxLength: 30 },
      );
      checkGenerated(
        fc.property(idsArb, (ids) => {
          const replayed = replayRoute(story, routeFromHash(routeHash(ids)) ?? []);
          const kept = replayed.failedAt ?? ids.length;
          expect(replayed.run.steps.map((step) => (step.kind === 'choice' ? step.choice : null))).toEqual(
            ids.slice(0, kept),
          );
          if (replayed.failedAt !== undefined) expect(replayed.error).toMatchObject({ choiceId: ids[kept] });
        }),
      );
    },
    GENERATED_TIMEOUT,
  );
});
