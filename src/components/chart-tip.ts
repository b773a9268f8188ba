// The first answer of a baked chart: a reader who points at or taps a bar or a point of a chart still
// as baked gets its tooltip's words at once (written on the shape by the bake from the chart's own
// option, tip-text.ts; else the chart's, once it has run), while the chart engine loads; the live
// chart's tooltip takes its place when it is drawn (chart-wake.ts). No React and no ECharts here.
// The box is the page's, outside React's tree: the baked drawing is replaced under it while the
// engine loads.

/** What the baked SVG says of a shape (src/bake/chart-svg.ts, answeringShapes): the datum it draws,
 *  and its tooltip's words as the bake wrote them. */
export interface Shape {
  series: number;
  index: number;
  words?: string;
}

/** The datum a baked shape draws: a series' bar or point (the bake keeps the indexes on these
 *  alone, not on a mark line's shape or a silent one's). */
export function shapeAt(target: EventTarget | null): Shape | undefined {
  const el = target instanceof Element ? target.closest('.chart-baked [ecmeta_data_index]') : null;
  if (!el) return undefined;
  const series = Number(el.getAttribute('ecmeta_series_index'));
  const index = Number(el.getAttribute('ecmeta_data_index'));
  const words = el.getAttribute('data-tip') ?? undefined;
  return Number.isInteger(series) && Number.isInteger(index) ? { series, index, words } : undefined;
}

let box: HTMLDivElement | undefined;
/** The chart whose answer is shown. */
let shownFor: string | undefined;

/** ECharts' tooltip offset from the pointer (TooltipView's gap), so the live one opens in its place. */
const GAP = 20;

/** Shows `text` beside the pointer at (`x`, `y`) (viewport px) for chart `name`. */
export function showTip(name: string, text: string, x: number, y: number): void {
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-tip';
    // Out of the accessibility tree as the live tooltip is: the chart's summary describes it.
    box.setAttribute('aria-hidden', 'true');
  }
  if (!box.isConnected) document.body.append(box);
  box.textContent = text;
  box.hidden = false;
  shownFor = name;
  // On the pointer's right and below it, or on its other side where the window ends (as ECharts).
  const { width, height } = box.getBoundingClientRect();
  const left = x + GAP + width > window.innerWidth ? x - GAP - width : x + GAP;
  const top = y + GAP + height > window.innerHeight ? y - GAP - height : y + GAP;
  box.style.left = `${Math.max(0, left) + window.scrollX}px`;
  box.style.top = `${Math.max(0, top) + window.scrollY}px`;
}

/** Hides the answer shown (for chart `name` only, if given). */
export function hideTip(name?: string): void {
  if (!box || box.hidden || (name !== undefined && name !== shownFor)) return;
  box.hidden = true;
  shownFor = undefined;
}
