// `npm run bench` (or `npm run bench -- --quick`): builds the app and two baselines from the same
// dependencies, then measures bytes, time to charts, filter latency, Lighthouse and the present-mode
// soak in Debian's Chromium on 127.0.0.1. Every figure comes from this run; nothing is cached.
// The load guard (./load.ts) records what other processes took of the machine before the run and over
// each phase, and the report says whether the run was taken on a quiet machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { drawAllCharts } from '../support/charts';
import { launchChromium } from '../support/chromium';
import { launchOldChromium, oldChromium } from '../support/old-chromium';
import { serveStatic } from '../support/server';
import {
  bakedAgainstSaved,
  firstBytes,
  type HoverAnswer,
  hoverAnswerMs,
  saveDrawnPage,
} from './baked';
import { type LighthouseRun, lighthouse } from './lighthouse';
import { BUSY_CORE_PCT, BUSY_LOAD, LoadGuard, type PhaseLoad } from './load';
import {
  assetsLoaded,
  filterLatencies,
  gzipSize,
  median,
  percentile,
  timeToDrawn,
} from './measure';
import { presentSoak } from './soak';

const OUT = 'dist-bench';
const FIRST_FIGURE = '[data-panel][data-status="success"] h2';
const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export interface BenchOptions {
  quick: boolean;
  /** Wait up to this many seconds for a quiet machine before starting (0: do not wait). */
  waitQuiet?: number;
}

interface Row {
  metric: string;
  value: string;
  budget: string;
  verdict: 'pass' | 'falls short' | 'info';
}

async function buildAll() {
  // The module runner that loads this file sets NODE_ENV=development; a benchmark measures production builds.
  process.env.NODE_ENV = 'production';
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error('vite build failed');
  for (const name of ['baseline-echarts', 'baseline-react']) {
    await build({
      configFile: false,
      mode: 'production',
      root: resolve('bench', name),
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: resolve(OUT, name), emptyOutDir: true },
    });
  }
}

export async function runBench({ quick, waitQuiet = 0 }: BenchOptions) {
  const runs = quick ? 3 : 7;
  const changes = quick ? 16 : 60;
  const lhRuns = quick ? 1 : 3;
  const soakTransitions = quick ? 100 : 1000;

  const guard = new LoadGuard();
  let waitedSeconds = 0;
  if (waitQuiet > 0) {
    console.log(`bench: waiting up to ${waitQuiet} s for a quiet machine …`);
    waitedSeconds = await guard.waitQuiet(waitQuiet);
  } else {
    await guard.before(3);
  }
  const started = Date.now(); // the run's seconds leave out the wait for a quiet machine
  // Each phase's figures come with the machine's load over that phase.
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    guard.begin(name);
    try {
      return await fn();
    } finally {
      guard.end();
    }
  };

  console.log(`bench: building the app and the baselines into ${OUT}/ …`);
  await buildAll();
  const server = await serveStatic({ root: OUT, csp: false, gzip: true });
  const browser = await launchChromium();
  const rows: Row[] = [];
  const report: Record<string, unknown> = {
    quick,
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${cpus()[0]?.model ?? ''}`,
    node: process.version,
  };
  const row = (metric: string, value: string, budget = '', pass?: boolean) =>
    rows.push({
      metric,
      value,
      budget,
      verdict: pass === undefined ? 'info' : pass ? 'pass' : 'falls short',
    });

  try {
    // Bytes: what the browser fetched, gzip -9 sizes of the built files.
    console.log('bench: bytes …');
    const sum = (files: string[], root = OUT) => files.reduce((n, f) => n + gzipSize(root, f), 0);
    const embedUrl = `${server.url}embed.html?panel=crime-trend`;
    const { dash, embed } = await phase('bytes', async () => ({
      // Every chart, the ones below the fold too (scrolled into view): the whole dashboard's bytes.
      dash: await assetsLoaded(browser, server.url, FIRST_FIGURE, (page) =>
        drawAllCharts(page, 30_000),
      ),
      embed: await assetsLoaded(browser, embedUrl, FIRST_FIGURE, async (page) => {
        await page.waitForSelector('[data-chart][data-chart-state="finished"]', {
          timeout: 30_000,
        });
      }),
    }));
    // The floor under both budgets, from the same build: what the two baselines load, ECharts with
    // the app's registration drawing one chart (a) and React alone (b). No page of this stack that
    // draws a chart loads less than their sum.
    const floor = await phase('baseline bytes', async () => {
      const baseline = async (name: string) => {
        const files = await assetsLoaded(browser, `${server.url}${name}/`, 'body', (page) =>
          page
            .waitForFunction(() => (window as { __benchDone?: number }).__benchDone !== undefined)
            .then(() => undefined),
        );
        return KB(sum(files.all, join(OUT, name)));
      };
      return {
        echartsKB: await baseline('baseline-echarts'),
        reactKB: await baseline('baseline-react'),
      };
    });
    const bytes = {
      beforeFigureKB: KB(sum(dash.beforeFigure)),
      dashboardKB: KB(sum(dash.all)),
      embedKB: KB(sum(embed.all)),
      floor,
      files: dash,
    };
    report.bytes = bytes;
    row(
      'JS+CSS before the first figure is readable (gzip)',
      `${bytes.beforeFigureKB} KB`,
      '≤ 120 KB',
      bytes.beforeFigureKB <= 120,
    );
    row(
      'JS+CSS of the dashboard (gzip)',
      `${bytes.dashboardKB} KB`,
      '≤ 300 KB',
      bytes.dashboardKB <= 300,
    );
    row(
      'JS+CSS of one embedded panel (gzip)',
      `${bytes.embedKB} KB`,
      '≤ 260 KB',
      bytes.embedKB <= 260,
    );
    row("  baseline (a): ECharts (the app's registration), one chart", `${floor.echartsKB} KB`);
    row('  baseline (b): React alone', `${floor.reactKB} KB`);
    row(
      '  (a) + (b): the least a page of this stack with a chart loads',
      `${Math.round((floor.echartsKB + floor.reactKB) * 10) / 10} KB`,
    );

    // Time to every first-screen chart drawn, against the two baselines, interleaved run by run.
    console.log(`bench: time to charts, ${runs} runs each …`);
    const t = { app: [] as number[], echarts: [] as number[], react: [] as number[] };
    await phase('time to charts', async () => {
      for (let i = 0; i < runs; i++) {
        t.app.push(await timeToDrawn(browser, server.url, 'app'));
        t.echarts.push(await timeToDrawn(browser, `${server.url}baseline-echarts/`, 'baseline'));
        t.react.push(await timeToDrawn(browser, `${server.url}baseline-react/`, 'baseline'));
      }
    });
    const times = {
      appMs: median(t.app),
      oneChartMs: median(t.echarts),
      reactMs: median(t.react),
      runs: t,
    };
    report.timeToCharts = times;
    const ratioChart = times.appMs / times.oneChartMs;
    row(
      'time to all first-screen charts drawn, live or baked (median)',
      `${Math.round(times.appMs)} ms`,
    );
    row('  baseline (a): one ECharts line chart', `${Math.round(times.oneChartMs)} ms`);
    row('  baseline (b): React text, no charts', `${Math.round(times.reactMs)} ms`);
    row('  ratio to baseline (a)', `${ratioChart.toFixed(2)}×`, '≤ 2.0×', ratioChart <= 2);
    row('  ratio to baseline (b)', `${(times.appMs / times.reactMs).toFixed(2)}×`);

    // The baked page against the same page once drawn and saved without its scripts (its floor),
    // 4× CPU at 1366×768: what a reader on an old PC waits for, in current Chromium and in
    // Chromium 86 (the floor; the old-browser tests' build, skipped with a note where it is absent).
    console.log(`bench: the baked page against its saved floor, ${runs} runs each (4× CPU) …`);
    const savedFile = await saveDrawnPage(browser, server.url, OUT);
    const baked = await phase('baked page', () =>
      bakedAgainstSaved(browser, server.url, `${server.url}${savedFile}`, runs),
    );
    const floorPath = oldChromium('86');
    const bakedFloor = floorPath.path
      ? await phase('baked page, Chromium 86', async () => {
          const old = await launchOldChromium('86');
          try {
            return await bakedAgainstSaved(old, server.url, `${server.url}${savedFile}`, runs);
          } finally {
            await old.close();
          }
        })
      : undefined;
    if (!bakedFloor)
      console.log(`bench: no Chromium 86 here (${floorPath.problem}); not timed in it`);
    // A hover on a baked chart, 4× CPU: the reader's first act, and after using the page a while.
    const hover = await phase('hover on a baked chart', async () => {
      const first: HoverAnswer[] = [];
      const used: HoverAnswer[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        first.push(await hoverAnswerMs(browser, server.url, false));
        used.push(await hoverAnswerMs(browser, server.url, true));
      }
      const med = (xs: HoverAnswer[], k: keyof HoverAnswer) => median(xs.map((x) => x[k]));
      return {
        firstMs: med(first, 'answerMs'),
        firstLiveMs: med(first, 'liveMs'),
        usedMs: med(used, 'answerMs'),
        runs: { first, used },
      };
    });
    report.hover = hover;
    const indexHtml = readFileSync(join(OUT, 'index.html'), 'utf8');
    const sheets = [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    const firstKB = KB(firstBytes(OUT, 'index.html', sheets));
    report.baked = { ...baked, firstKB, sheets, chromium86: bakedFloor };
    const ms = (v: number) => `${Math.round(v)} ms`;
    for (const [name, b] of [
      ['current Chromium', baked],
      ['Chromium 86', bakedFloor],
    ] as const) {
      if (!b) continue;
      const ratio = (k: 'headlineMs' | 'firstChartMs' | 'firstScreenMs') => b.app[k] / b.saved[k];
      row(
        `baked page, 4× CPU, ${name}: headline figure (app / saved page)`,
        `${ms(b.app.headlineMs)} / ${ms(b.saved.headlineMs)} = ${ratio('headlineMs').toFixed(2)}×`,
        '≤ 1.5×',
        ratio('headlineMs') <= 1.5,
      );
      row(
        '  first chart readable',
        `${ms(b.app.firstChartMs)} / ${ms(b.saved.firstChartMs)} = ${ratio('firstChartMs').toFixed(2)}×`,
      );
      row(
        '  every first-screen figure and chart readable',
        `${ms(b.app.firstScreenMs)} / ${ms(b.saved.firstScreenMs)} = ${ratio('firstScreenMs').toFixed(2)}×`,
        '≤ 1.3×',
        ratio('firstScreenMs') <= 1.3,
      );
      row('  its largest contentful paint (element)', b.lcpElements.join(' · '));
    }
    row(
      '  HTML + CSS before it (gzip)',
      `${firstKB} KB (${['index.html', ...sheets].join(', ')})`,
      '≤ 60 KB',
      firstKB <= 60,
    );
    row(
      "hover on a baked chart → its tooltip's words, 4× CPU: as the first act / after using the page",
      `${Math.round(hover.firstMs)} ms / ${Math.round(hover.usedMs)} ms`,
      '≤ 200 ms',
      hover.firstMs <= 200 && hover.usedMs <= 200,
    );
    row("  the live chart's own tooltip there, as the first act", ms(hover.firstLiveMs));
    row(
      '  chart engine fetched on a page left alone',
      baked.engineWhileReading ? 'yes' : 'no',
      'no',
      !baked.engineWhileReading,
    );

    // Filter latency on a warm dashboard.
    console.log(`bench: filter latency, ${changes} changes …`);
    const lat = await phase('filter latency', async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await drawAllCharts(page, 30_000);
      const out = await filterLatencies(page, changes);
      await context.close();
      return out;
    });
    const latency = { p50: percentile(lat, 50), p95: percentile(lat, 95), samples: lat.length };
    report.filterLatency = latency;
    row('filter change → charts redrawn, p50', `${latency.p50.toFixed(1)} ms`);
    row(
      'filter change → charts redrawn, p95',
      `${latency.p95.toFixed(1)} ms`,
      '≤ 50 ms',
      latency.p95 <= 50,
    );

    // Lighthouse, mobile (default throttling) and desktop.
    console.log(`bench: Lighthouse, ${lhRuns} run(s) per preset …`);
    const lh: Record<string, LighthouseRun> = {};
    for (const preset of ['mobile', 'desktop'] as const) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < lhRuns; i++)
        all.push(
          await phase(`Lighthouse ${preset} ${i + 1}`, () => lighthouse(server.url, preset)),
        );
      const pick = (k: Exclude<keyof LighthouseRun, 'lcpElement'>) => median(all.map((r) => r[k]));
      lh[preset] = {
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        lcpElement: [...new Set(all.map((r) => r.lcpElement))].join(' · '),
      };
      const r = lh[preset] as LighthouseRun;
      row(
        `Lighthouse ${preset}: performance`,
        String(r.performance),
        preset === 'mobile' ? '≥ 98' : '100',
        r.performance >= (preset === 'mobile' ? 98 : 100),
      );
      row(
        `Lighthouse ${preset}: accessibility`,
        String(r.accessibility),
        '100',
        r.accessibility === 100,
      );
      row(
        `Lighthouse ${preset}: best practices`,
        String(r.bestPractices),
        '100',
        r.bestPractices === 100,
      );
      row(
        `Lighthouse ${preset}: LCP / TBT`,
        `${Math.round(r.lcpMs)} ms / ${Math.round(r.tbtMs)} ms`,
        'TBT ≤ 100 ms',
        r.tbtMs <= 100,
      );
      // Baked content: an element of the page's own HTML (#root), there before any script.
      row(`Lighthouse ${preset}: LCP element`, r.lcpElement);
      row(`Lighthouse ${preset}: CLS`, r.cls.toFixed(3), '0', r.cls === 0);
    }
    report.lighthouse = lh;

    // Present mode for hours, compressed.
    console.log(`bench: present-mode soak, ${soakTransitions} transitions …`);
    const soak = await phase('present soak', () =>
      presentSoak(browser, server.url, soakTransitions),
    );
    report.soak = soak;
    row(
      `present soak: heap growth over ${soak.transitions} transitions`,
      `${soak.growthMB.toFixed(2)} MB (${soak.heapBeforeMB.toFixed(1)} → ${soak.heapAfterMB.toFixed(1)})`,
      '≤ 5 MB',
      soak.growthMB <= 5,
    );
    row(
      'present soak: live chart instances at the end',
      `${soak.liveChartsAfter} (registered ${soak.registeredChartsAfter}; most on one slide ${soak.maxChartsOnOneSlide})`,
      '≤ charts on the slide',
      soak.liveChartsAfter <= soak.maxChartsOnOneSlide &&
        soak.registeredChartsAfter <= soak.liveChartsAfter,
    );
  } finally {
    await browser.close();
    await server.close();
    guard.stop();
  }

  report.rows = rows;
  report.seconds = Math.round((Date.now() - started) / 1000);
  const machine = guard.verdict();
  report.load = {
    verdict: machine,
    quiet: guard.available && guard.phases.every((p) => p.quiet),
    thresholds: { otherProcessesCorePct: BUSY_CORE_PCT, loadBeyondTheBenchAtStart: BUSY_LOAD },
    waitedSeconds,
    phases: guard.phases,
  };
  const md = [
    `| measure | value | budget | verdict |`,
    `|---|---|---|---|`,
    ...rows.map(
      (r) =>
        `| ${r.metric} | ${r.value} | ${r.budget} | ${r.verdict === 'info' ? '' : r.verdict} |`,
    ),
    '',
    `${quick ? 'Quick run' : 'Full run'} on ${report.machine}, Node ${process.version}, ${report.seconds} s${waitedSeconds ? ` (after ${waitedSeconds} s waiting for a quiet machine)` : ''}, ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    '',
    ...loadTable(guard.phases),
  ].join('\n');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2));
  writeFileSync('bench-results/bench.md', `${md}\n`);
  console.log(`\n${md}\n\nWritten: bench-results/bench.json, bench-results/bench.md`);
  if (machine !== 'quiet machine')
    console.log(
      `\nbench: NOT A QUIET RUN (${machine}): the timings and scores may be low; ` +
        'run it again on a quiet machine (npm run bench -- --wait-quiet).',
    );
  return { rows, report };
}

/** The machine's load, a line per phase (see ./load.ts). */
function loadTable(phases: PhaseLoad[]): string[] {
  if (!phases.length) return ['Machine load: not measured (no /proc).'];
  const pct = (x: number) => `${x.toFixed(1)} %`;
  return [
    `Machine load: CPU in % of one core over each phase; a phase is quiet when other processes used`,
    `less than ${BUSY_CORE_PCT} % of a core (and the hypervisor took less than ${BUSY_CORE_PCT} %), and the run`,
    `starts quiet when the 1-minute load beyond the bench's own share is also below ${BUSY_LOAD}.`,
    '',
    '| phase | seconds | load (1 min), start → end | beyond the bench | the bench | other processes | steal | verdict |',
    '|---|---|---|---|---|---|---|---|',
    ...phases.map(
      (p) =>
        `| ${p.phase} | ${p.seconds} | ${p.load1Start.toFixed(2)} → ${p.load1End.toFixed(2)} | ${p.excessLoadStart.toFixed(2)} | ${pct(p.benchCorePct)} | ${pct(p.othersCorePct)} | ${pct(p.stealCorePct)} | ${p.quiet ? 'quiet' : `busy: ${p.reason}`} |`,
    ),
  ];
}
