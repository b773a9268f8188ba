import { dismissNotices } from '../filters/store';
import { t } from '../i18n/messages';
import { useLang, useUi } from './use-ui';

/** Says which parts of the link were ignored, and why; the rest of the view still opens. */
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
          <li key={i}>
            <code>
              {n.key}={n.raw}
            </code>
            : {n.reason}
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={dismissNotices}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
