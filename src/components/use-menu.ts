import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

/** The menu's items that can take focus now (a hidden or disabled one is skipped). */
function itemsOf(list: HTMLElement | null): HTMLElement[] {
  if (!list) return [];
  return [...list.querySelectorAll<HTMLElement>('button, a[href]')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

/**
 * A menu button's behaviour (WAI-ARIA APG "Menu Button"): the button opens the list and focuses
 * its first item (↑ the last); ↑ ↓ Home End move between items; Esc closes and returns focus to
 * the button, Tab closes and goes on; a tap or click outside closes it. `close(true)` after an
 * item's action returns focus to the button too.
 */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<'first' | 'last' | undefined>(undefined);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  // Focus goes into the list once it is shown (it is display: none while closed).
  useEffect(() => {
    if (!open) return;
    const items = itemsOf(listRef.current);
    const which = pendingFocus.current;
    pendingFocus.current = undefined;
    if (which) (which === 'last' ? items[items.length - 1] : items[0])?.focus();
    const outside = (e: Event) => {
      const target = e.target as Node;
      if (listRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const onButtonClick = () => {
    if (!open) pendingFocus.current = 'first';
    setOpen(!open);
  };
  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      pendingFocus.current = e.key === 'ArrowUp' ? 'last' : 'first';
      setOpen(true);
      if (open) {
        const items = itemsOf(listRef.current);
        (e.key === 'ArrowUp' ? items[items.length - 1] : items[0])?.focus();
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  };
  const onListKeyDown = (e: KeyboardEvent) => {
    const items = itemsOf(listRef.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') setOpen(false);
  };
  return { open, close, buttonRef, listRef, onButtonClick, onButtonKeyDown, onListKeyDown };
}
