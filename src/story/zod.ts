/**
 * Zod, set up once for every schema of the game. Its JIT compiles object parsers with
 * `new Function`, and probes whether it may by calling it: under the page's
 * Content-Security-Policy (no `eval`) even the probe is a violation. Parsing without the JIT is
 * a little slower and entirely enough for a story file and a few saves.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
