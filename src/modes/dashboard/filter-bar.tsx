import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useView } from '../../components/use-ui';
import { crimeQuery } from '../../data/crime';
import { EVENT_CATEGORIES, timelineQuery } from '../../data/timeline';
import { CRIME_METRICS, hasActiveFilters, REGION_FILTERS } from '../../filters/filters';
import { resetFilters, setView, toggleInList } from '../../filters/store';
import {
  CATEGORY_LABELS,
  FILTER_WORDS,
  METRIC_LABELS,
  REGION_LABELS,
} from '../../i18n/filter-labels';
import { t } from '../../i18n/messages';
import { availableYears } from '../../model/years';

/** The filters every panel reads. Each control is a native element: reachable and usable by keyboard. */
export function FilterBar() {
  const view = useView();
  const { lang } = view;
  const crime = useQuery(crimeQuery);
  const timeline = useQuery(timelineQuery);
  const years = availableYears(crime.data, timeline.data);
  const fromId = useId();
  const toId = useId();
  const w = (k: keyof typeof FILTER_WORDS) => FILTER_WORDS[k][lang];

  return (
    <section className="filter-bar" aria-label={t(lang, 'filters')}>
      <fieldset className="filter years">
        <legend>{w('years')}</legend>
        <label htmlFor={fromId}>{w('from')}</label>
        <select
          id={fromId}
          value={view.from ?? ''}
          data-filter="from"
          onChange={(e) => setView({ from: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{w('any')}</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={view.to !== undefined && y > view.to}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{w('to')}</label>
        <select
          id={toId}
          value={view.to ?? ''}
          data-filter="to"
          onChange={(e) => setView({ to: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{w('any')}</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={view.from !== undefined && y < view.from}>
              {y}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset className="filter chips" data-filter="cat">
        <legend>{w('categories')}</legend>
        {EVENT_CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className="chip"
            aria-pressed={view.categories.includes(c)}
            data-value={c}
            onClick={() => toggleInList('categories', c)}
          >
            {CATEGORY_LABELS[c][lang]}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter chips" data-filter="region">
        <legend>{w('regions')}</legend>
        {REGION_FILTERS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={view.regions.includes(r)}
            data-value={r}
            onClick={() => toggleInList('regions', r)}
          >
            {REGION_LABELS[r][lang]}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter metric" data-filter="metric">
        <legend>{w('metric')}</legend>
        {CRIME_METRICS.map((m) => (
          <label key={m} className="radio">
            <input
              type="radio"
              name="metric"
              value={m}
              checked={view.metric === m}
              onChange={() => setView({ metric: m })}
            />
            {METRIC_LABELS[m][lang]}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="btn clear"
        disabled={!hasActiveFilters(view)}
        data-action="clear-filters"
        onClick={(e) => {
          // The button is disabled once there is nothing to clear, which would drop the focus on
          // the page's body: a keyboard reader stays in the filters, on the first of them.
          const bar = e.currentTarget.closest('.filter-bar');
          resetFilters();
          bar?.querySelector<HTMLElement>('select, input, button')?.focus();
        }}
      >
        {t(lang, 'clearFilters')}
      </button>
    </section>
  );
}
