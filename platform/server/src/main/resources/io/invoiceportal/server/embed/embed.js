/*
 * Invoice Portal loader for partner sites. Two lines of HTML:
 *
 *   <script src="https://portal.example/t/TENANT/embed.js" defer></script>
 *   <invoice-portal tenant="TENANT" session-url="/portal-session"></invoice-portal>
 *
 * session-url is an address of the partner's own back-end that answers with a redirect to a fresh
 * portal session URL (POST /api/v1/tenants/TENANT/portal-sessions with the issuer key). The element
 * makes the iframe, sizes it to the portal's page (invoice-portal:resize) and re-dispatches the
 * portal's messages as DOM CustomEvents on itself: invoice-portal:ready, :resize {height},
 * :navigate {path}, :signed-out, :session-expired. Only messages from the portal's origin and from
 * this element's own iframe are accepted.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var portalOrigin = new URL(script.src, document.baseURI).origin;
  var scriptTenant = __TENANT__;
  if (!window.customElements || window.customElements.get('invoice-portal')) {
    return;
  }

  function InvoicePortal() {
    return Reflect.construct(HTMLElement, [], InvoicePortal);
  }
  InvoicePortal.prototype = Object.create(HTMLElement.prototype);
  InvoicePortal.prototype.constructor = InvoicePortal;
  Object.setPrototypeOf(InvoicePortal, HTMLElement);

  InvoicePortal.prototype.connectedCallback = function () {
    var element = this;
    if (!element.frame) {
      var frame = document.createElement('iframe');
      frame.src = element.getAttribute('session-url') || 'about:blank';
      frame.title = element.getAttribute('frame-title') || 'Invoice portal – ' + (element.getAttribute('tenant') || scriptTenant);
      frame.setAttribute('allow', 'clipboard-write');
      frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      frame.style.cssText = 'display:block;width:100%;border:0;height:' + (element.getAttribute('min-height') || '480') + 'px';
      element.frame = frame;
      element.appendChild(frame);
    }
    element.listener = function (event) {
      if (event.origin !== portalOrigin || event.source !== element.frame.contentWindow) {
        return;
      }
      var data = event.data;
      if (!data || typeof data.type !== 'string' || data.type.indexOf('invoice-portal:') !== 0) {
        return;
      }
      var detail = {};
      Object.keys(data).forEach(function (key) {
        if (key !== 'type') {
          detail[key] = data[key];
        }
      });
      if (data.type === 'invoice-portal:resize' && typeof data.height === 'number' && isFinite(data.height)) {
        element.frame.style.height = Math.max(0, Math.ceil(data.height)) + 'px';
      }
      element.dispatchEvent(new CustomEvent(data.type, { detail: detail, bubbles: true, composed: true }));
    };
    window.addEventListener('message', element.listener);
  };

  InvoicePortal.prototype.disconnectedCallback = function () {
    window.removeEventListener('message', this.listener);
  };

  window.customElements.define('invoice-portal', InvoicePortal);
})();
