/*
 * YRD Policing Dashboard: the browser floor, said plainly instead of a blank page.
 *
 * A classic script (no module, no inline code: it runs under the strict CSP, and in IE 11) that
 * shows the page's #unsupported message, in Chinese and English, when this browser is below the
 * floor (a Chromium 86 kernel), such as IE 11 or a dual-kernel browser (360, QQ, Sogou) in its IE
 * mode. It is written in ES3-level syntax so that every browser can run it. It also stands by in a
 * supported browser: if the app has not started when the page has loaded (an error this browser
 * threw before anything could be drawn), the same message shows with the error.
 */
(function () {
  var w = window;
  var d = document;
  var firstError = '';

  function below() {
    try {
      // Chromium 86 is the first with :focus-visible; Promise.any and replaceAll are from 85.
      return !(
        typeof Promise === 'function' &&
        typeof Promise.any === 'function' &&
        typeof String.prototype.replaceAll === 'function' &&
        w.CSS &&
        typeof w.CSS.supports === 'function' &&
        w.CSS.supports('selector(:focus-visible)')
      );
    } catch (e) {
      return true;
    }
  }

  function show(detail) {
    var box = d.getElementById('unsupported');
    var root = d.getElementById('root');
    var line = d.getElementById('unsupported-detail');
    if (!box) return;
    if (root) root.style.display = 'none';
    if (detail && line) line.appendChild(d.createTextNode(detail));
    box.removeAttribute('hidden');
    box.style.display = 'block';
  }

  if (below()) {
    // The app's entry reads this and does not start; IE 11 never runs it at all (type="module").
    w.__yrdUnsupported = true;
    if (d.readyState === 'loading')
      d.addEventListener('DOMContentLoaded', function () {
        show('');
      });
    else show('');
    return;
  }

  w.addEventListener('error', function (event) {
    if (!firstError && event && event.message) firstError = event.message;
  });
  w.addEventListener('load', function () {
    w.setTimeout(function () {
      if (!w.__yrdMounted)
        show(firstError ? navigator.userAgent + ' · ' + firstError : navigator.userAgent);
    }, 3000);
  });
})();
