import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { crimeQuery } from '../../data/crime';
import { timelineQuery } from '../../data/timeline';
import { setView, uiStore } from '../../filters/store';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { CRIME_TREND_CONTENT } from './content';
import type { CrimeTrendMeta } from './meta';
import { milestoneLegend } from './option';
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
  return (
    <ContentPanel
      meta={meta}
      content={CRIME_TREND_CONTENT}
      source={{ status: crime.status, error: crime.error, refetch: crime.refetch, data }}
      kicker={w.kicker}
      onChartEvents={ON_EVENTS}
      notes={({ lang, model }) => (
        <>
          <p>{w.gapNote[lang]}</p>
          <p>{w.derivedNote[lang]}</p>
          {timelineBroken && (
            <p className="warn">
              {lang === 'zh'
                ? '大事记数据无法加载,未显示里程碑。'
                : 'The timeline file could not be loaded; milestones are not shown.'}
            </p>
          )}
          {model.milestones.length > 0 && (
            <ul className="milestone-list" aria-label={w.milestones[lang]}>
              {milestoneLegend(model.milestones).map((m) => (
                <li key={m.id}>
                  <span className="mark" aria-hidden="true">
                    {m.mark}
                  </span>{' '}
                  {m.label[lang]}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    />
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

/** The panel's pure content, for what reads it beside the view (the slide deck), from this chunk. */
export const content = CRIME_TREND_CONTENT;
