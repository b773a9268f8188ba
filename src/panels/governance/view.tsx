import { useQuery } from '@tanstack/react-query';
import { Citation } from '../../components/citations';
import { usePanelLayout } from '../../components/panel-context';
import type { Source } from '../../data/common';
import { fill, formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { GOVERNANCE_CONTENT } from './content';
import type { GovernanceMeta } from './meta';
import type { CountCard } from './model';
import { GOVERNANCE_CHART } from './option';
import { governanceQuery } from './schema';
import { countParts, shareLine, sourceNumber } from './text';
import { GOVERNANCE_WORDS } from './words';

const w = GOVERNANCE_WORDS;

/** Huzhou's governance results: rates on a 0–100 % scale, the change on its own axis, counts as cards. */
export function GovernancePanel({ meta }: PanelViewProps<GovernanceMeta>) {
  // "原句2" opens its sentence in the article reader, which a slide does not have (its sentences
  // are in the speaker notes): a slide leaves the marks out.
  const marks = usePanelLayout() !== 'slide';
  return (
    <ContentPanel
      meta={meta}
      content={GOVERNANCE_CONTENT}
      source={useQuery(governanceQuery)}
      kicker={w.kicker}
      layout="width"
      chartName={GOVERNANCE_CHART}
      notes={({ view, lang, model, option }) => (
        <>
          {view.regions.length > 0 && <p>{w.scopeNote[lang]}</p>}
          {option && <p>{w.formsNote[lang]}</p>}
          {model.counts.some((c) => c.sharePercent !== undefined) && <p>{w.derivedNote[lang]}</p>}
        </>
      )}
    >
      {({ lang, model, empty, chartBox }, chart) => (
        // A container: side by side when the panel is wide (a slide, a wide embed), stacked
        // otherwise. Kept (hidden) while the panel is empty, so its chart is not built anew.
        <div className="gov" hidden={!!empty}>
          <div className="gov-layout">
            <div className="gov-chart" ref={chartBox}>
              {chart}
            </div>
            <div className="gov-side">
              {model.counts.length > 0 && (
                <ul className="gov-cards" aria-label={w.countsHeading[lang]}>
                  {model.counts.map((card) => (
                    <li key={card.figure.id}>
                      <FigureCard
                        card={card}
                        lang={lang}
                        sources={marks ? model.sources : undefined}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {model.findings.length > 0 && (
                <div className="gov-findings">
                  <h3>{w.findingsHeading[lang]}</h3>
                  <ul>
                    {model.findings.map((f) => (
                      <li key={f.id} data-finding={f.id}>
                        {f.label[lang]}{' '}
                        <span className="gov-meta">
                          {formatPeriod(f.period, lang)}
                          {marks && (
                            <SourceMark source={f.source} sources={model.sources} lang={lang} />
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </div>
        </div>
      )}
    </ContentPanel>
  );
}

/** " · 原句2": which of the panel's sentences a figure comes from; a click opens it in its report. */
function SourceMark({
  source,
  sources,
  lang,
}: {
  source: Source;
  sources: readonly Source[];
  lang: Lang;
}) {
  const n = sourceNumber(source, sources, lang);
  return (
    <>
      {' · '}
      <Citation
        source={source}
        lang={lang}
        className="gov-source"
        label={fill(w.sourceMarkLabel[lang], { n })}
      >
        {fill(w.sourceMark[lang], { n })}
      </Citation>
    </>
  );
}

/**
 * One count as a card: the number in the locale's form, its unit, label, period and source. Text,
 * not a button (a card that filtered looked like a figure and emptied the page under the finger);
 * its source mark opens the sentence.
 */
function FigureCard({
  card,
  lang,
  sources,
}: {
  card: CountCard;
  lang: Lang;
  /** The panel's sources, to number the card's; none: no source mark (a slide). */
  sources: readonly Source[] | undefined;
}) {
  const f = card.figure;
  const { number, unit } = countParts(f, lang);
  const share = shareLine(card, lang);
  return (
    <div className="gov-card" data-figure={f.id} data-category={card.category}>
      <span className="gov-card-value">
        <span className="gov-card-number">{number}</span>
        {unit && <span className="gov-card-unit">{unit}</span>}
      </span>
      <span className="gov-card-label">{f.label[lang]}</span>
      {share && card.sharePercent !== undefined && (
        <span className="gov-card-share">
          <span className="gov-meter" aria-hidden="true">
            <span style={{ width: `${Math.min(100, card.sharePercent)}%` }} />
          </span>
          {share}
        </span>
      )}
      <span className="gov-meta">
        {formatPeriod(f.period, lang)}
        {sources && <SourceMark source={f.source} sources={sources} lang={lang} />}
      </span>
    </div>
  );
}

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = GOVERNANCE_CONTENT;
export { GovernancePanel as View };
