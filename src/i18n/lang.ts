export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
