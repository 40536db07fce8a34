/**
 * The sheet every list screen is drawn on (the history, the endings, the saves): the desk, a
 * long sheet of paper with its head, each row's title, lines and buttons, the sheet's own
 * buttons and Back. The rows come from the screen's list model (game/lists), the same the
 * accessible layer lists. A page taller than the screen scrolls by drag, wheel and keys; a
 * change of the model (a slot saved, a question asked) draws the sheet again where it was.
 */
import Phaser from 'phaser';
import { CONTROL_LABELS as LABELS } from '../control-labels';
import type { Snapshot } from '../controller';
import type { Rect } from '../layout/draw-ops';
import { listLayoutFor } from '../layout/list-layout';
import { wrapLines } from '../layout/text-fit';
import type { ListAction, ListModel, ListRow } from '../lists/list-types';
import { followScrollRequests, scrollDistance } from '../scroll';
import { canvasImage, renderResolution } from '../widgets/canvas-image';
import { addDesk } from '../widgets/dossier';
import { paintFormHead } from '../widgets/form-head';
import { cssMeasure } from '../widgets/measure';
import { PageScroll } from '../widgets/page-scroll';
import { paintPaper, pieceCanvas, rgba } from '../widgets/paint';
import { addQuestion, type QuestionOnScreen } from '../widgets/question-card';
import { addText, Button, keyHint, monoFont, setWrappedText, uiFont } from '../widgets/ui';
import { ViewScene } from './view-scene';

interface ListRebuild {
  readonly scroll: number;
}

/** The CSS font of a text style, to measure with. */
const fontOf = (font: ReturnType<typeof uiFont>) => [font.fontStyle, font.fontSize, font.fontFamily].join(' ');

export abstract class ListScene extends ViewScene<ListRebuild> {
  protected override readonly arrangements = ['desk', 'tall', 'wide'] as const;
  private page: PageScroll | null = null;
  private shown = '';

  /** The list this screen shows for a snapshot. */
  protected abstract model(snapshot: Snapshot): ListModel;

  /** A question the screen asks over its sheet, if one is waiting. */
  protected question(_snapshot: Snapshot): QuestionOnScreen | null {
    return null;
  }

  /** For the test hook: how far the sheet is scrolled. */
  pageScrollOffset(): number {
    return this.page?.scroll ?? 0;
  }

  protected override rebuildData(): Partial<ListRebuild> {
    return { scroll: this.page?.scroll ?? 0 };
  }

  private keyOf(snapshot: Snapshot): string {
    const model = this.model(snapshot);
    return JSON.stringify([
      model.intro,
      model.rows.map((r) => [r.title, r.detail, r.actions.map((a) => a.label)]),
      model.footer.map((a) => a.label),
      snapshot.confirm,
    ]);
  }

  protected override onSnapshot(snapshot: Snapshot): void {
    if (this.scene.isActive() && this.keyOf(snapshot) !== this.shown) this.scene.restart(this.rebuildData());
  }

  /** A list's buttons in their boxes; a danger (Delete) drawn as one. */
  private addActions(actions: readonly ListAction[], boxes: readonly Rect[], size: number): void {
    actions.forEach((action, i) => {
      const box = boxes[i];
      if (!box) return;
      new Button(this, box.x, box.y, {
        width: box.width,
        height: box.height,
        label: action.label,
        theme: this.theme,
        size,
        ...(action.tone === 'danger' ? { variant: 'danger' as const } : {}),
        onClick: () => action.act(this.controller),
      });
    });
  }

  protected build(snapshot: Snapshot, rebuilt: Partial<ListRebuild>): void {
    const { palette } = this.theme;
    const model = this.model(snapshot);
    this.shown = this.keyOf(snapshot);
    const size = this.theme.uiSize;
    const titleFont = uiFont(size + 1, 600);
    const lineFont = uiFont(size - 1);
    const titleMeasure = cssMeasure(fontOf(titleFont));
    const lineMeasure = cssMeasure(fontOf(lineFont));
    const titleLeading = Math.round((size + 1) * 1.3);
    const lineLeading = Math.round((size - 1) * 1.4);
    const rows: readonly ListRow[] = model.rows;
    const textHeight = (row: ListRow) => (width: number) =>
      wrapLines(row.title, width - (row.mark ? 90 : 0), titleMeasure).length * titleLeading +
      row.detail.reduce((sum, line) => sum + 4 + wrapLines(line, width, lineMeasure).length * lineLeading, 0);
    const intro = rows.length === 0 ? `${model.intro} ${model.empty}` : model.intro;
    const layout = listLayoutFor(this.frame.world, {
      intro: (width) => wrapLines(intro, width, lineMeasure).length * lineLeading,
      rows: rows.map((row) => ({ text: textHeight(row), actions: row.actions.length })),
      footer: model.footer.length,
    });
    PageScroll.fixed(this, () => {
      addDesk(this, this.theme, this.frame, 'cover');
      // Nothing under the sheet takes a click while it is open.
      this.blockPresses();
    });
    const resolution = renderResolution();
    const { sheet, pad } = layout;
    const { canvas, ctx } = pieceCanvas(sheet.width, sheet.height, { pad }, resolution, {
      theme: this.theme,
      blur: 22,
      alpha: 0.7,
    });
    paintPaper(ctx, sheet.width, sheet.height, palette, { seed: `list-${model.title}` });
    paintFormHead(ctx, this.theme, { kicker: model.kicker, title: model.title, ...layout.head });
    ctx.strokeStyle = rgba(palette.ink, 0.18);
    ctx.lineWidth = 1;
    for (const row of layout.rows) {
      const y = row.box.y + row.box.height - sheet.y;
      ctx.beginPath();
      ctx.moveTo(row.box.x - sheet.x, y);
      ctx.lineTo(row.box.x - sheet.x + row.box.width, y);
      ctx.stroke();
    }
    const paper = canvasImage(this, canvas, resolution, sheet.x - pad, sheet.y - pad, `list-${this.scene.key}`);
    paper.image.setOrigin(0, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => paper.destroy());
    setWrappedText(
      addText(this, layout.intro.x, layout.intro.y, '', {
        ...lineFont,
        color: palette.ink,
        lineSpacing: lineLeading - (size - 1) * 1.2,
      }),
      intro,
      layout.intro.width,
    );
    rows.forEach((row, index) => {
      const at = layout.rows[index];
      if (!at) return;
      const title = setWrappedText(
        addText(this, at.text.x, at.text.y, '', { ...titleFont, color: row.dim ? palette.inkSoft : palette.ink }),
        row.title,
        at.text.width - (row.mark ? 90 : 0),
      );
      title.setLineSpacing(titleLeading - title.height / Math.max(1, title.text.split('\n').length));
      if (row.mark) {
        addText(this, at.text.x + at.text.width, at.text.y + 2, row.mark, {
          ...monoFont(11, 600),
          color: row.mark === 'LOCKED' || row.mark === 'DAMAGED' ? palette.inkSoft : palette.stampAlleged,
          letterSpacing: 2,
        }).setOrigin(1, 0);
      }
      let y = at.text.y + wrapLines(row.title, at.text.width - (row.mark ? 90 : 0), titleMeasure).length * titleLeading;
      for (const line of row.detail) {
        y += 4;
        setWrappedText(
          addText(this, at.text.x, y, '', { ...lineFont, color: row.dim ? palette.inkSoft : palette.ink }),
          line,
          at.text.width,
        );
        y += wrapLines(line, at.text.width, lineMeasure).length * lineLeading;
      }
      this.addActions(row.actions, at.actions, size - 2);
    });
    this.addActions(model.footer, layout.footer, size - 1);
    new Button(this, layout.back.x, layout.back.y, {
      width: layout.back.width,
      height: layout.back.height,
      label: LABELS.back,
      hint: keyHint(this, 'Esc'),
      theme: this.theme,
      onClick: () => this.controller.back(),
    });
    const page = new PageScroll(this, this.frame.world.height, layout.pageHeight);
    this.page = page;
    page.scrollTo(rebuilt.scroll ?? 0);
    const follow = followScrollRequests(this.controller, snapshot.screen, (amount) =>
      page.scrollTo(page.scroll + scrollDistance(amount, this.frame.world.height)),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, follow);
    const question = this.question(snapshot);
    if (question) PageScroll.fixed(this, () => addQuestion(this, this.theme, question, this.screenRect));
  }
}
