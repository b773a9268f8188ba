import type { Lang } from '../i18n/lang';
import { sourceSentences } from '../model/sources';
import type { PanelContent, PanelModel, ViewKey } from './contract';

/**
 * A panel's speaker notes, from its content alone: the finding (its title), the chart's summary
 * (every plotted value in words) and each verbatim source sentence with its report. Present mode
 * collects the same lines from the mounted frame and chart; the slide deck reads them here.
 */
export function speakerNotes<Data, Model extends PanelModel, Keys extends ViewKey>(
  content: PanelContent<Data, Model, Keys>,
  model: Model,
  lang: Lang,
  name: string,
): string[] {
  const title = content.title(model, lang) ?? name;
  const summary = content.option(model, lang) ? [content.summary(model, lang)] : [];
  return [title, ...summary, ...sourceSentences(model.sources, lang)];
}
