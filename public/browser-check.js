// The browser floor, said plainly instead of a blank page; and which build this browser runs.
// See "Supported browsers" in README.md. ES5 and no inline code: IE 11 and the strict CSP run it.
(function () {
  var w = window;
  var d = document;
  var me = d.currentScript;
  var err = '';
  var src;
  var tag;
  function has(f) {
    try {
      return f();
    } catch (e) {
      return false;
    }
  }
  function show(detail) {
    var box = d.getElementById('unsupported');
    var root = d.getElementById('root');
    if (!box) return;
    // Over a page baked at build time (src/bake/) its figures stay readable under the message;
    // an unbaked page's #root would stay empty.
    if (root && d.getElementById('yrd-bake')) root.parentNode.insertBefore(box, root);
    else if (root) root.style.display = 'none';
    if (detail) d.getElementById('unsupported-detail').appendChild(d.createTextNode(detail));
    box.removeAttribute('hidden');
    box.style.display = 'block';
  }
  // A baked page (src/bake/) holds the default view in its HTML: a link that asks for anything
  // else (another language, theme, mode, a filter, a value the app will refuse) shows none of it
  // as if it were the link's; the app renders the link's own view instead of hydrating.
  if (w.location.search.replace(/^\?(lang=zh)?$/, ''))
    d.documentElement.setAttribute('data-baked', 'hide');
  // Chromium 86 (the floor) is the first with :focus-visible; Promise.any and replaceAll are 85's.
  if (
    !has(function () {
      return Promise.any && ''.replaceAll && w.CSS.supports('selector(:focus-visible)');
    })
  ) {
    w.__yrdUnsupported = true; // the app's entry sees it and does not start
    d.addEventListener('DOMContentLoaded', function () {
      show('');
    });
    return;
  }
  // The header in the page's HTML (vite.config.ts, staticShell) is in the default language and
  // theme: shown while the code loads when the link asks for neither another one nor another mode.
  // A dark link's page is dark from its first paint (the app sets the same attribute from the link).
  if (/[?&]theme=dark(&|$)/.test(w.location.search))
    d.documentElement.setAttribute('data-theme', 'dark');
  tag = d.getElementById('shell');
  if (tag && !/[?&](lang|theme|mode|console)=/.test(w.location.search))
    tag.removeAttribute('hidden');
  // The production page names its two builds; a kernel without Chromium 98's structuredClone and
  // findLast gets the one lowered for the floor, every newer one the smaller build.
  src = me && me.getAttribute(w.structuredClone && [].findLast ? 'data-app' : 'data-floor');
  if (src) {
    tag = d.createElement('script');
    tag.type = 'module';
    tag.src = src;
    me.parentNode.insertBefore(tag, me.nextSibling);
  }
  w.addEventListener('error', function (e) {
    err = err || e.message;
  });
  w.addEventListener('load', function () {
    w.setTimeout(function () {
      if (!w.__yrdMounted) show(navigator.userAgent + (err ? ' · ' + err : ''));
    }, 3000);
  });
})();
