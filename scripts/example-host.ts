// The example host page (examples/intranet.html) served the way an intranet would: the dashboard on
// one origin under the app's strict CSP, the host page on another origin under a strict CSP of its
// own. Used by the browser tests, by scripts/serve-example.mjs and by scripts/embed-shots.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STRICT_CSP, type StaticServer, serveStatic } from '../tests/support/server';

/** The dashboard address written in the example (npm run preview); replaced by the real one when served. */
export const EXAMPLE_APP_URL = 'http://127.0.0.1:4173/';

const EXAMPLES_DIR = resolve(import.meta.dirname, '../examples');

/** The host page's own policy: its files only, plus the dashboard's origin for embed.js and the iframes. */
export function hostCsp(appOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${appOrigin}`,
    `frame-src ${appOrigin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface ExampleServers {
  app: StaticServer;
  host: StaticServer;
  /** The example page on the host origin. */
  pageUrl: string;
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
  const csp = hostCsp(new URL(app.url).origin);
  const host = await serveStatic({
    root: EXAMPLES_DIR,
    csp,
    intercept: (_req, res, path) => {
      const name = path.match(/^([\w-]+)\.html$/)?.[1];
      const file = name && resolve(EXAMPLES_DIR, `${name}.html`);
      if (!file || !existsSync(file)) return false;
      let html = readFileSync(file, 'utf8').replaceAll(EXAMPLE_APP_URL, app.url);
      if (options.transform) html = options.transform(html, path);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp,
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
    close: async () => {
      await host.close();
      await app.close();
    },
  };
}
