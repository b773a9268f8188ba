// The baked drawing of a chart (no ECharts here). At build time the bake sets a baker, which draws
// a chart's SVG with ECharts' server-side renderer (src/bake/chart-svg.ts); in the browser the
// drawings already in the page are read once, before React hydrates it, so the placeholder renders
// the same markup the page holds.
import { dataHash } from '../bake/record';
import { optionList } from '../charts/option';

/** A chart as drawn at one width. */
export interface DrawnAt {
  option: unknown;
  height: number;
}

export interface BakeRequest extends DrawnAt {
  name: string;
  /** A chart laid out to its width (names wrap to it): the chart drawn at `width`. */
  at?: (width: number) => DrawnAt;
}

let baker: ((request: BakeRequest) => string | undefined) | undefined;
let inPage: Map<string, string> | undefined;

/** Build time only: how a chart's baked markup is made. */
export function setChartBaker(make: typeof baker): void {
  baker = make;
}

/** Reads the baked drawings in the page (before hydration). */
export function readBakedCharts(root: ParentNode): void {
  inPage = new Map();
  for (const el of root.querySelectorAll<HTMLElement>('[data-chart] > .chart-baked')) {
    const name = el.parentElement?.getAttribute('data-chart');
    if (name) inPage.set(name, el.innerHTML);
  }
}

/** What a chart says, without its layout: the series' values and the axes' names, white space
 *  (where names wrap to a width) left out. Equal for the same figures at another width. */
function figuresOf(option: unknown): string {
  const o = option as Record<string, unknown>;
  const list = (v: unknown) => optionList(v as Record<string, unknown>[] | undefined);
  const said = [
    list(o.series).map((s) => [s.name, s.data]),
    list(o.xAxis).map((a) => a.data),
    list(o.yAxis).map((a) => a.data),
  ];
  return JSON.stringify(said).replace(/\s|\\n/g, '');
}

/** What each baked chart said when first rendered in the browser: what it was baked with. */
const firstSeen = new Map<string, string>();

/**
 * The baked markup of a chart: drawn now (the bake), or as the page holds it (the browser), as long
 * as the chart says what it said when the page was baked (another filter or language: none).
 */
export function bakedChart(request: BakeRequest): string | undefined {
  if (baker) return baker(request);
  const svg = inPage?.get(request.name);
  if (svg === undefined) return undefined;
  const figures = figuresOf(request.option);
  const seen = firstSeen.get(request.name);
  if (!seen) {
    firstSeen.set(request.name, figures);
    return svg;
  }
  return seen === figures ? svg : undefined;
}

/** The baked drawing `box` shows (the page's CSS shows the one baked nearest its width), if any. */
export function shownBake(box: HTMLElement): SVGSVGElement | undefined {
  return [...box.querySelectorAll<SVGSVGElement>('.chart-baked > svg')].find(
    (s) => s.getClientRects().length > 0,
  );
}

/** What a baked drawing records of the chart it shows: the option's hash (data-bake-option). */
export function optionHash(option: unknown): string {
  return dataHash(option);
}

/** The baked drawing `box` shows, and the chart as it is now at that drawing's width (a chart laid
 *  out to its width is drawn anew at it). */
export function shownDrawing(
  box: HTMLElement,
  request: BakeRequest,
): { svg: SVGSVGElement; drawn: DrawnAt } | undefined {
  const svg = shownBake(box);
  const width = svg?.viewBox?.baseVal?.width;
  if (!svg || !width) return undefined;
  return { svg, drawn: request.at ? request.at(width) : request };
}

/**
 * The drawing shown in `box` (the phone's or the desk's) is the chart as it is now, layout and all:
 * the option it was baked from, at its width, is the one the chart has at that width, and the box
 * has the height it was baked at. It need not change until the reader uses it.
 */
export function bakedIsCurrent(box: HTMLElement, request: BakeRequest): boolean {
  if (inPage?.has(request.name) !== true) return false;
  const shown = shownDrawing(box, request);
  if (!shown) return false;
  const { svg, drawn } = shown;
  const view = svg.viewBox.baseVal;
  return (
    drawn.height === view.height &&
    request.height === view.height &&
    optionHash(drawn.option) === svg.getAttribute('data-bake-option')
  );
}

/** The live chart has taken over: its baked drawing is not shown again. */
export function forgetBakedChart(name: string): void {
  inPage?.delete(name);
}
