/*
 * YRD Policing Dashboard — host-page script for embedded charts (no dependencies, no eval).
 *
 * Put it once on a page that holds one or more dashboard iframes:
 *   <iframe src="https://intranet/yrd/embed.html?panel=crime-trend" title="…" width="100%"
 *           height="600" loading="lazy" data-yrd-embed></iframe>
 *   <script src="https://intranet/yrd/embed.js" defer></script>
 *
 * Each embed posts { type: 'yrd-dashboard:resize', panel, height } to its parent whenever its
 * content changes height. This script sets the height of the iframe that sent it, and ignores
 * every other message: a wrong type, a height that is not a number between 50 and 20000 px, a
 * sender that is not one of this page's iframe[data-yrd-embed], or one whose origin is not that
 * iframe's. It sends nothing back. Without it the iframe keeps its fixed height and scrolls.
 */
(() => {
  const TYPE = 'yrd-dashboard:resize';
  const MIN = 50;
  const MAX = 20000;

  const frameOf = (event) => {
    for (const frame of document.querySelectorAll('iframe[data-yrd-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin = '';
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return null;
      }
      return origin === event.origin ? frame : null;
    }
    return null;
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data === null || typeof data !== 'object' || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN || height > MAX)
      return;
    const frame = frameOf(event);
    if (!frame) return;
    // With box-sizing: border-box (common in page styles) the height includes the borders.
    const style = window.getComputedStyle(frame);
    const extra =
      style.boxSizing === 'border-box'
        ? Number.parseFloat(style.borderTopWidth) +
          Number.parseFloat(style.borderBottomWidth) +
          Number.parseFloat(style.paddingTop) +
          Number.parseFloat(style.paddingBottom)
        : 0;
    frame.style.height = `${Math.ceil(height + extra)}px`;
  });
})();
