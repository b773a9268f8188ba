// Old Chromium kernels for the browser-floor tests (tests/old): 86 and 109, as they ship inside two
// npm devDependencies. Each is unpacked once into node_modules/.cache/yrd-old-chromium/<version>/
// and reused after that. Both packages unpack into os.tmpdir(), so the unpacking runs in a child
// process with TMPDIR pointing at a fresh folder, which is renamed into place when it is complete:
// a folder under the cache is either absent or whole. A lock folder keeps two test workers from
// unpacking the same version at once.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

export type OldVersion = '86' | '109';
export const OLD_VERSIONS: OldVersion[] = ['86', '109'];

interface Source {
  /** The npm package (an exact devDependency) that carries the binary. */
  pkg: string;
  /** The version the browser reports, as a prefix. */
  reports: string;
  /** Node code, run with TMPDIR set, that unpacks the binary and prints its path. */
  script: string;
  env: Record<string, string>;
}

const SOURCES: Record<OldVersion, Source> = {
  '86': {
    pkg: 'chrome-aws-lambda',
    reports: '86.0.4240',
    script: "require('chrome-aws-lambda').executablePath.then((p) => console.log(p))",
    // chrome-aws-lambda returns null unless it believes it runs on Lambda.
    env: { AWS_LAMBDA_FUNCTION_NAME: 'yrd-old-chromium' },
  },
  '109': {
    pkg: '@sparticuz/chromium',
    reports: '109.0.5412',
    script:
      "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => console.log(p))",
    env: {},
  },
};

/** YRD_OLD_CHROMIUM_CACHE moves the cache (to try a fresh unpack without touching the shared one). */
export const OLD_CHROMIUM_CACHE = resolve(
  process.env.YRD_OLD_CHROMIUM_CACHE ?? 'node_modules/.cache/yrd-old-chromium',
);

/** Written into a version's folder once its binary is known to be whole: `{ size }` of `chromium`. */
const MARKER = '.yrd-unpacked.json';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function markedWhole(dir: string): boolean {
  const exe = join(dir, 'chromium');
  if (!isExecutable(exe)) return false;
  try {
    const { size } = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { size: number };
    return size === statSync(exe).size;
  } catch {
    return false;
  }
}

function packageDir(version: OldVersion): string {
  const require = createRequire(resolve('package.json'));
  return dirname(require.resolve(`${SOURCES[version].pkg}/package.json`));
}

/**
 * A folder unpacked by hand (or by an older copy of this file) has no marker: its binary counts as
 * whole when it is exactly as long as the package's compressed binary unpacks to (about 1 s).
 */
function adoptUnmarked(version: OldVersion, dir: string): boolean {
  const exe = join(dir, 'chromium');
  if (!isExecutable(exe)) return false;
  const packed = join(packageDir(version), 'bin', 'chromium.br');
  const size = brotliDecompressSync(readFileSync(packed)).length;
  if (size !== statSync(exe).size) return false;
  writeFileSync(join(dir, MARKER), JSON.stringify({ size }));
  return true;
}

function unpackInto(version: OldVersion, tmp: string): void {
  const source = SOURCES[version];
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const run = spawnSync(process.execPath, ['-e', source.script], {
    encoding: 'utf8',
    timeout: 120_000,
    cwd: resolve('.'),
    env: { ...process.env, ...source.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
  });
  const printed = run.stdout.trim();
  if (run.status !== 0 || !printed)
    throw new Error(
      `unpacking Chromium ${version} from ${source.pkg} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
  if (resolve(printed) !== join(tmp, 'chromium')) {
    const tmpChromium = printed === '/tmp/chromium' && existsSync('/tmp/chromium');
    throw new Error(
      `${source.pkg} returned ${printed}, not ${join(tmp, 'chromium')}.` +
        (tmpChromium
          ? ' It returns /tmp/chromium whenever that file exists, whatever TMPDIR says: move /tmp/chromium away (it may be another version) and run again.'
          : ''),
    );
  }
  const exe = join(tmp, 'chromium');
  if (!isExecutable(exe)) throw new Error(`${exe} was unpacked but is not an executable file`);
  writeFileSync(join(tmp, MARKER), JSON.stringify({ size: statSync(exe).size }));
}

/** Takes the version's lock folder (waiting for another worker that holds it); returns the release. */
function lock(version: OldVersion): () => void {
  const dir = join(OLD_CHROMIUM_CACHE, `${version}.lock`);
  const deadline = Date.now() + 180_000;
  mkdirSync(OLD_CHROMIUM_CACHE, { recursive: true });
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // A lock left by a process that died is taken over.
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {}
    let alive = true;
    if (Number.isInteger(holder) && holder > 0)
      try {
        process.kill(holder, 0);
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    const age = existsSync(dir) ? Date.now() - statSync(dir).mtimeMs : 0;
    if (!alive || age > 150_000) rmSync(dir, { recursive: true, force: true });
    else if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${dir} (held by pid ${holder})`);
    else sleep(200);
  }
}

const found = new Map<OldVersion, { path?: string; problem?: string }>();

/**
 * The path of the version's binary, unpacking it first when it is not in the cache; or the reason
 * it cannot be had (package missing, unpacking failed).
 */
export function oldChromium(version: OldVersion): { path?: string; problem?: string } {
  const known = found.get(version);
  if (known) return known;
  const dir = join(OLD_CHROMIUM_CACHE, version);
  let result: { path?: string; problem?: string };
  try {
    packageDir(version);
    if (!markedWhole(dir)) {
      const release = lock(version);
      try {
        // Holding the lock, any other temporary folder of this version was left by a dead process.
        for (const f of readdirSync(OLD_CHROMIUM_CACHE))
          if (f.startsWith(`${version}.tmp-`) || f.startsWith(`${version}.stale-`))
            rmSync(join(OLD_CHROMIUM_CACHE, f), { recursive: true, force: true });
        if (!markedWhole(dir) && !adoptUnmarked(version, dir)) {
          const tmp = join(OLD_CHROMIUM_CACHE, `${version}.tmp-${process.pid}`);
          unpackInto(version, tmp);
          if (existsSync(dir)) {
            const stale = join(OLD_CHROMIUM_CACHE, `${version}.stale-${process.pid}`);
            renameSync(dir, stale);
            rmSync(stale, { recursive: true, force: true });
          }
          renameSync(tmp, dir);
        }
      } finally {
        release();
      }
    }
    result = { path: join(dir, 'chromium') };
  } catch (e) {
    result = { problem: e instanceof Error ? e.message : String(e) };
  }
  found.set(version, result);
  return result;
}

/**
 * Flags measured to work with both binaries. Not --single-process: with it the browser dies when a
 * second context is created; without it several contexts work side by side.
 */
export const OLD_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-zygote',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--font-render-hinting=none',
];

export async function launchOldChromium(version: OldVersion): Promise<Browser> {
  const { path, problem } = oldChromium(version);
  if (!path) throw new Error(problem);
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: OLD_CHROMIUM_ARGS,
  });
  const reported = browser.version();
  if (!reported.startsWith(SOURCES[version].reports)) {
    await browser.close();
    throw new Error(`${path} reports Chromium ${reported}, expected ${SOURCES[version].reports}`);
  }
  return browser;
}

export function missingOldBrowserMessage(version: OldVersion, problem: string): string {
  const line = (s: string) => `#  ${s.padEnd(76)}#`;
  return [
    '',
    '#'.repeat(80),
    line(`NO CHROMIUM ${version}: the old-browser tests for it did NOT run.`),
    line(`It comes unpacked from the devDependency ${SOURCES[version].pkg}:`),
    line('run `npm ci`, then `npm run test:old`.'),
    line('(With CI=true a missing old browser fails the run.)'),
    '#'.repeat(80),
    problem,
    '',
  ].join('\n');
}

/**
 * The version's binary, or undefined after a loud banner; with CI=true a missing or unpackable
 * old browser throws (the run fails), as the Debian Chromium does in tests/support/browser-env.ts.
 */
export function requireOldChromium(version: OldVersion): string | undefined {
  const { path, problem } = oldChromium(version);
  if (path) return path;
  console.error(missingOldBrowserMessage(version, problem ?? ''));
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true and no Chromium ${version}: the old-browser tests must run in CI.\n${problem}`,
    );
  return undefined;
}
