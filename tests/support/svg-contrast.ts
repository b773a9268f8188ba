// Contrast as drawn: reads an SVG string (as ECharts' SVG renderer and the exports write it) and
// pairs every text's fill with what is painted under the text's box, and every series mark (an
// element ECharts tags `ecmeta_ssr_type="chart"`) with what is painted under it. Pure, for Node.
//
// What is under a point is worked out as a browser paints it: the page's background, then every
// shape drawn before (document order), its fill composited with its opacity. A pattern fill (the
// decals of the pattern-fill view) may show either what is under it or its own marks over that, so a
// point can have several colours under it: each counts. A hairline stroke (under 2 px: axis and grid
// lines) does not decide a text's colour; a wider stroke (a line series) does.
import { platformApi } from 'zrender/lib/core/platform.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}
interface Rgba extends Rgb {
  a: number;
}

/** A colour as SVG writes it: #rgb, #rrggbb, #rrggbbaa, rgb(), rgba(), a few names. */
export function parseColour(s: string | undefined): Rgba | undefined {
  if (!s) return undefined;
  const v = s.trim().toLowerCase();
  if (v === 'none' || v === 'transparent' || v === '') return undefined;
  if (v === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (v === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m?.[1]) {
    const [r, g, b] = [...m[1]].map((c) => Number.parseInt(c + c, 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m?.[1]) {
    const n = (i: number) => Number.parseInt(m?.[1]?.slice(i, i + 2) ?? '0', 16);
    return { r: n(0), g: n(2), b: n(4), a: m[2] ? Number.parseInt(m[2], 16) / 255 : 1 };
  }
  m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (m?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = m[1].split(',').map((x) => Number.parseFloat(x));
    return { r, g, b, a };
  }
  throw new Error(`a colour the contrast check cannot read: ${s}`);
}

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
/** WCAG relative luminance. */
export const luminance = (c: Rgb) =>
  0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
/** WCAG contrast ratio, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
/** `over` at its alpha (times `opacity`) on an opaque `under`. */
export function over(top: Rgba, under: Rgb, opacity = 1): Rgb {
  const a = top.a * opacity;
  const mix = (t: number, u: number) => Math.round(t * a + u * (1 - a));
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b) };
}
export const hex = (c: Rgb) =>
  `#${[c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

// ---- geometry -------------------------------------------------------------------------------

type Matrix = [number, number, number, number, number, number];
type Point = [number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, [x, y]: Point): Point => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

function parseTransform(s: string | undefined): Matrix {
  let m: Matrix = IDENTITY;
  if (!s) return m;
  for (const [, fn, args] of s.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [p = 0, q, r2, s2, t, u] = a;
    let n: Matrix = IDENTITY;
    if (fn === 'matrix') n = [p, q ?? 0, r2 ?? 0, s2 ?? 1, t ?? 0, u ?? 0];
    else if (fn === 'translate') n = [1, 0, 0, 1, p, q ?? 0];
    else if (fn === 'scale') n = [p, 0, 0, q ?? p, 0, 0];
    else if (fn === 'rotate') {
      const rad = (p * Math.PI) / 180;
      const [c, sn] = [Math.cos(rad), Math.sin(rad)];
      n = [c, sn, -sn, c, 0, 0];
      if (q !== undefined) n = mul(mul([1, 0, 0, 1, q, r2 ?? 0], n), [1, 0, 0, 1, -q, -(r2 ?? 0)]);
    } else throw new Error(`a transform the contrast check cannot read: ${fn}`);
    m = mul(m, n);
  }
  return m;
}

/** The subpaths of an SVG path, flattened to polylines (curves and arcs sampled). */
function flattenPath(d: string): { points: Point[]; closed: boolean }[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const subs: { points: Point[]; closed: boolean }[] = [];
  let cur: Point = [0, 0];
  let start: Point = [0, 0];
  let pts: Point[] = [];
  let lastCtrl: Point | undefined;
  let i = 0;
  let cmd = '';
  const num = () => Number(tokens[i++]);
  const flush = (closed: boolean) => {
    if (pts.length > 1) subs.push({ points: pts, closed });
    pts = [];
  };
  const bezier = (p: Point[], steps = 8) => {
    for (let k = 1; k <= steps; k++) {
      const t = k / steps;
      let q = p.slice();
      while (q.length > 1)
        q = q.slice(1).map((b, j) => {
          const a = q[j] as Point;
          return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] as Point;
        });
      pts.push(q[0] as Point);
    }
  };
  while (i < tokens.length) {
    const tk = tokens[i] as string;
    if (/[a-zA-Z]/.test(tk)) {
      cmd = tk;
      i++;
    } else if (cmd === 'M') cmd = 'L';
    else if (cmd === 'm') cmd = 'l';
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? cur[0] : 0;
    const oy = rel ? cur[1] : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        flush(false);
        cur = [ox + num(), oy + num()];
        start = cur;
        pts = [cur];
        break;
      case 'L':
        cur = [ox + num(), oy + num()];
        pts.push(cur);
        break;
      case 'H':
        cur = [ox + num(), cur[1]];
        pts.push(cur);
        break;
      case 'V':
        cur = [cur[0], oy + num()];
        pts.push(cur);
        break;
      case 'C': {
        const c1: Point = [ox + num(), oy + num()];
        const c2: Point = [ox + num(), oy + num()];
        const e: Point = [ox + num(), oy + num()];
        bezier([cur, c1, c2, e]);
        lastCtrl = c2;
        cur = e;
        break;
      }
      case 'S': {
        const c1: Point = lastCtrl ? [2 * cur[0] - lastCtrl[0], 2 * cur[1] - lastCtrl[1]] : cur;
        const c2: Point = [ox + num(), oy + num()];
        const e: Point = [ox + num(), oy + num()];
        bezier([cur, c1, c2, e]);
        lastCtrl = c2;
        cur = e;
        break;
      }
      case 'Q': {
        const c: Point = [ox + num(), oy + num()];
        const e: Point = [ox + num(), oy + num()];
        bezier([cur, c, e]);
        lastCtrl = c;
        cur = e;
        break;
      }
      case 'T': {
        const c: Point = lastCtrl ? [2 * cur[0] - lastCtrl[0], 2 * cur[1] - lastCtrl[1]] : cur;
        const e: Point = [ox + num(), oy + num()];
        bezier([cur, c, e]);
        lastCtrl = c;
        cur = e;
        break;
      }
      case 'A': {
        const [rx, ry, rot, large, sweep] = [num(), num(), num(), num(), num()];
        const e: Point = [ox + num(), oy + num()];
        arc(cur, e, rx, ry, rot, !!large, !!sweep, pts);
        cur = e;
        break;
      }
      case 'Z':
        pts.push(start);
        flush(true);
        cur = start;
        pts = [cur];
        break;
      default:
        throw new Error(`a path command the contrast check cannot read: ${cmd}`);
    }
    if (!/[CSQT]/i.test(cmd)) lastCtrl = undefined;
  }
  flush(false);
  return subs;
}

/** An SVG arc sampled into `out` (the endpoint-to-centre conversion of SVG 1.1 F.6.5). */
function arc(
  [x1, y1]: Point,
  [x2, y2]: Point,
  rx0: number,
  ry0: number,
  rotDeg: number,
  large: boolean,
  sweep: boolean,
  out: Point[],
) {
  let [rx, ry] = [Math.abs(rx0), Math.abs(ry0)];
  if (rx === 0 || ry === 0) {
    out.push([x2, y2]);
    return;
  }
  const phi = (rotDeg * Math.PI) / 180;
  const [cp, sp] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cp * dx + sp * dy;
  const y1p = -sp * dx + cp * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let co = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) co = -co;
  const cxp = (co * rx * y1p) / ry;
  const cyp = (-co * ry * x1p) / rx;
  const cx = cp * cxp - sp * cyp + (x1 + x2) / 2;
  const cy = sp * cxp + cp * cyp + (y1 + y2) / 2;
  const ang = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const t1 = ang(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let dt = ang((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  const steps = 24;
  for (let k = 1; k <= steps; k++) {
    const t = t1 + (dt * k) / steps;
    out.push([
      cx + rx * Math.cos(t) * cp - ry * Math.sin(t) * sp,
      cy + rx * Math.cos(t) * sp + ry * Math.sin(t) * cp,
    ]);
  }
}

function inside(subs: readonly { points: Point[] }[], [x, y]: Point): boolean {
  let odd = false;
  for (const { points } of subs)
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] as Point;
      const [xj, yj] = points[j] as Point;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

function nearStroke(
  subs: readonly { points: Point[]; closed: boolean }[],
  [x, y]: Point,
  half: number,
): boolean {
  for (const { points } of subs)
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1] as Point;
      const [bx, by] = points[i] as Point;
      const [vx, vy] = [bx - ax, by - ay];
      const len2 = vx * vx + vy * vy;
      const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len2)) : 0;
      if (Math.hypot(x - ax - t * vx, y - ay - t * vy) <= half) return true;
    }
  return false;
}

// ---- the SVG, read ---------------------------------------------------------------------------

type Paint = { kind: 'colour'; colour: Rgba } | { kind: 'ref'; id: string } | { kind: 'none' };

interface Shape {
  index: number;
  tag: string;
  subs: { points: Point[]; closed: boolean }[];
  fill: Paint;
  fillOpacity: number;
  stroke: Paint;
  strokeOpacity: number;
  /** In the SVG's own px (the element's transform applied). */
  strokeWidth: number;
  clips: string[];
  /** Its bounding box [x0, y0, x1, y1], stroke included: most points are outside it. */
  bbox: [number, number, number, number];
  /** ECharts' tag for an element of a series (a bar, a line, a symbol). */
  mark: boolean;
  d: string;
}

export interface DrawnText {
  index: number;
  text: string;
  fill: Rgba;
  fontSize: number;
  bold: boolean;
  /** The text's box, in its own coordinates, and the transform to the SVG's. */
  box: { x: number; y: number; width: number; height: number };
  matrix: Matrix;
  clips: string[];
}

interface Drawing {
  shapes: Shape[];
  texts: DrawnText[];
  /** The colours each pattern or gradient paints with. */
  paints: Map<string, Rgba[]>;
  clips: Map<string, { points: Point[]; closed: boolean }[]>;
}

const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1] as string] = m[2] ?? m[3] ?? '';
  // Presentation properties in a style attribute win over the attributes.
  for (const decl of (out.style ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0) out[decl.slice(0, at).trim()] = decl.slice(at + 1).trim();
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

function paintOf(v: string | undefined, fallback: Paint): Paint {
  if (v === undefined) return fallback;
  const ref = /^url\(#([^)]+)\)$/.exec(v.trim());
  if (ref?.[1]) return { kind: 'ref', id: ref[1] };
  const c = parseColour(v);
  return c ? { kind: 'colour', colour: c } : { kind: 'none' };
}

function geometry(tag: string, a: Record<string, string>): { points: Point[]; closed: boolean }[] {
  const n = (k: string) => Number(a[k] ?? 0);
  if (tag === 'path') return flattenPath(a.d ?? '');
  if (tag === 'polygon' || tag === 'polyline') {
    const v = (a.points ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const points: Point[] = [];
    for (let i = 0; i + 1 < v.length; i += 2) points.push([v[i] as number, v[i + 1] as number]);
    if (tag === 'polygon' && points[0]) points.push(points[0]);
    return [{ points, closed: tag === 'polygon' }];
  }
  if (tag === 'rect') {
    const [x, y] = [n('x'), n('y')];
    // "100%": the viewport's size, given by the caller through the svg's own width/height.
    const w = a.width?.endsWith('%') ? Number.POSITIVE_INFINITY : n('width');
    const h = a.height?.endsWith('%') ? Number.POSITIVE_INFINITY : n('height');
    const big = 1e6;
    const [x2, y2] = [Number.isFinite(w) ? x + w : big, Number.isFinite(h) ? y + h : big];
    return [
      {
        points: [
          [x, y],
          [x2, y],
          [x2, y2],
          [x, y2],
          [x, y],
        ],
        closed: true,
      },
    ];
  }
  if (tag === 'circle' || tag === 'ellipse') {
    const [cx, cy] = [n('cx'), n('cy')];
    const rx = tag === 'circle' ? n('r') : n('rx');
    const ry = tag === 'circle' ? n('r') : n('ry');
    const points: Point[] = [];
    for (let k = 0; k <= 32; k++) {
      const t = (k / 32) * 2 * Math.PI;
      points.push([cx + rx * Math.cos(t), cy + ry * Math.sin(t)]);
    }
    return [{ points, closed: true }];
  }
  if (tag === 'line')
    return [
      {
        points: [
          [n('x1'), n('y1')],
          [n('x2'), n('y2')],
        ],
        closed: false,
      },
    ];
  return [];
}

const SHAPES = new Set(['path', 'polygon', 'polyline', 'rect', 'circle', 'ellipse', 'line']);

/** A text's width in px as ECharts measured it when it laid the chart out (zrender's measure). */
function measure(text: string, fontSize: number, bold: boolean, family: string): number {
  return platformApi.measureText(text, `${bold ? 'bold ' : ''}${fontSize}px ${family}`).width;
}

/** Reads the SVG: its shapes and texts in paint order, with their paints and transforms. */
export function readSvg(svg: string): Drawing {
  const shapes: Shape[] = [];
  const texts: DrawnText[] = [];
  const paints = new Map<string, Rgba[]>();
  const clips = new Map<string, { points: Point[]; closed: boolean }[]>();
  interface Frame {
    tag: string;
    matrix: Matrix;
    opacity: number;
    clips: string[];
    fill?: string;
    paintId?: string;
    clipId?: string;
    attrs: Record<string, string>;
  }
  const stack: Frame[] = [{ tag: '#root', matrix: IDENTITY, opacity: 1, clips: [], attrs: {} }];
  let openText: { attrs: Record<string, string>; frame: Frame; content: string } | undefined;
  let index = 0;
  const TAG =
    /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|([^<]+)/g;
  for (const m of svg.matchAll(TAG)) {
    const [, closing, tag, rest, selfClosing, chars] = m;
    const top = stack[stack.length - 1] as Frame;
    if (chars !== undefined) {
      if (openText) openText.content += chars;
      continue;
    }
    if (!tag) continue;
    if (closing) {
      if (tag === 'text' && openText) {
        const a = openText.attrs;
        const content = decode(openText.content);
        const fontSize = Number.parseFloat(a['font-size'] ?? '12');
        const bold = /bold|[6-9]00/.test(a['font-weight'] ?? '');
        const fill = parseColour(a.fill ?? '#000');
        const opacity =
          openText.frame.opacity * Number(a.opacity ?? 1) * Number(a['fill-opacity'] ?? 1);
        if (fill && content.trim() && opacity > 0 && !inDefs(stack)) {
          const width = measure(content, fontSize, bold, a['font-family'] ?? 'sans-serif');
          const x0 = Number(a.x ?? 0);
          const y0 = Number(a.y ?? 0);
          const anchor = a['text-anchor'] ?? 'start';
          const x = anchor === 'middle' ? x0 - width / 2 : anchor === 'end' ? x0 - width : x0;
          const base = a['dominant-baseline'] ?? 'alphabetic';
          const y =
            base === 'central' || base === 'middle'
              ? y0 - fontSize / 2
              : base === 'hanging' || base === 'text-before-edge'
                ? y0
                : y0 - 0.88 * fontSize;
          texts.push({
            index: index++,
            text: content,
            fill: { ...fill, a: fill.a * opacity },
            fontSize,
            bold,
            box: { x, y, width, height: fontSize },
            matrix: mul(openText.frame.matrix, parseTransform(a.transform)),
            clips: openText.frame.clips,
          });
        }
        openText = undefined;
        continue;
      }
      if (stack.length > 1 && top.tag === tag) stack.pop();
      continue;
    }
    const a = attributes(rest ?? '');
    const matrix = mul(top.matrix, parseTransform(a.transform));
    const opacity = top.opacity * Number(a.opacity ?? 1);
    const clip = /^url\(#([^)]+)\)$/.exec(a['clip-path'] ?? '')?.[1];
    const frameClips = clip ? [...top.clips, clip] : top.clips;
    if (tag === 'text') {
      openText = {
        attrs: { ...inherited(stack), ...a },
        frame: { ...top, matrix: top.matrix, opacity, clips: frameClips },
        content: '',
      };
      continue;
    }
    if (SHAPES.has(tag)) {
      const subs = geometry(tag, a).map((s) => ({
        closed: s.closed,
        points: s.points.map((p) => apply(matrix, p)),
      }));
      const paintOwner = [...stack].reverse().find((f) => f.paintId || f.clipId);
      if (paintOwner?.paintId) {
        const colour = parseColour(a.fill ?? '#000');
        if (colour) {
          const list = paints.get(paintOwner.paintId) ?? [];
          list.push({ ...colour, a: colour.a * Number(a['fill-opacity'] ?? 1) * opacity });
          paints.set(paintOwner.paintId, list);
        }
      } else if (paintOwner?.clipId) {
        clips.set(paintOwner.clipId, [...(clips.get(paintOwner.clipId) ?? []), ...subs]);
      } else if (!inDefs(stack)) {
        const scale = Math.sqrt(Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]));
        const strokeWidth = Number(a['stroke-width'] ?? 1) * scale;
        const all = subs.flatMap((x) => x.points);
        const pad = strokeWidth / 2;
        const bbox: Shape['bbox'] = [
          Math.min(...all.map((q) => q[0])) - pad,
          Math.min(...all.map((q) => q[1])) - pad,
          Math.max(...all.map((q) => q[0])) + pad,
          Math.max(...all.map((q) => q[1])) + pad,
        ];
        shapes.push({
          bbox,
          index: index++,
          tag,
          subs,
          fill: paintOf(a.fill, { kind: 'colour', colour: { r: 0, g: 0, b: 0, a: 1 } }),
          fillOpacity: opacity * Number(a['fill-opacity'] ?? 1),
          stroke: paintOf(a.stroke, { kind: 'none' }),
          strokeOpacity: opacity * Number(a['stroke-opacity'] ?? 1),
          strokeWidth,
          clips: frameClips,
          mark: a.ecmeta_ssr_type === 'chart',
          d: `${a.d ?? a.points ?? ''}${a.transform ?? ''}`,
        });
      }
    }
    if (tag === 'stop') {
      const owner = [...stack].reverse().find((f) => f.paintId);
      const colour = parseColour(a['stop-color'] ?? '#000');
      if (owner?.paintId && colour) {
        const list = paints.get(owner.paintId) ?? [];
        list.push({ ...colour, a: colour.a * Number(a['stop-opacity'] ?? 1) });
        paints.set(owner.paintId, list);
      }
    }
    if (selfClosing || SHAPES.has(tag) || tag === 'stop') continue;
    const frame: Frame = { tag, matrix, opacity, clips: frameClips, attrs: a };
    if (tag === 'pattern' || /Gradient$/.test(tag)) {
      frame.paintId = a.id;
      // A gradient's stops or a pattern's marks are drawn over what is under the shape; a
      // gradient has no gaps.
      if (a.id && !paints.has(a.id)) paints.set(a.id, []);
    }
    if (tag === 'clipPath') frame.clipId = a.id;
    if (tag === 'svg' && stack.length > 1) {
      // A nested svg: placed at its x, y (its viewBox is its own size in what ECharts writes).
      frame.matrix = mul(matrix, [1, 0, 0, 1, Number(a.x ?? 0), Number(a.y ?? 0)]);
    }
    stack.push(frame);
  }
  return { shapes, texts, paints, clips };
}

const inDefs = (stack: readonly { tag: string }[]) =>
  stack.some((f) => f.tag === 'defs' || f.tag === 'pattern' || f.tag === 'clipPath');

/** The text properties an element inherits from the groups and svgs around it. */
function inherited(stack: readonly { attrs: Record<string, string> }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of stack)
    for (const k of ['font-family', 'font-size', 'font-weight', 'fill'])
      if (f.attrs[k] !== undefined) out[k] = f.attrs[k] as string;
  return out;
}

// ---- what is under a point ----------------------------------------------------------------

const key = (c: Rgb) => `${c.r},${c.g},${c.b}`;

function clipped(d: Drawing, clipIds: readonly string[], p: Point): boolean {
  return clipIds.some((id) => {
    const c = d.clips.get(id);
    return c !== undefined && !inside(c, p);
  });
}

/** The colours a paint can leave on `under`: a colour composited on it; a pattern's gaps leave it. */
function paintOver(d: Drawing, paint: Paint, opacity: number, under: Rgb[]): Rgb[] {
  if (paint.kind === 'none' || opacity <= 0) return under;
  if (paint.kind === 'colour') return under.map((u) => over(paint.colour, u, opacity));
  const colours = d.paints.get(paint.id);
  if (!colours) throw new Error(`a paint the SVG does not define: #${paint.id}`);
  const out = [...under];
  for (const c of colours) for (const u of under) out.push(over(c, u, opacity));
  return out;
}

const unique = (cs: Rgb[]) => [...new Map(cs.map((c) => [key(c), c])).values()];

/** A stroke thinner than this (px) is a hairline: an axis or grid line, not what a text is read on. */
const HAIRLINE = 2;

/**
 * Every colour that can be under point `p` once the shapes before `before` (paint order) are drawn,
 * leaving out the shapes `skip` says.
 */
export function coloursUnder(
  d: Drawing,
  background: Rgb,
  p: Point,
  before: number,
  skip: (s: Shape) => boolean = () => false,
): Rgb[] {
  let colours: Rgb[] = [background];
  for (const s of d.shapes) {
    if (s.index >= before) break;
    const [x0, y0, x1, y1] = s.bbox;
    if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) continue;
    if (skip(s) || clipped(d, s.clips, p)) continue;
    if (s.fill.kind !== 'none' && s.fillOpacity > 0 && inside(s.subs, p))
      colours = unique(paintOver(d, s.fill, s.fillOpacity, colours));
    if (
      s.stroke.kind !== 'none' &&
      s.strokeWidth >= HAIRLINE &&
      s.strokeOpacity > 0 &&
      nearStroke(s.subs, p, s.strokeWidth / 2)
    )
      colours = unique(paintOver(d, s.stroke, s.strokeOpacity, colours));
  }
  return colours;
}

export interface Measured {
  /** The text, or the mark's tag and colour. */
  what: string;
  ratio: number;
  /** The text's (or mark's) colour and the colour under it that gave the ratio. */
  fg: string;
  bg: string;
  fontSize?: number;
  bold?: boolean;
}

/** Points inside a text's box where its glyphs are: the middle of the em box, across its width. */
function textPoints(t: DrawnText): Point[] {
  const { x, y, width, height } = t.box;
  const nx = Math.max(2, Math.ceil(width / 6));
  const out: Point[] = [];
  for (const fy of [0.3, 0.5, 0.7])
    for (let i = 0; i < nx; i++)
      out.push(apply(t.matrix, [x + ((i + 0.5) / nx) * width, y + fy * height]));
  return out;
}

/** Every text of the drawing, with the lowest contrast of its colour against what is under its box. */
export function textContrasts(d: Drawing, background: Rgb): Measured[] {
  return d.texts.map((t) => {
    let worst: Measured = {
      what: t.text,
      ratio: 21,
      fg: '',
      bg: '',
      fontSize: t.fontSize,
      bold: t.bold,
    };
    for (const p of textPoints(t)) {
      if (clipped(d, t.clips, p)) continue;
      for (const under of coloursUnder(d, background, p, t.index)) {
        const fg = over(t.fill, under);
        const ratio = contrast(fg, under);
        if (ratio < worst.ratio) worst = { ...worst, ratio, fg: hex(fg), bg: hex(under) };
      }
    }
    return worst;
  });
}

/** A point inside a shape (its box's centre when that is inside it, else its first vertex nudged inwards). */
function pointIn(s: Shape): Point | undefined {
  const all = s.subs.flatMap((x) => x.points);
  if (!all.length) return undefined;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const c: Point = [
    (Math.min(...xs) + Math.max(...xs)) / 2,
    (Math.min(...ys) + Math.max(...ys)) / 2,
  ];
  if (inside(s.subs, c)) return c;
  for (const p of all) {
    const q: Point = [p[0] + (c[0] - p[0]) * 0.1, p[1] + (c[1] - p[1]) * 0.1];
    if (inside(s.subs, q)) return q;
  }
  return undefined;
}

/** A paint that shows as the mark's colour: opaque enough to be the mark, not a tint behind it. */
const MARK_ALPHA = 0.5;

/**
 * Every series mark (WCAG 1.4.11: a graphical object against what is next to it): what ECharts tags
 * as a series' element, and any shape painted in one of the `palette`'s colours (a line series'
 * stroke is not tagged); its fill when it has one, else its stroke, with any pattern drawn over the same shape, against what is under it.
 * Tints (a paint under half opaque, such as a lane's band) are not marks: they are what marks and
 * texts are read on.
 */
export function markContrasts(
  d: Drawing,
  background: Rgb,
  palette: readonly string[] = [],
): Measured[] {
  const out: Measured[] = [];
  const paletteKeys = new Set(palette.map((c) => key(parseColour(c) as Rgb)));
  const ofPalette = (p: Paint) => p.kind === 'colour' && paletteKeys.has(key(p.colour));
  const isMark = (s: Shape) => s.mark || ofPalette(s.fill) || ofPalette(s.stroke);
  for (const [i, s] of d.shapes.entries()) {
    if (!isMark(s)) continue;
    const fillA = s.fill.kind === 'colour' ? s.fill.colour.a * s.fillOpacity : 0;
    const strokeA = s.stroke.kind === 'colour' ? s.stroke.colour.a * s.strokeOpacity : 0;
    const useFill = fillA >= MARK_ALPHA;
    const paint = useFill ? s.fill : s.stroke;
    if (paint.kind !== 'colour' || (!useFill && (strokeA < MARK_ALPHA || s.strokeWidth <= 0)))
      continue;
    const first = s.subs[0]?.points;
    const p = useFill
      ? pointIn(s)
      : first && first.length > 1
        ? ([
            ((first[0] as Point)[0] + (first[1] as Point)[0]) / 2,
            ((first[0] as Point)[1] + (first[1] as Point)[1]) / 2,
          ] as Point)
        : undefined;
    if (!p || clipped(d, s.clips, p)) continue;
    // What a mark is read against is what is behind the marks: another piece of the same mark
    // (a range's line under its end dots, an outline over its fill) is not its backdrop.
    const unders = coloursUnder(d, background, p, s.index, isMark);
    let colours = paintOver(d, paint, useFill ? s.fillOpacity : s.strokeOpacity, unders);
    // The decal of the pattern-fill view: drawn next, over the same shape.
    const next = d.shapes[i + 1];
    if (next && next.d === s.d && next.fill.kind === 'ref')
      colours = paintOver(d, next.fill, next.fillOpacity, colours);
    let worst: Measured = { what: `${s.tag} ${hex(paint.colour)}`, ratio: 21, fg: '', bg: '' };
    for (const c of unique(colours))
      for (const u of unders) {
        const ratio = contrast(c, u);
        if (ratio < worst.ratio) worst = { ...worst, ratio, fg: hex(c), bg: hex(u) };
      }
    out.push(worst);
  }
  return out;
}
