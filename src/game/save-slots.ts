/**
 * The Saves screen's intents: save the case to one of three slots, load one, delete one (each
 * loss asked first), export one slot or all of them to a file and import a file back. The
 * controller owns one of these; the stores and the file port are injected, so no DOM here.
 */
import { SLOT_COUNT, type SlotStore } from '../save/local-slot-store';
import type { SavedRun } from '../save/ports';
import { type ExportedSave, parseSaveFile, saveFileName, saveFileText } from '../save/save-file';
import type { Story } from '../story/types';
import { type SlotSummary, summariseSlot } from './slot-summary';
import type { Question, Snapshot } from './snapshot';

/** Files leave and enter the game through this (a download and a file picker in the browser). */
export interface FilePort {
  download(name: string, text: string): void;
  /** The text of a file the player picks, or null when they pick none. */
  pickText(): Promise<string | null>;
}

export interface SlotHost {
  state(): Snapshot;
  update(change: Partial<Snapshot>): void;
  /** Open the file on a saved run, as Continue does, saying where it came from. */
  openSaved(run: SavedRun, from: string): void;
  /** The run on screen as a save would keep it, or null when no case is open. */
  currentSave(): SavedRun | null;
}

export class SaveSlots {
  /**
   * Slots found unreadable: the store kept their data aside and emptied them on that read, so the
   * message is kept here and shown on the slot until it is saved over or deleted.
   */
  private readonly damaged = new Map<number, string>();

  constructor(
    private readonly host: SlotHost,
    private readonly store: SlotStore | null,
    private readonly files: FilePort | null,
    private readonly now: () => Date,
  ) {}

  /** The story on screen (a hot update may replace it while the game runs). */
  private get story(): Story {
    return this.host.state().story;
  }

  /** Read every slot again (the Saves screen opens, or a slot changed). */
  summaries(): SlotSummary[] {
    const contents = this.store?.list() ?? Array.from({ length: SLOT_COUNT }, () => ({ kind: 'empty' as const }));
    return contents.map((content, index) => {
      const slot = index + 1;
      if (content.kind === 'corrupt') this.damaged.set(slot, content.message);
      if (content.kind === 'ok') this.damaged.delete(slot);
      const damaged = content.kind === 'empty' ? this.damaged.get(slot) : undefined;
      return damaged ? { slot, kind: 'corrupt' as const, message: damaged } : summariseSlot(this.story, content, slot);
    });
  }

  refresh(notice?: string | null): void {
    this.host.update({ slots: this.summaries(), ...(notice !== undefined ? { notice } : {}) });
  }

  /** Save the open case in a slot; a slot that holds a save asks first. */
  save(slot: number): void {
    if (!this.host.currentSave()) return;
    if (this.summaryOf(slot)?.kind === 'saved') this.ask({ kind: 'overwrite-slot', slot });
    else this.write(slot);
  }

  load(slot: number): void {
    const content = this.store?.list()[slot - 1];
    if (!content || content.kind === 'empty') return;
    if (content.kind === 'corrupt') {
      this.refresh(content.message);
      return;
    }
    this.host.openSaved(content.run, `slot ${slot}`);
  }

  remove(slot: number): void {
    if (this.summaryOf(slot)?.kind !== 'empty') this.ask({ kind: 'delete-slot', slot });
  }

  /** Yes to the question waiting about a slot. */
  confirm(): void {
    const question = this.host.state().confirm;
    if (question === null || question === 'new-case') return;
    if (question.kind === 'overwrite-slot') {
      this.write(question.slot);
      return;
    }
    this.store?.remove(question.slot);
    this.damaged.delete(question.slot);
    this.host.update({ confirm: null, slots: this.summaries(), notice: `Slot ${question.slot} was deleted.` });
  }

  /** Export one slot, or every slot that holds a save, to a file the browser downloads. */
  exportSaves(slot: number | 'all'): void {
    const saves: ExportedSave[] = (this.store?.list() ?? []).flatMap((content, index) =>
      content.kind === 'ok' && (slot === 'all' || slot === index + 1) ? [{ slot: index + 1, run: content.run }] : [],
    );
    if (saves.length === 0) {
      this.refresh('There is no save to export.');
      return;
    }
    if (!this.files) {
      this.refresh('This browser cannot save files from the game.');
      return;
    }
    const now = this.now();
    const name = saveFileName(this.story, saves, now);
    this.files.download(name, saveFileText(this.story, saves, now));
    this.refresh(`${saves.length === 1 ? 'The save was' : `${saves.length} saves were`} exported as "${name}".`);
  }

  /** Import a file of saves: each goes back into its slot, replacing what was there. */
  async importSaves(): Promise<void> {
    if (!this.files || !this.store) {
      this.refresh('This browser cannot open files for the game.');
      return;
    }
    const text = await this.files.pickText();
    if (text === null) return;
    const parsed = parseSaveFile(text, this.story.id);
    if (!parsed.ok) {
      this.refresh(parsed.message);
      return;
    }
    const failed = parsed.saves
      .map((save) => ({ save, written: this.store?.save(save.slot, save.run) }))
      .filter(({ written }) => written && !written.ok);
    const done = parsed.saves.filter((save) => !failed.some((f) => f.save === save)).map((save) => save.slot);
    const message =
      failed.length > 0 && failed[0]?.written && !failed[0].written.ok
        ? failed[0].written.message
        : `Imported ${done.length === 1 ? `1 save into slot ${done[0]}` : `${done.length} saves into slots ${done.join(', ')}`}.`;
    this.refresh(message);
  }

  private write(slot: number): void {
    const run = this.host.currentSave();
    if (!run || !this.store) return;
    const written = this.store.save(slot, run);
    if (written.ok) this.damaged.delete(slot);
    this.host.update({
      confirm: null,
      slots: this.summaries(),
      notice: written.ok ? `The case was saved in slot ${slot}.` : written.message,
    });
  }

  private ask(question: Question): void {
    this.host.update({ confirm: question });
  }

  private summaryOf(slot: number): SlotSummary | undefined {
    return this.host.state().slots.find((summary) => summary.slot === slot);
  }
}
