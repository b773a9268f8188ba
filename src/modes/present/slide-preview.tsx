import { type RefObject, useLayoutEffect, useRef } from 'react';
import { SlideView, type SlideViewProps } from './slide-view';
import { STAGE } from './slides';

/** `inert` came in Chromium 102; the floor (86) lacks it. */
const HAS_INERT = 'inert' in HTMLElement.prototype;
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/**
 * What `inert` does for the keyboard, where the browser lacks it: every focusable element in the
 * box, as the slide draws and as it changes, is taken out of the Tab order, so Tab never lands on
 * a button of the slide (and Space there never presses it instead of going on). The CSS keeps
 * clicks out; the box is hidden from screen readers by its `aria-hidden`.
 */
function useInertFallback(box: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || HAS_INERT) return;
    const untab = (node: Node) => {
      if (!(node instanceof Element)) return;
      const found = [...node.querySelectorAll(FOCUSABLE)];
      if (node.matches(FOCUSABLE)) found.push(node);
      for (const f of found)
        if (f.getAttribute('tabindex') !== '-1') f.setAttribute('tabindex', '-1');
    };
    untab(el);
    const observer = new MutationObserver((records) => {
      for (const r of records)
        if (r.type === 'attributes') untab(r.target);
        else r.addedNodes.forEach(untab);
    });
    observer.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['tabindex', 'href', 'contenteditable'],
    });
    return () => observer.disconnect();
  }, [box]);
}

/**
 * A slide as the projector shows it, scaled down for the presenter console: the real slide on its
 * 1024×576 stage, scaled to the width of its box (kept 16:9 by the box's padding; `aspect-ratio`
 * is newer than the Chromium 86 floor). Its charts lay out at stage size, as on the projector, and
 * draw as soon as the box is on screen. Inert: a look at the slide, not a second set of controls.
 */
export function SlidePreview({ which, ...slide }: SlideViewProps & { which: 'current' | 'next' }) {
  const box = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const scaleToBox = () => {
      if (stage.current) stage.current.style.transform = `scale(${el.clientWidth / STAGE.width})`;
    };
    scaleToBox();
    const observer = new ResizeObserver(scaleToBox);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useInertFallback(box);
  return (
    <div
      ref={box}
      className="console-preview"
      data-preview={which}
      inert
      aria-hidden={HAS_INERT ? undefined : true}
    >
      <div ref={stage} className="stage">
        <SlideView key={slide.slide.id} {...slide} />
      </div>
    </div>
  );
}
