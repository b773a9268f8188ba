import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';

/**
 * The dashboard's title and subtitle: in its header, and (in the default language) in the page's
 * own HTML while the code loads (vite.config.ts, staticShell), so the two are one markup.
 */
export function Brand({ lang }: { lang: Lang }) {
  return (
    <div className="brand">
      <h1>{t(lang, 'appTitle')}</h1>
      <p className="subtitle">
        {t(lang, 'appSubtitle')} · <span className="as-of">{t(lang, 'dataAsOf')}</span>
      </p>
    </div>
  );
}
