/**
 * Exploration must stay fast on a story the size of the real one (about 100 passages,
 * 10 variables, 250 choices) and on the real story as it stands.
 */
import { describe, expect, it } from 'vitest';
import { story as gameStory } from '../../../src/content/story';
import {
  type Choice,
  type Condition,
  type Effect,
  explore,
  type Passage,
  type Story,
  validateStory,
} from '../../../src/story';
import { testMeta } from '../../fixtures/meta';

/** A small deterministic generator (mulberry32), so the synthetic story is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Eight chapters of twelve or thirteen passages each, moving forward with the odd loop back,
 * six 0-10 counters (each pushed one way, like money or suspicion), four flags, about 250 choices.
 */
function syntheticStory(seed: number): Story {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const counters = ['money', 'suspicion', 'doubt', 'trust', 'leverage', 'evidence'];
  const flags = ['talked', 'signed', 'kept', 'recruited'];
  const ids: string[] = [];
  for (let c = 0; c < 8; c++) for (let p = 0; p < (c < 4 ? 12 : 13); p++) ids.push(`c${c}-p${p}`);
  const condition = (): Condition =>
    next() < 0.6
      ? { var: pick(counters), op: pick(['>=', '<'] as const), value: Math.floor(next() * 8) }
      : { var: pick(flags), op: '==', value: next() < 0.5 };
  const effect = (): Effect =>
    next() < 0.7
      ? { add: pick(counters), value: 1 + Math.floor(next() * 3) }
      : { set: pick(flags), value: next() < 0.5 };
  const chapters = Array.from({ length: 8 }, (_, c) => {
    const mine = ids.filter((id) => id.startsWith(`c${c}-`));
    const passages: Passage[] = mine.map((id, index) => {
      const isEnding = index === mine.length - 1 && (c === 7 || next() < 0.4);
      if (isEnding) {
        return {
          id,
          chapter: `ch${c}`,
          kind: 'memo',
          title: id,
          body: id,
          provenance: { kind: 'invented' },
          choices: [],
          ending: { id: `end-${id}`, title: id, verdict: 'CLOSED', summary: id },
        };
      }
      const later = ids.slice(ids.indexOf(id) + 1, ids.indexOf(id) + 6);
      const choices: Choice[] = [];
      const count = 2 + Math.floor(next() * 2);
      for (let k = 0; k < count; k++) {
        const back = next() < 0.05 && index > 0;
        const conditional = k > 0 && next() < 0.4;
        choices.push({
          id: `${id}-k${k}`,
          label: `choice ${k}`,
          to: back ? (mine[index - 1] as string) : pick(later),
          ...(conditional ? { when: condition() } : {}),
          effects: Array.from({ length: Math.floor(next() * 3) }, effect),
        });
      }
      return { id, chapter: `ch${c}`, kind: 'memo', title: id, body: id, provenance: { kind: 'invented' }, choices };
    });
    return { id: `ch${c}`, number: c + 1, title: `Chapter ${c + 1}`, period: '2015', passages };
  });
  const variables: Story['variables'] = Object.fromEntries([
    ...counters.map((name) => [name, { type: 'number', initial: 0, description: name }] as const),
    ...flags.map((name) => [name, { type: 'boolean', initial: false, description: name }] as const),
  ]);
  return { id: 'synthetic', title: 'Synthetic', version: 1, start: 'c0-p0', meta: testMeta(), variables, chapters };
}

describe('exploration performance', () => {
  it('explores a story the size of the real one in a few seconds', () => {
    const story = syntheticStory(2015);
    const choices = story.chapters.flatMap((c) => c.passages).reduce((n, p) => n + p.choices.length, 0);
    expect(story.chapters.flatMap((c) => c.passages)).toHaveLength(100);
    expect(choices).toBeGreaterThan(200);
    const started = performance.now();
    const exploration = explore(story);
    validateStory(story, { exploration });
    const elapsed = performance.now() - started;
    console.info(
      `synthetic story: ${choices} choices, ${exploration.stateCount} states, bound hit: ${exploration.boundHit}, ${Math.round(elapsed)} ms`,
    );
    expect(elapsed).toBeLessThan(5_000);
  }, 20_000);

  it('explores the game story as it stands without throwing, in a few seconds', () => {
    const started = performance.now();
    const exploration = explore(gameStory);
    expect(() => validateStory(gameStory, { exploration })).not.toThrow();
    const elapsed = performance.now() - started;
    console.info(
      `game story: ${exploration.stateCount} states, bound hit: ${exploration.boundHit}, ${Math.round(elapsed)} ms`,
    );
    expect(elapsed).toBeLessThan(5_000);
  }, 20_000);
});
