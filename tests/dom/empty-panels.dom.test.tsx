import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_VIEW } from '../../src/filters/filters';
import { replaceView } from '../../src/filters/store';

// DOM test (jsdom): the rule every panel follows when the filters leave it nothing to show.
describe('a panel the filters empty (DOM)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    replaceView(DEFAULT_VIEW);
  });

  it('offers no table, CSV or image of nothing, whichever panel it is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input);
        return new Response(readFileSync(`data/${url.slice(url.lastIndexOf('/') + 1)}`, 'utf8'));
      }),
    );
    // Jiangxi: no crime figures, no governance results, no projects there.
    replaceView({ ...DEFAULT_VIEW, regions: ['jiangxi'] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container } = render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    );
    const emptied = () =>
      [...container.querySelectorAll('[data-panel]')].filter((p) =>
        p.querySelector('.panel-empty'),
      );
    await vi.waitFor(
      () =>
        expect(emptied().map((p) => p.getAttribute('data-panel'))).toEqual(
          expect.arrayContaining(['crime-trend', 'governance']),
        ),
      { timeout: 10_000 },
    );
    for (const panel of emptied()) {
      const offered = [...panel.querySelectorAll('[data-action]')]
        .map((b) => b.getAttribute('data-action'))
        .filter((a) => ['table', 'csv', 'png', 'svg'].includes(a ?? ''));
      expect({ panel: panel.getAttribute('data-panel'), offered }).toEqual({
        panel: panel.getAttribute('data-panel'),
        offered: [],
      });
    }
  });
});
