import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Chart } from '../../components/chart';
import { usePanelLayout } from '../../components/chart-context';
import { PanelFrame } from '../../components/panel-frame';
import { useKept } from '../../components/use-kept';
import { useStructural } from '../../components/use-structural';
import { useViewKeys } from '../../components/use-ui';
import { toggleInList } from '../../filters/store';
import { REGION_LABELS } from '../../i18n/filter-labels';
import { fill } from '../../i18n/format';
import type { PanelViewProps } from '../contract';
import { MIGRATION_CONTENT as C, migrationDrawn } from './content';
import type { MigrationMeta } from './meta';
import { placeName } from './model';
import { migrationQuery } from './schema';
import { journeyWords, stageLabel } from './text';
import { MIGRATION_WORDS as W } from './words';

/** Online household-registration transfer: where it started, how many move each year, what it changed for one citizen. */
export function MigrationPanel({ meta }: PanelViewProps<MigrationMeta>) {
  const view = useViewKeys(...meta.viewKeys);
  const { lang } = view;
  const query = useQuery(migrationQuery);
  const citiesHeading = useId();
  const durationsHeading = useId();
  // On a slide the chart sits beside the cities and the durations instead of between them.
  const slide = usePanelLayout() === 'slide';
  // Same content, same object: an unchanged panel redraws nothing.
  const model = useStructural(
    useMemo(() => (query.data ? C.model(query.data, view) : undefined), [query.data, view]),
  );
  const drawn = model && migrationDrawn(model);
  const option = useMemo(() => (model ? C.option(model, lang) : undefined), [model, lang]);
  const kept = useKept(
    useMemo(
      () =>
        option && model && !model.empty
          ? { option, summary: C.summary(model, lang), height: C.chartHeight(model, lang) }
          : undefined,
      [option, model, lang],
    ),
  );

  const tripRange = model?.journey.flatMap((st) => st.trips).find((f) => f.valueHigh !== undefined);
  const hedges = new Set(model?.volumes.map((f) => f.qualifier));
  const scopes = model?.volumes.map((f) => f.scope) ?? [];
  const nested = scopes.some((s) => s.includes('yrd')) && scopes.length > 1;

  return (
    <PanelFrame
      id={meta.id}
      lang={lang}
      kicker={W.kicker[lang]}
      title={model ? C.title(model, lang) : undefined}
      query={query}
      sources={model?.sources ?? []}
      table={model ? C.table(model, lang) : undefined}
      exportChart={option}
      minHeight={meta.heights.loading}
      notes={
        drawn && (
          <>
            {nested && <p>{W.partOf[lang]}</p>}
            {tripRange && (
              <p>
                {fill(W.rangeNote[lang], {
                  reported: tripRange.reported ?? '',
                  low: tripRange.value,
                  high: tripRange.valueHigh ?? '',
                })}
              </p>
            )}
          </>
        )
      }
    >
      {model?.empty && (
        <p className="panel-empty">{query.data && C.emptyReason(model, query.data, lang)}</p>
      )}
      {model && (
        // Kept (hidden) while the panel is empty, so its chart is not built anew.
        <div className={slide ? 'mg-body mg-slide' : 'mg-body'} hidden={!!model.empty}>
          <section className="mg-cities" aria-labelledby={citiesHeading}>
            <h3 id={citiesHeading}>{(slide ? W.citiesHeadingSlide : W.citiesHeading)[lang]}</h3>
            {model.cityGroups.length > 0 ? (
              <div className="mg-provinces">
                {model.cityGroups.map((g) => (
                  <div className="mg-province" key={g.province} data-province={g.province}>
                    <button
                      type="button"
                      className="chip mg-province-button"
                      aria-pressed={view.regions.includes(g.province)}
                      data-region={g.province}
                      onClick={() => toggleInList('regions', g.province)}
                    >
                      {REGION_LABELS[g.province][lang]}{' '}
                      <span className="mg-count">
                        {fill(W.cityCount[lang], { n: g.cities.length })}
                      </span>
                    </button>
                    <ul className="mg-city-list">
                      {g.cities.map((c) => (
                        <li key={c.place}>{placeName(c.place, lang)}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ) : (
              <p className="mg-none">
                {fill(W.noCitiesHere[lang], {
                  provinces: model.cityProvinces
                    .map((p) => REGION_LABELS[p][lang])
                    .join(lang === 'zh' ? '、' : ', '),
                })}
              </p>
            )}
          </section>
          <div className="mg-chart">
            {kept.value && (
              <Chart
                name={meta.id}
                option={kept.value.option}
                summary={kept.value.summary}
                height={kept.value.height}
                hidden={kept.hidden}
              />
            )}
            {(hedges.has('over') || hedges.has('nearly')) && (
              <ul className="mg-hedges">
                {hedges.has('over') && <li>{W.hedgeOver[lang]}</li>}
                {hedges.has('nearly') && <li>{W.hedgeNearly[lang]}</li>}
              </ul>
            )}
            {model.volumes.length === 0 && <p className="mg-none">{W.noVolumesHere[lang]}</p>}
          </div>
          {model.journey.length === 0 ? (
            <p className="mg-none">{W.noJourneyHere[lang]}</p>
          ) : (
            <section className="mg-durations" aria-labelledby={durationsHeading}>
              <h3 id={durationsHeading}>{W.durationHeading[lang]}</h3>
              <div className="mg-cards">
                {model.journey.flatMap((st) =>
                  st.durations.map((f) => (
                    <div className="mg-card" key={f.id} data-stage={st.stage}>
                      <p className="mg-stage">
                        {stageLabel(st, lang)}
                        {st.period.said && (
                          <span className="mg-said">
                            {' '}
                            {fill(W.stageSaid[lang], { said: st.period.said })}
                          </span>
                        )}
                      </p>
                      <p className="mg-duration">{journeyWords(f, lang)}</p>
                      {lang === 'en' && f.reported && (
                        <p className="mg-said">{fill(W.asPrinted.en, { reported: f.reported })}</p>
                      )}
                    </div>
                  )),
                )}
              </div>
            </section>
          )}
        </div>
      )}
    </PanelFrame>
  );
}
