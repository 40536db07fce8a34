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

// Author mode: `?author` in the address opens its panel; under `npm start`, F9 shows and hides it.
const authorWanted = new URLSearchParams(location.search).has('author');
if (authorWanted || import.meta.env.DEV) {
  void Promise.all([import('./dev/author-panel'), import('./content/routes')]).then(
    ([{ mountAuthorPanel }, routes]) => {
      const panel = mountAuthorPanel(document, booted.controller, {
        open: authorWanted,
        routes: [{ name: 'The alleged path', choices: routes.ALLEGED_ROUTE }],
      });
      if (!import.meta.env.DEV) return;
      document.addEventListener('keydown', (event) => {
        if (event.key !== 'F9') return;
        event.preventDefault();
        panel.toggle();
      });
    },
  );
}

// Live preview under `npm start`: a saved chapter file updates the running game (src/dev/live-story.ts).
if (import.meta.hot) {
  import.meta.hot.accept('./content/story', (next) => {
    if (!next) return;
    void import('./dev/live-story').then(({ receiveStory }) => receiveStory(booted.controller, next.story));
  });
}
