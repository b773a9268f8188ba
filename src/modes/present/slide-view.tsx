import { useQuery } from '@tanstack/react-query';
import {
  LayoutContext,
  type NotesReporter,
  ProjectorContext,
  SlideNotesContext,
} from '../../components/panel-context';
import { timelineQuery } from '../../data/timeline';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';
import { SourcesSlide, TitleSlide } from './fixed-slides';
import { SLIDES, type Slide } from './slides';

export interface SlideViewProps {
  slide: Slide;
  /** Its place in the deck, 0-based. */
  index: number;
  lang: Lang;
  /** Where its speaker notes go; null for a slide whose notes nobody reads (the console's next). */
  reportNotes: NotesReporter | null;
}

/**
 * One slide as the projector draws it, on the 1024×576 stage: the same panel components in the
 * slide layout and the projector palette. The projector shows it full size; the presenter console
 * shows the current and the next one scaled down. Give it `key={slide.id}`, so a new slide mounts
 * afresh (its charts and notes with it).
 */
export function SlideView({ slide, index, lang, reportNotes }: SlideViewProps) {
  const timeline = useQuery(timelineQuery);
  return (
    <section
      className="slide"
      data-slide={slide.id}
      aria-roledescription="slide"
      aria-label={fill(W.slideOf[lang], { n: index + 1, m: SLIDES.length })}
    >
      <ProjectorContext.Provider value={true}>
        <LayoutContext.Provider value="slide">
          <SlideNotesContext.Provider value={reportNotes}>
            {'panel' in slide ? (
              <slide.panel.Component />
            ) : slide.id === 'title' ? (
              <TitleSlide lang={lang} timeline={timeline.data} />
            ) : (
              <SourcesSlide lang={lang} />
            )}
          </SlideNotesContext.Provider>
        </LayoutContext.Provider>
      </ProjectorContext.Provider>
    </section>
  );
}
