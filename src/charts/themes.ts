import type { Lang } from '../i18n/lang';
/**
 * Colours and type for every chart, decided here and nowhere else. Palettes are Okabe–Ito based
 * (distinct for the common colour-vision deficiencies), darkened or lightened so each colour has at
 * least 3:1 contrast against its background and text at least 4.5:1 (7:1 on the projector themes).
 * tests/unit/contrast.test.ts holds every chart to it as drawn, each text against what is under it.
 */
export const THEME_NAMES = [
  'yrd-light',
  'yrd-dark',
  'yrd-projector-light',
  'yrd-projector-dark',
] as const;
export type ChartThemeName = (typeof THEME_NAMES)[number];

export interface Tokens {
  background: string;
  text: string;
  muted: string;
  grid: string;
  palette: string[];
  /**
   * Base font size in CSS px. The projector stage is 1024×576 CSS px scaled ×1.875 onto 1920×1080,
   * so the projector themes' 13 px is 24.4 px on the stage; they differ in contrast, not in size.
   */
  fontSize: number;
}

/** For English: a Latin face first, so quotes and apostrophes are not set full-width by the CJK face. */
// Single quotes inside: ECharts writes the stack into SVG `style="…"` attributes, where a double
// quote would end the attribute and break the exported SVG.
export const FONT_FAMILY_EN =
  "'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

/** The font stack for a chart in that language. */
export const fontFamilyFor = (lang: Lang) => (lang === 'en' ? FONT_FAMILY_EN : FONT_FAMILY);

export const TOKENS: Record<ChartThemeName, Tokens> = {
  'yrd-light': {
    background: '#ffffff',
    text: '#1b2230',
    muted: '#4d5666',
    grid: '#d5dae2',
    palette: ['#0068a8', '#c34f00', '#00795b', '#a5417c', '#6b5a00'],
    fontSize: 13,
  },
  'yrd-dark': {
    background: '#141a24',
    text: '#e9edf4',
    muted: '#b4bccb',
    grid: '#364152',
    palette: ['#5cb8ee', '#f0a43a', '#3cc79e', '#e892c4', '#e9dd5a'],
    fontSize: 13,
  },
  'yrd-projector-light': {
    background: '#ffffff',
    text: '#000000',
    muted: '#2b2f36',
    grid: '#9aa3b0',
    palette: ['#00558a', '#903c20', '#005f47', '#8a2f65', '#4f4200'],
    fontSize: 13,
  },
  'yrd-projector-dark': {
    background: '#000000',
    text: '#ffffff',
    muted: '#dfe5ee',
    grid: '#566273',
    palette: ['#6cc4ff', '#ffb347', '#4fe0b5', '#ffa3d6', '#f4ea6a'],
    fontSize: 13,
  },
};

/** A label's plate: the background, the label's text a little inside it. */
const plate = (t: Tokens) => ({
  backgroundColor: t.background,
  padding: [1, 4],
  borderRadius: 2,
});

/** The ECharts theme object for a set of tokens. */
export function themeFor(t: Tokens) {
  const axis = {
    axisLine: { lineStyle: { color: t.muted } },
    axisTick: { lineStyle: { color: t.muted } },
    axisLabel: { color: t.muted, fontSize: t.fontSize },
    splitLine: { lineStyle: { color: t.grid } },
    nameTextStyle: { color: t.muted, fontSize: t.fontSize },
  };
  return {
    color: t.palette,
    backgroundColor: 'transparent',
    textStyle: { color: t.text, fontFamily: FONT_FAMILY, fontSize: t.fontSize },
    title: {
      textStyle: { color: t.text, fontSize: Math.round(t.fontSize * 1.2) },
      subtextStyle: { color: t.muted, fontSize: t.fontSize },
    },
    legend: { textStyle: { color: t.text, fontSize: t.fontSize } },
    tooltip: {
      backgroundColor: t.background,
      borderColor: t.grid,
      textStyle: { color: t.text, fontSize: t.fontSize },
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    // Series labels in the theme's text colour with no halo (ECharts' default is #333 with a white
    // outline, unreadable on the dark themes). A line's labels and a mark line's sit on a plate of the
    // background, so a mark line or a grid line drawn under them stops at their edge instead of
    // crossing the text.
    line: {
      symbolSize: Math.round(t.fontSize * 0.7),
      lineStyle: { width: 2 },
      label: { color: t.text, textBorderWidth: 0, backgroundColor: t.background },
    },
    // A bar's value label sits on a plate of the background, so it reads the same inside a bar
    // (governance's 96.1 %), over its decal pattern or beside it: text on a palette colour fails
    // 4.5:1 in one theme or another whatever one colour the text takes (the dark text on the
    // light theme's blue was 2.7:1, the light text on the dark theme's blue 1.9:1).
    bar: { label: { ...plate(t), color: t.text, textBorderWidth: 0 } },
    // Opaque: ECharts gives a scatter's labels its symbols' 0.8 opacity, which took the timeline's
    // numbered marks (①, in their lane's colour) under 4.5:1 on their lane's band.
    scatter: { label: { color: t.text, textBorderWidth: 0, opacity: 1 } },
    markLine: { label: { color: t.muted, fontSize: t.fontSize, backgroundColor: t.background } },
  };
}

export function registerThemes(echarts: { registerTheme: (name: string, theme: object) => void }) {
  for (const name of THEME_NAMES) echarts.registerTheme(name, themeFor(TOKENS[name]));
}

/** The chart theme for the app theme, on a desk screen or on the projector stage. */
export function chartThemeName(theme: 'light' | 'dark', projector: boolean): ChartThemeName {
  return projector ? `yrd-projector-${theme}` : `yrd-${theme}`;
}
