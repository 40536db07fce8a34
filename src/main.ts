/** Boot only: the fonts and page styles, then the game for the case. */
import '@fontsource/special-elite/latin-400.css';
import '@fontsource/courier-prime/latin-400.css';
import '@fontsource/courier-prime/latin-700.css';
import '@fontsource/black-ops-one/latin-400.css';
import '@fontsource/caveat/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-mono/latin-400.css';
import '@fontsource/ibm-plex-mono/latin-600.css';
import './styles/main.css';
import { story } from './content/story';
import { bootGame } from './game/boot';

const booted = bootGame(story);

// Live preview under `npm start`: a saved chapter file updates the running game (src/dev/live-story.ts).
if (import.meta.hot) {
  import.meta.hot.accept('./content/story', (next) => {
    if (!next) return;
    void import('./dev/live-story').then(({ receiveStory }) => receiveStory(booted.controller, next.story));
  });
}
