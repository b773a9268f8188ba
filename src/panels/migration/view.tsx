import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { usePanelLayout } from '../../components/panel-context';
import { toggleFromPanel } from '../../filters/cross-filters';
import { REGION_LABELS } from '../../i18n/filter-labels';
import { fill, listOf } from '../../i18n/format';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { MIGRATION_CONTENT, migrationDrawn } from './content';
import type { MigrationMeta } from './meta';
import { placeName } from './model';
import { migrationQuery } from './schema';
import { hedgeNotes, journeyWords, stageLabel } from './text';
import { MIGRATION_WORDS as W } from './words';

/** Online household-registration transfer: where it started, how many move each year, what it changed for one citizen. */
export function MigrationPanel({ meta }: PanelViewProps<MigrationMeta>) {
  const citiesHeading = useId();
  const durationsHeading = useId();
  // On a slide the chart sits beside the cities and the durations instead of between them.
  const slide = usePanelLayout() === 'slide';
  return (
    <ContentPanel
      meta={meta}
      content={MIGRATION_CONTENT}
      source={useQuery(migrationQuery)}
      kicker={W.kicker}
      notes={({ lang, model }) => {
        if (!migrationDrawn(model)) return undefined;
        const tripRange = model.journey
          .flatMap((st) => st.trips)
          .find((f) => f.valueHigh !== undefined);
        const scopes = model.volumes.map((f) => f.scope);
        const nested = scopes.some((s) => s.includes('yrd')) && scopes.length > 1;
        return (
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
        );
      }}
    >
      {({ view, lang, model }, chart) => {
        const hedges = hedgeNotes(model, lang);
        return (
          // Kept (hidden) while the panel is empty, so its chart is not built anew.
          <div className={slide ? 'mg-body mg-slide' : 'mg-body'} hidden={!!model.empty}>
            <section className="mg-cities" aria-labelledby={citiesHeading}>
              <h3 id={citiesHeading}>
                {W.citiesHeading[lang]}
                {!slide && <span className="screen-only">{W.citiesHint[lang]}</span>}
              </h3>
              {model.cityGroups.length > 0 ? (
                <div className="mg-provinces">
                  {model.cityGroups.map((g) => (
                    <div className="mg-province" key={g.province} data-province={g.province}>
                      <button
                        type="button"
                        className="chip mg-province-button"
                        aria-pressed={view.regions.includes(g.province)}
                        data-region={g.province}
                        onClick={() => toggleFromPanel(meta.id, 'regions', g.province)}
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
                    provinces: listOf(
                      model.cityProvinces.map((p) => REGION_LABELS[p][lang]),
                      lang,
                    ),
                  })}
                </p>
              )}
            </section>
            <div className="mg-chart">
              {chart}
              {hedges.length > 0 && (
                <ul className="mg-hedges">
                  {hedges.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
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
                          <p className="mg-said">
                            {fill(W.asPrinted.en, { reported: f.reported })}
                          </p>
                        )}
                      </div>
                    )),
                  )}
                </div>
              </section>
            )}
          </div>
        );
      }}
    </ContentPanel>
  );
}

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = MIGRATION_CONTENT;
export { MigrationPanel as View };
