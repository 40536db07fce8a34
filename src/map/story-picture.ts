/**
 * The whole story as a picture for its authors, laid out like the branch map (layout.ts):
 * chapters as bands, each passage a card with its id and title, the start ringed, endings
 * framed with their verdict, pages that dramatize alleged facts tagged with them, and choices
 * behind a condition drawn dashed. SVG, or a standalone HTML page that pans and zooms it.
 * Pure: strings in, strings out, so `npm run story:graph` writes it from Node.
 */
import { describeText } from '../story/text';
import type { Passage, Story } from '../story/types';
import type { MapEdge, MapLayout, MapNode } from './layout';

/** Room round the board, and above it for the key. */
const MARGIN = 24;
const KEY_HEIGHT = 56;
/** Characters a card's title line holds (12 px bold sans, wide faces too, in a 200-unit card), and its lines at most. */
const TITLE_LINE = 26;
const TITLE_LINES = 2;

const STYLE = `
  .board { fill: #f4efe4; }
  .band { fill: #e6dcc6; }
  .band.odd { fill: #ede5d3; }
  .band-name { font: 600 12px ui-monospace, "IBM Plex Mono", monospace; fill: #5b4a36; letter-spacing: 1px; }
  .card rect { fill: #fffdf7; stroke: #8c7a62; stroke-width: 1; }
  .card.start rect { stroke: #1d4f91; stroke-width: 3; }
  .card.ending rect { fill: #f6dedb; stroke: #922b21; stroke-width: 2; }
  .card .id { font: 10px ui-monospace, "IBM Plex Mono", monospace; fill: #6b5a45; }
  .card .title { font: 600 12px system-ui, "IBM Plex Sans", sans-serif; fill: #1f1a14; }
  .card .verdict { font: 700 10px ui-monospace, "IBM Plex Mono", monospace; fill: #922b21; }
  .card .facts { font: 700 10px ui-monospace, "IBM Plex Mono", monospace; fill: #b3261e; }
  .card .missing { font: 700 11px ui-monospace, "IBM Plex Mono", monospace; fill: #b3261e; }
  .thread { fill: none; stroke: #5b4a36; stroke-width: 1.5; }
  .thread.locked { stroke-dasharray: 6 4; stroke: #8c6d1f; }
  .key { font: 12px system-ui, "IBM Plex Sans", sans-serif; fill: #1f1a14; }
  .key-title { font: 700 16px system-ui, "IBM Plex Sans", sans-serif; fill: #1f1a14; }
`;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A title broken into at most `lines` lines of about `width` characters, the last ending in … if cut. */
export function titleLines(title: string, width = TITLE_LINE, lines = TITLE_LINES): string[] {
  const words = title.split(/\s+/).filter((word) => word !== '');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? '').slice(0, width - 1).trimEnd()}\u2026`;
  return kept;
}

function passagesById(story: Story): Map<string, Passage> {
  const byId = new Map<string, Passage>();
  for (const chapter of story.chapters) {
    for (const passage of chapter.passages) if (!byId.has(passage.id)) byId.set(passage.id, passage);
  }
  return byId;
}

function card(node: MapNode, passage: Passage | undefined, start: string, known: ReadonlyMap<string, Passage>): string {
  const classes = ['card'];
  if (node.id === start) classes.push('start');
  if (passage?.ending) classes.push('ending');
  const facts = passage?.provenance.kind === 'dramatization' ? passage.provenance.facts : [];
  if (facts.length > 0) classes.push('alleged');
  const { x, y, width, height } = node;
  const parts = [
    `<g class="${classes.join(' ')}" data-passage="${xmlText(node.id)}">`,
    `<title>${xmlText(`${node.id}: ${passage?.title ?? ''}`)}</title>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="3"/>`,
    `<text class="id" x="${x + 8}" y="${y + 13}">${xmlText(node.id)}</text>`,
  ];
  if (facts.length > 0) {
    parts.push(
      `<text class="facts" x="${x + width - 6}" y="${y + 13}" text-anchor="end">${xmlText(facts.join(' '))}</text>`,
    );
  }
  titleLines(passage?.title ?? '').forEach((line, index) => {
    parts.push(`<text class="title" x="${x + 8}" y="${y + 29 + index * 14}">${xmlText(line)}</text>`);
  });
  if (passage?.ending) {
    parts.push(
      `<text class="verdict" x="${x + width - 6}" y="${y + height - 5}" text-anchor="end">${xmlText(`ENDING \u00b7 ${passage.ending.verdict}`)}</text>`,
    );
  }
  // A choice to a passage that does not exist has no thread: it is named under the card.
  const missing = (passage?.choices ?? []).filter((choice) => !known.has(choice.to));
  missing.forEach((choice, index) => {
    parts.push(
      `<text class="missing" x="${x + 8}" y="${y + height + 14 + index * 13}">${xmlText(`${choice.id} \u2192 ${choice.to}: no such passage`)}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('');
}

function thread(edge: MapEdge, from: Passage | undefined): string {
  const choices = edge.choices.map((id) => from?.choices.find((choice) => choice.id === id));
  // Dashed when every choice along it is behind a condition: the way may be shut.
  const locked = choices.length > 0 && choices.every((choice) => choice?.when !== undefined);
  const tip = choices
    .map((choice, index) => {
      const label = choice ? describeText(choice.label) : '';
      return `${edge.choices[index]}: ${label}${choice?.when ? ' (behind a condition)' : ''}`;
    })
    .join('\n');
  const points = edge.points.map((p) => `${p.x},${p.y}`).join(' ');
  return `<polyline class="thread${locked ? ' locked' : ''}" data-from="${xmlText(edge.from)}" data-to="${xmlText(edge.to)}" points="${points}" marker-end="url(#arrow)"><title>${xmlText(tip)}</title></polyline>`;
}

/** The story as one SVG document, laid out by `map`. */
export function storySvg(story: Story, map: MapLayout): string {
  const byId = passagesById(story);
  const left = -MARGIN - 180;
  const top = -MARGIN - KEY_HEIGHT;
  const width = map.width + 180 + MARGIN * 2;
  const height = map.height + KEY_HEIGHT + MARGIN * 2;
  const bands = map.bands.map(
    (band, index) =>
      `<rect class="band${index % 2 ? ' odd' : ''}" x="${left + 8}" y="${band.y}" width="${width - 16}" height="${band.height}"/>` +
      `<text class="band-name" x="${left + 20}" y="${band.y + 20}">${xmlText(`CHAPTER ${band.number}`)}</text>` +
      `<text class="band-name" x="${left + 20}" y="${band.y + 36}">${xmlText(band.title.toUpperCase())}</text>`,
  );
  const endings = map.nodes.filter((node) => node.ending).length;
  const key = [
    `<text class="key-title" x="${left + 20}" y="${top + 24}">${xmlText(story.title)} \u00b7 version ${story.version}</text>`,
    `<text class="key" x="${left + 20}" y="${top + 44}">${xmlText(
      `${map.nodes.length} passages, ${endings} endings, ${map.edges.length} threads. ` +
        'Blue ring: the start. Red frame: an ending. F-numbers: the alleged facts a page dramatizes. ' +
        'Dashed: every choice along it is behind a condition.',
    )}</text>`,
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${xmlText(`The story graph of ${story.title}`)}">`,
    `<style>${STYLE}</style>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b4a36"/></marker></defs>',
    `<rect class="board" x="${left}" y="${top}" width="${width}" height="${height}"/>`,
    ...key,
    ...bands,
    ...map.edges.map((edge) => thread(edge, byId.get(edge.from))),
    ...map.nodes.map((node) => card(node, byId.get(node.id), story.start, byId)),
    '</svg>',
  ].join('\n');
}

/** Pan (drag, arrows) and zoom (wheel, + and −, 0 for the whole) by moving the SVG's viewBox. */
const PAN_ZOOM = `
const svg = document.querySelector('svg');
const whole = svg.viewBox.baseVal;
const full = { x: whole.x, y: whole.y, w: whole.width, h: whole.height };
// It opens on the top of the story, as wide as the window (the whole of it is 0 away).
let view = { x: full.x, y: full.y, w: full.w, h: full.w * (innerHeight / innerWidth) };
svg.removeAttribute('width');
svg.removeAttribute('height');
const show = () => svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h);
show();
const zoom = (factor, cx, cy) => {
  const w = Math.min(full.w * 2, Math.max(200, view.w * factor));
  const k = w / view.w;
  view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
  show();
};
const toWorld = (event) => {
  const box = svg.getBoundingClientRect();
  const scale = Math.max(view.w / box.width, view.h / box.height);
  return { x: view.x + (event.clientX - box.left) * scale, y: view.y + (event.clientY - box.top) * scale, scale };
};
svg.addEventListener('wheel', (event) => {
  event.preventDefault();
  const at = toWorld(event);
  zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, at.x, at.y);
}, { passive: false });
let drag = null;
svg.addEventListener('pointerdown', (event) => { drag = { x: event.clientX, y: event.clientY }; svg.setPointerCapture(event.pointerId); });
svg.addEventListener('pointermove', (event) => {
  if (!drag) return;
  const { scale } = toWorld(event);
  view.x -= (event.clientX - drag.x) * scale;
  view.y -= (event.clientY - drag.y) * scale;
  drag = { x: event.clientX, y: event.clientY };
  show();
});
svg.addEventListener('pointerup', () => { drag = null; });
document.addEventListener('keydown', (event) => {
  const step = view.h * 0.1;
  const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  if (event.key === '+' || event.key === '=') zoom(1 / 1.25, centre.x, centre.y);
  else if (event.key === '-') zoom(1.25, centre.x, centre.y);
  else if (event.key === '0') { view = { ...full }; show(); }
  else if (event.key === 'ArrowUp') { view.y -= step; show(); }
  else if (event.key === 'ArrowDown') { view.y += step; show(); }
  else if (event.key === 'ArrowLeft') { view.x -= step; show(); }
  else if (event.key === 'ArrowRight') { view.x += step; show(); }
  else return;
  event.preventDefault();
});
`;

/** A standalone page holding the SVG, with pan and zoom; it needs nothing else to open. */
export function storyHtml(story: Story, map: MapLayout): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${xmlText(`${story.title}: story graph`)}</title>`,
    '<style>html,body{margin:0;height:100%;background:#f4efe4}svg{display:block;width:100vw;height:100vh;touch-action:none;cursor:grab;user-select:none}p{position:fixed;right:12px;bottom:8px;margin:0;font:12px system-ui,sans-serif;color:#5b4a36;background:#f4efe4cc;padding:4px 8px}</style>',
    '</head>',
    '<body>',
    storySvg(story, map),
    '<p>Drag or arrows to move \u00b7 wheel or + \u2212 to zoom \u00b7 0 for the whole story</p>',
    `<script>${PAN_ZOOM}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
