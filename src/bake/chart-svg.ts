// A chart's drawing for the baked page: ECharts' server-side SVG renderer, given the option the live
// chart is given (one code path for options), made safe for the page's strict CSP.
import { init } from 'echarts/core';
import '../charts/echarts';
import { type ChartOption, finishOption } from '../charts/option';
import { type ChartThemeName, fontFamilyFor } from '../charts/themes';
import type { Lang } from '../i18n/lang';

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

/** One chart drawn at one width, as CSP-safe SVG filling its box. */
export function bakeChartSvg(
  option: ChartOption,
  opts: { theme: ChartThemeName; lang: Lang; width: number; height: number; id: string },
): string {
  const chart = init(null as unknown as HTMLElement, opts.theme, {
    renderer: 'svg',
    ssr: true,
    width: opts.width,
    height: opts.height,
  });
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
    const svg = painter.renderToString({ cssEmphasis: false, cssAnimation: false });
    return cspSafeSvg(svg, opts.id)
      .replace(/^<svg\b([^>]*?)\swidth="\d+"/, '<svg$1 width="100%"')
      .replace(/^<svg\b([^>]*?)\sheight="\d+"/, '<svg$1 height="100%"');
  } finally {
    chart.dispose();
  }
}
