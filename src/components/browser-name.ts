/**
 * The browser as a reader would name it in a report, from its user-agent string: the engine that
 * decides what works here (the Chromium kernel of 360, QQ or Sogou browsers as well).
 */
export function browserName(userAgent: string): string {
  const edge = userAgent.match(/Edg(?:e|A|iOS)?\/([\d.]+)/);
  const chrome = userAgent.match(/(?:HeadlessChrome|Chrome|Chromium|CriOS)\/([\d.]+)/);
  if (chrome) return `Chromium ${chrome[1]}${edge ? ` (Edge ${edge[1]})` : ''}`;
  // Any other browser: its own words (the page supports Chromium kernels only).
  return userAgent.slice(0, 160) || 'unknown browser';
}
