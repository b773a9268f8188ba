/*
 * YRD Policing Dashboard — host-page script for embedded charts (no dependencies, no eval).
 *
 * Put it once on a page that holds one or more dashboard iframes; the iframes need no special
 * attribute (a CMS that strips data-* or rewrites the iframe's markup does not break it):
 *   <iframe src="https://intranet/yrd/embed.html?panel=crime-trend" title="…" width="100%"
 *           height="600" loading="lazy"></iframe>
 *   <script src="https://intranet/yrd/embed.js" defer></script>
 *
 * Each embed posts { type: 'yrd-dashboard:resize', panel, height } to its parent whenever its
 * content changes height. This script finds, among all the page's iframes, the one whose window
 * sent it, and sets that iframe's height, so two iframes of the same panel each get their own.
 * It ignores every other message: a wrong type, a height that is not a number between 50 and
 * 20000 px, a sender that is not one of this page's iframes, or one whose origin is not the
 * origin of that iframe's src. It sends nothing back. Without it the iframe keeps its fixed
 * height and scrolls.
 *
 * Written in ES5 (var, plain loops, no URL needed) so that old intranet browsers (IE 11, the
 * Chromium 86 kernel of some intranet browsers) parse and run it.
 */
// biome-ignore-all lint/complexity/useArrowFunction: ES5 for old browsers (no arrow functions)
// biome-ignore-all lint/style/useTemplate: ES5 for old browsers (no template literals)
(function () {
  var TYPE = 'yrd-dashboard:resize';
  var MIN = 50;
  var MAX = 20000;

  // The origin of a URL resolved against the page, or '' when it has none.
  function originOf(src) {
    var origin;
    var a;
    var host;
    if (typeof URL === 'function') {
      try {
        origin = new URL(src, document.baseURI || location.href).origin;
        if (typeof origin === 'string') return origin;
      } catch (_e) {
        return '';
      }
    }
    // IE 11: no URL constructor. An <a> resolves the address; setting its absolute href again fills
    // in the parts of a relative one, and IE keeps the default port in host where an origin omits it.
    a = document.createElement('a');
    a.href = src;
    a.setAttribute('href', a.href);
    host = a.host;
    if (a.protocol === 'http:') host = host.replace(/:80$/, '');
    if (a.protocol === 'https:') host = host.replace(/:443$/, '');
    return /^https?:$/.test(a.protocol) && host ? a.protocol + '//' + host : '';
  }

  function frameOf(event) {
    var frames = document.getElementsByTagName('iframe');
    var frame;
    var origin;
    var i;
    for (i = 0; i < frames.length; i++) {
      frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // An iframe without src (about:blank, srcdoc alone) has no origin of its own: never sized.
      origin = frame.getAttribute('src') ? originOf(frame.src) : '';
      return origin && origin !== 'null' && origin === event.origin ? frame : null;
    }
    return null;
  }

  function px(value) {
    return parseFloat(value) || 0;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    var height;
    var frame;
    var style;
    var extra;
    if (data === null || typeof data !== 'object' || data.type !== TYPE) return;
    height = data.height;
    // A finite number in range (NaN and ±Infinity fail the comparisons).
    if (typeof height !== 'number' || !(height >= MIN && height <= MAX)) return;
    if (!event.source) return;
    frame = frameOf(event);
    if (!frame) return;
    // With box-sizing: border-box (common in page styles) the height includes borders and padding.
    style = window.getComputedStyle(frame);
    extra =
      style.boxSizing === 'border-box'
        ? px(style.borderTopWidth) +
          px(style.borderBottomWidth) +
          px(style.paddingTop) +
          px(style.paddingBottom)
        : 0;
    frame.style.height = Math.ceil(height + extra) + 'px';
  });
})();
