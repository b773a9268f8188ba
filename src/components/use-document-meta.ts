import { useEffect } from 'react';
import type { ViewState } from '../filters/link-keys';
import type { Lang } from '../i18n/lang';

/**
 * Keeps the document's language (zh-CN or en, for screen readers and fonts), theme (the CSS
 * reads `data-theme` on <html>) and title in step with the view. The dashboard and the embed
 * each pass the title they show.
 */
export function useDocumentMeta(lang: Lang, theme: ViewState['theme'], title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
    document.title = title;
  }, [lang, theme, title]);
}
