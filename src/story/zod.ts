/**
 * Zod, set up once for every schema of the game. Zod Mini: the same checks and issues as the
 * classic API, but as functions a bundler can leave out when unused (the classic schemas carry
 * every method, JSON Schema output included, into every page: 26 KB gzipped against about 8).
 * Its JIT compiles object parsers with
 * `new Function`, and probes whether it may by calling it: under the page's
 * Content-Security-Policy (no `eval`) even the probe is a violation. Parsing without the JIT is
 * a little slower and entirely enough for a story file and a few saves.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
