import { useQuery } from '@tanstack/react-query';
import { usePanelLayout } from '../../components/panel-context';
import { CATEGORY_LABELS } from '../../i18n/filter-labels';
import type { Lang } from '../../i18n/lang';
import type { PanelViewProps } from '../contract';
import { ContentPanel } from '../panel-view';
import { PROJECTS_CONTENT } from './content';
import type { ProjectsMeta } from './meta';
import { type NamedGroup, projectsCategory } from './model';
import { PROJECTS_CHART } from './option';
import { cooperationQuery } from './schema';
import { namedHiddenNote, namedStatement, openEndNotes } from './text';
import { PROJECTS_WORDS } from './words';

const w = PROJECTS_WORDS;

/** A unit strip is drawn for counts up to this size (10 projects, 26 agreements); beyond, the statement says it. */
const MAX_STRIP = 60;

/** The YRD cooperation in counts: the plan's work and the mechanism's size, and the items the article names. */
export function ProjectsPanel({ meta }: PanelViewProps<ProjectsMeta>) {
  // On a slide nobody clicks: the named items drop their category tags to fit the stage.
  const compact = usePanelLayout() === 'slide';
  return (
    <ContentPanel
      meta={meta}
      content={PROJECTS_CONTENT}
      source={useQuery(cooperationQuery)}
      kicker={w.kicker}
      layout="width"
      chartName={PROJECTS_CHART}
      notes={({ view, lang, model }) => (
        <>
          {view.regions.length > 0 && <p>{w.scopeNote[lang]}</p>}
          {model.work.length > 0 && model.mechanism.length > 0 && <p>{w.scalesNote[lang]}</p>}
          {openEndNotes(model, lang).map((note) => (
            <p key={note}>{note}</p>
          ))}
        </>
      )}
    >
      {({ lang, model, empty, chartBox }, chart) => (
        // A container: side by side when the panel is wide (a slide, a wide embed), stacked
        // otherwise. Kept (hidden) while the panel is empty, so its chart is not built anew.
        <div className="proj" hidden={!!empty}>
          <div className="proj-layout">
            <div className="proj-chart" ref={chartBox}>
              {chart}
            </div>
            {model.named.length > 0 && (
              <div className="proj-side">
                {model.named.map((g) => (
                  <NamedList key={g.of.id} group={g} lang={lang} compact={compact} />
                ))}
              </div>
            )}
          </div>
        </div>
      )}
    </ContentPanel>
  );
}

/** The items the article names out of one count, with an honest "3 of 10" and a strip of the whole.
 *  Each item is text with its category's tag, not a filter button (the filter bar filters). */
function NamedList({ group, lang, compact }: { group: NamedGroup; lang: Lang; compact: boolean }) {
  const total = group.of.value;
  const hidden = namedHiddenNote(group, lang);
  return (
    <section className={compact ? 'proj-named compact' : 'proj-named'} data-named-of={group.of.id}>
      <h3>{namedStatement(group, lang)}</h3>
      {Number.isInteger(total) && total <= MAX_STRIP && total >= group.namedTotal && (
        <p className="proj-strip">
          <span className="proj-units" aria-hidden="true">
            {Array.from({ length: total }, (_, i) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: the units are identical; only their count matters
                key={i}
                className={i < group.namedTotal ? 'unit named' : 'unit'}
              />
            ))}
          </span>
          <span className="proj-legend">
            <span className="unit named" aria-hidden="true" /> {w.stripNamed[lang]}{' '}
            <span className="unit" aria-hidden="true" /> {w.stripUnnamed[lang]}
          </span>
        </p>
      )}
      <ul>
        {group.items.map((item) => {
          const category = projectsCategory(item);
          return (
            <li key={item.id}>
              <div className="proj-item" data-item={item.id} data-category={category}>
                <span className="proj-item-label">{item.label[lang]}</span>
                {!compact && <span className="proj-tag">{CATEGORY_LABELS[category][lang]}</span>}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="proj-rest">
        {w.namedRest[lang]}
        {hidden && ` ${hidden}`}
      </p>
    </section>
  );
}

/** The view module as its meta's load() gives it (panels/contract.ts: PanelCode): the component, and
 *  its pure content for what reads it beside the view (the slide deck). */
export const content = PROJECTS_CONTENT;
export { ProjectsPanel as View };
