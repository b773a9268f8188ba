import { useSlideNotes } from '../../components/panel-context';
import { REPORTS } from '../../data/reports';
import type { TimelineData } from '../../data/timeline';
import { formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { PRESENT_WORDS as W } from '../../i18n/present';

/** The meeting the reports cover, read from the timeline data (not typed in here). */
const MEETING_ID = 'huzhou-meeting-2020';

export function TitleSlide({ lang, timeline }: { lang: Lang; timeline: TimelineData | undefined }) {
  const meeting = timeline?.events.find((e) => e.id === MEETING_ID);
  const meetingLine = meeting
    ? `${formatPeriod(meeting.date, lang)} · ${meeting.label[lang]}`
    : undefined;
  const sentence = meeting?.sources.find((s) => 'sentence' in s);
  useSlideNotes('frame', [
    t(lang, 'appTitle'),
    ...(sentence && 'sentence' in sentence ? [`“${sentence.sentence}”`] : []),
  ]);
  return (
    <section className="fixed-slide title-slide">
      <h1>{t(lang, 'appTitle')}</h1>
      <p className="lead">{t(lang, 'appSubtitle')}</p>
      {meetingLine && <p className="meeting">{meetingLine}</p>}
      <p className="as-of">{t(lang, 'dataAsOf')}</p>
      <p className="keys">{W.keysHelp[lang]}</p>
    </section>
  );
}

export function SourcesSlide({ lang }: { lang: Lang }) {
  useSlideNotes('frame', [W.sourcesIntro[lang], W.derivedNote[lang]]);
  return (
    <section className="fixed-slide sources-slide">
      <h2>{W.sourcesTitle[lang]}</h2>
      <p>{W.sourcesIntro[lang]}</p>
      <ol>
        {Object.entries(REPORTS).map(([id, r]) => (
          <li key={id}>
            <span lang="zh">《{r.title.zh}》</span>
            {lang === 'en' && <span className="translation"> — {r.title.en}</span>}
            <span className="byline" lang="zh">
              {r.byline}
            </span>
          </li>
        ))}
      </ol>
      <p className="derived">{W.derivedNote[lang]}</p>
    </section>
  );
}
