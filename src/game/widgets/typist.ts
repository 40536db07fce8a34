/**
 * A sheet typed by the controller's clock. Each frame it reports the time that passed, draws
 * as many characters as the snapshot says are shown, and plays the keys (and, where asked, a
 * carriage return at each new line). The typing itself lives in the controller.
 */
import type { SoundPort } from '../../audio/sound';
import type { GameController } from '../controller';
import type { DocumentSheet } from './document-sheet';

export interface TypistOptions {
  /** The least time between two key sounds. */
  readonly keyGapMs: number;
  /** Play a carriage return when the typing reaches a new line. */
  readonly carriage: boolean;
}

export class Typist {
  private typed = 0;
  private typing = false;
  private lastSound = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly controller: GameController,
    private readonly sound: Pick<SoundPort, 'playEffect'>,
    private readonly sheet: DocumentSheet,
    private readonly page: number,
    private readonly options: TypistOptions,
  ) {}

  /** Typing, not yet complete. */
  get active(): boolean {
    return this.typing;
  }

  /**
   * Give the controller the page's layout and start (a page laid out again goes on where it
   * was). `struckAt`, for a page that has just arrived: the first key is struck now (the
   * typewriter's clock starts on it) and heard. True when the page is already complete.
   */
  start(struckAt?: number): boolean {
    this.controller.startTyping(this.page, this.sheet.totalChars, this.sheet.layout.lineStarts);
    const { typing, revealed } = this.controller.state;
    // A complete page is shown from its top; one being typed follows the typing position.
    if (revealed) {
      this.finish();
      return true;
    }
    if (struckAt !== undefined && typing.shown > 0) this.playKeys(0, typing.shown, struckAt);
    this.typed = typing.shown;
    this.sheet.setTyped(this.typed);
    this.typing = true;
    return false;
  }

  /** One frame of `elapsedMs` at time `now`: true on the frame the page becomes complete. */
  frame(elapsedMs: number, now: number): boolean {
    if (!this.typing) return false;
    this.controller.advanceTyping(this.page, elapsedMs);
    const { typing, revealed } = this.controller.state;
    if (typing.page === this.page && typing.shown > this.typed) {
      this.playKeys(this.typed, typing.shown, now);
      this.typed = typing.shown;
      this.sheet.setTyped(this.typed);
    }
    if (!revealed) return false;
    this.finish();
    return true;
  }

  /** Show the whole page now and stop. */
  finish(): void {
    this.typing = false;
    this.typed = this.sheet.totalChars;
    this.sheet.setTyped(this.typed, false);
  }

  private playKeys(from: number, to: number, now: number): void {
    const newLine =
      this.options.carriage && this.sheet.layout.lineStarts.some((start) => start > 0 && start > from && start <= to);
    if (newLine) {
      this.sound.playEffect('carriage');
      this.lastSound = now;
    } else if (now - this.lastSound > this.options.keyGapMs) {
      this.sound.playEffect('type');
      this.lastSound = now;
    }
  }
}
