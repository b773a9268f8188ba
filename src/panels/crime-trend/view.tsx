import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Chart } from '../../components/chart';
import { PanelFrame } from '../../components/panel-frame';
import { useStructural } from '../../components/use-structural';
import { useViewKeys } from '../../components/use-ui';
import { crimeQuery } from '../../data/crime';
import { timelineQuery } from '../../data/timeline';
import { setView } from '../../filters/store';
import { crimeTrendView } from './model';
import { crimeTrendHeight, crimeTrendOption, milestoneLegend } from './option';
import { crimeSummary, crimeTable, crimeTitle } from './text';
import { CRIME_WORDS } from './words';

export const CRIME_TREND_ID = 'crime-trend';

/** Huzhou's criminal cases and homicides: reported years only, each metric on its own scale. */
export function CrimeTrendPanel() {
  const view = useViewKeys('lang', 'from', 'to', 'categories', 'regions', 'metric');
  const { lang } = view;
  const crime = useQuery(crimeQuery);
  // The milestones are a bonus: a broken timeline file must not take the crime chart down with it.
  const timeline = useQuery(timelineQuery);
  // Same content, same object: an unchanged panel redraws nothing.
  const model = useStructural(
    useMemo(
      () => (crime.data ? crimeTrendView(crime.data, timeline.data, view) : undefined),
      [crime.data, timeline.data, view],
    ),
  );
  const option = useMemo(
    () => (model && !model.empty ? crimeTrendOption(model, lang) : undefined),
    [model, lang],
  );
  const onClick = useCallback(
    (params: unknown) => {
      const p = params as { componentType?: string; value?: unknown };
      if (p.componentType !== 'series' || !Array.isArray(p.value)) return;
      const year = p.value[0] as number;
      setView(
        view.from === year && view.to === year
          ? { from: undefined, to: undefined }
          : { from: year, to: year },
      );
    },
    [view.from, view.to],
  );
  const onEvents = useMemo(() => ({ click: onClick }), [onClick]);
  const w = CRIME_WORDS;

  return (
    <PanelFrame
      id={CRIME_TREND_ID}
      lang={lang}
      kicker={w.kicker[lang]}
      title={model ? crimeTitle(model, lang) : undefined}
      query={crime}
      sources={model?.sources ?? []}
      table={model ? crimeTable(model, lang) : undefined}
      exportChart={option}
      minHeight={460}
      notes={
        model &&
        !model.empty && (
          <>
            <p>{w.gapNote[lang]}</p>
            <p>{w.derivedNote[lang]}</p>
            {timeline.isError && (
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
        )
      }
    >
      {model?.empty ? (
        <p className="panel-empty">{model.empty === 'scope' ? w.noScope[lang] : w.noYears[lang]}</p>
      ) : (
        option &&
        model && (
          <Chart
            name={CRIME_TREND_ID}
            option={option}
            summary={crimeSummary(model, lang)}
            height={crimeTrendHeight(model)}
            onEvents={onEvents}
          />
        )
      )}
    </PanelFrame>
  );
}
