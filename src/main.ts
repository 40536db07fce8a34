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

bootGame(story);
