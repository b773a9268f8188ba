import { escapeMarkup } from '../model/escape';
import { echarts } from './echarts';
import type { ChartOption } from './option';
import { COLUMNS, wrapLines } from './text-width';
import { type ChartThemeName, FONT_FAMILY, TOKENS } from './themes';

export interface ExportText {
  title: string;
  /** The source line and, when room allows, the sentences: printed under the chart. */
  footer: string[];
}

/**
 * Renders a chart to a standalone SVG with its title above and its sources below, so an image
 * pasted into a report still says where its numbers come from. Width and height are in px.
 */
export function chartToSvg(
  option: ChartOption,
  theme: ChartThemeName,
  text: ExportText,
  width = 960,
  height = 480,
): string {
  const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined }, { notMerge: true });
    const inner = chart.renderToSVGString();
    const t = TOKENS[theme];
    const perLine = Math.floor(width / 7.5);
    const titleLines = wrapLines(text.title, Math.floor(width / 10), COLUMNS);
    const footLines = text.footer.flatMap((f) => wrapLines(f, perLine, COLUMNS));
    const head = 24 + titleLines.length * 26;
    const foot = 16 + footLines.length * 18;
    const total = head + height + foot;
    const titleSvg = titleLines
      .map(
        (l, i) =>
          `<text x="16" y="${34 + i * 26}" font-size="20" font-weight="bold" fill="${t.text}">${escapeMarkup(l)}</text>`,
      )
      .join('');
    const footSvg = footLines
      .map(
        (l, i) =>
          `<text x="16" y="${head + height + 20 + i * 18}" font-size="12" fill="${t.muted}">${escapeMarkup(l)}</text>`,
      )
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT_FAMILY.replaceAll("'", '')}'><rect width="100%" height="100%" fill="${t.background}"/>${titleSvg}<g transform="translate(0 ${head})">${inner}</g>${footSvg}</svg>`;
  } finally {
    chart.dispose();
  }
}

/** Rasterises an SVG string to a PNG blob at the given pixel ratio (browser only). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available for the PNG export');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
