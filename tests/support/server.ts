import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** The strict policy from the embed issue; the app must run under it with no violation. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";

export interface StaticServerOptions {
  root?: string;
  /** Serve the build under this sub-path, like '/a/b/'. */
  base?: string;
  csp?: string | false;
  /** Compress text responses with gzip when the client accepts it, as any production server does. */
  gzip?: boolean;
  /** Per-request hook: return true when it answered the request itself. */
  intercept?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
}

/** Answers an intercepted request with a JSON body, uncached (a data file the test wrote); true, as `intercept` returns. */
export function sendJson(res: ServerResponse, body: string): true {
  res
    .writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    .end(body);
  return true;
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A small static server for dist/ on 127.0.0.1 at a free port: the production build as a deployer serves it. */
export async function serveStatic(options: StaticServerOptions = {}): Promise<StaticServer> {
  // YRD_DIST lets parallel work build and test its own copy (vite build --outDir dist-x).
  const root = resolve(options.root ?? process.env.YRD_DIST ?? 'dist');
  const base = options.base ?? '/';
  const csp = options.csp === undefined ? STRICT_CSP : options.csp;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    const rel = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (options.intercept?.(req, res, rel)) return;
    const file = normalize(join(root, rel));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    if (csp && file.endsWith('.html')) headers['Content-Security-Policy'] = csp;
    let body = readFileSync(file);
    if (
      options.gzip &&
      /gzip/.test(String(req.headers['accept-encoding'])) &&
      /\.(html|js|css|json|svg|txt)$/.test(file)
    ) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
