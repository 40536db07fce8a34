import { story } from '../../src/content/story';

const ids = process.argv.slice(2);
for (const p of story.chapters.flatMap((ch) => ch.passages)) {
  if (!ids.includes(p.id)) continue;
  const body = p.body;
  console.log(
    '==',
    p.id,
    typeof body === 'string' ? 'plain' : JSON.stringify(body.filter((x) => typeof x !== 'string')).slice(0, 600),
  );
}
