/**
 * Property tests on small random stories: random variables (numbers and booleans), random
 * links, well-typed random conditions and effects. The stories are not always good stories
 * (they may have dead ends or unreachable passages): the properties say what must hold anyway.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStep,
  beginRun,
  choiceStep,
  choose,
  deriveRun,
  explore,
  isEnded,
  jumpStep,
  listChoices,
  parseStory,
  possibleStates,
  type RunState,
  type Step,
  type Story,
  setStep,
  startRun,
  validateStory,
} from '../../../src/story';
import { checkGenerated, GENERATED_TIMEOUT } from '../generated-cases';
import { storyArb } from './arbitraries';

/** Walk by taking, at each step, the available choice the pick points at. */
/** A random walk: the states it passes through and the choice ids it takes (taken[i] leads to states[i + 1]). */
function walk(story: Story, picks: readonly number[]): { states: RunState[]; taken: string[]; stuck: boolean } {
  let state = startRun(story);
  const states = [state];
  const taken: string[] = [];
  for (const pick of picks) {
    if (isEnded(story, state)) return { states, taken, stuck: false };
    const available = listChoices(story, state).filter((view) => view.available);
    if (available.length === 0) return { states, taken, stuck: true };
    const id = available[pick % available.length]?.choice.id as string;
    const result = choose(story, state, id);
    if (!result.ok) throw new Error(`the engine refused an available choice: ${result.error.kind}`);
    state = result.state;
    states.push(state);
    taken.push(id);
  }
  return {
    states,
    taken,
    stuck: !isEnded(story, state) && listChoices(story, state).every((view) => !view.available),
  };
}

const picksArb = fc.array(fc.nat({ max: 5 }), { maxLength: 25 });
const BOUND = 20_000;

/**
 * A plain reference search: every full state (all variables, all visit counts) up to a depth,
 * merged only when identical. Slow but obviously right, to check exploration's state merging.
 */
function referenceReach(story: Story, depth: number): { passages: Set<string>; choices: Set<string> } {
  const passages = new Set<string>();
  const choices = new Set<string>();
  let frontier = [startRun(story)];
  const seen = new Set<string>();
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    const next: RunState[] = [];
    for (const state of frontier) {
      const key = JSON.stringify([state.passage, state.variables, state.visits]);
      if (seen.has(key)) continue;
      seen.add(key);
      passages.add(state.passage);
      if (isEnded(story, state)) continue;
      for (const view of listChoices(story, state)) {
        if (!view.available) continue;
        choices.add(`${state.passage}/${view.choice.id}`);
        const result = choose(story, state, view.choice.id);
        if (result.ok) next.push(result.state);
      }
    }
    frontier = next;
  }
  return { passages, choices };
}

describe('random stories', () => {
  it('exploration finds everything a plain full-state search finds', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const exploration = explore(story, { maxStates: BOUND });
        fc.pre(!exploration.boundHit);
        const reference = referenceReach(story, 10);
        for (const id of reference.passages) expect(exploration.reachable.has(id)).toBe(true);
        const available = new Set(
          exploration.choices.filter((c) => c.everAvailable).map((c) => `${c.passage}/${c.choiceId}`),
        );
        for (const id of reference.choices) expect(available.has(id)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('pass the schema unchanged', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const result = parseStory(JSON.parse(JSON.stringify(story)));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.story).toEqual(story);
      }),
    );
  });

  it(
    'a random walk never throws and keeps every variable its declared type',
    () => {
      checkGenerated(
        fc.property(storyArb, picksArb, (story, picks) => {
          for (const state of walk(story, picks).states) {
            for (const [name, declaration] of Object.entries(story.variables)) {
              expect(typeof state.variables[name]).toBe(declaration.type);
            }
          }
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it('the over-approximation contains everything exploration finds', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const exploration = explore(story, { maxStates: 2_000 });
        const possible = possibleStates(story);
        for (const id of exploration.reachable.keys()) expect(possible.reachable.has(id)).toBe(true);
        for (const reach of exploration.choices) {
          if (reach.everAvailable) expect(possible.available.get(reach.passage)?.[reach.index]).toBe(true);
        }
        for (const dead of exploration.deadEnds) expect(possible.neverStuck.has(dead.passage)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('what validation calls impossible stays impossible, even with a tiny bound', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 1, max: 8 }), picksArb, (story, maxStates, picks) => {
        const problems = validateStory(story, { maxStates });
        const unreachable = new Set(
          problems.filter((p) => p.rule.startsWith('unreachable') && p.severity === 'error').map((p) => p.passage),
        );
        const never = problems.filter((p) => p.rule === 'choice-never-available' && p.severity === 'error');
        for (const state of walk(story, picks).states) {
          expect(unreachable.has(state.passage)).toBe(false);
          for (const view of listChoices(story, state)) {
            if (!view.available) continue;
            const claim = never.find(
              (p) => p.passage === state.passage && p.message.startsWith(`Choice "${view.choice.id}"`),
            );
            expect(claim).toBeUndefined();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a random walk stays inside what exploration and validation predicted', () => {
    fc.assert(
      fc.property(storyArb, picksArb, (story, picks) => {
        const exploration = explore(story, { maxStates: BOUND });
        fc.pre(!exploration.boundHit);
        const problems = validateStory(story, { exploration });
        const { states, taken: takenIds, stuck } = walk(story, picks);
        for (const state of states) expect(exploration.reachable.has(state.passage)).toBe(true);
        for (let i = 1; i < states.length; i++) {
          const from = (states[i - 1] as RunState).passage;
          const taken = takenIds[i - 1];
          const reach = exploration.choices.find((c) => c.passage === from && c.choiceId === taken);
          expect(reach?.everAvailable).toBe(true);
        }
        if (stuck) {
          const last = (states.at(-1) as RunState).passage;
          expect(problems.some((p) => p.rule === 'dead-end' && p.passage === last)).toBe(true);
        }
        if (!problems.some((p) => p.rule === 'dead-end')) expect(stuck).toBe(false);
      }),
    );
  });

  it('every shortest path exploration reports replays to its passage', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const exploration = explore(story, { maxStates: 2_000 });
        for (const [id, path] of exploration.reachable) {
          const derived = deriveRun(story, path.map(choiceStep));
          expect(derived.failedAt).toBeUndefined();
          expect(derived.run.path.at(-1)).toBe(id);
        }
      }),
    );
  });

  it(
    'a run derived from its steps equals the run built one step at a time, at every step',
    () => {
      checkGenerated(
        fc.property(storyArb, picksArb, (story, picks) => {
          const { states, taken } = walk(story, picks);
          let run = beginRun(story);
          for (let i = 0; i <= taken.length; i++) {
            const steps = taken.slice(0, i).map(choiceStep);
            expect(deriveRun(story, steps)).toEqual({ run });
            expect(run.state).toEqual(states[i]);
            expect(run.path).toEqual(states.slice(0, i + 1).map((state) => state.passage));
            const id = taken[i];
            if (id === undefined) break;
            const next = applyStep(story, run, choiceStep(id));
            if (!next.ok) throw new Error(`an available choice did not apply: ${next.error.kind}`);
            run = next.run;
          }
        }),
      );
    },
    GENERATED_TIMEOUT,
  );

  it('a state survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(storyArb, picksArb, (story, picks) => {
        for (const state of walk(story, picks).states) expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
    );
  });

  it(
    'any list of steps, sensible or not (unknown ids, locked choices, author moves), derives without throwing',
    () => {
      const stepArb = (story: Story): fc.Arbitrary<Step> => {
        const passages = story.chapters.flatMap((chapter) => chapter.passages);
        const choiceIds = passages.flatMap((passage) => passage.choices.map((choice) => choice.id));
        const names = Object.keys(story.variables);
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...choiceIds, 'no-such-choice').map(choiceStep) },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map(choiceStep) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.constantFrom(...names, 'no-such-variable'), fc.oneof(fc.integer(), fc.boolean()))
              .map(([name, value]) => setStep(name, value)),
          },
          { weight: 1, arbitrary: fc.constantFrom(...passages.map((p) => p.id), 'no-such-page').map(jumpStep) },
        );
      };
      checkGenerated(
        fc.property(
          storyArb.chain((story) => fc.tuple(fc.constant(story), fc.array(stepArb(story), { maxLength: 20 }))),
          ([story, steps]) => {
            const derived = deriveRun(story, steps);
            // It stops at the first step that does not fit, keeps every step before it, and says why.
            const kept = derived.failedAt ?? steps.length;
            expect(derived.run.steps).toEqual(steps.slice(0, kept));
            if (derived.failedAt !== undefined) expect(derived.error).toBeDefined();
            for (const [name, declaration] of Object.entries(story.variables)) {
              expect(typeof derived.run.state.variables[name]).toBe(declaration.type);
            }
          },
        ),
      );
    },
    GENERATED_TIMEOUT,
  );
});
