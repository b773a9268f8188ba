import { Fragment } from 'react';
import { useSlideNotes } from '../../components/panel-context';
import type { TimelineData } from '../../data/timeline';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { sourceReports, titleSlideText } from './fixed-slide-text';

export function TitleSlide({ lang, timeline }: { lang: Lang; timeline: TimelineData | undefined }) {
  const text = titleSlideText(lang, timeline);
  useSlideNotes('frame', text.notes);
  return (
    <section className="fixed-slide title-slide">
      <h1>{text.title}</h1>
      <p className="lead">{text.subtitle}</p>
      {text.meeting && <p className="meeting">{text.meeting}</p>}
      <p className="as-of">{text.asOf}</p>
      <p className="keys">
        {/* Each key with what it does on one line: the line breaks between them, not inside one. */}
        {W.keysHelp[lang].split(' · ').map((k, i) => (
          <Fragment key={k}>
            {i > 0 && ' · '}
            <span>{k}</span>
          </Fragment>
        ))}
      </p>
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
        {sourceReports(lang).map((r) => (
          <li key={r.id}>
            <span lang="zh">{r.title}</span>
            {r.translation && <span className="translation"> — {r.translation}</span>}
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
