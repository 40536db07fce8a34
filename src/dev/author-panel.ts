/**
 * Author mode's panel (`?author` in the address, or F9 under `npm start`): plain HTML beside the
 * game, so the keyboard and screen readers reach every part. Jump to any passage by id or title;
 * see every variable and set it; see what is on record; see, for each locked choice here, the
 * rule that locks it and the part of it that fails; play a route (the alleged path, or any route
 * link) to any point in one step. Every change goes through the controller (game/author.ts).
 */
import type { GameController } from '../game/controller';
import { el } from '../game/dom/elements';
import type { Snapshot } from '../game/snapshot';
import { describeCondition } from '../story/conditions';
import { routeFromHash } from '../story/route';
import type { Value } from '../story/types';
import { uploadSection } from './upload-section';

export interface NamedRoute {
  readonly name: string;
  readonly choices: readonly string[];
}

const PANEL_ID = 'author-panel';

/** The layer's element builder (text by textContent only), called the short way. */
export type Make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs?: Readonly<Record<string, string>>,
) => HTMLElementTagNameMap[K];

export function maker(doc: Document): Make {
  return (tag, text = '', attrs = {}) => el(doc, tag, { ...(text ? { text } : {}), attrs });
}

function section(make: Make, id: string, title: string): { box: HTMLElement; body: HTMLElement } {
  const box = make('section', '', { 'aria-labelledby': `${id}-title` });
  const body = make('div');
  box.append(make('h3', title, { id: `${id}-title` }), body);
  return { box, body };
}

export interface AuthorPanel {
  readonly element: HTMLElement;
  toggle(): void;
}

export function mountAuthorPanel(
  doc: Document,
  controller: GameController,
  options: {
    readonly open: boolean;
    readonly routes: readonly NamedRoute[];
    /** The game's own story's id (a loaded story needs another), and the loaded story's title if one plays. */
    readonly reservedId: string;
    readonly playing: string | null;
  },
): AuthorPanel {
  const make = maker(doc);
  const panel = make('aside', '', { id: PANEL_ID, 'aria-labelledby': `${PANEL_ID}-title` });
  const head = make('div', '', { class: 'author-head' });
  const close = make('button', 'Close', { type: 'button' });
  head.append(make('h2', 'Author mode', { id: `${PANEL_ID}-title` }), close);
  panel.append(head);

  // Jump to a passage.
  const jump = section(make, 'author-jump', 'Jump to a passage');
  const jumpForm = make('form');
  const jumpInput = make('input', '', { id: 'author-jump-input', list: 'author-passages', autocomplete: 'off' });
  const passages = make('datalist', '', { id: 'author-passages' });
  jumpForm.append(
    make('label', 'Passage id or title', { for: 'author-jump-input' }),
    jumpInput,
    make('button', 'Open', { type: 'submit' }),
  );
  jumpForm.addEventListener('submit', (event) => {
    event.preventDefault();
    controller.author.jumpTo(jumpInput.value);
  });
  jump.body.append(jumpForm, passages);

  const variables = section(make, 'author-variables', 'Variables');
  const record = section(make, 'author-record', 'On record');
  const locks = section(make, 'author-locks', 'Locked choices here');

  // Play a route to a point.
  const play = section(make, 'author-play', 'Play a route');
  const playForm = make('form', '', { class: 'author-stack' });
  const routeSelect = make('select', '', { id: 'author-route' });
  for (const [index, route] of options.routes.entries()) {
    routeSelect.append(make('option', `${route.name} (${route.choices.length} steps)`, { value: String(index) }));
  }
  routeSelect.append(make('option', 'The route link below', { value: 'link' }));
  const linkInput = make('input', '', { id: 'author-route-link', placeholder: '#route=…', autocomplete: 'off' });
  const stepsInput = make('input', '', { id: 'author-route-steps', type: 'number', min: '0', inputmode: 'numeric' });
  playForm.append(
    make('label', 'Route', { for: 'author-route' }),
    routeSelect,
    make('label', 'Route link', { for: 'author-route-link' }),
    linkInput,
    make('label', 'Up to step (empty: all of it)', { for: 'author-route-steps' }),
    stepsInput,
    make('button', 'Play', { type: 'submit' }),
  );
  playForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const link = linkInput.value.trim();
    const choices =
      routeSelect.value === 'link'
        ? routeFromHash(link.slice(Math.max(0, link.indexOf('#'))))
        : (options.routes[Number(routeSelect.value)]?.choices ?? null);
    if (!choices) {
      controller.report('That is not a route link: it should end in #route= and the choice ids.');
      return;
    }
    const steps = stepsInput.value.trim() === '' ? choices.length : Number(stepsInput.value);
    controller.author.playRoute(choices, Number.isFinite(steps) ? steps : choices.length);
  });
  play.body.append(playForm);

  const upload = uploadSection(doc, make, panel, options);
  // What an author reaches for most first: where to go, then why a door is shut.
  panel.append(jump.box, play.box, locks.box, variables.box, record.box, upload);
  doc.body.append(panel);

  const fields = new Map<string, HTMLInputElement | HTMLSelectElement>();
  let shownStory: Snapshot['story'] | null = null;

  /** The variables' forms, once per story: a field the author is typing in is never rebuilt. */
  const buildVariables = (snapshot: Snapshot) => {
    variables.body.replaceChildren();
    fields.clear();
    passages.replaceChildren(
      ...snapshot.story.chapters.flatMap((chapter) =>
        chapter.passages.map((p) => make('option', `${p.title} (chapter ${chapter.number})`, { value: p.id })),
      ),
    );
    for (const [name, declaration] of Object.entries(snapshot.story.variables)) {
      const form = make('form', '', { class: 'author-variable' });
      const id = `author-var-${name}`;
      const field =
        declaration.type === 'boolean'
          ? make('select', '', { id, 'aria-describedby': `${id}-about` })
          : make('input', '', { id, type: 'number', step: 'any', 'aria-describedby': `${id}-about` });
      if (field instanceof HTMLSelectElement) field.append(make('option', 'true'), make('option', 'false'));
      form.append(
        make('label', name, { for: id }),
        field,
        make('button', `Set ${name}`, { type: 'submit' }),
        make('p', declaration.description, { id: `${id}-about`, class: 'author-about' }),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const value: Value = declaration.type === 'boolean' ? field.value === 'true' : Number(field.value);
        controller.author.setVariable(name, value);
      });
      fields.set(name, field);
      variables.body.append(form);
    }
  };

  const show = (snapshot: Snapshot) => {
    if (snapshot.story !== shownStory) {
      shownStory = snapshot.story;
      buildVariables(snapshot);
    }
    const values = snapshot.run?.state.variables ?? {};
    for (const [name, field] of fields) {
      if (doc.activeElement === field) continue;
      const value = Object.hasOwn(values, name) ? values[name] : snapshot.story.variables[name]?.initial;
      field.value = String(value);
      field.disabled = snapshot.run === null;
    }
    record.body.replaceChildren(
      ...(snapshot.record.length === 0
        ? [make('p', 'Nothing on record yet.')]
        : snapshot.record.map((part) => {
            const list = make('ul');
            list.append(...part.lines.map((line) => make('li', line)));
            const box = make('div');
            box.append(make('h4', part.section), list);
            return box;
          })),
    );
    const locked = snapshot.choices.filter((view) => !view.available);
    locks.body.replaceChildren(
      ...(locked.length === 0
        ? [make('p', snapshot.passage ? 'No choice on this page is locked.' : 'No page is open.')]
        : locked.map((view) => {
            const item = make('div', '', { class: 'author-lock' });
            const rule = view.choice.when ? describeCondition(view.choice.when) : '';
            item.append(
              make('p', `${view.number}. ${view.choice.label} (${view.choice.id})`, { class: 'author-lock-label' }),
              make('p', `Locked by: ${rule}`),
              make('p', `Fails here: ${view.failingRules.join('; ')}`),
            );
            return item;
          })),
    );
    stepsInput.max = String(Math.max(0, ...options.routes.map((route) => route.choices.length)));
  };
  controller.subscribe(show);

  // Open, the panel takes its room beside the game, which refits to what is left.
  const place = (open: boolean) => {
    panel.hidden = !open;
    doc.body.classList.toggle('author-open', open);
    doc.defaultView?.dispatchEvent(new Event('resize'));
  };
  place(options.open);
  const toggle = () => {
    place(panel.hidden !== false);
    if (!panel.hidden) jumpInput.focus();
  };
  close.addEventListener('click', () => place(false));
  return { element: panel, toggle };
}
