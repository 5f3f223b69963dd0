/* Progressive enhancement for the portal's few interactive bits (pages work without it):
   text size and high contrast (remembered in this browser), print, share, and the language switch
   keeping the current page. No framework: article pages ship no React runtime. */
(function () {
  'use strict';
  var KEY = 'portal-display';
  var SIZES = [100, 112.5, 125, 150];
  var root = document.documentElement;

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (saved && SIZES.indexOf(saved.size) >= 0) return { size: saved.size, contrast: !!saved.contrast };
    } catch (e) {
      /* ignore a corrupt value */
    }
    return { size: 100, contrast: false };
  }

  var display = load();

  function apply() {
    root.style.fontSize = display.size === 100 ? '' : display.size + '%';
    root.classList.toggle('high-contrast', display.contrast);
    var toggle = document.querySelector('[data-display="contrast"]');
    if (toggle) toggle.setAttribute('aria-pressed', String(display.contrast));
    try {
      localStorage.setItem(KEY, JSON.stringify(display));
    } catch (e) {
      /* private mode */
    }
  }

  function onDisplay(action) {
    var i = SIZES.indexOf(display.size);
    if (action === 'larger') display.size = SIZES[Math.min(SIZES.length - 1, i + 1)];
    else if (action === 'smaller') display.size = SIZES[Math.max(0, i - 1)];
    else if (action === 'reset') display.size = 100;
    else if (action === 'contrast') display.contrast = !display.contrast;
    apply();
  }

  function share(button) {
    var url = button.getAttribute('data-url') || location.href;
    var title = button.getAttribute('data-title') || document.title;
    var status = document.querySelector('[data-share-status]');
    var done = function () {
      if (status) {
        status.textContent = status.getAttribute('data-copied') || '';
        setTimeout(function () {
          status.textContent = '';
        }, 3000);
      }
    };
    if (navigator.share) {
      navigator.share({ title: title, url: url }).catch(function () {});
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(done, function () {});
    }
  }

  /* Visit counting: one beacon per page view (also for pages served from a cache), then the live
     figures. The beacon carries nothing but the article's id; the CMS derives a salted daily visitor
     hash from the request and stores no address. */
  function countVisit() {
    var script = document.querySelector('script[data-beacon]');
    var url = script && script.getAttribute('data-beacon');
    var article = document.querySelector('[data-article-id]');
    var id = article ? article.getAttribute('data-article-id') : null;
    if (url) {
      var body = JSON.stringify(id ? { a: id } : {});
      var sent = false;
      try {
        sent = navigator.sendBeacon ? navigator.sendBeacon(url, body) : false;
      } catch (e) {
        sent = false;
      }
      if (!sent && window.fetch) fetch(url, { method: 'POST', body: body, mode: 'no-cors', keepalive: true }).catch(function () {});
    }
    if (!window.fetch || !document.querySelector('[data-stat]')) return;
    var format = new Intl.NumberFormat(root.lang === 'en' ? 'en-GB' : 'vi-VN');
    // The figures in the page may be minutes old: say they are being updated until the live ones
    // arrive, so the change is expected rather than a jump.
    var block = document.querySelector('[data-visit-stats]');
    var note = document.querySelector('[data-stats-updating]');
    var updating = function (on) {
      if (block) block.setAttribute('aria-busy', on ? 'true' : 'false');
      if (block) block.classList.toggle('is-updating', on);
      if (note) note.hidden = !on;
    };
    updating(true);
    setTimeout(function () {
      fetch('/api/stats' + (id ? '?article=' + encodeURIComponent(id) : ''), { headers: { accept: 'application/json' } })
        .then(function (res) {
          return res.ok ? res.json() : null;
        })
        .then(function (data) {
          if (!data) return;
          // This reader is online and has just viewed a page, whatever a cache of a few seconds says.
          data.online = Math.max(data.online || 0, 1);
          Array.prototype.forEach.call(document.querySelectorAll('[data-stat]'), function (el) {
            var value = data[el.getAttribute('data-stat')];
            if (typeof value === 'number') el.textContent = format.format(value);
          });
          var views = document.querySelector('[data-views-for]');
          if (views && typeof data.articleViews === 'number') views.hidden = false;
        })
        .catch(function () {})
        .then(function () {
          updating(false);
        });
    }, 1000);
  }

  function init() {
    apply();
    countVisit();
    Array.prototype.forEach.call(document.querySelectorAll('[data-enhanced]'), function (el) {
      el.hidden = false;
    });
    document.addEventListener('click', function (event) {
      var target = event.target instanceof Element ? event.target.closest('[data-display],[data-action]') : null;
      if (!target) return;
      var displayAction = target.getAttribute('data-display');
      if (displayAction) return onDisplay(displayAction);
      var action = target.getAttribute('data-action');
      if (action === 'print') window.print();
      if (action === 'share') share(target);
    });
    // The language switch works from the Referer; this also covers browsers that do not send one.
    Array.prototype.forEach.call(document.querySelectorAll('a[data-switch-locale]'), function (a) {
      // The query too: a search or a filtered register stays one in the other language.
      a.href = a.getAttribute('href') + '&from=' + encodeURIComponent(location.pathname + location.search);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
