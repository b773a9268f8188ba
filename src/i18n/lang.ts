export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the text for the language from a { zh, en } pair. */
export function pick(label: { zh: string; en: string }, lang: Lang): string {
  return label[lang];
}
