import { useUi } from '../../components/use-ui';
import { SLIDES, type Slide, slideIndex } from './slides';

/** What both windows of the show read: language, theme, present state, and the slide shown. */
export function useShow() {
  const { lang, theme, present } = useUi((s) => ({
    lang: s.view.lang,
    theme: s.view.theme,
    present: s.present,
  }));
  const index = slideIndex(present.slide);
  const slide = (SLIDES[index] ?? SLIDES[0]) as Slide;
  return { lang, theme, present, index, slide };
}
