import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePanelLayout } from '../../components/panel-context';
import { crimeQuery } from '../../data/crime';
import { isFetchFailure } from '../../data/problems';
import { timelineQuery } from '../../data/timeline';
import { setView, uiStore } from '../../filters/store';
import type { Lang } from '../../i18n/lang';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { CRIME_TREND_CONTENT } from './content';
import type { CrimeTrendMeta } from './meta';
import type { Milestone } from './model';
import { milestoneLegend } from './option';
import { drawnYearsNote } from './text';
import { CRIME_WORDS as w } from './words';

/** Huzhou's criminal cases and homicides: reported years only, each metric on its own scale. */
export function CrimeTrendPanel({ meta }: PanelViewProps<CrimeTrendMeta>) {
  const crime = useQuery(crimeQuery);
  // The milestones are a bonus: a broken timeline file must not take the crime chart down with it.
  const timeline = useQuery(timelineQuery);
  const data = useMemo(
    () => crime.data && { crime: crime.data, timeline: timeline.data },
    [crime.data, timeline.data],
  );
  const timelineBroken = timeline.isError;
  // A slide has no notes under the chart: the key of the milestones stands beside it instead.
  const slide = usePanelLayout() === 'slide';
  return (
    <ContentPanel
      meta={meta}
      content={CRIME_TREND_CONTENT}
      source={{ status: crime.status, error: crime.error, refetch: crime.refetch, data }}
      kicker={w.kicker}
      layout={slide ? SLIDE_LAYOUT : undefined}
      onChartEvents={ON_EVENTS}
      notes={({ lang, model }) => (
        <>
          <p>{drawnYearsNote(model, lang)}</p>
          {model.metrics.some((m) => m.decline) && <p>{w.derivedNote[lang]}</p>}
          {timelineBroken && (
            <p className="warn">
              {(isFetchFailure(timeline.error) ? w.timelineNotLoaded : w.timelineInvalid)[lang]}
            </p>
          )}
          {model.milestones.length > 0 && (
            <MilestoneList milestones={model.milestones} lang={lang} />
          )}
        </>
      )}
    >
      {({ lang, model }, chart) =>
        slide && !model.empty && model.milestones.length > 0 ? (
          <div className="ct-slide">
            <div className="ct-slide-chart">{chart}</div>
            <div className="ct-key">
              <h3>{w.milestones[lang]}</h3>
              <MilestoneList milestones={model.milestones} lang={lang} />
            </div>
          </div>
        ) : (
          chart
        )
      }
    </ContentPanel>
  );
}

/** On a slide the chart is a little shorter than its body, with room to spare for the source line. */
const SLIDE_LAYOUT = { scale: 0.95 };

/** Each milestone with its number as on the chart (▒ for a shaded period), in axis order. */
function MilestoneList({ milestones, lang }: { milestones: readonly Milestone[]; lang: Lang }) {
  return (
    <ul className="milestone-list" aria-label={w.milestones[lang]}>
      {milestoneLegend(milestones).map((m) => (
        <li key={m.id}>
          <span className="mark" aria-hidden="true">
            {m.mark}
          </span>{' '}
          {m.label[lang]}
        </li>
      ))}
    </ul>
  );
}

// A click on a year's point shows that year alone; a second click shows every year again.
const ON_EVENTS = {
  click(params: unknown) {
    const p = params as { componentType?: string; value?: unknown };
    if (p.componentType !== 'series' || !Array.isArray(p.value)) return;
    const year = p.value[0] as number;
    const { from, to } = uiStore.getState().view;
    setView(
      from === year && to === year ? { from: undefined, to: undefined } : { from: year, to: year },
    );
  },
};

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = CRIME_TREND_CONTENT;
export { CrimeTrendPanel as View };
