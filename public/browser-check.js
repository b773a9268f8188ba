// The browser floor, said plainly instead of a blank page; and which build this browser runs.
// See "Supported browsers" in README.md. ES5 and no inline code: IE 11 and the strict CSP run it.
(function () {
  var w = window;
  var d = document;
  var me = d.currentScript;
  var err = '';
  var src;
  var tag;
  var modern;
  var started = false;
  // The app's entry has run (or failed to load), and the page has been loaded for 3 s: the two
  // things the stand-by waits for before it says the app did not start.
  var ran = false;
  var waited = false;
  var early;
  var baked;
  var search;
  var embed;
  var i;
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
  // The embed page (data-embed-page) holds each panel's embed baked: the one the link names is shown
  // (html[data-embed-panel]); its `panel=` is not part of the view.
  search = w.location.search;
  embed = me && me.hasAttribute('data-embed-page') && /[?&]panel=([\w-]+)(&|$)/.exec(search);
  if (embed) {
    d.documentElement.setAttribute('data-embed-panel', embed[1]);
    search = search
      .replace(/([?&])panel=[\w-]+(&|$)/, function (_all, sep) {
        return sep;
      })
      .replace(/[?&]$/, '');
  }
  if (search.replace(/^\?(lang=zh)?$/, '')) d.documentElement.setAttribute('data-baked', 'hide');
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
  modern = !!(w.structuredClone && [].findLast);
  src = me && me.getAttribute(modern ? 'data-app' : 'data-floor');
  function start() {
    var i;
    var link;
    var files = (modern && me.getAttribute('data-preload')) || '';
    if (started) return;
    started = true;
    // The modules the app imports at once, fetched beside it (the page names them here rather
    // than in <link rel=modulepreload>: the floor build does not use them).
    files = files ? files.split(' ') : [];
    for (i = 0; i < files.length; i++) {
      link = d.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = files[i];
      d.head.appendChild(link);
    }
    tag = d.createElement('script');
    tag.type = 'module';
    tag.src = src;
    // Fired once the entry has run (or could not be loaded): a slow line or a busy machine that
    // brings it more than 3 s after the page's load is not taken for an app that failed to start.
    tag.onload = tag.onerror = function () {
      ran = true;
      standBy();
    };
    me.parentNode.insertBefore(tag, me.nextSibling);
  }
  // The app did not start (its entry ran and mounted nothing, or threw before it could): the
  // message, with the browser and the error. A page with no entry to start is asked at the time.
  function standBy() {
    if (waited && (ran || !started) && !w.__yrdMounted)
      show(navigator.userAgent + (err ? ' · ' + err : ''));
  }
  // What the reader does before the code has started (pointing at or tapping a baked chart,
  // scrolling): kept for it (src/components/chart-wake.ts takes it and stops this).
  baked = !!(src && d.getElementById('yrd-bake'));
  if (baked) {
    early = w.__yrdEarly = { events: [] };
    early.note = function (e) {
      if (early.events.push(e) > 50) early.events.shift(); // the latest 50
    };
    early.types = [
      'pointerover',
      'pointermove',
      'pointerdown',
      'click',
      'focusin',
      'keydown',
      'wheel',
      'touchstart',
      'scroll',
    ];
    for (i = 0; i < early.types.length; i++)
      w.addEventListener(early.types[i], early.note, { capture: true, passive: true });
    early.stop = function () {
      for (i = 0; i < early.types.length; i++)
        w.removeEventListener(early.types[i], early.note, { capture: true, passive: true });
    };
  }
  // The page's first paint is on screen (its first-contentful-paint entry is there): `f` runs a
  // frame after it. At once in a hidden tab (it paints nothing); after 1.5 s in any case.
  function afterFirstPaint(f) {
    var then = function () {
      w.requestAnimationFrame(function () {
        w.setTimeout(f, 0);
      });
    };
    var painted = function () {
      var p = w.performance && w.performance.getEntriesByType('paint');
      for (i = 0; p && i < p.length; i++) if (p[i].name === 'first-contentful-paint') return true;
      return false;
    };
    w.setTimeout(f, 1500);
    if (d.visibilityState === 'hidden' || !w.PerformanceObserver) return f();
    if (painted()) return then();
    has(function () {
      var seen = new w.PerformanceObserver(function () {
        if (!painted()) return;
        seen.disconnect();
        then();
      });
      seen.observe({ entryTypes: ['paint'] });
      return true;
    }) || then();
  }
  // A baked page showing its own view (src/bake/) is readable as it is: its code starts once the
  // page is parsed and its first paint is on screen, so fetching and compiling it holds up no
  // figure or chart (nor does a lab's simulated paint count the code's requests against it). Any
  // other page starts it at once.
  if (baked && !d.documentElement.getAttribute('data-baked'))
    d.addEventListener('DOMContentLoaded', function () {
      // A baked embed tells the host page its height as soon as it is laid out (public/embed.js
      // sizes the iframe), as the app does from then on (use-report-height.ts).
      // (No string built with +: the minifier would make it a template literal, not ES5.)
      var kids = (embed && d.getElementById('root').children) || [];
      var message;
      for (i = 0; i < kids.length; i++) {
        if (kids[i].getAttribute('data-embed') !== embed[1] || w.parent === w) continue;
        message = { type: 'yrd-dashboard:resize', panel: embed[1] };
        message.height = Math.ceil(kids[i].getBoundingClientRect().height);
        w.parent.postMessage(message, '*');
      }
      afterFirstPaint(start);
    });
  else if (src) start();
  w.addEventListener('error', function (e) {
    err = err || e.message;
  });
  w.addEventListener('load', function () {
    w.setTimeout(function () {
      waited = true;
      standBy();
    }, 3000);
  });
})();
