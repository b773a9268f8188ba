import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef } from 'react';
import { chartThemeName, TOKENS } from '../../charts/themes';
import { usePanelLayout, useProjector } from '../../components/panel-context';
import { useUi } from '../../components/use-ui';
import { EVENT_CATEGORIES, type EventCategory, timelineQuery } from '../../data/timeline';
import { toggleFromPanel } from '../../filters/cross-filters';
import { setView, uiStore } from '../../filters/store';
import { CATEGORY_LABELS } from '../../i18n/filter-labels';
import { formatPeriod, markNumber } from '../../i18n/format';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { TIMELINE_CONTENT } from './content';
import { TimelineDetail } from './detail';
import type { TimelineMeta } from './meta';
import type { MarkKind } from './model';
import { markLegend, sharedRangeNotes } from './text';
import { TIMELINE_WORDS as W } from './words';

/**
 * The event the page's link opened (read when this chunk loads, after the link was): its detail is
 * scrolled into view once, the first time the dashboard draws it; a click never scrolls.
 */
let linkEvent: string | undefined = uiStore.getState().view.event;

/** Rows tighter on a slide, so the chart, its notes and the key of its numbers fit the 16:9 stage. */
const SLIDE_SCALE = 0.75;

/** The YRD police-integration timeline: every dated event in its category lane, at the precision the article gives. */
export function TimelinePanel({ meta }: PanelViewProps<TimelineMeta>) {
  const theme = useUi((s) => s.view.theme);
  const projector = useProjector();
  // On a slide the chart, its legend and the key of its numbers are the whole story: no list,
  // detail or lane buttons.
  const panelLayout = usePanelLayout();
  const slide = panelLayout === 'slide';
  const palette = TOKENS[chartThemeName(theme, projector)].palette;
  const laneColor = (c: EventCategory) => palette[EVENT_CATEGORIES.indexOf(c) % palette.length];
  const detailId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const layout = useMemo(() => ({ scale: slide ? SLIDE_SCALE : 1 }), [slide]);

  return (
    <ContentPanel
      meta={meta}
      content={TIMELINE_CONTENT}
      source={useQuery(timelineQuery)}
      kicker={W.kicker}
      layout={layout}
      // A mark opens its event's detail; a lane's label is a label (the chips above filter).
      onChartEvents={({ model }) => ({
        click(params: unknown) {
          const p = params as { componentType?: string; data?: { id?: string } };
          if (p.componentType === 'series' && p.data?.id)
            setView({ event: p.data.id === model.selected?.mark.event.id ? undefined : p.data.id });
        },
      })}
      lead={({ view, lang, model }) =>
        !slide && (
          <fieldset className="tl-lanes">
            <legend>{W.lanes[lang]}</legend>
            {EVENT_CATEGORIES.map((c) => {
              const count = model.marks.filter((m) => m.event.category === c).length;
              return (
                <button
                  key={c}
                  type="button"
                  className="chip tl-lane"
                  aria-pressed={view.categories.includes(c)}
                  data-lane={c}
                  onClick={() => toggleFromPanel(meta.id, 'categories', c)}
                >
                  <span
                    className="tl-swatch"
                    style={{ background: laneColor(c) }}
                    aria-hidden="true"
                  />
                  {CATEGORY_LABELS[c][lang]} <span className="tl-count">{count}</span>
                </button>
              );
            })}
          </fieldset>
        )
      }
    >
      {({ lang, model }, chart) => {
        const selectedId = model.selected?.mark.event.id;
        const open = (id: string) => {
          setView({ event: id });
          // Keyboard and screen-reader users land on the detail they asked for.
          requestAnimationFrame(() => headingRef.current?.focus());
        };
        const close = () => {
          const id = selectedId;
          setView({ event: undefined });
          requestAnimationFrame(() =>
            listRef.current?.querySelector<HTMLButtonElement>(`[data-event="${id}"]`)?.focus(),
          );
        };
        const notes = !model.empty && (
          <div className="tl-notes">
            <ul className="tl-marks" aria-label={W.marks[lang]}>
              {markLegend(model, lang).map((l) => (
                <li key={l.kind}>
                  <MarkGlyph kind={l.kind} /> {l.text}
                </li>
              ))}
            </ul>
            {sharedRangeNotes(model, lang, { caseDates: !slide }).map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        );
        if (slide)
          return (
            <div className="tl-slide">
              <div className="tl-slide-chart">
                {chart}
                {notes}
              </div>
              {!model.empty && (
                <div className="tl-key">
                  <h3>{W.keyHeading[lang]}</h3>
                  <ol className="tl-key-list">
                    {model.marks.map((m) => (
                      <li key={m.event.id}>
                        <span className="tl-num" style={{ color: laneColor(m.event.category) }}>
                          {markNumber(m.number)}
                        </span>
                        <span>{m.event.label[lang]}</span>
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </div>
          );
        return (
          <>
            {chart}
            {notes}
            {model.selected && (
              <TimelineDetail
                // Only on the dashboard: an embed sizes its frame to the panel, and scrolling
                // there would scroll the host page.
                reveal={panelLayout === 'dashboard' && model.selected.mark.event.id === linkEvent}
                onRevealed={forgetLinkEvent}
                mark={model.selected.mark}
                visible={model.selected.visible}
                lang={lang}
                color={laneColor(model.selected.mark.event.category)}
                onClose={close}
                headingRef={headingRef}
                id={detailId}
              />
            )}
            {model.marks.length > 0 && (
              <>
                <h3 className="tl-list-heading">
                  {W.listHeading[lang]}
                  <span className="screen-only">{W.listHint[lang]}</span>
                </h3>
                <ol className="tl-list" ref={listRef}>
                  {model.marks.map((m) => (
                    <li key={m.event.id}>
                      <button
                        type="button"
                        className="tl-item"
                        data-event={m.event.id}
                        aria-expanded={m.event.id === selectedId}
                        aria-controls={m.event.id === selectedId ? detailId : undefined}
                        onClick={() => (m.event.id === selectedId ? close() : open(m.event.id))}
                      >
                        <span className="tl-num" style={{ color: laneColor(m.event.category) }}>
                          {markNumber(m.number)}
                        </span>
                        <span>
                          <span className="tl-when">{formatPeriod(m.event.date, lang)}</span>
                          {m.event.label[lang]}
                        </span>
                      </button>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        );
      }}
    </ContentPanel>
  );
}

/** The link's event has been scrolled to: no later opening of a detail scrolls. */
function forgetLinkEvent() {
  linkEvent = undefined;
}

/** The marks of the chart, drawn small for the legend (currentColor follows the text). */
function MarkGlyph({ kind }: { kind: MarkKind }) {
  return (
    <svg className="tl-glyph" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
      {kind === 'day' && <circle cx="12" cy="6" r="5" fill="currentColor" />}
      {kind === 'span' && <rect x="1" y="2" width="22" height="8" rx="2" fill="currentColor" />}
      {kind === 'toDate' && (
        <>
          <rect x="1" y="3" width="20" height="6" rx="1" fill="currentColor" />
          <rect x="20" y="0" width="2" height="12" fill="currentColor" />
        </>
      )}
      {kind === 'recent' && (
        <circle
          cx="12"
          cy="6"
          r="4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="3 2"
        />
      )}
    </svg>
  );
}

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = TIMELINE_CONTENT;
export { TimelinePanel as View };
