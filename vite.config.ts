import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIR = resolve(__dirname, 'data');

/**
 * The datasets stay plain files beside the app (dist/data/*.json), fetched at run time, so a
 * deployer can replace one without rebuilding. In dev they are served from data/ as they are.
 */
function dataFiles(): Plugin {
  const files = () =>
    readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') || f.endsWith('.txt'));
  return {
    name: 'yrd-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/\/data\/([\w.-]+)$/);
        const file = match?.[1];
        if (!file || !files().includes(file)) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        );
        res.end(readFileSync(join(DATA_DIR, file)));
      });
    },
    generateBundle() {
      for (const file of files())
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(join(DATA_DIR, file)),
        });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works under any sub-path (as long as the URL ends in '/').
  base: './',
  plugins: [react(), dataFiles()],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
