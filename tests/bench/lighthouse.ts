import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The LCP element: its selector and label (Lighthouse's "largest-contentful-paint-element"). */
  lcpElement: string;
}

/** The LCP element's node in a Lighthouse 12 report (a list whose first table holds it). */
function lcpElementOf(lhr: {
  audits: Record<string, { details?: unknown; errorMessage?: string }>;
}): string {
  type Node = { selector?: string; nodeLabel?: string };
  const audit = lhr.audits['largest-contentful-paint-element'];
  // Lighthouse 12.2's TraceElements gatherer fails on Chromium 156's trace ("frame_sequence"):
  // said as it is (the bench's own baked-page rows name the LCP element instead).
  if (audit?.errorMessage) return `unavailable (${audit.errorMessage.slice(0, 90)})`;
  const details = audit?.details as { items?: { items?: { node?: Node }[] }[] } | undefined;
  const node = details?.items?.[0]?.items?.[0]?.node;
  return node ? `${node.selector ?? '?'} "${(node.nodeLabel ?? '').slice(0, 40)}"` : 'none';
}

/**
 * One Lighthouse 12 run through its CLI against Debian's Chromium; scores 0–100. Asynchronous on
 * purpose: the server under test lives in this process and must keep answering.
 */
export async function lighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-lh-'));
  const out = join(dir, 'lh.json');
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const child = spawn(join('node_modules', '.bin', 'lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: findChromium() },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-2000);
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`lighthouse failed (${code}): ${stderr.slice(-800)}`);
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    lcpElement: lcpElementOf(lhr),
  };
}
