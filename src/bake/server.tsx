// The bake's server entry (built by `vite build --ssr`, run in Node by src/bake/bake-dist.ts): the
// dashboard's default view, or one embedded panel, rendered to HTML from the same components, data
// checks and option builders as the page, with each chart drawn as SVG by ECharts.
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import type { ChartOption } from '../charts/option';
import { chartThemeName } from '../charts/themes';
import { optionHash, setChartBaker } from '../components/chart-bake';
import { RootErrorBoundary } from '../components/root-error';
import { DEFAULT_VIEW } from '../filters/filters';
import { parseEmbed } from '../modes/embed/embed-params';
import { EmbedView } from '../modes/embed/embed-view';
import { DATASET_FILES, loadPanelViews, PANELS, panelFileQuery } from '../modes/panel-registry';
import { bakeChartSvg } from './chart-svg';
import { dataHash } from './record';
import { BAKE_WIDTHS, type BakeWidth } from './widths';

export { DATASET_FILES };

export interface Baked {
  /** The markup of #root. */
  html: string;
  /** Each data file → dataHash() of its validated content. */
  hashes: Record<string, string>;
  /** Each chart's box height at each bake width, where it differs from the box's own (a chart laid
   *  out to its width). */
  heights: Record<string, Partial<Record<BakeWidth, number>>>;
}

/**
 * Renders a page's tree (as src/app/mount.tsx mounts it) once `load` has brought its data into the
 * query client, each data file read by `read`. The hashes are those of the data files it loaded.
 */
async function bake(
  read: (file: string) => string,
  load: (client: QueryClient) => Promise<unknown>,
  tree: () => ReactNode,
): Promise<Baked> {
  // The data loader fetches data/<file>: here it reads the file the bake is given.
  const asked = new Set<string>();
  globalThis.fetch = (async (input: string | URL | Request) => {
    const file = String(input).split('/').pop() ?? '';
    asked.add(file);
    return new Response(read(file), { status: 200 });
  }) as typeof fetch;
  const client = createQueryClient();
  // Throws the loader's own DatasetError on a broken file: the bake refuses it.
  await load(client);
  const hashes: Record<string, string> = {};
  for (const file of DATASET_FILES) {
    const data = asked.has(file) && client.getQueryData(panelFileQuery(file).queryKey);
    if (data) hashes[file] = dataHash(data);
  }
  await loadPanelViews(PANELS);
  const heights: Baked['heights'] = {};
  setChartBaker(({ name, option, height, at }) => {
    const theme = chartThemeName('light', false);
    return (Object.keys(BAKE_WIDTHS) as BakeWidth[])
      .map((w) => {
        // A chart laid out to its width is drawn from its option at that width.
        const drawn = at ? at(BAKE_WIDTHS[w]) : { option, height };
        if (drawn.height !== height) heights[name] = { ...heights[name], [w]: drawn.height };
        return bakeChartSvg(drawn.option as ChartOption, {
          theme,
          lang: 'zh',
          width: BAKE_WIDTHS[w],
          height: drawn.height,
          id: `bk-${name}-${w[0]}`,
        }).replace(
          /^<svg\b/,
          `<svg data-bake-width="${w}" data-bake-option="${optionHash(drawn.option)}"`,
        );
      })
      .join('');
  });
  const { prelude } = await prerender(
    <StrictMode>
      <RootErrorBoundary>
        <QueryClientProvider client={client}>{tree()}</QueryClientProvider>
      </RootErrorBoundary>
    </StrictMode>,
    // Every Suspense boundary (each panel is one) inline, in place: React outlines a large one to
    // the page's end with an inline script that moves it (blocked by the CSP, and no use without
    // script). Hydration still takes them one by one.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  setChartBaker(undefined);
  return { html, hashes, heights };
}

/** The dashboard's default view. */
export function bakeDashboard(read: (file: string) => string): Promise<Baked> {
  const load = (client: QueryClient) =>
    Promise.all(
      DATASET_FILES.map((f) => client.fetchQuery({ ...panelFileQuery(f), retry: false })),
    );
  return bake(read, load, () => <App />);
}

/** The panel ids an embed can name (embed.html?panel=<id>), in the registry's order. */
export const EMBED_PANELS = PANELS.map((p) => p.id);

/** One embedded panel's default view (embed.html?panel=<id>), from its own data file only. */
export function bakeEmbed(read: (file: string) => string, id: string): Promise<Baked> {
  const request = parseEmbed(`?panel=${encodeURIComponent(id)}`);
  if (!request.entry) throw new Error(`bake: no panel ${id} to embed`);
  const { meta } = request.entry;
  // The files its content reads (the crime panel's milestones come from timeline.json), as the
  // slide deck reads them; the hashes then name each file the embed was baked from.
  const load = (client: QueryClient) =>
    meta.data
      ? meta.data(client)
      : client.fetchQuery({ ...panelFileQuery(meta.dataset), retry: false });
  return bake(read, load, () => <EmbedView request={request} initial={DEFAULT_VIEW} />);
}
