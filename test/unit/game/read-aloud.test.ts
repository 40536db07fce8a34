/**
 * Self-voicing: with Read aloud on, a player without a screen reader hears each page once (its
 * header, its text with redactions said as "redacted", its provenance), then its choices with
 * their numbers and each lock's reason, and any notice; a new page stops the last one.
 */
import { describe, expect, it } from 'vitest';
import { attachSpeaker, CANNOT_READ_ALOUD, type Voice } from '../../../src/game/dom/speaker';
import { makeController } from '../dom/fixtures';

/** A voice that writes down what it is told, and where it was hushed. */
function recorder(): Voice & { said: string[] } {
  const said: string[] = [];
  return {
    said,
    say: (line) => said.push(line),
    hush: () => said.push('<hush>'),
  };
}

function start(readAloud = true) {
  const { controller } = makeController({ settings: { readAloud, textSpeed: 'slow' } });
  const voice = recorder();
  const stop = attachSpeaker(controller, voice);
  return { controller, voice, stop };
}

describe('reading aloud', () => {
  it('says nothing while the setting is off', () => {
    const { controller, voice } = start(false);
    controller.newCase();
    controller.completeText();
    controller.takeChoice('dinner');
    expect(voice.said).toEqual([]);
  });

  it('reads a new page once, redactions as "redacted", then its numbered choices once the page is shown', () => {
    const { controller, voice } = start();
    voice.said.length = 0;
    controller.newCase();
    const page = voice.said.join(' | ');
    expect(voice.said[0]).toBe('<hush>');
    expect(page).toContain('Arrival <b>at</b> Heathrow');
    expect(page).toContain('14 September 2015. London.');
    expect(page).toContain('Met redacted at noon.');
    expect(page).not.toContain('the officer');
    expect(page).not.toContain('[[');
    expect(page).toContain('Dramatization of facts F3, F4.');
    expect(page).not.toContain('Choices.');
    // Typing on says nothing more; the whole page shown, the choices are read.
    controller.startTyping(controller.state.pageNumber, 200, [0]);
    controller.advanceTyping(controller.state.pageNumber, 100);
    const before = voice.said.length;
    controller.completeText();
    expect(voice.said.slice(before)).toEqual([
      'Choices.',
      '1: Go to the dinner.',
      '2: Stay home.',
      '3: Call the embassy. Locked: You cannot afford the call.',
    ]);
  });

  it('stops the last page when a new one opens, and reads the ending with its verdict', () => {
    const { controller, voice } = start();
    controller.newCase();
    controller.completeText();
    voice.said.length = 0;
    controller.takeChoice('home');
    expect(voice.said[0]).toBe('<hush>');
    expect(voice.said).toContain('Case closed. A Quiet Life.');
    expect(voice.said).toContain('Verdict: NO CASE.');
    expect(voice.said).toContain('He went home.');
  });

  it('says what a choice put on record', () => {
    const { controller, voice } = start();
    controller.newCase();
    controller.completeText();
    voice.said.length = 0;
    controller.takeChoice('dinner');
    expect(voice.said).toContain('On record: Took his first payment at the dinner.');
  });

  it('says a refusal: a locked choice pressed gives its reason aloud', () => {
    const { controller, voice } = start();
    controller.newCase();
    controller.completeText();
    voice.said.length = 0;
    controller.takeChoice('embassy');
    expect(voice.said.join(' ')).toContain('You cannot afford the call');
    expect(voice.said).not.toContain('<hush>');
  });

  it('reads the screen from its top when turned on, names other screens, and falls silent when turned off', () => {
    const { controller, voice } = start(false);
    controller.newCase();
    controller.completeText();
    controller.changeSettings({ readAloud: true });
    expect(voice.said[0]).toBe('<hush>');
    expect(voice.said).toContain('Arrival <b>at</b> Heathrow');
    expect(voice.said).toContain('1: Go to the dinner.');
    voice.said.length = 0;
    controller.open('settings');
    expect(voice.said).toEqual(['<hush>', 'Settings']);
    voice.said.length = 0;
    controller.changeSettings({ readAloud: false });
    expect(voice.said).toEqual(['<hush>']);
    controller.back();
    expect(voice.said).toEqual(['<hush>']);
  });

  it('where the browser has no voice, says so once and the game plays on', () => {
    const { controller } = makeController({ settings: { readAloud: true } });
    attachSpeaker(controller, null);
    expect(controller.state.notice).toBe(CANNOT_READ_ALOUD);
    controller.dismissNotice();
    controller.newCase();
    controller.completeText();
    expect(controller.takeChoice('dinner')).toBe(true);
    expect(controller.state.notice).toBeNull();
  });

  it('stops speaking when detached', () => {
    const { controller, voice, stop } = start();
    controller.newCase();
    voice.said.length = 0;
    stop();
    expect(voice.said).toEqual(['<hush>']);
    controller.completeText();
    expect(voice.said).toEqual(['<hush>']);
  });
});
