// With their extensions: vite.config.ts imports this file, and the native config loader (Node's
// own) resolves no extensionless import.
import type { Lang } from '../../i18n/lang.ts';
import { t } from '../../i18n/messages.ts';

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
