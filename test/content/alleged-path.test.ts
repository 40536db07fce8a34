import { describe, expect, it } from 'vitest';
import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import {
  choose,
  currentPassage,
  describeChoiceError,
  findPassage,
  type RunState,
  showPassage,
  startRun,
} from '../../src/story';

/** The report's allegations, F1 to F13, as the story declares them. */
const FACT_IDS = Array.from({ length: 13 }, (_, i) => `F${i + 1}`);

describe('the path the report alleges', () => {
  it('plays from the start to the both-arrested ending, citing F1 to F13 in order', () => {
    let state = startRun(story);
    const firstCitations: string[] = [];
    const cite = (passageId: string) => {
      const provenance = findPassage(story, passageId)?.provenance;
      if (provenance?.kind !== 'dramatization') return;
      for (const fact of provenance.facts) if (!firstCitations.includes(fact)) firstCitations.push(fact);
    };
    cite(state.passage);
    for (const [step, choiceId] of ALLEGED_ROUTE.entries()) {
      const result = choose(story, state, choiceId);
      if (!result.ok) throw new Error(`step ${step} (${choiceId}): ${describeChoiceError(result.error)}`);
      state = result.state;
      cite(state.passage);
    }
    const ending = currentPassage(story, state).ending;
    expect(ending?.id).toBe('both-arrested');
    expect(story.meta.facts.map((fact) => fact.id)).toEqual(FACT_IDS);
    expect(firstCitations).toEqual(FACT_IDS);
  });

  it('passes through all eight chapters in order', () => {
    let state = startRun(story);
    const chapters = [currentPassage(story, state).chapter];
    for (const choiceId of ALLEGED_ROUTE) {
      const result = choose(story, state, choiceId);
      if (!result.ok) throw new Error(describeChoiceError(result.error));
      state = result.state;
      const chapter = currentPassage(story, state).chapter;
      if (chapters.at(-1) !== chapter) chapters.push(chapter);
    }
    expect(chapters).toEqual(story.chapters.map((c) => c.id));
  });

  it('is at least 2,000 words long', () => {
    let state = startRun(story);
    // The page as this state shows it.
    const words = (at: RunState) => showPassage(currentPassage(story, at), at).body.split(/\s+/).filter(Boolean).length;
    let total = words(state);
    for (const choiceId of ALLEGED_ROUTE) {
      const result = choose(story, state, choiceId);
      if (!result.ok) throw new Error(describeChoiceError(result.error));
      state = result.state;
      total += words(state);
    }
    expect(total).toBeGreaterThanOrEqual(2000);
  });

  // A full reading of one path should take 10 to 20 minutes. At the average silent reading rate
  // for English non-fiction, 238 words a minute (Brysbaert, 2019, "How many words do we read per
  // minute? A review and meta-analysis of reading rate", Journal of Memory and Language, 109, 104047),
  // that is 2,380 to 4,760 words of titles and bodies, with the redaction brackets taken out.
  it('reads in 10 to 20 minutes at 238 words a minute', () => {
    const WORDS_PER_MINUTE = 238;
    const count = (text: string) =>
      text
        .replace(/\[\[|\]\]/g, '')
        .split(/\s+/)
        .filter(Boolean).length;
    const words = (at: RunState) => {
      const passage = showPassage(currentPassage(story, at), at);
      return count(passage.title) + count(passage.body);
    };
    let state = startRun(story);
    let total = words(state);
    for (const choiceId of ALLEGED_ROUTE) {
      const result = choose(story, state, choiceId);
      if (!result.ok) throw new Error(describeChoiceError(result.error));
      state = result.state;
      total += words(state);
    }
    expect(total).toBeGreaterThanOrEqual(10 * WORDS_PER_MINUTE);
    expect(total).toBeLessThanOrEqual(20 * WORDS_PER_MINUTE);
  });
});
