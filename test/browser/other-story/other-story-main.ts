/**
 * The game booted with a story that is not the case: test/fixtures/other-story.json, with facts
 * G1-G4 and metadata of its own, read through the schema as any JSON story is. The browser test
 * plays it to an ending, to show that nothing in the game belongs to one story.
 */
import '@fontsource/special-elite/latin-400.css';
import '@fontsource/courier-prime/latin-400.css';
import '@fontsource/courier-prime/latin-700.css';
import '@fontsource/black-ops-one/latin-400.css';
import '@fontsource/caveat/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import '@fontsource/ibm-plex-mono/latin-400.css';
import '@fontsource/ibm-plex-mono/latin-600.css';
import '../../../src/styles/main.css';
import { bootGame } from '../../../src/game/boot';
import { parseStory } from '../../../src/story/schema';
import storyJson from '../../fixtures/other-story.json';

const parsed = parseStory(storyJson);
if (!parsed.ok) throw new Error(`other-story.json does not parse: ${parsed.problems.join('; ')}`);
bootGame(parsed.story);
