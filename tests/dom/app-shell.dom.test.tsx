import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { replaceView, uiStore } from '../../src/filters/store';
import { PANEL_IDS } from '../support/panel-ids';

// DOM tests (jsdom): the shell, its states and its controls, with fetch answered from data/.
function serveData(overrides: Record<string, () => Response> = {}) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const file = url.slice(url.lastIndexOf('/') + 1);
    if (overrides[file]) return overrides[file]();
    return new Response(readFileSync(`data/${file}`, 'utf8'), { status: 200 });
  });
}

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

describe('the app shell (DOM)', () => {
  beforeEach(() => replaceView(DEFAULT_VIEW));
  afterEach(() => vi.unstubAllGlobals());

  it('shows every panel frame loading, then the header in Chinese', async () => {
    vi.stubGlobal('fetch', serveData());
    const { container } = renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('长三角警务数据看板');
    expect(screen.getByText('数据截至2020年6月')).toBeInTheDocument();
    expect(
      [...container.querySelectorAll('[data-panel]')].map((p) => p.getAttribute('data-panel')),
    ).toEqual(PANEL_IDS);
    expect(container.querySelectorAll('[data-status="pending"]').length).toBeGreaterThan(0);
    // Generous: every dataset is validated against the article on a busy 2-core machine.
    await vi.waitFor(
      () => expect(container.querySelectorAll('[data-status="pending"]')).toHaveLength(0),
      { timeout: 5_000 },
    );
  });

  it('retries a server error a bounded number of times, then shows it in the affected panel with a retry button', async () => {
    const fetchMock = serveData({
      'crime.json': () =>
        new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
    });
    vi.stubGlobal('fetch', fetchMock);
    // The details go to the console too (for the site's staff), once the page's words are in.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = renderApp();
    await vi.waitFor(
      () =>
        expect(
          container.querySelector('[data-panel="crime-trend"]')?.getAttribute('data-status'),
        ).toBe('error'),
      { timeout: 10_000 },
    );
    // The first try and two retries; a malformed file (content error) is not retried at all.
    expect(fetchMock.mock.calls.filter(([u]) => String(u).endsWith('crime.json'))).toHaveLength(3);
    const panel = container.querySelector('[data-panel="crime-trend"]') as HTMLElement;
    // In Chinese once the page's problem words have arrived (a chunk of their own).
    await vi.waitFor(() =>
      expect(within(panel).getByRole('alert').textContent).toContain(
        '服务器返回 500 Internal Server Error',
      ),
    );
    expect(within(panel).getByRole('button', { name: '重试' })).toBeInTheDocument();
    // Logged by an effect once the words are in: after the render that shows them.
    await vi.waitFor(() =>
      expect(consoleError).toHaveBeenCalledWith(
        '数据文件无法获取: data/crime.json\n  服务器返回 500 Internal Server Error',
      ),
    );
    consoleError.mockRestore();
    await vi.waitFor(() =>
      // Every other panel draws.
      expect(container.querySelectorAll('[data-status="success"]')).toHaveLength(
        PANEL_IDS.length - 1,
      ),
    );
  }, 15_000);

  it('a year range without the peak: the crime notes claim no dashed line and no decline', async () => {
    vi.stubGlobal('fetch', serveData());
    replaceView({ ...DEFAULT_VIEW, lang: 'en', from: 2011 });
    const { container } = renderApp();
    const panel = () => container.querySelector('[data-panel="crime-trend"]') as HTMLElement;
    await vi.waitFor(() => expect(panel().getAttribute('data-status')).toBe('success'), {
      timeout: 5_000,
    });
    const text = panel().textContent ?? '';
    expect(text).toContain('Only the years the article reports are drawn.');
    expect(text).not.toMatch(/dashed line|Declines are computed|peak/);
  });

  it('switches language and theme through the header buttons', async () => {
    vi.stubGlobal('fetch', serveData());
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('YRD Policing Dashboard');
    expect(uiStore.getState().view.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect(uiStore.getState().view.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('sets and clears filters from the filter bar', async () => {
    vi.stubGlobal('fetch', serveData());
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '命积案侦破' }));
    await user.click(screen.getByRole('button', { name: '安徽' }));
    expect(uiStore.getState().view).toMatchObject({
      categories: ['cold-cases'],
      regions: ['anhui'],
    });
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(uiStore.getState().view).toMatchObject({ categories: [], regions: [] });
  });
});
