import { useStore } from 'zustand';
import { crossFilterHolds, crossFilterStore, undoCrossFilter } from '../filters/cross-filters';
import {
  crossFilterGroupLabel,
  crossFilterLabel,
  crossFilterUndoLabel,
} from '../i18n/cross-filter';
import { usePanelLayout } from './panel-context';
import { useView } from './use-ui';

/**
 * Beside a panel's chart: each filter set from this panel that still holds, as a chip whose ×
 * undoes exactly that filter ("已按 2010 年筛选 ×"). Not on a slide: nobody clicks there.
 */
export function CrossFilterChips({ panel }: { panel: string }) {
  const list = useStore(crossFilterStore, (s) => s.list);
  const view = useView();
  const layout = usePanelLayout();
  const mine = list.filter((f) => f.panel === panel && crossFilterHolds(f, view));
  if (layout === 'slide' || mine.length === 0) return null;
  const { lang } = view;
  return (
    <ul className="xf-chips" aria-label={crossFilterGroupLabel(lang)} data-cross-filters={panel}>
      {mine.map((f) => {
        const id = f.key === 'years' ? `years:${f.year}` : `${f.key}:${f.value}`;
        return (
          <li key={id}>
            <button
              type="button"
              className="chip xf-chip"
              data-cross-filter={id}
              aria-label={crossFilterUndoLabel(f, lang)}
              onClick={() => undoCrossFilter(f)}
            >
              {crossFilterLabel(f, lang)} <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
