// Node side of the bake: builds the server entry (src/bake/server.tsx) with Vite's SSR build, and
// writes the baked markup into a built dist/ (at the end of `vite build`, and by `npm run bake`,
// which re-bakes an existing dist/ from its own data/*.json without a rebuild).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { DATASET_FILES, DATASETS } from '../modes/panel-registry';
import { checkDataFiles, formatCheckReport } from '../panels/check-data';
import { BAKE_RECORD_ID, type BakeRecord } from './record';
import type { Baked } from './server';
import { BAKE_MEDIA, type BakeWidth } from './widths';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the server entry is built: beside dist/, not served. */
export const SERVER_DIR = join(ROOT, 'dist-bake');

/** `vite build --ssr src/bake/server.tsx` into dist-bake/ (every dependency bundled), or `outDir`. */
export async function buildBakeServer(outDir = SERVER_DIR): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    // Quiet: the SSR build's notes (a view imported both ways) are about the page's own chunks.
    logLevel: 'error',
    publicDir: false,
    plugins: [react()],
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, 'src/bake/server.tsx'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'server.js', codeSplitting: false } },
    },
  });
}

/** What the built server entry (src/bake/server.tsx, imported as a file) gives the bake. */
type BakeServer = Pick<typeof import('./server'), 'bakeDashboard' | 'bakeEmbed' | 'EMBED_PANELS'>;

export class BakeRefused extends Error {}

/** Refuses data the page would refuse: check-data's report when a file is broken. */
function validate(dataDir: string): void {
  const articlePath = join(dataDir, 'article.txt');
  if (!existsSync(articlePath)) throw new BakeRefused(`bake: ${articlePath} is missing`);
  const files = Object.fromEntries(
    DATASET_FILES.map((f) => [
      f,
      existsSync(join(dataDir, f)) ? readFileSync(join(dataDir, f), 'utf8') : undefined,
    ]),
  );
  const reports = checkDataFiles(files, readFileSync(articlePath, 'utf8'), DATASETS);
  const count = reports.reduce((n, r) => n + r.problems.length, 0);
  if (count > 0)
    throw new BakeRefused(
      `${formatCheckReport(reports)}\n\nbake: ${count} problem${count === 1 ? '' : 's'} in ${dataDir}; the page was not changed.`,
    );
}

/** Writes through a temporary file and a rename: a reader never gets half a page. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * React writes a `style` prop as a `style="…"` attribute, which `style-src 'self'` blocks in HTML:
 * each becomes `data-bk="N"` and a rule of the baked stylesheet (a file, which the CSP allows).
 * Hydration leaves both as they are; React sets the prop through CSSOM when it changes.
 */
function styleAttributesToRules(html: string): { html: string; rules: string[] } {
  const ids = new Map<string, number>();
  const out = html.replace(/\sstyle="([^"]*)"/g, (_, css: string) => {
    const decl = decode(css);
    let n = ids.get(decl);
    if (n === undefined) {
      n = ids.size;
      ids.set(decl, n);
    }
    return ` data-bk="${n}"`;
  });
  const rules = [...ids].map(([decl, n]) => `#root [data-bk="${n}"]{${decl}}`);
  return { html: out, rules };
}

/** What every baked page's stylesheet holds besides its own style rules. */
const BAKED_RULES = [
  '.chart-baked{width:100%;height:100%}',
  // The drawing baked at the width nearest the box's.
  '.chart-baked>svg{display:none}',
  ...(Object.keys(BAKE_MEDIA) as BakeWidth[]).map(
    (w) => `@media ${BAKE_MEDIA[w]}{.chart-baked>[data-bake-width=${w}]{display:block}}`,
  ),
  // public/browser-check.js marks a link whose view is not the baked one: nothing of the baked
  // view shows as if it were the link's until the app has drawn the link's own.
  'html[data-baked=hide] #root{visibility:hidden}',
  // The drawings are the light theme's: a dark page does not flash them.
  'html[data-theme=dark] .chart-baked{visibility:hidden}',
];

/**
 * A chart laid out to its width has the height of the drawing shown (the phone's or the desk's)
 * until the app measures its box; the live chart then sets its own (an inline style wins).
 */
function heightRules(heights: Baked['heights']): string[] {
  return Object.entries(heights).flatMap(([name, at]) =>
    (Object.keys(at) as (keyof typeof at)[]).map(
      (w) => `@media ${BAKE_MEDIA[w]}{#root [data-chart="${name}"]{height:${at[w]}px}}`,
    ),
  );
}

const ROOT_RE = /<div id="root">[\s\S]*?<\/div>(?=\s*<div id="unsupported")/;
const OLD_RECORD_RE = /\s*<meta name="yrd-bake" id="yrd-bake" content="[^"]*">/;
const OLD_SHEET_RE = /\s*<link rel="stylesheet" href="\.\/assets\/baked-[\w-]+\.css" data-baked>/;
const NOSCRIPT_RE = /<noscript>[\s\S]*?<\/noscript>/;
const CHECK_RE = /\s*<script src="\.\/browser-check\.js"[^>]*><\/script>/;

function noscriptText(date: string): string {
  return `<noscript>本页的数字与图表为 ${date} 生成页面时的版本;筛选与交互需要 JavaScript。 · The figures and charts as of ${date}, when this page was prepared; filters and interaction need JavaScript.</noscript>`;
}

/** What a page's bake adds to it: the #root markup, the baked stylesheet's rules and the record. */
function bakedParts(
  file: string,
  html: string,
  baked: Baked,
  date: string,
  more: Pick<BakeRecord, 'embeds'> = {},
) {
  if (!ROOT_RE.test(html)) throw new Error(`bake: no #root before #unsupported in ${file}`);
  // Every boundary in place, no script: React outlines a boundary it could not finish (or one past
  // prerender's progressiveChunkSize) with an inline script the CSP blocks and a reader without
  // script never sees run (src/bake/server.tsx).
  if (/<script\b|<!--\$[?!]-->/.test(baked.html))
    throw new Error(
      `bake: the markup for ${file} has a pending Suspense boundary or an inline script (React's outlined content): each boundary must render in place`,
    );
  const { html: root, rules } = styleAttributesToRules(baked.html);
  const css = [...BAKED_RULES, ...rules, ...heightRules(baked.heights)].join('\n');
  const record: BakeRecord = { date, lang: 'zh', hashes: baked.hashes, ...more };
  // In a <meta> (not a script element: a page's only scripts are the app's files), attribute-escaped.
  const json = JSON.stringify(record)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
  const meta = `<meta name="${BAKE_RECORD_ID}" id="${BAKE_RECORD_ID}" content="${json}">`;
  /** The page with its #root baked and (unless `keepNoscript`) its noscript line dated. */
  const withRoot = (page: string, keepNoscript = false) => {
    const next = page.replace(ROOT_RE, () => `<div id="root">${root}</div>`);
    return keepNoscript ? next : next.replace(NOSCRIPT_RE, () => noscriptText(date));
  };
  return { css, meta, withRoot };
}

/** Writes a baked #root, its record and stylesheet into a built page (atomically). `rules` are
 *  the page's own besides the bake's; `checkAttrs` are added to its browser check's tag. */
function writePage(
  distDir: string,
  page: string,
  baked: Baked,
  date: string,
  {
    rules = [],
    checkAttrs = '',
    keepNoscript = false,
    record = {},
  }: {
    rules?: string[];
    checkAttrs?: string;
    keepNoscript?: boolean;
    record?: Pick<BakeRecord, 'embeds'>;
  } = {},
): string {
  const file = join(distDir, page);
  const html = readFileSync(file, 'utf8');
  const parts = bakedParts(file, html, baked, date, record);
  const { meta, withRoot } = parts;
  const css = [parts.css, ...rules].join('\n');
  const sheet = `baked-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  writeFileSync(join(distDir, 'assets', sheet), css);
  // In the head on a baked page: it hides the baked view for another link's page before the body
  // is parsed, so no paint shows it (at the end of the body, a slow line could paint it first).
  const found = CHECK_RE.exec(html)?.[0].trim();
  if (!found) throw new Error(`bake: no browser-check.js in ${file}`);
  // (Once: `npm run bake` bakes a page that was baked before.)
  const check =
    checkAttrs && !found.includes(` ${checkAttrs} `)
      ? found.replace(
          '<script src="./browser-check.js" ',
          `<script src="./browser-check.js" ${checkAttrs} `,
        )
      : found;
  const next = withRoot(
    html.replace(CHECK_RE, '').replace(OLD_RECORD_RE, '').replace(OLD_SHEET_RE, ''),
    keepNoscript,
  ).replace(
    '</head>',
    () =>
      `  <link rel="stylesheet" href="./assets/${sheet}" data-baked>\n    ${meta}\n    ${check}\n  </head>`,
  );
  writeAtomic(file, next);
  return sheet;
}

/** The browser check inline in the single file (vite.config.ts): its only script without attributes. */
const INLINE_CHECK_RE = /\s*<script>[\s\S]*?<\/script>/;

/**
 * Bakes the offline single file (`npm run build:single`) in place, from the data it inlines: the
 * same markup as the dashboard's page, its rules added to the file's one stylesheet (a file opened
 * from disk has no CSP; one file, no other), and its browser check moved into the head, where it
 * hides the baked view for a link that asks for another one before the body is painted.
 */
export async function bakeSingleFile(
  file: string,
  dataDir: string,
  serverDir: string,
  importFile: (url: string) => Promise<unknown>,
  date = new Date().toISOString().slice(0, 10),
): Promise<void> {
  validate(dataDir);
  const mod = (await importFile(pathToFileURL(join(serverDir, 'server.js')).href)) as BakeServer;
  const baked = await mod.bakeDashboard((f) => readFileSync(join(dataDir, f), 'utf8'));
  const html = readFileSync(file, 'utf8');
  // Head and body apart: the head's inline code may hold any of the strings looked for here.
  const at = html.lastIndexOf('<body>');
  const head = html.slice(0, at);
  const body = html.slice(at);
  const { css, meta, withRoot } = bakedParts(file, body, baked, date);
  const check = INLINE_CHECK_RE.exec(body)?.[0].trim();
  const style = head.lastIndexOf('</style>');
  const end = head.lastIndexOf('</head>');
  if (at < 0 || !check || style < 0 || end < style)
    throw new Error(`bake: no inline browser check, stylesheet or head in ${file}`);
  const next =
    `${head.slice(0, style)}\n${css}${head.slice(style, end)}  ${meta}\n    ${check}\n  ${head.slice(end)}` +
    withRoot(body.replace(INLINE_CHECK_RE, ''));
  writeAtomic(file, next);
}

/** Removes baked stylesheets no page names any more. */
function pruneSheets(distDir: string, keep: Set<string>): void {
  const dir = join(distDir, 'assets');
  for (const f of readdirSync(dir))
    if (/^baked-[\w-]+\.css$/.test(f) && !keep.has(f)) rmSync(join(dir, f));
}

/**
 * Bakes dist/index.html from dist/data/ with the server entry in dist-bake/: validates the data
 * first (a broken file is refused with check-data's report and the page is left as it was).
 */
export async function bakeDist(
  distDir: string,
  /** import() of the caller (a module run by Vite's module runner cannot import a file itself). */
  importFile: (url: string) => Promise<unknown>,
  date = new Date().toISOString().slice(0, 10),
) {
  const dataDir = join(distDir, 'data');
  validate(dataDir);
  const server = join(SERVER_DIR, 'server.js');
  if (!existsSync(server))
    throw new BakeRefused(`bake: ${server} is missing; run npm run build once first`);
  const mod = (await importFile(`${pathToFileURL(server).href}?t=${Date.now()}`)) as BakeServer;
  const read = (f: string) => readFileSync(join(dataDir, f), 'utf8');
  const started = performance.now();
  const baked = await mod.bakeDashboard(read);
  const sheets = new Set([writePage(distDir, 'index.html', baked, date)]);
  // The embed page holds every panel's embed, each baked alone: public/browser-check.js marks the
  // one the link names (html[data-embed-panel]) before the body is parsed, and only it shows.
  const embeds: Baked[] = [];
  for (const id of mod.EMBED_PANELS) embeds.push(await mod.bakeEmbed(read, id));
  const embedPage: Baked = {
    html: embeds.map((b) => b.html).join(''),
    hashes: Object.assign({}, ...embeds.map((b) => b.hashes)),
    heights: Object.assign({}, ...embeds.map((b) => b.heights)),
  };
  sheets.add(
    writePage(distDir, 'embed.html', embedPage, date, {
      // Each shown only where the page is marked for it (no :not() here: the floor's CSS check
      // reads one with an attribute value as a selector list); flow-root as .embed-root has it
      // in src/modes/embed/embed.css.
      rules: mod.EMBED_PANELS.flatMap((id) => [
        `#root>[data-embed="${id}"]{display:none}`,
        `html[data-embed-panel="${id}"] #root>[data-embed="${id}"]{display:flow-root}`,
      ]),
      checkAttrs: 'data-embed-page',
      // Which panel to show is in the link, which only a script reads: none shows without one.
      keepNoscript: true,
      record: {
        embeds: Object.fromEntries(
          mod.EMBED_PANELS.map((id, i) => [id, Object.keys(embeds[i]?.hashes ?? {})]),
        ),
      },
    }),
  );
  pruneSheets(distDir, sheets);
  return { ms: Math.round(performance.now() - started), hashes: baked.hashes };
}
