/* Copydesk inside the Shopify admin. The admin's iframe keeps no cookie of ours, so every
   request carries a fresh session token from App Bridge (shopify.idToken()): fetches in
   "Authorization: Bearer", page loads in ?id_token= (links, GET forms, the page that only
   fetches a token). Forms that post go through fetch for the same reason. */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="copydesk-embedded"]');
  if (!meta || !window.shopify || !window.shopify.idToken) { return; }
  var shop = meta.getAttribute("data-shop");
  var host = meta.getAttribute("data-host");

  function token() { return Promise.resolve(window.shopify.idToken()); }

  function address(href, idToken) {
    var url = new URL(href, window.location.href);
    url.searchParams.set("embedded", "1");
    url.searchParams.set("shop", shop);
    if (host) { url.searchParams.set("host", host); }
    url.searchParams.set("id_token", idToken);
    url.searchParams.delete("bounce");
    return url.toString();
  }

  function go(href) {
    return token().then(function (idToken) { window.location.assign(address(href, idToken)); });
  }

  /* The screen's own fetches (copydesk.js) come through here. */
  window.copydeskFetch = function (url, options) {
    options = options || {};
    return token().then(function (idToken) {
      var headers = new Headers(options.headers || {});
      headers.set("Authorization", "Bearer " + idToken);
      return fetch(url, Object.assign({}, options, { headers: headers, credentials: "omit" }));
    });
  };

  /* A page without a usable token asks for one and loads again; a few tries in a row that
     still fail (a server clock far off Shopify's) stop with a message instead of looping. The
     count rides in the address: the admin's frame may keep no storage either. */
  if (document.querySelector('meta[name="copydesk-bounce"]')) {
    var here = new URL(window.location.href);
    var tries = parseInt(here.searchParams.get("bounce") || "0", 10) || 0;
    if (tries >= 3) {
      var status = document.querySelector("[role=status]");
      if (status) { status.textContent = "Copydesk could not confirm your session. Reload the page to try again."; }
      return;
    }
    token().then(function (idToken) {
      var again = new URL(address(here.toString(), idToken));
      again.searchParams.set("bounce", String(tries + 1));
      window.location.replace(again.toString());
    });
    return;
  }

  /* Loaded: the token, the try count and a carried message leave the address (and the
     history); a reload asks App Bridge for a fresh token. */
  var loaded = new URL(window.location.href);
  var spent = ["id_token", "bounce", "flash"].filter(function (name) { return loaded.searchParams.has(name); });
  if (spent.length) {
    spent.forEach(function (name) { loaded.searchParams.delete(name); });
    window.history.replaceState(window.history.state, "", loaded.toString());
  }

  function ours(url) { return url.origin === window.location.origin; }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.target || link.hasAttribute("download")) { return; }
    var raw = link.getAttribute("href");
    if (!raw || raw.charAt(0) === "#") { return; }
    var url = new URL(link.href, window.location.href);
    if (!ours(url)) { return; }
    event.preventDefault();
    go(url.toString());
  });

  function showPage(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    var main = fresh.getElementById("main");
    if (!main) { return; }
    document.title = fresh.title;
    document.getElementById("main").replaceWith(document.importNode(main, true));
  }

  /* On window, so copydesk.js (on document) has handled the forms it posts itself first. */
  window.addEventListener("submit", function (event) {
    if (event.defaultPrevented) { return; }
    var form = event.target;
    var action = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    if (!ours(action)) { return; }
    event.preventDefault();
    var data = new FormData(form, event.submitter || undefined);
    if ((form.getAttribute("method") || "get").toLowerCase() !== "post") {
      action.search = new URLSearchParams(data).toString();
      go(action.toString());
      return;
    }
    var multipart = (form.getAttribute("enctype") || "").toLowerCase() === "multipart/form-data";
    window.copydeskFetch(action.toString(), {
      method: "POST",
      headers: { Accept: "text/html" },
      body: multipart ? data : new URLSearchParams(data)
    }).then(function (response) {
      if (response.redirected) { return go(response.url); }
      return response.text().then(showPage);
    });
  });
})();
