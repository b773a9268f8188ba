import type { TimelineData } from '../../data/timeline';
import type { Lang } from '../../i18n/lang';
import { SourcesSlide, TitleSlide } from './fixed-slides';
import type { Slide } from './slides';

/** What a slide shows: its panel, or the title or sources slide. */
export function SlideBody({
  slide,
  lang,
  timeline,
}: {
  slide: Slide;
  lang: Lang;
  timeline: TimelineData | undefined;
}) {
  if ('panel' in slide) return <slide.panel.Component />;
  if (slide.id === 'title') return <TitleSlide lang={lang} timeline={timeline} />;
  return <SourcesSlide lang={lang} />;
}
