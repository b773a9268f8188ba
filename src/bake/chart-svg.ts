// A chart's drawing for the baked page: ECharts' server-side SVG renderer, given the option the live
// chart is given (one code path for options), made safe for the page's strict CSP.
import { init, zrender, zrUtil } from 'echarts/core';
import { getECData } from 'echarts/lib/util/innerStore.js';
import '../charts/echarts';
import { type ChartOption, finishOption } from '../charts/option';
import { type ChartThemeName, fontFamilyFor } from '../charts/themes';
import { tipText } from '../charts/tip-text';
import type { Lang } from '../i18n/lang';
import { escapeMarkup } from '../model/escape';

interface ZrPainter {
  renderToString(opts: { cssEmphasis: boolean; cssAnimation: boolean }): string;
}

/**
 * SVG markup without what `style-src 'self'` blocks in HTML: the painter's own renderToString
 * without its CSS emphasis and animation (no `<style>`, no classes; internal API of echarts 6.1.0,
 * pinned, and tested by the bake's browser test), its remaining `style` attributes (fonts) as
 * presentation attributes, and its ids (`zr0-c0`, the same the live renderer counts) prefixed per
 * chart, so no baked drawing captures another's `url(#…)`.
 */
export function cspSafeSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/\sstyle="([^"]*)"/g, (_, css: string) =>
      css
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const i = d.indexOf(':');
          const name = d.slice(0, i).trim();
          const value = d
            .slice(i + 1)
            .trim()
            .replace(/&quot;/g, "'")
            .replace(/"/g, "'");
          return ` ${name}="${value}"`;
        })
        .join(''),
    )
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/\bzr\d+-/g, `${idPrefix}-`);
}

/**
 * What the page needs of ECharts' SSR data on each shape (markComponents): a series' datum that
 * answers the pointer keeps its series and data index, and nothing else does; a silent shape (a mark
 * area's band, a mark line ECharts does not answer on) lets the pointer through to the bar or point
 * under it, as it does in the live chart.
 */
export function answeringShapes(
  svg: string,
  /** The chart's tooltip words for a datum (tip-text.ts), written on its shape as `data-tip`: the
   *  page answers a pointer with them from its first script, before the chart's code is there. */
  words?: (series: number, index: number) => string | undefined,
): string {
  return svg.replace(/<(\w+)\b([^>]*?)(\/?)>/g, (tag, name: string, attrs: string, end: string) => {
    if (!attrs.includes(' ecmeta_')) return tag;
    const silent = attrs.includes(' ecmeta_silent="true"');
    const datum = !silent && attrs.includes(' ecmeta_component="series"');
    let kept = attrs.replace(
      datum ? / ecmeta_(?!series_index=|data_index=)\w+="[^"]*"/g : / ecmeta_\w+="[^"]*"/g,
      '',
    );
    if (silent) kept = `${kept.replace(/ pointer-events="[^"]*"/, '')} pointer-events="none"`;
    const said =
      datum &&
      words?.(
        Number(/ ecmeta_series_index="(\d+)"/.exec(attrs)?.[1]),
        Number(/ ecmeta_data_index="(\d+)"/.exec(attrs)?.[1]),
      );
    if (said) kept += ` data-tip="${escapeMarkup(said).replace(/\n/g, '&#10;')}"`;
    return `<${name}${kept}${end}>`;
  });
}

/**
 * The font every text of the drawing names, said once on the `<svg>` (its texts inherit it) instead
 * of on each: a fifth of the baked page's bytes were the font stack, repeated on every label.
 */
export function fontOnce(svg: string): string {
  const counts = new Map<string, number>();
  for (const m of svg.matchAll(/<text\b[^>]*? font-family="([^"]*)"/g))
    counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const [font] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (font === undefined) return svg;
  const attr = ` font-family="${font}"`;
  return svg
    .replace(/<text\b[^>]*>/g, (tag) => tag.replace(attr, ''))
    .replace(/^<svg\b/, `<svg${attr}`);
}

/**
 * What the baked SVG says of each drawn element: ECharts' own SSR data (series and data index, set
 * by `init` with `ssr: true`), and which component drew it, so the page can tell a series' data
 * shape (a bar, a point: its tooltip is the series' formatter on that datum, see chart-tip.ts)
 * from a mark line's or a mark area's, which carry their series' and their own index as well.
 * Internal API of echarts 6.1.0 (getECData), pinned; chart-tip's browser test checks the answer
 * against the live tooltip.
 */
function markComponents(): void {
  type Getter = Parameters<typeof zrender.registerSSRDataGetter<string | number>>[0];
  // Nothing for an element that draws no datum (its declared type wants a map: ECharts' own
  // getter returns nothing too, and the painter then writes no attribute at all).
  const nothing = undefined as unknown as ReturnType<Getter>;
  zrender.registerSSRDataGetter<string | number>((el) => {
    const data = getECData(el as Parameters<typeof getECData>[0]);
    if (data.dataIndex == null) return nothing;
    const meta = zrUtil.createHashMap<string | number>();
    meta.set('series_index', data.seriesIndex ?? '');
    meta.set('data_index', data.dataIndex);
    meta.set('component', data.dataModel?.mainType ?? 'series');
    return meta;
  });
}

export interface BakeSize {
  theme: ChartThemeName;
  lang: Lang;
  width: number;
  height: number;
}

/** One chart as ECharts' server-side SVG renderer draws it at one size, with its SSR data. */
export function drawChartSvg(option: ChartOption, opts: BakeSize): string {
  const chart = init(null as unknown as HTMLElement, opts.theme, {
    renderer: 'svg',
    ssr: true,
    width: opts.width,
    height: opts.height,
  });
  // After init, which registers ECharts' own (it does so for every chart).
  markComponents();
  try {
    chart.setOption(
      finishOption(option, {
        reducedMotion: true,
        redraw: true,
        patterns: false,
        fontFamily: fontFamilyFor(opts.lang),
      }),
    );
    const painter = (chart.getZr() as unknown as { painter: ZrPainter }).painter;
    return painter.renderToString({ cssEmphasis: false, cssAnimation: false });
  } finally {
    chart.dispose();
  }
}

/** One chart drawn at one width, as CSP-safe SVG filling its box. */
export function bakeChartSvg(option: ChartOption, opts: BakeSize & { id: string }): string {
  const words = (series: number, index: number) => tipText(option, series, index);
  return fontOnce(answeringShapes(cspSafeSvg(drawChartSvg(option, opts), opts.id), words))
    .replace(/^<svg\b([^>]*?)\swidth="\d+"/, '<svg$1 width="100%"')
    .replace(/^<svg\b([^>]*?)\sheight="\d+"/, '<svg$1 height="100%"');
}
