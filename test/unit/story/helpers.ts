/** Small builders for hand-made test stories. */
import {
  type Choice,
  choose,
  describeChoiceError,
  type Passage,
  type Problem,
  type RunState,
  type Story,
  startRun,
} from '../../../src/story';
import { testMeta } from '../../fixtures/meta';

/** A story's shape with every `readonly` removed, so a test can break one thing in a copy. */
export type Draft<T> = T extends readonly (infer U)[]
  ? Draft<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T;

export function passage(id: string, choices: Draft<Choice>[], extra: Partial<Draft<Passage>> = {}): Draft<Passage> {
  return {
    id,
    chapter: 'one',
    kind: 'memo',
    title: `Title of ${id}`,
    body: `Body of ${id}.`,
    provenance: { kind: 'invented' },
    choices,
    ...extra,
  };
}

export function ending(id: string, extra: Partial<Draft<Passage>> = {}): Draft<Passage> {
  return passage(id, [], {
    ending: { id: `${id}-ending`, title: `Ending ${id}`, verdict: 'CLOSED', summary: `It ends at ${id}.` },
    ...extra,
  });
}

/** A choice; one with a condition says why it is locked, as the story must (lock-without-hint). */
export function choice(id: string, to: string, extra: Partial<Draft<Choice>> = {}): Draft<Choice> {
  const hint = extra.when && !('lockedHint' in extra) ? { lockedHint: `Not yet: ${id}.` } : {};
  return { id, label: `Label ${id}`, to, ...hint, ...extra };
}

export function story(passages: Draft<Passage>[], extra: Partial<Draft<Story>> = {}): Draft<Story> {
  return {
    id: 'test',
    title: 'Test story',
    version: 1,
    start: passages[0]?.id ?? 'start',
    meta: testMeta() as Draft<Story['meta']>,
    variables: {},
    chapters: [{ id: 'one', number: 1, title: 'One', period: '2015', passages }],
    ...extra,
  };
}

/**
 * A story that breaks no rule: `go` raises n, `flag` sets flag; at `middle`, `win` needs
 * n >= 1 and `lose` needs flag, so every path has exactly one way on.
 */
export function cleanStory(): Draft<Story> {
  return story(
    [
      passage('start', [
        choice('go', 'middle', { effects: [{ add: 'n', value: 1 }] }),
        choice('flag', 'middle', { effects: [{ set: 'flag', value: true }] }),
      ]),
      passage('middle', [
        choice('win', 'win', { when: { var: 'n', op: '>=', value: 1 } }),
        choice('lose', 'lose', { when: { var: 'flag', op: '==', value: true } }),
      ]),
      ending('win'),
      ending('lose'),
    ],
    {
      variables: {
        n: { type: 'number', initial: 0, description: 'A number.' },
        flag: { type: 'boolean', initial: false, description: 'A flag.' },
      },
    },
  );
}

/** The passage with this id in a draft (throws if absent, which is a broken test). */
export function find(draft: Draft<Story>, id: string): Draft<Passage> {
  for (const chapter of draft.chapters) for (const p of chapter.passages) if (p.id === id) return p;
  throw new Error(`test story has no passage ${id}`);
}

export function rulesOf(problems: readonly Problem[]): string[] {
  return [...new Set(problems.map((p) => p.rule))].sort();
}

/** The state after taking these choices one by one with the engine, failing the test on a refusal. */
export function walkChoices(subject: Story, ids: readonly string[]): RunState {
  let state = startRun(subject);
  for (const id of ids) {
    const result = choose(subject, state, id);
    if (!result.ok) throw new Error(describeChoiceError(result.error));
    state = result.state;
  }
  return state;
}
