import { dismissNotices } from '../filters/store';
import { t } from '../i18n/messages';
import { REASON_COLON, reasonParts } from '../i18n/reasons';
import { useLang, useUi } from './use-ui';

/**
 * Says which parts of the link were ignored, and why, in the page's words (the default language
 * when `lang` itself was the bad value); the keys, values and spellings stand as typed, as code.
 * The rest of the view still opens.
 */
export function Notices() {
  const lang = useLang();
  const notices = useUi((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-notice="url">
      <p>{t(lang, 'noticeTitle')}</p>
      <ul>
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same key and value may be reported for two reasons
          <li key={i} data-reason={n.reason.code}>
            {n.reason.code !== 'more-unknown-keys' && (
              <>
                <code>
                  {n.key}={n.raw}
                </code>
                {REASON_COLON[lang]}
              </>
            )}
            {reasonParts(n.reason, lang).map((part, j) =>
              typeof part === 'string' ? (
                part
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence, never reordered
                <code key={j}>{part.literal}</code>
              ),
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={dismissNotices}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
