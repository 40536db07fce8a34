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
import { story as theCase } from './content/story';
import { bootGame } from './game/boot';

// Author mode can play a story of the author's own in place of the case (src/dev/custom-story.ts).
// Fetched only then: the story schema is not the player's to download.
const custom = new URLSearchParams(location.search).has('story')
  ? (await import('./dev/custom-story')).customStoryWanted(location.search)
  : null;
const story = custom && 'story' in custom ? custom.story : theCase;
// Author mode: `?author` in the address opens its panel; under `npm start`, F9 shows and hides it.
const authorWanted = new URLSearchParams(location.search).has('author');
// An author came to see the canvas: it starts at once, not at their first move.
const booted = bootGame(story, { canvasAtOnce: authorWanted || custom !== null });
if (custom && 'problem' in custom) booted.controller.report(custom.problem);

if (authorWanted || import.meta.env.DEV) {
  void Promise.all([import('./dev/author-panel'), import('./content/routes')]).then(
    ([{ mountAuthorPanel }, routes]) => {
      const panel = mountAuthorPanel(document, booted.controller, {
        open: authorWanted,
        routes: story === theCase ? [{ name: 'The alleged path', choices: routes.ALLEGED_ROUTE }] : [],
        reservedId: theCase.id,
        playing: story === theCase ? null : story.title,
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
    // An author's own story playing in the case's place is not the module that changed.
    if (!next || story !== theCase) return;
    void import('./dev/live-story').then(({ receiveStory }) => receiveStory(booted.controller, next.story));
  });
}
