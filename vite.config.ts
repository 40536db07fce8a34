import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server tells the live preview where each passage is written (file and line), so its
 * list of problems points into the chapter files (src/dev/live-story.ts).
 */
function storySources(): Plugin {
  return {
    name: 'story-sources',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__story-sources', (_request, response) => {
        // Loaded by the dev server itself, as the game's modules are: the config imports no TS.
        server
          .ssrLoadModule('/scripts/story-sources.ts')
          .then((module) => (module as typeof import('./scripts/story-sources')).passagePlaces())
          .then(
            (places) => {
              response.setHeader('content-type', 'application/json');
              response.end(JSON.stringify(Object.fromEntries(places)));
            },
            () => {
              response.statusCode = 500;
              response.end('{}');
            },
          );
      });
    },
  };
}

export default defineConfig({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [storySources()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Phaser is one prebuilt bundle; keep it (and Howler) out of the app chunk so
        // the app's own size can be measured and cached separately.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            { name: 'howler', test: /node_modules[\\/]howler/ },
            // The branch map's layout, fetched only when the map first opens.
            { name: 'dagre', test: /node_modules[\\/]@dagrejs/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
