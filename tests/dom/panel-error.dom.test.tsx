import { readFileSync } from 'node:fs';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayoutContext } from '../../src/components/panel-context';
import { PanelError } from '../../src/components/panel-state';
import { FETCH_TIMEOUT_MS, fetchDataset } from '../../src/data/load';
import { DatasetError } from '../../src/data/problems';
import { problemText } from '../../src/i18n/problems';
import { DATASETS } from '../../src/modes/panel-registry';
import { realFile, VARIANTS } from '../fixtures/malformed';
import { PANEL_FILES } from '../support/panel-ids';

// What a reader and the site's staff see of a data file that failed, for every malformed variant
// of the suite and every kind of outage: the reader's sentence in the page's language, the details
// behind a disclosure (file, path, problem, in that language) and in the console, and a retry only
// where one can help.

const ARTICLE = readFileSync('data/article.txt', 'utf8');

/** The error the real loader throws for this answer of the server. */
async function loaderError(
  file: string,
  answer: (signal: AbortSignal | undefined) => Promise<Response>,
): Promise<DatasetError> {
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith('article.txt')
      ? Promise.resolve(new Response(ARTICLE))
      : answer(init?.signal ?? undefined),
  );
  const schema = DATASETS[file];
  if (!schema) throw new Error(`${file} is no panel's data file`);
  const error = await fetchDataset(file, schema).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError)) throw new Error(`no DatasetError for ${file}: ${error}`);
  return error;
}

const READER = {
  content: {
    zh: '此图表的数据无法读取。其他图表不受影响。请告知本网站的管理员,以便修正数据。',
    en: "This chart's data could not be read.The other charts are not affected. Please tell the site's administrator, so that the data can be fixed.",
  },
  fetch: {
    zh: '此图表的数据暂时无法获取。其他图表不受影响。请稍后重试;如仍无法显示,请告知本网站的管理员。',
    en: "This chart's data could not be loaded just now.The other charts are not affected. Try again in a moment; if it still fails, please tell the site's administrator.",
  },
} as const;
const SUMMARY = { zh: '技术细节(供网站管理员)', en: "Details for the site's administrator" };
const RETRY = { zh: '重试', en: 'Retry' };

/** Runs of English words left once quoted values are taken out. */
const englishLeft = (text: string) =>
  text.replace(/"[^"]*"/g, '').match(/[A-Za-z]{2,}(?: [A-Za-z]{2,})+/g) ?? [];

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Renders the error as a panel shows it; returns its parts once the page's words are in. */
async function shown(error: DatasetError, lang: 'zh' | 'en') {
  const onRetry = vi.fn();
  const { container } = render(<PanelError error={error} lang={lang} onRetry={onRetry} />);
  const alert = container.querySelector('[role="alert"]') as HTMLElement;
  await waitFor(() =>
    expect(alert.querySelector(`.problems[data-words="${lang}"]`)).not.toBeNull(),
  );
  const details = alert.querySelector('details') as HTMLDetailsElement;
  const retry = [...alert.querySelectorAll('button')].filter((b) => b.textContent === RETRY[lang]);
  return {
    reader: alert.querySelector('.error-reader')?.textContent ?? '',
    details,
    detailsText: details?.textContent ?? '',
    retry,
    onRetry,
  };
}

describe.each(['zh', 'en'] as const)('a malformed data file, on the %s page', (lang) => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const error = await loaderError(
      variant.file,
      async () => new Response(variant.make(realFile(variant.file))),
    );
    const problem = error.problems.find(
      (p) => p.path === variant.path && variant.message.test(p.message),
    );
    expect(problem, JSON.stringify(error.problems).slice(0, 400)).toBeDefined();
    const said = problemText(problem?.message ?? '', lang);
    const { reader, details, detailsText, retry } = await shown(error, lang);

    // The reader: one sentence in the page's language, no file, path or problem.
    expect(reader).toBe(READER.content[lang]);
    // The details: closed until asked for, with the file, the path and the problem in the page's words.
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(SUMMARY[lang]);
    expect(detailsText).toContain(`data/${variant.file}`);
    expect(detailsText).toContain(`${variant.path ? `${variant.path}: ` : ''}${said}`);
    expect(detailsText).toContain('npm run check-data');
    if (lang === 'zh') {
      expect(said).not.toBe(problem?.message);
      expect(englishLeft(said)).toEqual([]);
      expect(detailsText).not.toMatch(/Unexpected|Unterminated|position \d/);
    } else expect(said).toMatch(variant.message);
    // No retry: the same file would arrive just as wrong.
    expect(retry).toEqual([]);
    // The console has every problem, in the page's words (logged by an effect once the words are in).
    await vi.waitFor(() => expect(consoleError).toHaveBeenCalledTimes(1));
    const logged = String(consoleError.mock.calls[0]?.[0]);
    expect(logged).toContain(`data/${variant.file}`);
    expect(logged).toContain(said);
  });
});

/** The n-th panel's data file (round the registry's list): an outage is the same for any file. */
const fileNo = (n: number) => PANEL_FILES[n % PANEL_FILES.length] as string;

/** The four outages, as the loader meets them. */
const OUTAGES: [string, () => Promise<DatasetError>, RegExp, string][] = [
  [
    '404',
    () =>
      loaderError(
        fileNo(0),
        async () => new Response('<h1>404</h1>', { status: 404, statusText: 'Not Found' }),
      ),
    /^the server answered 404 Not Found$/,
    '服务器返回 404 Not Found',
  ],
  [
    '500',
    () =>
      loaderError(
        fileNo(1),
        async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      ),
    /^the server answered 500 Internal Server Error$/,
    '服务器返回 500 Internal Server Error',
  ],
  [
    'connection refused',
    () => loaderError(fileNo(2), () => Promise.reject(new TypeError('Failed to fetch'))),
    /^the file could not be fetched; is the server reachable\?$/,
    '无法取得该文件;服务器能否访问?',
  ],
  [
    'no answer',
    async () => {
      vi.useFakeTimers();
      const pending = loaderError(
        fileNo(3),
        (signal) =>
          new Promise((_ok, fail) =>
            signal?.addEventListener('abort', () =>
              fail(new DOMException('aborted', 'AbortError')),
            ),
          ),
      );
      await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS + 1);
      vi.useRealTimers();
      return pending;
    },
    /^the server did not answer within 15 s$/,
    '服务器在 15 秒内没有响应',
  ],
];

describe.each(['zh', 'en'] as const)('an outage, on the %s page', (lang) => {
  it.each(OUTAGES)('%s', async (_name, make, english, chinese) => {
    const error = await make();
    expect(error.kind).toBe('fetch');
    expect(error.problems.map((p) => p.message)).toEqual([expect.stringMatching(english)]);
    const { reader, details, detailsText, retry, onRetry } = await shown(error, lang);
    expect(reader).toBe(READER.fetch[lang]);
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(SUMMARY[lang]);
    expect(detailsText).toContain(`data/${error.file}`);
    if (lang === 'zh') {
      expect(detailsText).toContain(chinese);
      expect(detailsText).not.toMatch(english);
      expect(detailsText).not.toMatch(/Failed to fetch/);
    } else expect(detailsText).toMatch(new RegExp(english.source.slice(1, -1)));
    // Retrying can help here: the button is there, and asks again.
    expect(retry).toHaveLength(1);
    fireEvent.click(retry[0] as HTMLButtonElement);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain(`data/${error.file}`);
  });
});

describe('where the panel stands alone', () => {
  it('an embed (one chart) does not speak of the other charts', async () => {
    const error = new DatasetError('crime.json', [{ path: '', message: 'the file is empty' }]);
    const { container } = render(
      <LayoutContext.Provider value="embed">
        <PanelError error={error} lang="zh" />
      </LayoutContext.Provider>,
    );
    expect(container.querySelector('.error-reader')?.textContent).toBe(
      '此图表的数据无法读取。请告知本网站的管理员,以便修正数据。',
    );
  });

  it('the console has the parser’s own words for a broken JSON file; the page does not', async () => {
    const error = await loaderError(fileNo(0), async () => new Response('{"dataset": "cri'));
    const { detailsText } = await shown(error, 'zh');
    expect(detailsText).toContain('文件不是有效的 JSON:在第 1 行第 17 列处中断');
    expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/\(JSON\.parse: .+\)/);
  });
});
