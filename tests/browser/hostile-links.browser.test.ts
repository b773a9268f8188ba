import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type HostileLink, hostileLinks, judgeLink, prng } from '../fixtures/hostile-links';
import {
  chartsDrawn,
  describeBrowser,
  type OpenedPage,
  panelsSettled,
  useApp,
} from '../support/browser-env';
import { PANEL_IDS } from '../support/panel-ids';

/**
 * Hostile links in the built app. The walk visits the links in one page (history.pushState +
 * popstate, which the app re-reads): a random sample of 60 by default (the seed is printed; set
 * HOSTILE_SEED to repeat it), all of them when CI=true. Then six links as real navigations,
 * under the strict CSP: two in present mode, one in the presenter console, one in the embed.
 */
const LINKS = hostileLinks();
const ALL = process.env.CI === 'true';
const SEED = process.env.HOSTILE_SEED
  ? Number(process.env.HOSTILE_SEED)
  : Math.floor(Math.random() * 2 ** 31);
const SAMPLE_SIZE = 60;

function sample(links: HostileLink[], n: number, seed: number): HostileLink[] {
  const rand = prng(seed);
  const copy = [...links];
  for (let i = 0; i < Math.min(n, copy.length); i++) {
    const j = i + Math.floor(rand() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as HostileLink, copy[i] as HostileLink];
  }
  return copy.slice(0, n);
}

const WALK = ALL ? LINKS : sample(LINKS, SAMPLE_SIZE, SEED);
console.log(
  ALL
    ? `hostile links: walking all ${LINKS.length} (CI=true)`
    : `hostile links: walking ${SAMPLE_SIZE} of ${LINKS.length}, seed ${SEED} (repeat with HOSTILE_SEED=${SEED})`,
);

/** The keys the dashboard does not read (the embed's): a wrong one there is not the dashboard's to report. */
const EMBED_ONLY = new Set(['panel', 'actions']);

/** What a page shows after a link: the things a payload could have made, the notice, the panels. */
interface Seen {
  search: string;
  pwned: unknown;
  /** Elements a payload could create: img[src=x], inline handlers, frames, javascript: links… */
  hostile: string[];
  scripts: string[];
  present: boolean;
  /** In present mode: the projector or the presenter console (`console=1`). */
  role: string | null;
  notice: string | null;
  /** The notice's own words: its text without the code that quotes the link and the table's spellings. */
  noticeWords: string | null;
  /** The page's language (`zh-CN` or `en`). */
  lang: string;
  panels: { id: string | null; status: string | null; alert: boolean }[];
  slide: string | null;
}

/** Reads the page (runs inside it). */
function inspect(): Seen {
  const hostile = [
    ...document.querySelectorAll(
      [
        'img[src="x"]',
        '[onerror]',
        '[onload]',
        'iframe',
        'object',
        'embed',
        'a[href^="javascript:" i]',
        'a[href^="data:" i]',
        'svg[onload]',
        'foreignObject',
      ].join(','),
    ),
  ].map((e) => e.outerHTML.slice(0, 120));
  return {
    search: location.search,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    hostile,
    scripts: [...document.querySelectorAll('script')].map(
      (s) => s.getAttribute('src') ?? `inline ${s.type}: ${(s.textContent ?? '').slice(0, 60)}`,
    ),
    present: document.querySelector('[data-mode="present"]') !== null,
    role: document.querySelector('[data-mode="present"]')?.getAttribute('data-role') ?? null,
    notice: document.querySelector('[data-notice="url"]')?.textContent ?? null,
    noticeWords: (() => {
      const notice = document.querySelector('[data-notice="url"]')?.cloneNode(true);
      if (!(notice instanceof Element)) return null;
      for (const code of notice.querySelectorAll('code')) code.remove();
      return notice.textContent;
    })(),
    lang: document.documentElement.lang,
    panels: [...document.querySelectorAll('[data-panel]')].map((p) => ({
      id: p.getAttribute('data-panel'),
      status: p.getAttribute('data-status'),
      alert: p.querySelector('[role="alert"]') !== null,
    })),
    slide: document.querySelector('[data-slide]')?.getAttribute('data-slide') ?? null,
  };
}

/** What is wrong with the page after a link (empty when all is well). */
function problemsOf(
  seen: Seen,
  initialScripts: string[],
  { embed = false }: { embed?: boolean } = {},
): string[] {
  const embedOnly = embed ? new Set(['panel']) : EMBED_ONLY;
  const p: string[] = [];
  if (seen.pwned !== undefined) p.push(`window.__pwned = ${String(seen.pwned)}`);
  if (seen.hostile.length > 0) p.push(`payload elements: ${seen.hostile.join(' ')}`);
  const extra = seen.scripts.filter((s) => !initialScripts.includes(s));
  if (extra.length > 0) p.push(`scripts not from the app: ${extra.join(' ')}`);
  const { mustName, startAfterEnd, unknownIds } = judgeLink(seen.search);
  const reportable = [
    ...mustName.filter((k) => !embedOnly.has(k)),
    // An unknown event id or slide name is named once the page knows (the data, the slides).
    ...unknownIds.filter((k) => !(embed && k === 'slide')),
  ];
  if (startAfterEnd) reportable.push('from');
  if (reportable.length > 0) {
    if (seen.notice === null)
      p.push(
        `no notice${seen.present ? ' (present mode)' : ''} for ${reportable.map((k) => k.slice(0, 30)).join(', ')}`,
      );
    else
      for (const k of reportable)
        if (!(k === 'from' && startAfterEnd) && !seen.notice.includes(`${k.slice(0, 40)}=`))
          p.push(`the notice does not name "${k.slice(0, 40)}"`);
  } else if (seen.notice !== null) p.push(`a notice for a link with nothing wrong: ${seen.notice}`);
  // The notice speaks the page's language (the default one when `lang` was the bad value).
  const foreign = seen.lang === 'en' ? /\p{Script=Han}+/u : /[A-Za-z][A-Za-z ]*/;
  const word = seen.noticeWords?.match(foreign);
  if (word) p.push(`the ${seen.lang} notice says "${word[0]}"`);
  if (seen.present) {
    if (seen.slide === null) p.push('present mode shows no slide');
  } else if (seen.panels.length !== (embed ? 1 : PANEL_IDS.length))
    p.push(`${seen.panels.length} panels shown`);
  for (const panel of seen.panels)
    if (panel.status !== 'success' || panel.alert)
      p.push(`panel ${panel.id} is ${panel.status}${panel.alert ? ' with an alert' : ''}`);
  return p;
}

/**
 * Puts a link in the address bar as back/forward would, and waits for React to commit: present
 * mode (a lazily loaded chunk) shows a slide, or the dashboard its panels; then two more frames.
 */
async function walkTo(page: Page, query: string): Promise<Seen> {
  await page.evaluate(async (q) => {
    history.pushState(null, '', `${location.pathname}${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
    const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    await frame();
    const shown = () =>
      document.querySelector('[data-mode="present"]')
        ? document.querySelector('[data-slide]') !== null
        : document.querySelectorAll('[data-panel]').length > 0;
    const until = performance.now() + 5000;
    while (!shown() && performance.now() < until) await frame();
    await frame();
    await frame();
  }, query);
  return page.evaluate(inspect);
}

function expectClean(opened: OpenedPage) {
  expect({
    pageErrors: opened.pageErrors,
    consoleErrors: opened.consoleErrors,
    foreignRequests: opened.foreignRequests,
  }).toEqual({ pageErrors: [], consoleErrors: [], foreignRequests: [] });
}

describeBrowser(`${WALK.length} hostile links walked in one page (back/forward navigation)`, () => {
  // No CSP here: the app itself must not turn link text into markup, whatever the server's policy.
  // (Under the strict CSP an injected handler would be blocked and only show as a violation.)
  const app = useApp({ csp: false });

  it(
    'no script runs, no payload element appears, every broken key is named, the panels stay up',
    async () => {
      const opened = await app.open();
      const { page, context, pageErrors, consoleErrors } = opened;
      await panelsSettled(page);
      await chartsDrawn(page);
      const initialScripts = (await page.evaluate(inspect)).scripts;
      // Each problem once, with how many links showed it and the first of them.
      const problems = new Map<string, { links: number; first: string }>();
      for (const { query, kind } of WALK) {
        const errorsBefore = pageErrors.length + consoleErrors.length;
        const seen = await walkTo(page, query);
        const found = problemsOf(seen, initialScripts);
        if (pageErrors.length + consoleErrors.length > errorsBefore)
          found.push(
            `errors: ${[...pageErrors, ...consoleErrors].slice(errorsBefore).join(' | ')}`,
          );
        for (const f of found) {
          const p = problems.get(f.slice(0, 200)) ?? {
            links: 0,
            first: `[${kind}] ${query.slice(0, 100)}`,
          };
          p.links += 1;
          problems.set(f.slice(0, 200), p);
        }
      }
      // Back to a clean link: the dashboard draws again with no notice.
      const clean = await walkTo(page, '');
      await panelsSettled(page);
      await chartsDrawn(page);
      expect(problemsOf(await page.evaluate(inspect), initialScripts)).toEqual([]);
      expect(clean.notice).toBeNull();
      expect(
        [...problems].map(([p, { links, first }]) => `${p} (${links} links, e.g. ${first})`),
      ).toEqual([]);
      expectClean(opened);
      await context.close();
    },
    ALL ? 900_000 : 120_000,
  );
});

/** The window's role in present mode, by the kind of link. */
const ROLES = { dashboard: null, embed: null, present: 'projector', console: 'console' } as const;

describeBrowser('six hostile links opened as real navigations (strict CSP)', () => {
  const app = useApp();
  /** A link of the generator, by its kind. */
  const link = (kind: string) => {
    const found = LINKS.find((l) => l.kind === kind);
    if (!found) throw new Error(`no hostile link of kind "${kind}"`);
    return found.query;
  };

  it.each([
    ['a script payload as the language', link('lang: script payload'), 'dashboard'],
    [
      'a 10 kB value, a reversed year range, prototype keys and encoding tricks',
      link('a 10 kB value, a reversed range, prototype keys and encoding tricks'),
      'dashboard',
    ],
    ['present mode with a payload slide', link('present with a payload slide'), 'present'],
    ['present mode with a payload interval', link('present with a payload interval'), 'present'],
    [
      'the presenter console with payloads in its keys',
      link('the console with payloads in its keys'),
      'console',
    ],
    [
      'the embed with payloads in its view keys',
      `embed.html?panel=timeline&${link('start after end, with a payload').slice(1)}&${link('lang: script payload').slice(1)}`,
      'embed',
    ],
  ] as const)('%s', async (_name, path, mode) => {
    const opened = await app.open(path);
    const { page, context, cspViolations } = opened;
    if (mode === 'present' || mode === 'console') {
      // A slide name that is not one opens the title slide (no panel, no chart on it).
      await page.waitForSelector('[data-slide]');
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      // The console's next slide (after the title) is the crime trend's, drawn small.
      if (mode === 'console') await panelsSettled(page);
    } else {
      if (mode === 'embed') await page.waitForSelector('[data-embed="timeline"] [data-panel]');
      await panelsSettled(page);
    }
    const seen = await page.evaluate(inspect);
    // The app's own scripts: the entry modules under assets/ (or floor/assets/), and the classic
    // script that chooses between them (public/browser-check.js).
    const initialScripts = seen.scripts.filter((s) =>
      /(^|\/)(assets\/[\w.-]+|browser-check)\.js$/.test(s),
    );
    expect(problemsOf(seen, initialScripts, { embed: mode === 'embed' })).toEqual([]);
    // A link opens the view it names, and nothing else: no second window.
    expect(seen.role).toBe(ROLES[mode]);
    expect(context.pages()).toHaveLength(1);
    // A markup payload the notice quotes stands in it as text.
    const params = new URLSearchParams(seen.search);
    const quoted = [...judgeLink(seen.search).unusable]
      .map((k) => params.get(k) ?? '')
      .filter((v) => v.includes('<') && v.length <= 40);
    if (mode !== 'present' && quoted.length > 0) expect(seen.notice).toContain(quoted[0]);
    expect(cspViolations).toEqual([]);
    expectClean(opened);
    await context.close();
  });
});
