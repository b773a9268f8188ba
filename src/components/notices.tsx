import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { timelineQuery } from '../data/timeline';
import { dismissNotices, refuseLinkValue } from '../filters/store';
import { unknownIn } from '../filters/url';
import { t } from '../i18n/messages';
import { REASON_COLON, reasonParts } from '../i18n/reasons';
import { useLang, useUi } from './use-ui';

/**
 * Says which parts of the link were ignored, and why, in the page's words (the default language
 * when `lang` itself was the bad value); the keys, values and spellings stand as typed, as code.
 * The rest of the view still opens.
 */
export function Notices() {
  useKnownEvent();
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

/**
 * An event id is data: once timeline.json is in, an id no event has is dropped from the view and
 * named in the notice, like any value the link parsers refuse. (A file that failed says so in its
 * panel; the id is not judged then.)
 */
function useKnownEvent() {
  const event = useUi((s) => s.view.event);
  const { data } = useQuery({ ...timelineQuery, enabled: event !== undefined });
  useEffect(() => {
    const notice =
      data &&
      unknownIn(
        'event',
        event,
        data.events.map((e) => e.id),
      );
    if (notice) refuseLinkValue(notice, { event: undefined });
  }, [event, data]);
}
