import { ALLEGED_ROUTE } from '../../src/content/routes';
import { story } from '../../src/content/story';
import { choose, currentPassage, showPassage, startRun } from '../../src/story';

const count = (t: string) =>
  t
    .replace(/\[\[|\]\]/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
let s = startRun(story);
const rows: [number, string][] = [];
const w = () => {
  const p = showPassage(currentPassage(story, s), s);
  rows.push([count(p.title) + count(p.body), currentPassage(story, s).id]);
};
w();
for (const c of ALLEGED_ROUTE) {
  const r = choose(story, s, c);
  if (!r.ok) throw new Error(c);
  s = r.state;
  w();
}
console.log(
  'total',
  rows.reduce((a, r) => a + r[0], 0),
);
for (const r of rows.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(r.join(' '));
