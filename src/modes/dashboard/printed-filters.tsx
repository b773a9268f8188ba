import { useUi } from '../../components/use-ui';
import { filtersInEffect } from '../../i18n/filter-labels';
import { t } from '../../i18n/messages';

/**
 * On paper only, under the title: the filters the printed pages show ("筛选:2019年起 · 浙江"),
 * and the footer's statement of where every figure comes from (the footer itself is not printed:
 * after the last panel it took a page of its own).
 */
export function PrintedFilters() {
  const { line, lang } = useUi((s) => ({
    line: filtersInEffect(s.view, s.view.lang),
    lang: s.view.lang,
  }));
  return (
    <div className="print-only print-head">
      {line && <p data-print-filters>{line}</p>}
      <p>{t(lang, 'footer')}</p>
    </div>
  );
}
