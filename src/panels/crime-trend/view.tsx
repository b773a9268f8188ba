import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { usePanelLayout } from '../../components/panel-context';
import { crimeQuery } from '../../data/crime';
import { isFetchFailure } from '../../data/problems';
import { timelineQuery } from '../../data/timeline';
import { filterYearFromPanel } from '../../filters/cross-filters';
import type { ViewState } from '../../filters/filters';
import { fill } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { CRIME_TREND_CONTENT } from './content';
import type { CrimeTrendMeta } from './meta';
import { type Milestone, metricsOutOfYears, pointById } from './model';
import { milestoneLegend } from './option';
import { drawnYearsNote, outOfYearsNote, pointText } from './text';
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
  // The point a click or tap chose: its detail under the chart (the tooltip shows it too). A
  // click never filters by itself; the detail's button does, and says so.
  const [pointId, setPointId] = useState<string>();
  const onChartEvents = useMemo(
    () => ({
      click(params: unknown) {
        const p = params as { componentType?: string; data?: { id?: string } };
        if (p.componentType === 'series' && p.data?.id) setPointId(p.data.id);
      },
    }),
    [],
  );
  return (
    <ContentPanel
      meta={meta}
      content={CRIME_TREND_CONTENT}
      source={{ status: crime.status, error: crime.error, refetch: crime.refetch, data }}
      kicker={w.kicker}
      layout={slide ? SLIDE_LAYOUT : undefined}
      onChartEvents={onChartEvents}
      notes={({ view, lang, model }) => (
        <>
          {crime.data &&
            metricsOutOfYears(crime.data, view).map((h) => (
              <p key={h.series.id} data-out-of-years={h.series.id}>
                {outOfYearsNote(h, lang)}
              </p>
            ))}
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
      {({ view, lang, model }, chart) => {
        if (slide && !model.empty && model.milestones.length > 0)
          return (
            <div className="ct-slide">
              <div className="ct-slide-chart">{chart}</div>
              <div className="ct-key">
                <h3>{w.milestones[lang]}</h3>
                <MilestoneList milestones={model.milestones} lang={lang} />
              </div>
            </div>
          );
        const hit = !slide && pointId ? pointById(model, pointId) : undefined;
        return (
          <>
            {chart}
            {hit && (
              <PointDetail
                panel={meta.id}
                text={pointText(hit.metric, hit.point, lang)}
                year={hit.point.year}
                view={view}
                lang={lang}
                onClose={() => setPointId(undefined)}
              />
            )}
          </>
        );
      }}
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

/** A chosen point's detail: what it is, and filtering to its year as an act of its own. */
function PointDetail({
  panel,
  text,
  year,
  view,
  lang,
  onClose,
}: {
  panel: string;
  text: string;
  year: number;
  view: Pick<ViewState, 'from' | 'to'>;
  lang: Lang;
  onClose: () => void;
}) {
  const only = view.from === year && view.to === year;
  return (
    <section className="ct-point" aria-label={w.pointHeading[lang]} data-point-year={year}>
      <p>{text}</p>
      {!only && (
        <button
          type="button"
          className="btn"
          data-action="filter-to-point"
          onClick={() => filterYearFromPanel(panel, year)}
        >
          {fill(w.filterToYear[lang], { year })}
        </button>
      )}
      <button
        type="button"
        className="btn"
        data-action="close-point"
        aria-label={w.closePointLabel[lang]}
        onClick={onClose}
      >
        {w.closePoint[lang]}
      </button>
    </section>
  );
}

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = CRIME_TREND_CONTENT;
export { CrimeTrendPanel as View };
