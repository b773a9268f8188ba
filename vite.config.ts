import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { parse } from 'acorn';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { OutputChunk } from 'rolldown';
import { build, defineConfig, minifySync, type Plugin, runnerImport, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
// With its extension: Vite's coming native config loader (Node's own) resolves no extensionless import.
import { Brand } from './src/modes/dashboard/brand.tsx';

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

/**
 * `vite build --mode fixture` (the browser test of a sixth panel, tests/browser/sixth-panel): the
 * registry's EXTRA_PANELS module is replaced by the fixture's, whose panel is appended to the list,
 * and the fixture's data file is emitted beside the real ones, into dist-fixture/.
 */
const FIXTURE_DIR = resolve(import.meta.dirname, 'tests/fixtures/sixth-panel');
function fixturePanel(): Plugin {
  return {
    name: 'yrd-fixture-panel',
    config: () => ({
      resolve: {
        alias: [{ find: /^\.\/extra-panels$/, replacement: join(FIXTURE_DIR, 'extra-panels.ts') }],
      },
    }),
    generateBundle() {
      for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')))
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(join(FIXTURE_DIR, file)),
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
        const check = browserCheckScript(checkFile).replace(/<\/script/gi, '<\\/script');
        return {
          html: html
            .replace(
              /<link rel="icon" href="[^"]*"/,
              `<link rel="icon" href="data:image/svg+xml;base64,${icon}"`,
            )
            .replace(BROWSER_CHECK_TAG, () => `<script>${check}</script>`),
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
 * The oldest browsers the dashboard supports: the Chromium 86 kernel of the secure and domestic
 * browsers many intranets certify (package.json's browserslist says the same for the compat
 * check). The APIs it lacks are kept out by `npm run check-compat`.
 */
const FLOOR = 'chrome86';
/**
 * What current browsers get. Lowering for the floor costs them bytes (private class fields become
 * WeakMaps, about 2 KB gzip, for kernels before Chromium 100), so `vite build` makes two builds:
 * this one in dist/assets/, and one for the floor in dist/floor/, which public/browser-check.js
 * loads only in a kernel without Chromium 98's features. The CSS is lowered for the floor in both.
 */
const MODERN = 'es2022';

/**
 * public/browser-check.js minified, as every browser downloads it: still ES5, so that IE 11 can run
 * it (the minifier writes plain strings as template literals; they become quoted strings again).
 */
export function browserCheckScript(file: string): string {
  const { code, errors } = minifySync('browser-check.js', readFileSync(file, 'utf8'), {
    compress: { target: 'es2015' },
  });
  if (errors.length) throw new Error(`browser-check.js: ${errors[0]?.message}`);
  const es5 = code.replace(/`([^`$'\\\n]*)`/g, "'$1'");
  parse(es5, { ecmaVersion: 5 }); // throws if anything newer than ES5 is left
  return es5;
}

/**
 * The dashboard's title and subtitle in the page's own HTML, in the default language: the
 * header's own Brand (src/modes/dashboard/brand.tsx), rendered at build time. Hidden until
 * public/browser-check.js shows it for a link that keeps the default language, theme and mode, so
 * a reader on a slow line sees what the page is while its code loads (on Lighthouse's phone, about
 * a second before the app's first render, which replaces it). Any other link waits for the app.
 */
function staticShell(): Plugin {
  const brand = renderToStaticMarkup(createElement(Brand, { lang: 'zh' }));
  const shell = `<header class="app-header" id="shell" hidden>${brand}</header>`;
  return {
    name: 'yrd-static-shell',
    transformIndexHtml(html, { path }) {
      if (!path.endsWith('/index.html')) return html;
      if (!html.includes('<div id="root"></div>'))
        throw new Error('yrd-static-shell: no empty #root');
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

const BROWSER_CHECK_FILE = resolve(import.meta.dirname, 'public/browser-check.js');
const BROWSER_CHECK_TAG = /<script src="\.\/browser-check\.js"[^>]*><\/script>/;
const FLOOR_DIR = 'floor';

/** A built page's module entry: the whole tag (with the white space before it) and its src. */
function moduleEntry(html: string, page: string): { tag: string; src: string } {
  const m = html.match(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/);
  if (!m?.[1]) throw new Error(`yrd-floor-build: no module entry in ${page}`);
  return { tag: m[0], src: m[1] };
}

/** src/bake/bake-dist.ts, run by Vite's module runner (it imports the app's TypeScript). */
async function bakeDistModule() {
  return (
    await runnerImport<typeof import('./src/bake/bake-dist')>('./src/bake/bake-dist.ts', {
      configFile: false,
      logLevel: 'silent',
    })
  ).module;
}

/**
 * The two builds in one `vite build`: the page loads neither entry itself; browser-check.js picks
 * `data-app` (this build) or `data-floor` (the floor build, made after this one into dist/floor/).
 */
function floorBuild({ bake: baking = true }: { bake?: boolean } = {}): Plugin {
  let outDir = 'dist';
  let minify = true;
  const pages = ['index.html', 'embed.html'];
  return {
    name: 'yrd-floor-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // `vite build --minify false` (npm run check-compat) for both; else the default minifier
      // (the floor build's bytes matter less than its build time).
      minify = config.build.minify !== false;
    },
    generateBundle() {
      // Written over the copy of public/ (the same file, minified).
      this.emitFile({
        type: 'asset',
        fileName: 'browser-check.js',
        source: browserCheckScript(BROWSER_CHECK_FILE),
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        const { tag, src } = moduleEntry(html, path);
        return html
          .replace(tag, '')
          .replace('</title>', `</title>\n    <link rel="modulepreload" crossorigin href="${src}">`)
          .replace(
            BROWSER_CHECK_TAG,
            `<script src="./browser-check.js" data-app="${src}" data-floor="@FLOOR@"></script>`,
          );
      },
    },
    async closeBundle() {
      await build({
        configFile: resolve(import.meta.dirname, 'vite.config.ts'),
        mode: 'floor',
        logLevel: 'warn',
        build: { outDir: join(outDir, FLOOR_DIR), emptyOutDir: true, minify },
      });
      for (const page of pages) {
        const floorPage = join(outDir, FLOOR_DIR, page);
        const { src } = moduleEntry(readFileSync(floorPage, 'utf8'), floorPage);
        const file = join(outDir, page);
        const floorSrc = `./${FLOOR_DIR}/${src.replace(/^\.\//, '')}`;
        // The modules the app's build imports at once go to browser-check.js (data-preload), which
        // asks for them with the app's entry: the floor build does not use them, and a baked page
        // fetches them once its figures are painted (public/browser-check.js).
        let html = readFileSync(file, 'utf8').replace('@FLOOR@', floorSrc);
        const preload = [...html.matchAll(PRELOAD_LINK)].map((m) => m[1]);
        html = html
          .replace(PRELOAD_LINK, '')
          .replace('<script src="./browser-check.js" ', () =>
            preload.length > 0
              ? `<script src="./browser-check.js" data-preload="${preload.join(' ')}" `
              : '<script src="./browser-check.js" ',
          );
        writeFileSync(file, html);
        // The floor's pages are not served: its code runs from the dashboard's own pages.
        rmSync(join(outDir, FLOOR_DIR, page));
      }
      // Last, on the finished pages: the default view baked into their HTML (src/bake/). Not in
      // the fixture build: its server entry would not have the fixture's panel.
      if (!baking) return;
      const bake = await bakeDistModule();
      await bake.buildBakeServer();
      await bake.bakeDist(outDir, (url) => import(url));
    },
  };
}

/**
 * The single file, last: the default view baked into its HTML (src/bake/) from the data it
 * inlines, so it is readable before its 1.5 MB of inline code has run. The server entry is built
 * into a folder of its own (a test may build the single file while another bakes dist/).
 */
function bakeSingleFile(dataDir: string): Plugin {
  let outDir = 'dist-single';
  return {
    name: 'yrd-bake-single',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const bake = await bakeDistModule();
      const serverDir = mkdtempSync(join(tmpdir(), 'yrd-bake-single-'));
      try {
        await bake.buildBakeServer(serverDir);
        await bake.bakeSingleFile(
          join(outDir, 'yrd-dashboard.html'),
          dataDir,
          serverDir,
          (url) => import(url),
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}

/** A module preload Vite writes into a page's head (with its indentation). */
const PRELOAD_LINK = /\n\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** V8's explicit compile hint: every function of a file that starts with it is compiled as it loads. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
/** Chunks the first screen runs besides the entries and what they import: the charts and the panels. */
const FIRST_SCREEN_CHUNK = /^(echarts|chart-impl|view)$/;

/**
 * Marks the code the first screen runs with V8's compile hint (Chromium 136 and later; a comment
 * to older kernels): those functions are compiled while the file streams in, off the main thread,
 * instead of one by one on their first call. Unmarked, the first chart's draw compiled ECharts on
 * the main thread: one task of 62–95 ms on this machine (4× that on Lighthouse's phone), 30–58 ms
 * marked. Code that waits for a click (present mode, the deck, the exporter) stays lazy.
 */
function compileHints(): Plugin {
  return {
    name: 'yrd-compile-hints',
    apply: 'build',
    // After Vite's own generateBundle, which puts its preload map first in a chunk.
    generateBundle: {
      order: 'post',
      handler: (_, bundle) => {
        const marked = new Set<string>();
        const mark = (file: string) => {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk' || marked.has(file)) return;
          marked.add(file);
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          for (const imported of chunk.imports) mark(imported);
        };
        for (const chunk of Object.values(bundle) as OutputChunk[])
          if (chunk.type === 'chunk' && (chunk.isEntry || FIRST_SCREEN_CHUNK.test(chunk.name)))
            mark(chunk.fileName);
      },
    },
  };
}

/**
 * Vite's "chunk larger than 500 kB" warning, at what this app's largest chunk is by design: ECharts
 * (about 575 kB minified, 192 KB gzip), loaded when a chart is wanted; `npm run bench` measures what
 * each page loads. The single file is one bundle of everything, inlined.
 */
const LARGEST_CHUNK_KB = 640;
const SINGLE_FILE_KB = 1600;

/**
 * Rolldown's timings block ("JavaScript callbacks ran for 19 s of this build") reports the terser
 * passes chosen above on purpose, on every build: tool noise, not a problem a build should print.
 */
const ROLLDOWN_CHECKS = { bundlerTimings: false } as const;

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
        staticShell(),
        inlineDatasets(
          DATA_DIR,
          resolve(import.meta.dirname, 'public/favicon.svg'),
          BROWSER_CHECK_FILE,
        ),
        viteSingleFile({ outputFileName: 'yrd-dashboard.html' }),
        bakeSingleFile(DATA_DIR),
      ],
      build: {
        target: FLOOR,
        cssTarget: FLOOR,
        outDir: 'dist-single',
        reportCompressedSize: false,
        chunkSizeWarningLimit: SINGLE_FILE_KB,
        rolldownOptions: {
          input: resolve(import.meta.dirname, 'index.html'),
          checks: ROLLDOWN_CHECKS,
        },
      },
    };
  const pages = {
    index: resolve(import.meta.dirname, 'index.html'),
    embed: resolve(import.meta.dirname, 'embed.html'),
  };
  // The second build of `vite build` (see floorBuild): the same pages' code lowered for the floor.
  if (mode === 'floor')
    return {
      ...shared,
      publicDir: false,
      plugins: [react()],
      build: {
        target: FLOOR,
        cssTarget: FLOOR,
        reportCompressedSize: false,
        chunkSizeWarningLimit: LARGEST_CHUNK_KB,
        rolldownOptions: { input: pages, checks: ROLLDOWN_CHECKS },
      },
    };
  const fixture = mode === 'fixture';
  return {
    ...shared,
    plugins: [
      react(),
      staticShell(),
      dataFiles(),
      floorBuild({ bake: !fixture }),
      compileHints(),
      ...(fixture ? [fixturePanel()] : []),
    ],
    build: {
      ...(fixture ? { outDir: 'dist-fixture' } : {}),
      target: MODERN,
      cssTarget: FLOOR,
      // Terser with two passes: 1.6 KB gzip less than the default minifier on the whole dashboard
      // (measured: 345.3 -> 343.7 KB of what it loads), for about 25 s more CPU per build.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      reportCompressedSize: false,
      chunkSizeWarningLimit: LARGEST_CHUNK_KB,
      // Two pages: the dashboard and the one-panel embed (embed.html?panel=…); public/embed.js is the host script.
      rolldownOptions: {
        input: pages,
        checks: ROLLDOWN_CHECKS,
        output: { codeSplitting: { groups: [SHARED_CHUNK, ECHARTS_CHUNK] } },
      },
    },
  };
});

/**
 * What both pages load first, in one chunk: React, zustand, zod, the data loader and schemas, the
 * view state and the panel registry. Rolldown groups modules by which chunks reach them; the slide
 * deck (a lazy chunk) reaches the data modules but not React, which split this chunk in two and
 * added small chunks (measured: +1.5 KB gzip before the first figure and on the dashboard).
 */
const SHARED_CHUNK = {
  name: 'shared',
  test: /node_modules[\\/](react|zustand|zod|@tanstack[\\/]react-query[\\/]build[\\/]modern[\\/]queryOptions)[\\/]|src[\\/](data[\\/]|filters[\\/]|i18n[\\/]lang|components[\\/](use-ui|panel-context|notices)|modes[\\/]panel-registry)/,
};

/**
 * ECharts, zrender and the app's two files that only the chart owner and the exporter run with
 * them (the registration and finishOption): one chunk, loaded when a chart is wanted, and named, as
 * compileHints() and the deploy test find it by name (left to Rolldown, it took the name of
 * whichever of these files came first: 'option').
 */
const ECHARTS_CHUNK = {
  name: 'echarts',
  test: /node_modules[\\/](echarts|zrender)[\\/]|src[\\/]charts[\\/](echarts|option)\.ts$/,
};
