/**
 * Author mode's intents (the panel is src/dev/author-panel.ts): open any passage, set any
 * variable, play a route (the alleged path, or any route link) to any point in one step. A jump
 * and a variable set are steps of the run (story/author-steps.ts), so they survive a reload and
 * show in the history; a route played opens a case of its own, as a route link does. No DOM.
 */
import { findPassage } from '../story/engine';
import { openCase } from '../story/progress';
import { replayRoute } from '../story/route';
import { applyStep, beginRun, describeStepError, jumpStep, setStep } from '../story/run';
import type { Passage, Run, Story, Value } from '../story/types';
import type { ReplayHost } from './replay';
import { routeNotice } from './run-notices';

/** A passage found by what the author typed: its exact id, else the first title that contains it. */
export function findByIdOrTitle(story: Story, query: string): Passage | undefined {
  const wanted = query.trim();
  if (wanted === '') return undefined;
  const exact = findPassage(story, wanted);
  if (exact) return exact;
  const lower = wanted.toLowerCase();
  return story.chapters.flatMap((chapter) => chapter.passages).find((p) => p.title.toLowerCase().includes(lower));
}

export class AuthorTools {
  constructor(private readonly host: ReplayHost) {}

  private get story(): Story {
    return this.host.state().story;
  }

  /** Open the passage `query` names (an id, or part of a title); false when none matches. */
  jumpTo(query: string): boolean {
    const passage = findByIdOrTitle(this.story, query);
    if (!passage) {
      this.host.report(`No passage has the id or a title with "${query.trim()}".`);
      return false;
    }
    const { run } = this.host.state();
    // From the title, the jump is the first step of a new case.
    const from = run ?? beginRun(this.story);
    return this.take(from, jumpStep(passage.id), run ? {} : openCase(this.host.state().progress));
  }

  /** Set a variable, as a step of the run: the page shows the new state at once. */
  setVariable(variable: string, value: Value): boolean {
    const { run, pageNumber } = this.host.state();
    if (!run) return false;
    return this.take(run, setStep(variable, value), { pageNumber: pageNumber - 1, inPlace: true });
  }

  /** A route (choice ids) played from the start up to `steps` of its choices, in a case of its own. */
  playRoute(choices: readonly string[], steps = choices.length): void {
    const played = choices.slice(0, Math.max(0, Math.min(steps, choices.length)));
    const derived = replayRoute(this.story, played);
    const { run, progress } = this.host.state();
    this.host.enter(derived.run, run, routeNotice(derived, played.length), { read: true, ...openCase(progress) });
  }

  private take(run: Run, step: Parameters<typeof applyStep>[2], options: Parameters<ReplayHost['enter']>[3]): boolean {
    const result = applyStep(this.story, run, step);
    if (!result.ok) {
      this.host.report(describeStepError(result.error));
      return false;
    }
    this.host.enter(result.run, run, null, { read: true, ...options });
    return true;
  }
}
