import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian (and most Linux distributions) put Chromium; CHROME_PATH wins when set. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags that keep headless Chromium quiet on a machine with no network and no GPU, running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingBrowserMessage());
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export function missingBrowserMessage(): string {
  return [
    '',
    '################################################################################',
    '#  NO CHROMIUM FOUND: the browser tests did NOT run.                           #',
    '#  Install it with:  sudo apt-get install -y chromium fonts-noto-cjk           #',
    '#  or point CHROME_PATH at a Chromium/Chrome binary.                          #',
    '#  (With CI=true a missing browser fails the run.)                             #',
    '################################################################################',
    '',
  ].join('\n');
}
