// @vitest-environment happy-dom
/**
 * Conditional text reaches the player resolved, one way for everyone: the controller's snapshot
 * carries the page as the run's state shows it, and the accessible layer and read-aloud say
 * exactly that (the canvas draws the same snapshot). Played on a story whose pages depend on
 * the path (test/fixtures/reactive-story.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mountAccessibleLayer } from '../../../src/game/dom/accessible-layer';
import { attachSpeaker } from '../../../src/game/dom/speaker';
import { reactiveStory } from '../../fixtures/reactive-story';
import { makeController } from './fixtures';

let unmount: (() => void) | null = null;

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.replaceChildren();
});

/** A controller on the reactive story with the layer and a recording voice attached, after these choices. */
function play(path: readonly string[]) {
  const { controller } = makeController({ story: reactiveStory, settings: { readAloud: true, textSpeed: 'instant' } });
  const root = document.createElement('div');
  document.body.append(root);
  unmount = mountAccessibleLayer(root, controller);
  const said: string[] = [];
  const stopSpeaking = attachSpeaker(controller, { say: (line) => said.push(line), hush: () => said.push('<hush>') });
  controller.newCase();
  for (const id of path) {
    controller.completeText();
    said.length = 0;
    expect(controller.takeChoice(id), id).toBe(true);
  }
  controller.completeText();
  const stop = unmount;
  unmount = () => {
    stopSpeaking();
    stop();
  };
  return { controller, root, said };
}

const buttonTexts = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');

describe('conditional text, resolved for the player', () => {
  it('gives the snapshot the page as the state shows it: body and choice labels', () => {
    const { controller } = play(['take']);
    const { passage, choices } = controller.state;
    expect(passage?.body).toBe(
      'TO: File\nRE: The evening\n\nHe came home late. The envelope was in his coat.\n\nCho did not ask.',
    );
    expect(passage?.choices.map((c) => c.label)).toEqual(['Give Cho the envelope', 'Go to bed']);
    expect(choices.map((view) => view.choice.label)).toEqual(['Give Cho the envelope', 'Go to bed']);
  });

  it('shows and reads the same resolved text in the accessible layer and aloud', () => {
    const { root, said } = play(['leave']);
    const text = root.querySelector('.al-body')?.textContent ?? '';
    expect(text).toContain('He came home late.');
    expect(text).toContain('Cho was asleep.');
    expect(text).not.toContain('envelope was in his coat');
    expect(text).not.toContain('Cho already knew');
    expect(buttonTexts(root).some((t) => t.includes('Tell Cho about the offer'))).toBe(true);
    expect(buttonTexts(root).some((t) => t.includes('Give Cho the envelope'))).toBe(false);
    const aloud = said.join(' | ');
    expect(aloud).toContain('Cho was asleep.');
    expect(aloud).not.toContain('Cho already knew');
    expect(said).toContain('1: Tell Cho about the offer.');
  });

  it("resolves the ending's title and summary on the ending screen and aloud", () => {
    const rich = play(['take', 'sleep']);
    expect(rich.controller.state.passage?.ending).toMatchObject({
      title: 'Kept quiet',
      summary: 'He closed the file ten thousand pounds richer.',
    });
    expect(rich.root.querySelector('h1')?.textContent).toBe('Kept quiet');
    expect(rich.root.querySelector('.al-summary')?.textContent).toBe('He closed the file ten thousand pounds richer.');
    expect(rich.said).toContain('Case closed. Kept quiet.');
    unmount?.();
    unmount = null;
    const told = play(['tell', 'sleep']);
    expect(told.root.querySelector('h1')?.textContent).toBe('Told');
    expect(told.said).toContain('He closed the file.');
  });
});
