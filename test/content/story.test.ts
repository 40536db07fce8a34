import { describe, expect, it } from 'vitest';
import { AMBIENT_BEDS } from '../../src/audio/sound-files';
import { story } from '../../src/content/story';
import { checkStory, fullText, type Passage } from '../../src/story';

// One exploration for the whole file: it is the expensive part.
const report = checkStory(story, { ambience: AMBIENT_BEDS });
const passages: Passage[] = story.chapters.flatMap((chapter) => [...chapter.passages]);

describe('the case as story data', () => {
  it('passes the story check with no errors and no warnings', () => {
    expect(report.problems.map((p) => `${p.severity} ${p.passage ?? '(story)'}: ${p.message}`)).toEqual([]);
    expect(report.exploration.boundHit).toBe(false);
  });

  it('has at least 90 passages and 10 distinct endings, every one reachable', () => {
    const endings = passages.filter((p) => p.ending).map((p) => p.ending?.id);
    expect(passages.length).toBeGreaterThanOrEqual(90);
    expect(new Set(endings).size).toBe(endings.length);
    expect(endings.length).toBeGreaterThanOrEqual(10);
    const reachableEndings = [...report.exploration.endings.keys()];
    expect(reachableEndings.sort()).toEqual(
      passages
        .filter((p) => p.ending)
        .map((p) => p.id)
        .sort(),
    );
    expect(report.exploration.reachable.size).toBe(passages.length);
  });

  it('declares the allegations of the report, F1-F13, and cites every one somewhere', () => {
    const declared = story.meta.facts.map((fact) => fact.id);
    expect(declared).toEqual(Array.from({ length: 13 }, (_, i) => `F${i + 1}`));
    expect(report.stats.factsCited).toEqual(declared);
  });

  it('names an ambient bed the game has for every chapter, each a different one', () => {
    const beds = story.chapters.map((chapter) => chapter.ambience);
    for (const bed of beds) expect(AMBIENT_BEDS).toContain(bed);
    expect(new Set(beds).size).toBe(story.chapters.length);
  });

  it('has no two interchangeable choices in any passage', () => {
    for (const passage of passages) {
      const outcomes = passage.choices.map((c) => JSON.stringify([c.to, c.effects ?? []]));
      expect(new Set(outcomes).size, `passage ${passage.id}`).toBe(outcomes.length);
    }
    expect(report.problems.filter((p) => p.rule === 'interchangeable-choices')).toEqual([]);
  });

  it('offers at least three real decisions in every chapter', () => {
    for (const chapter of story.chapters) {
      const decisions = chapter.passages.filter((p) => p.choices.length >= 2);
      expect(decisions.length, chapter.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('carries at least six variables across chapters (written in one, read in a later one)', () => {
    const chapterNumber = new Map<string, number>(
      story.chapters.flatMap((c) => c.passages.map((p) => [p.id, c.number] as const)),
    );
    const firstWrite = new Map<string, number>();
    const lastRead = new Map<string, number>();
    const reads = (condition: unknown, into: Set<string>) => {
      const text = JSON.stringify(condition ?? null);
      for (const match of text.matchAll(/"var":"([^"]+)"/g)) into.add(match[1] as string);
    };
    for (const passage of passages) {
      const number = chapterNumber.get(passage.id) ?? 0;
      for (const choice of passage.choices) {
        for (const effect of choice.effects ?? []) {
          const name = 'set' in effect ? effect.set : effect.add;
          firstWrite.set(name, Math.min(firstWrite.get(name) ?? number, number));
        }
        const names = new Set<string>();
        reads(choice.when, names);
        for (const name of names) lastRead.set(name, Math.max(lastRead.get(name) ?? number, number));
      }
    }
    const carried = [...firstWrite].filter(([name, written]) => (lastRead.get(name) ?? -1) > written);
    expect(carried.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every passage a document kind, a date, a title and text', () => {
    for (const passage of passages) {
      expect(passage.title.trim(), passage.id).not.toBe('');
      expect(fullText(passage.body).trim(), passage.id).not.toBe('');
      expect(passage.date?.trim(), passage.id).toBeTruthy();
    }
  });
});
