/**
 * Reads the game aloud with the browser's speech synthesis when the Read aloud setting is on
 * (read-aloud.ts decides what to say). Where the browser has no speech synthesis the game plays
 * on and says once that it cannot read aloud here.
 */
import type { GameController, Snapshot } from '../controller';
import { utteranceFor } from '../read-aloud';

/** The part of the browser's speech synthesis the game uses. */
export interface Voice {
  /** Queue a line to be said after what is being said. */
  say(line: string): void;
  /** Stop at once and forget what was queued. */
  hush(): void;
}

export const CANNOT_READ_ALOUD = 'This browser cannot read aloud; the Read aloud setting does nothing here.';

/** The browser's voice, or null where it has none. */
/** The window's speech parts, which some browsers (and test pages) do not have. */
type SpeakingWindow = Window & {
  readonly speechSynthesis?: SpeechSynthesis;
  readonly SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

export function browserVoice(win: SpeakingWindow): Voice | null {
  const synthesis = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  if (!synthesis || typeof Utterance !== 'function') return null;
  const lang = win.document.documentElement.lang || 'en';
  return {
    say(line) {
      const utterance = new Utterance(line);
      utterance.lang = lang;
      synthesis.speak(utterance);
    },
    hush() {
      synthesis.cancel();
    },
  };
}

/** Speak the controller's changes while the setting is on. Returns a function that stops it. */
export function attachSpeaker(controller: GameController, voice: Voice | null): () => void {
  let previous: Snapshot | null = null;
  let reading = false;
  const hear = (next: Snapshot) => {
    const wanted = next.settings.readAloud;
    if (!wanted) {
      if (reading) voice?.hush();
      reading = false;
    } else if (!voice) {
      const first = !reading;
      reading = true;
      if (first) controller.report(CANNOT_READ_ALOUD);
    } else {
      // Turned on just now: read the screen from its top.
      const utterance = utteranceFor(reading ? previous : null, next);
      reading = true;
      if (utterance) {
        if (utterance.interrupt) voice.hush();
        for (const line of utterance.lines) voice.say(line);
      }
    }
    previous = next;
  };
  // The controller hands the current snapshot over at once.
  const unsubscribe = controller.subscribe(hear);
  return () => {
    unsubscribe();
    if (reading) voice?.hush();
  };
}
