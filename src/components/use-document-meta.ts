import { useEffect } from 'react';
import type { ViewState } from '../filters/link-keys';
import type { Lang } from '../i18n/lang';

/**
 * Keeps the document's language (zh-CN or en, for screen readers and fonts), theme (the CSS
 * reads `data-theme` on <html>) and title in step with the view. The dashboard and the embed
 * each pass the title they show.
 *
 * Each is written only when it differs: writing `lang` or `data-theme` on <html>, even the same
 * value, has the browser look at the style of the whole page again (a baked page already has them).
 */
export function useDocumentMeta(lang: Lang, theme: ViewState['theme'], title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    const code = lang === 'zh' ? 'zh-CN' : 'en';
    if (root.lang !== code) root.lang = code;
    if (root.dataset.theme !== theme) root.dataset.theme = theme;
    if (document.title !== title) document.title = title;
  }, [lang, theme, title]);
}
