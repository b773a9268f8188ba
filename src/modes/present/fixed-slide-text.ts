import { REPORTS } from '../../data/reports';
import type { TimelineData } from '../../data/timeline';
import { formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { quoteSentence } from '../../model/sources';

/** The meeting the reports cover, read from the timeline data (not typed in here). */
const MEETING_ID = 'huzhou-meeting-2020';

/** The title slide's words, on the stage and in the slide deck: the app, the meeting, the data's date. */
export function titleSlideText(lang: Lang, timeline: TimelineData | undefined) {
  const meeting = timeline?.events.find((e) => e.id === MEETING_ID);
  const sentence = meeting?.sources.find((s) => 'sentence' in s);
  return {
    title: t(lang, 'appTitle'),
    subtitle: t(lang, 'appSubtitle'),
    meeting: meeting && `${formatPeriod(meeting.date, lang)} · ${meeting.label[lang]}`,
    asOf: t(lang, 'dataAsOf'),
    notes: [
      t(lang, 'appTitle'),
      ...(sentence && 'sentence' in sentence ? [quoteSentence(sentence.sentence)] : []),
    ],
  };
}

/** The four reports as the sources slide lists them: the title as printed, in English a translation. */
export function sourceReports(lang: Lang) {
  return Object.entries(REPORTS).map(([id, r]) => ({
    id,
    title: `《${r.title.zh}》`,
    translation: lang === 'en' ? r.title.en : undefined,
    byline: r.byline,
  }));
}
