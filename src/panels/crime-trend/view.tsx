import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Chart } from '../../components/chart';
import { PanelFrame } from '../../components/panel-frame';
import { useKept } from '../../components/use-kept';
import { useStructural } from '../../components/use-structural';
import { useViewKeys } from '../../components/use-ui';
import { crimeQuery } from '../../data/crime';
import { timelineQuery } from '../../data/timeline';
import { setView } from '../../filters/store';
import type { PanelViewProps } from '../contract';
import { CRIME_TREND_CONTENT as C } from './content';
import type { CrimeTrendMeta } from './meta';
import { milestoneLegend } from './option';
import { CRIME_WORDS } from './words';

/** Huzhou's criminal cases and homicides: reported years only, each metric on its own scale. */
export function CrimeTrendPanel({ meta }: PanelViewProps<CrimeTrendMeta>) {
  const view = useViewKeys(...meta.viewKeys);
  const { lang } = view;
  const crime = useQuery(crimeQuery);
  // The milestones are a bonus: a broken timeline file must not take the crime chart down with it.
  const timeline = useQuery(timelineQuery);
  const data = useMemo(
    () => crime.data && { crime: crime.data, timeline: timeline.data },
    [crime.data, timeline.data],
  );
  // Same content, same object: an unchanged panel redraws nothing.
  const model = useStructural(
    useMemo(() => (data ? C.model(data, view) : undefined), [data, view]),
  );
  const option = useMemo(() => (model ? C.option(model, lang) : undefined), [model, lang]);
  const drawn = useKept(
    useMemo(
      () =>
        option && model && !model.empty
          ? { option, summary: C.summary(model, lang), height: C.chartHeight(model, lang) }
          : undefined,
      [option, model, lang],
    ),
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
      id={meta.id}
      lang={lang}
      kicker={w.kicker[lang]}
      title={model ? C.title(model, lang) : undefined}
      query={crime}
      sources={model?.sources ?? []}
      table={model ? C.table(model, lang) : undefined}
      exportChart={option}
      minHeight={meta.heights.loading}
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
      {model?.empty && <p className="panel-empty">{data && C.emptyReason(model, data, lang)}</p>}
      {drawn.value && (
        <Chart
          name={meta.id}
          option={drawn.value.option}
          summary={drawn.value.summary}
          height={drawn.value.height}
          onEvents={onEvents}
          hidden={drawn.hidden}
        />
      )}
    </PanelFrame>
  );
}
