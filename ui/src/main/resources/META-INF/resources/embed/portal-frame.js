/*
 * Invoice Portal, embedded pages: tells the page that frames the portal (the partner's site) what
 * happens, with postMessage, and only to an origin the tenant allows (its embedOrigins, rendered into
 * the page by the server). Messages are {type: "invoice-portal:<event>", ...detail}: ready, resize
 * {height}, navigate {path}, signed-out, session-expired. Never posted to "*".
 */
(function () {
  if (window.InvoicePortalFrame) {
    return;
  }
  var allowed = [];
  var lastHeight = -1;
  var observer = null;

  /* The host page's origin when the browser tells it (Chromium, Safari); otherwise every allowed
     origin, of which the browser delivers to the parent's only. */
  function targets() {
    if (window.parent === window) {
      return [];
    }
    var ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) {
      return allowed.indexOf(ancestors[0]) >= 0 ? [ancestors[0]] : [];
    }
    return allowed.slice();
  }

  function post(type, detail) {
    var message = { type: 'invoice-portal:' + type };
    Object.keys(detail || {}).forEach(function (key) { message[key] = detail[key]; });
    targets().forEach(function (origin) { window.parent.postMessage(message, origin); });
  }

  function pageHeight() {
    var page = document.querySelector('.embedded-page');
    if (!page) {
      return -1;
    }
    var height = Math.ceil(page.getBoundingClientRect().height);
    document.querySelectorAll('vaadin-dialog-overlay[opened]').forEach(function (overlay) {
      var part = overlay.shadowRoot && overlay.shadowRoot.querySelector('[part="overlay"]');
      if (part) {
        height = Math.max(height, Math.ceil(part.getBoundingClientRect().bottom) + 16);
      }
    });
    return height;
  }

  function resized() {
    var height = pageHeight();
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      post('resize', { height: height });
    }
  }

  /* The page element is replaced on navigation and may appear after this script runs: follow the
     DOM, once per frame at most, and keep a ResizeObserver on the current page element. */
  var observed = null;
  var scheduled = false;
  function track() {
    scheduled = false;
    var page = document.querySelector('.embedded-page');
    if (page && page !== observed) {
      if (observed) {
        observer.unobserve(observed);
      }
      observed = page;
      observer.observe(page);
    }
    resized();
  }

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(track);
    }
  }

  function watch() {
    if (!observer) {
      observer = new ResizeObserver(resized);
      new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
    }
    schedule();
  }

  /* Downloads: Chromium sends no partitioned cookie with a download a frame starts (the request is
     not made as the frame's), so <a download> in the partner's iframe would arrive signed out. The
     file is fetched as the frame's own request instead (with the embedded session's cookie) and
     saved from memory. An answer that is not a file (a refusal) saves nothing; the screen says why. */
  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 60000);
  }

  document.addEventListener('click', function (event) {
    var anchor = event.composedPath().filter(function (node) {
      return node.tagName === 'A' && node.hasAttribute('download');
    })[0];
    if (!anchor || anchor.protocol === 'blob:' || anchor.origin !== window.location.origin) {
      return;
    }
    event.preventDefault();
    var name = anchor.getAttribute('download') || '';
    window.fetch(anchor.href, { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.blob().then(function (blob) { save(blob, name); }) : null;
    }).catch(function () {});
  }, true);

  window.InvoicePortalFrame = {
    /* Called by each embedded page: the allowed origins, the page's path, and the event to tell
       (navigate, signed-out, session-expired). The first call also tells "ready". */
    show: function (origins, path, event) {
      var first = allowed.length === 0 && lastHeight === -1;
      allowed = origins.slice();
      if (first) {
        post('ready', { path: path });
      }
      post(event, { path: path });
      watch();
    }
  };
})();
