import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { withKeyBeside } from '../../charts/chart-key';
import type { ChartOption } from '../../charts/option';
import { EVENT_CATEGORIES, type EventCategory } from '../../data/timeline';
import { CATEGORY_LABELS } from '../../i18n/filter-labels';
import { formatPeriod, markNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { isBar, type TimelineMark, type TimelineView } from './model';
import { markLegend, sharedRangeNotes } from './text';
import { TIMELINE_WORDS as W } from './words';

/** Vertical layout in row units: each lane gets as many rows as its marks need, plus a gap. */
const LANE_GAP = 0.7;
/** Pixels per row unit on a desk screen (scaled for the projector stage). */
const ROW_PX = 24;
const GRID_TOP = 8;
const GRID_BOTTOM = 30;
/** Radius of a day dot, as a share of the row height. */
const DOT_RADIUS = 0.27;

/** A mark with the row it is drawn on inside its lane, and its vertical centre on the y axis (row units). */
export interface PlacedMark {
  mark: TimelineMark;
  row: number;
  y: number;
}

export interface TimelineLayout {
  lanes: { category: EventCategory; rows: number; top: number; centre: number }[];
  placed: PlacedMark[];
  /** Total height in row units. */
  height: number;
  /** The x axis: whole years around every drawn period. */
  minX: number;
  maxX: number;
}

/**
 * Packs each lane's marks into rows so that no two overlap, counting room for the number label
 * drawn to the right of each mark (`labelRoom`, in years). Marks over the same span stack on
 * successive rows, so three events dated only "since 2017" show as three bars, not one.
 */
export function packRows(marks: readonly TimelineMark[], labelRoom: number): number[] {
  const rowEnds: number[] = [];
  const order = marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i);
  const rows: number[] = new Array(marks.length).fill(0);
  for (const { m, i } of order) {
    const from = isBar(m.kind) ? m.start : m.start - labelRoom / 3;
    const until = (isBar(m.kind) ? m.end : m.start) + labelRoom;
    let row = rowEnds.findIndex((end) => end <= from);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(until);
    } else rowEnds[row] = until;
    rows[i] = row;
  }
  return rows;
}

export function timelineLayout(view: TimelineView): TimelineLayout {
  const starts = view.marks.map((m) => m.start);
  const ends = view.marks.map((m) => m.end);
  // The axis reaches the year filter's ends (from=2010 starts it at 2010), and never cuts a mark.
  const minX = Math.floor(Math.min(...starts, view.axis?.from ?? Number.POSITIVE_INFINITY));
  const maxX = Math.max(
    Math.ceil(Math.max(...ends, view.axis?.to ?? Number.NEGATIVE_INFINITY)),
    minX + 1,
  );
  const labelRoom = (maxX - minX) * 0.085;
  const lanes: TimelineLayout['lanes'] = [];
  const placed: PlacedMark[] = [];
  let top = 0;
  for (const lane of view.lanes) {
    const rows = packRows(lane.marks, labelRoom);
    const count = Math.max(...rows) + 1;
    const first = top + LANE_GAP / 2;
    lane.marks.forEach((mark, i) => {
      const row = rows[i] as number;
      placed.push({ mark, row, y: first + row + 0.5 });
    });
    lanes.push({ category: lane.category, rows: count, top, centre: first + count / 2 });
    top += count + LANE_GAP;
  }
  return { lanes, placed, height: top, minX, maxX };
}

/** Height of the chart in px for the rows it needs (`scale` enlarges it on the projector stage). */
export function timelineHeight(view: TimelineView, scale = 1): number {
  if (view.marks.length === 0) return 0;
  return Math.round((timelineLayout(view).height * ROW_PX + GRID_TOP + GRID_BOTTOM) * scale);
}

type MarkDatum = {
  id: string;
  name: string;
  /** [start, end, y, kind (0 day, 1 span, 2 recent, 3 to date), selected (0/1)] */
  value: [number, number, number, number, number];
};

const KIND_CODE = { day: 0, span: 1, recent: 2, toDate: 3 } as const;

/**
 * Draws one mark: a bar across a span, a dot for a day, a dashed hollow ring for "recently".
 * Sizes follow the row height in px, so the projector stage (taller rows) gets larger marks.
 * Colour is the lane's palette colour (api.visual), never a literal.
 */
function renderMark(
  _params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const start = api.value(0) as number;
  const end = api.value(1) as number;
  const y = api.value(2) as number;
  const kind = api.value(3) as number;
  const selected = api.value(4) === 1;
  const [x0, yc] = api.coord([start, y]) as [number, number];
  const [x1] = api.coord([end, y]) as [number, number];
  const rowPx = Math.abs((api.coord([start, y + 1]) as number[])[1] as number) - yc;
  const color = api.visual('color') as string;
  const ring = selected
    ? { stroke: color, lineWidth: Math.max(2, rowPx * 0.1), fill: 'none' as const }
    : undefined;
  if (kind === KIND_CODE.span || kind === KIND_CODE.toDate) {
    const h = rowPx * 0.5;
    const width = Math.max(x1 - x0, 3);
    return {
      type: 'group',
      children: [
        {
          type: 'rect',
          shape: { x: x0, y: yc - h / 2, width, height: h, r: Math.min(2, width / 2) },
          style: { fill: color },
        },
        // "This year": a tick taller than the bar where the report stops it.
        ...(kind === KIND_CODE.toDate
          ? [
              {
                type: 'line' as const,
                shape: { x1: x0 + width, y1: yc - h, x2: x0 + width, y2: yc + h },
                style: { stroke: color, lineWidth: Math.max(2, rowPx * 0.09) },
              },
            ]
          : []),
        ...(ring
          ? [
              {
                type: 'rect' as const,
                shape: { x: x0 - 3, y: yc - h / 2 - 3, width: width + 6, height: h + 6, r: 3 },
                style: ring,
                silent: true,
              },
            ]
          : []),
      ],
    };
  }
  const r = rowPx * DOT_RADIUS;
  const x = (x0 + x1) / 2;
  const dot =
    kind === KIND_CODE.day
      ? { type: 'circle' as const, shape: { cx: x, cy: yc, r }, style: { fill: color } }
      : {
          type: 'circle' as const,
          shape: { cx: x, cy: yc, r: r * 0.9 },
          // A ring: the fill is there (fully transparent) only so the ring can be hovered and clicked.
          style: {
            fill: color,
            fillOpacity: 0,
            stroke: color,
            lineWidth: Math.max(2, rowPx * 0.09),
            lineDash: [3, 2],
          },
        };
  return {
    type: 'group',
    children: [
      dot,
      ...(ring
        ? [
            {
              type: 'circle' as const,
              shape: { cx: x, cy: yc, r: r + 4 },
              style: ring,
              silent: true,
            },
          ]
        : []),
    ],
  };
}

/** Pixels from a mark's anchor point to its number label, at scale 1 (sizes as drawn by renderMark). */
function labelDistance(mark: TimelineMark, selected: boolean): number {
  const gap = 5;
  if (isBar(mark.kind)) return gap + (selected ? 3 : 0);
  return ROW_PX * DOT_RADIUS + gap + (selected ? 4 : 0);
}

function periodLine(m: TimelineMark, lang: Lang): string {
  return formatPeriod(m.event.date, lang);
}

/**
 * The timeline: one lane per category on a value y axis (lane labels at the lane centres, clickable
 * to filter), fractional years on the x axis. Each lane is a custom series (the marks) and a scatter
 * series (the number labels, themed), both named after the lane so they share its palette colour;
 * all five lanes are always present (empty when filtered out) so a category keeps its colour.
 */
export function timelineOption(view: TimelineView, lang: Lang, scale = 1): ChartOption {
  const selectedId = view.selected?.mark.event.id;
  const layout = timelineLayout(view);
  const laneNames = EVENT_CATEGORIES.map((c) => CATEGORY_LABELS[c][lang]);
  const marksOf = (c: EventCategory) => layout.placed.filter((p) => p.mark.event.category === c);
  const tooltipText = (id: string) => {
    const m = view.marks.find((x) => x.event.id === id);
    if (!m) return '';
    return `${markNumber(m.number)} ${m.event.label[lang]}\n${periodLine(m, lang)}`;
  };
  const tooltip = {
    formatter: (params: { data?: unknown }) =>
      tooltipText((params.data as { id?: string })?.id ?? ''),
  };

  const markSeries: CustomSeriesOption[] = EVENT_CATEGORIES.map((c, i) => ({
    type: 'custom',
    id: `marks-${c}`,
    name: laneNames[i],
    renderItem: renderMark,
    encode: { x: [0, 1], y: 2 },
    clip: false,
    tooltip,
    // A faint band in the lane's colour behind its rows.
    markArea: {
      silent: true,
      itemStyle: { opacity: 0.07 },
      data: layout.lanes
        .filter((l) => l.category === c)
        .map((l) => [{ yAxis: l.top + 0.1 }, { yAxis: l.top + l.rows + LANE_GAP - 0.1 }]),
    },
    data: marksOf(c).map(
      (p): MarkDatum => ({
        id: p.mark.event.id,
        name: p.mark.event.label[lang],
        value: [
          p.mark.start,
          p.mark.end,
          p.y,
          KIND_CODE[p.mark.kind],
          p.mark.event.id === selectedId ? 1 : 0,
        ],
      }),
    ),
  }));

  // The number beside each mark, as a label on an invisible point at the mark's right edge.
  const numberOf = new Map(view.marks.map((m) => [m.event.id, markNumber(m.number)]));
  const labelSeries: ScatterSeriesOption[] = EVENT_CATEGORIES.map((c, i) => ({
    type: 'scatter',
    id: `numbers-${c}`,
    name: laneNames[i],
    symbolSize: 0.1,
    tooltip,
    label: {
      show: true,
      position: 'right',
      color: 'inherit',
      fontWeight: 'bold',
      formatter: (params: { data?: unknown }) =>
        numberOf.get((params.data as { id?: string })?.id ?? '') ?? '',
    },
    data: marksOf(c).map((p) => ({
      id: p.mark.event.id,
      name: p.mark.event.label[lang],
      value: [isBar(p.mark.kind) ? p.mark.end : (p.mark.start + p.mark.end) / 2, p.y],
      // Clear of the mark: a bar ends at the point, a dot or ring (and the selection ring) is centred on it.
      label: { distance: labelDistance(p.mark, p.mark.event.id === selectedId) * scale },
    })),
  }));

  const laneLabel = (v: number) => {
    const lane = layout.lanes.find((l) => Math.abs(l.centre - v) < 1e-6);
    return lane ? CATEGORY_LABELS[lane.category][lang] : '';
  };

  return {
    tooltip: { trigger: 'item' },
    grid: {
      top: GRID_TOP,
      bottom: GRID_BOTTOM,
      left: 8,
      right: 30,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: layout.minX,
      max: layout.maxX,
      interval: 1,
      splitLine: { show: true },
      axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 0,
      max: layout.height,
      splitLine: { show: false },
      axisLine: { show: true },
      axisTick: { show: false },
      axisLabel: {
        customValues: layout.lanes.map((l) => l.centre),
        formatter: laneLabel,
        width: lang === 'zh' ? 84 : 96,
        overflow: 'break',
      },
    },
    series: [...markSeries, ...labelSeries],
  };
}

/**
 * The PNG/SVG download (and the slide deck's image): the timeline with the key of its numbers
 * beside it, each event's label, and under the key how the marks are drawn and why some bars are
 * the same (the dashboard says these under the chart and in its event list, which an image lacks).
 */
export function timelineExportOption(view: TimelineView, lang: Lang): ChartOption {
  const option = timelineOption(view, lang);
  const height = timelineHeight(view);
  // Rows at their own height: when the key makes the image taller, the plot does not stretch.
  const grid = {
    ...(option.grid as object),
    bottom: undefined,
    height: height - GRID_TOP - GRID_BOTTOM,
  };
  return withKeyBeside(
    { ...option, grid },
    {
      heading: W.keyHeading[lang],
      entries: view.marks.map((m) => ({ mark: markNumber(m.number), label: m.event.label[lang] })),
      // How the marks are drawn, under the plot.
      notes: [
        markLegend(view, lang)
          .map((l) => l.text)
          .join(lang === 'zh' ? ';' : '; '),
        ...sharedRangeNotes(view, lang, { caseDates: false }),
      ],
      notesTop: height,
      words: lang === 'en',
    },
  );
}
