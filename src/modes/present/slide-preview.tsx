import { useLayoutEffect, useRef } from 'react';
import { SlideView, type SlideViewProps } from './slide-view';
import { STAGE } from './slides';

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
  return (
    <div ref={box} className="console-preview" data-preview={which} inert>
      <div ref={stage} className="stage">
        <SlideView key={slide.slide.id} {...slide} />
      </div>
    </div>
  );
}
