// What a baked page records about its bake (src/bake/bake-dist.ts writes it, src/app/baked.tsx
// reads it): no React, no ECharts; imported by the page's entry.

/** The name and id of the `<meta>` holding the BakeRecord (JSON in its content). */
export const BAKE_RECORD_ID = 'yrd-bake';

export interface BakeRecord {
  /** ISO date (YYYY-MM-DD) the page was baked. */
  date: string;
  /** The language the page was baked in. */
  lang: 'zh' | 'en';
  /** Each data file the page was baked from → dataHash() of its validated content. */
  hashes: Record<string, string>;
  /** The embed page (one baked embed per panel): each panel's id → the data files its embed was
   *  baked from (the embed shown hydrates from those alone). */
  embeds?: Record<string, string[]>;
}

/**
 * A short hash of a data file's validated content (FNV-1a, 32 bits, over its JSON): the page
 * records it at bake time and compares the live file's with it. Not a security measure: it only
 * tells whether the figures the page was baked with are still the ones on the server.
 */
export function dataHash(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The page's bake record, or undefined on a page that was not baked (dev, tests in jsdom). */
export function readBakeRecord(): BakeRecord | undefined {
  if (typeof document === 'undefined') return undefined;
  const text = document.getElementById(BAKE_RECORD_ID)?.getAttribute('content');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as BakeRecord;
  } catch {
    return undefined;
  }
}
