import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const DATA_DIR = resolve(import.meta.dirname, 'data');

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

// The offline single-file build (npm run build:single): the code and styles are inlined by
// vite-plugin-singlefile, the datasets (and data/article.txt) by the plugin below; src/data/load.ts reads them before it
// would fetch. The id must match INLINE_DATA_ID there.
const INLINE_DATA_ID = 'yrd-inline-data';

/**
 * The JSON text of `{ "crime.json": "<file text>", … }` safe inside a script element: every `<`
 * becomes \u003c (still the same JSON), so no `</script` or `<!--` in a dataset can end or bend it.
 */
export function inlineDataJson(files: Record<string, string>): string {
  return JSON.stringify(files).replace(/</g, '\\u003c');
}

/** Reads data/*.json and the article the loader checks them against (the files the normal build copies to dist/data/). */
export function readDatasets(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dataDir)
    .filter((f) => f.endsWith('.json') || f.endsWith('.txt'))
    .sort())
    files[file] = readFileSync(join(dataDir, file), 'utf8');
  return files;
}

/** The datasets as a JSON script, the icon as a data: URL and the browser check inline, so the page asks for no other file. */
function inlineDatasets(dataDir: string, iconFile: string, checkFile: string): Plugin {
  return {
    name: 'yrd-inline-datasets',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const icon = readFileSync(iconFile).toString('base64');
        // The browser-floor check runs inline here: a file opened from disk has no CSP.
        const check = readFileSync(checkFile, 'utf8').replace(/<\/script/gi, '<\\/script');
        return {
          html: html
            .replace(
              /<link rel="icon" href="[^"]*"/,
              `<link rel="icon" href="data:image/svg+xml;base64,${icon}"`,
            )
            .replace(
              '<script src="./browser-check.js" vite-ignore></script>',
              () => `<script>${check}</script>`,
            ),
          tags: [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: INLINE_DATA_ID },
              children: inlineDataJson(readDatasets(dataDir)),
              injectTo: 'body',
            },
          ],
        };
      },
    },
  };
}

/**
 * The oldest browsers the build supports: the Chromium 86 kernel of the secure and domestic browsers
 * many intranets certify (package.json's browserslist says the same for the compat check). Syntax
 * and CSS are lowered for it; the APIs it lacks are kept out by `npm run check-compat`.
 */
const FLOOR = 'chrome86';

const shared: UserConfig = {
  // Relative base: dist/ works under any sub-path (as long as the URL ends in '/').
  base: './',
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
};

export default defineConfig(({ mode }): UserConfig => {
  // `npm run build:single`: one self-contained HTML file (code, styles, data, icon) that opens
  // from disk with no server and no network: dist-single/yrd-dashboard.html.
  if (mode === 'single')
    return {
      ...shared,
      publicDir: false,
      plugins: [
        react(),
        inlineDatasets(
          DATA_DIR,
          resolve(import.meta.dirname, 'public/favicon.svg'),
          resolve(import.meta.dirname, 'public/browser-check.js'),
        ),
        viteSingleFile({ outputFileName: 'yrd-dashboard.html' }),
      ],
      build: {
        target: FLOOR,
        cssTarget: FLOOR,
        outDir: 'dist-single',
        reportCompressedSize: false,
        rolldownOptions: { input: resolve(import.meta.dirname, 'index.html') },
      },
    };
  return {
    ...shared,
    plugins: [react(), dataFiles()],
    build: {
      target: FLOOR,
      cssTarget: FLOOR,
      reportCompressedSize: false,
      // Two pages: the dashboard and the one-panel embed (embed.html?panel=…); public/embed.js is the host script.
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'index.html'),
          embed: resolve(import.meta.dirname, 'embed.html'),
        },
      },
    },
  };
});
