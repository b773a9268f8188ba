import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useCompact } from '../../components/use-compact';
import { useView } from '../../components/use-ui';
import { setView } from '../../filters/store';
import { fill } from '../../i18n/format';
import { activeFilters } from './active-filters';
import { FilterBar } from './filter-bar';
import { SHELL_WORDS as W } from './words';

/** What can take focus inside the sheet, for Tab to stay in it while it is open. */
const FOCUSABLE = 'button:not(:disabled), select:not(:disabled), input:not(:disabled)';

/**
 * The filters. At a desk: the filter bar, as it always was. On a phone (CSS, the query of
 * COMPACT_QUERY): one row with a button that says how many filters are on ("筛选 · 2") and the
 * filters in effect as chips whose × removes each; the button opens the same filter bar as a sheet
 * from the bottom of the screen (a modal dialog: Tab stays in it, Esc, 完成 or a tap on the page
 * behind closes it, and focus returns to the button).
 */
export function FilterSheet() {
  const view = useView();
  const { lang } = view;
  const compact = useCompact();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  const titleId = useId();
  const chips = activeFilters(view, lang);
  const n = chips.length;
  const isOpen = open && compact;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  // While open: focus into the sheet, the page behind does not scroll.
  useEffect(() => {
    if (!isOpen) return;
    sheetRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const root = document.documentElement;
    root.classList.add('sheet-open');
    return () => root.classList.remove('sheet-open');
  }, [isOpen]);

  const onSheetKeyDown = (e: KeyboardEvent) => {
    if (!isOpen) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      const all = [...(sheetRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
        (el) => el.getClientRects().length > 0,
      );
      const first = all[0];
      const last = all[all.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  // A removed chip's place: focus goes to the chip that takes it, or to the filter button.
  const remove = (i: number) => {
    const patch = chips[i]?.without;
    if (!patch) return;
    setView(patch);
    requestAnimationFrame(() => {
      const left = chipsRef.current?.querySelectorAll<HTMLElement>('button');
      (left?.[Math.min(i, left.length - 1)] ?? buttonRef.current)?.focus();
    });
  };

  return (
    <>
      <div className="filter-summary">
        <button
          ref={buttonRef}
          type="button"
          className="btn filter-button"
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          data-action="open-filters"
          data-count={n}
          onClick={() => setOpen(true)}
        >
          {n > 0 ? fill(W.filtersOn[lang], { n }) : W.filters[lang]}
        </button>
        {n > 0 && (
          <ul className="active-filters" aria-label={W.inEffect[lang]} ref={chipsRef}>
            {chips.map((c, i) => (
              <li key={c.key}>
                <button
                  type="button"
                  className="chip active-filter"
                  data-active-filter={c.key}
                  aria-label={fill(W.removeFilter[lang], { label: c.label })}
                  onClick={() => remove(i)}
                >
                  {c.label}
                  <span aria-hidden="true" className="chip-x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Esc and Tab for the dialog it becomes when open */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-modal comes with role=dialog, when open */}
      <div
        ref={sheetRef}
        className="filter-sheet"
        data-open={isOpen || undefined}
        role={isOpen ? 'dialog' : undefined}
        aria-modal={isOpen || undefined}
        aria-labelledby={isOpen ? titleId : undefined}
        onKeyDown={onSheetKeyDown}
      >
        <div className="sheet-head">
          <h2 id={titleId}>{isOpen && n > 0 ? fill(W.filtersOn[lang], { n }) : W.filters[lang]}</h2>
          <button type="button" className="btn primary" data-action="close-filters" onClick={close}>
            {W.done[lang]}
          </button>
        </div>
        <FilterBar />
      </div>
      {/* A tap on the page behind the sheet closes it (Esc and 完成 do from the keyboard). */}
      <div className="sheet-backdrop" hidden={!isOpen} aria-hidden="true" onClick={close} />
    </>
  );
}
