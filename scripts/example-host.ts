// The example host pages (examples/intranet.html, and examples/cms-stripped.html: the same kind of
// page after a CMS stripped data-* and rewrote the iframes) served the way an intranet would: the
// dashboard on one origin under the app's strict CSP, the host pages on another origin under a
// strict CSP of their own. Used by the browser tests, by scripts/serve-example.mjs and by
// scripts/embed-shots.mjs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STRICT_CSP, type StaticServer, serveStatic } from '../tests/support/server';

/** The dashboard address written in the example (npm run preview); replaced by the real one when served. */
export const EXAMPLE_APP_URL = 'http://127.0.0.1:4173/';

const EXAMPLES_DIR = resolve(import.meta.dirname, '../examples');

/**
 * The host page's own policy: its files only, plus the dashboard's origin for embed.js and the
 * iframes. `styleAttributes`: inline style attributes the page has (a CMS writes `style="width:100%"`),
 * allowed by their hash and nothing else ('unsafe-hashes'); none by default.
 */
export function hostCsp(appOrigin: string, styleAttributes: string[] = []): string {
  const hashes = [...new Set(styleAttributes)].map(
    (value) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${appOrigin}`,
    `frame-src ${appOrigin}`,
    hashes.length ? `style-src 'self' 'unsafe-hashes' ${hashes.join(' ')}` : "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The example pages in examples/, by file name without .html. */
export type ExamplePage = 'intranet' | 'cms-stripped';

/** The `style="…"` attribute values in a page (written without character references). */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
}

export interface ExampleServers {
  app: StaticServer;
  host: StaticServer;
  /** The example page examples/intranet.html on the host origin. */
  pageUrl: string;
  /** Any example page on the host origin (pageUrl is urlOf('intranet')). */
  urlOf(page: ExamplePage): string;
  close(): Promise<void>;
}

export async function startExample(
  options: {
    /** The build to serve (default: YRD_DIST or dist). */
    dist?: string;
    /** A change to an example page before it is sent (tests: a page without the host script). */
    transform?: (html: string, file: string) => string;
  } = {},
): Promise<ExampleServers> {
  const app = await serveStatic({ root: options.dist, csp: STRICT_CSP });
  const appOrigin = new URL(app.url).origin;
  const csp = hostCsp(appOrigin);
  const host = await serveStatic({
    root: EXAMPLES_DIR,
    csp,
    intercept: (_req, res, path) => {
      const name = path.match(/^([\w-]+)\.html$/)?.[1];
      const file = name && resolve(EXAMPLES_DIR, `${name}.html`);
      if (!file || !existsSync(file)) return false;
      const written = readFileSync(file, 'utf8');
      // The policy allows the style attributes the page is written with, not ones a transform adds.
      const pageCsp = hostCsp(appOrigin, styleAttributes(written));
      let html = written.replaceAll(EXAMPLE_APP_URL, app.url);
      if (options.transform) html = options.transform(html, path);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': pageCsp,
        'Cache-Control': 'no-store',
      });
      res.end(html);
      return true;
    },
  });
  return {
    app,
    host,
    pageUrl: `${host.url}intranet.html`,
    urlOf: (page) => `${host.url}${page}.html`,
    close: async () => {
      await host.close();
      await app.close();
    },
  };
}
