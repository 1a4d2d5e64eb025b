/* Copydesk's screen, enhanced: every page works without this file; with it, decisions update
   in place, keys move through the queue, and counters count. Plain JavaScript, no build step. */
(function () {
  "use strict";

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  /* Inside the Shopify admin, embedded.js supplies a fetch that carries a session token. */
  function appFetch(url, options) { return (window.copydeskFetch || window.fetch)(url, options); }
  var live = function (message) {
    var region = document.getElementById("live");
    if (region) { region.textContent = message; }
  };

  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  /* ---- Keyboard shortcuts ---- */
  function keyTarget(key) {
    var found = null;
    document.querySelectorAll("[data-key]").forEach(function (el) {
      if (!found && el.getAttribute("data-key").split(" ").indexOf(key) >= 0 && el.offsetParent !== null) {
        found = el;
      }
    });
    return found;
  }

  function toggleHelp(force) {
    var help = document.getElementById("shortcuts");
    var button = document.querySelector("[data-help]");
    if (!help) { return; }
    var show = typeof force === "boolean" ? force : help.hidden;
    help.hidden = !show;
    if (button) { button.setAttribute("aria-expanded", String(show)); }
  }

  function moveRow(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-row]"));
    if (!rows.length) { return false; }
    var at = rows.findIndex(function (r) { return r.classList.contains("selected"); });
    var next = Math.min(rows.length - 1, Math.max(0, at < 0 ? 0 : at + step));
    rows.forEach(function (r) { r.classList.remove("selected"); });
    rows[next].classList.add("selected");
    var link = rows[next].querySelector("[data-row-link]");
    if (link) { link.focus(); }
    return true;
  }

  function activate(el) {
    if (el.tagName === "SUMMARY") {
      var details = el.parentElement;
      details.open = true;
      var field = details.querySelector("input:not([type=hidden]), textarea");
      if (field) { field.focus(); }
    } else if (el.tagName === "A") {
      el.click();
    } else if (el.tagName === "BUTTON") {
      var form = el.form;
      var missing = form && form.querySelector("[required]");
      if (missing && !missing.value.trim()) { missing.focus(); live("Give an override reason first."); return; }
      if (form && form.requestSubmit) { form.requestSubmit(el); } else { el.click(); }
    } else {
      el.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "Escape") { toggleHelp(false); return; }
    if (typing(event.target)) { return; }
    var key = event.key;
    if (key === "?") { toggleHelp(); event.preventDefault(); return; }
    if (key === "/") {
      var search = document.getElementById("q");
      if (search) { search.focus(); event.preventDefault(); }
      return;
    }
    var el = keyTarget(key);
    if (el) { event.preventDefault(); activate(el); return; }
    if ((key === "j" || key === "n") && moveRow(1)) { event.preventDefault(); }
    else if ((key === "k" || key === "p") && moveRow(-1)) { event.preventDefault(); }
  });

  /* ---- Swapping parts of the page with a fresh copy of it ---- */
  function refreshRegions() {
    return appFetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-swap][id]").forEach(function (old) {
          var replacement = fresh.getElementById(old.id);
          if (replacement) { old.replaceWith(document.importNode(replacement, true)); }
        });
        enhance();
        startPolling();
      });
  }

  /* ---- Polling a draft until the queue has done its work ---- */
  var polling = false;
  var pagePolling = false;
  function startPolling() {
    if (document.querySelector("[data-poll-page]") && !pagePolling) {
      /* A new draft is being written: look again until the page no longer says so. */
      pagePolling = true;
      window.setTimeout(function () {
        pagePolling = false;
        refreshRegions();
      }, 2000);
    }
    var panel = document.getElementById("actions");
    if (!panel || !panel.hasAttribute("data-poll") || polling) { return; }
    polling = true;
    var first = { status: panel.getAttribute("data-status"), updated: panel.getAttribute("data-updated") };
    var delay = 800;
    var started = Date.now();
    (function poll() {
      appFetch(panel.getAttribute("data-api"), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (draft) {
          var stillApproving = draft.status === "approved";
          var stillReverting = first.status === "published" && draft.status === "published" &&
            String(draft.updated_at || "").slice(0, 19) === String(first.updated || "").slice(0, 19);
          if (!stillApproving && !stillReverting) {
            polling = false;
            live("The draft is now " + draft.status + ".");
            return refreshRegions();
          }
          if (Date.now() - started > 120000) {
            polling = false;
            live("Still working in the background. Reload the page later to see the result.");
            return;
          }
          delay = Math.min(delay * 1.5, 4000);
          window.setTimeout(poll, delay);
        })
        .catch(function () { window.setTimeout(poll, 4000); });
    })();
  }

  function showWorking(panel, status, message) {
    panel.setAttribute("data-poll", "");
    panel.setAttribute("data-status", status === "approved" ? "approved" : panel.getAttribute("data-status"));
    var badge = document.getElementById("draft-status");
    if (badge && status) {
      badge.textContent = status;
      badge.className = "badge status-" + status;
    }
    panel.querySelectorAll("form").forEach(function (form) { form.hidden = true; });
    var note = document.createElement("p");
    note.className = "working";
    note.setAttribute("role", "status");
    var spinner = document.createElement("span");
    spinner.className = "spinner";
    spinner.setAttribute("aria-hidden", "true");
    note.appendChild(spinner);
    note.appendChild(document.createTextNode(" " + message));
    panel.appendChild(note);
    live(message);
    startPolling();
  }

  function showError(form, message) {
    var old = form.querySelector(".flash.error");
    if (old) { old.remove(); }
    var p = document.createElement("p");
    p.className = "flash error";
    p.setAttribute("role", "alert");
    p.textContent = message;
    form.prepend(p);
  }

  function postDecision(form, body, status, message) {
    var button = form.querySelector("button[type=submit]");
    if (button) { button.setAttribute("aria-busy", "true"); button.disabled = true; }
    appFetch(form.getAttribute("data-api"), {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": csrf
      },
      body: JSON.stringify(body)
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (!result.ok) {
          if (button) { button.removeAttribute("aria-busy"); button.disabled = false; }
          showError(form, (result.data.error || {}).message || "That did not work; reload and try again.");
          return;
        }
        showWorking(document.getElementById("actions"), status, message);
      })
      .catch(function () { form.submit(); });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-approve")) {
      event.preventDefault();
      var reason = form.querySelector("[name=override_reason]");
      postDecision(form, reason ? { override_reason: reason.value.trim() } : {}, "approved",
        "Approved. Publishing to the store…");
      return;
    }
    if (form.hasAttribute("data-revert")) {
      event.preventDefault();
      postDecision(form, {}, "", "Putting the previous store text back…");
      return;
    }
    if (form.hasAttribute("data-loading")) {
      var main = document.getElementById("main");
      if (main) {
        main.setAttribute("aria-busy", "true");
        var bar = document.createElement("div");
        bar.className = "loading-bar";
        main.prepend(bar);
      }
    }
    var submit = form.querySelector("button[type=submit]");
    if (submit && form.method === "post") { submit.setAttribute("aria-busy", "true"); }
  });

  /* ---- SEO character counters ---- */
  function count(field) {
    var out = document.querySelector('[data-counter-for="' + field.id + '"]');
    if (!out) { return; }
    var limit = parseInt(field.getAttribute("data-limit"), 10);
    var n = field.value.length;
    out.textContent = n + "/" + limit + " characters" + (n > limit ? " — " + (n - limit) + " over the limit" : "");
    out.classList.toggle("over", n > limit);
  }
  document.addEventListener("input", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-limit")) { count(event.target); }
  });

  /* ---- FAQ: more question-answer pairs ---- */
  function addPair(container) {
    var blank = container.querySelector("[data-blank]");
    if (!blank) { return; }
    var copy = blank.cloneNode(true);
    var n = container.querySelectorAll(".faq-pair").length + 1;
    copy.querySelectorAll("input, textarea").forEach(function (field) {
      field.value = "";
      field.id = field.name + "-" + n;
    });
    copy.querySelectorAll("label").forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/-\d+$/, "-" + n);
    });
    container.appendChild(copy);
    copy.querySelector("input").focus();
  }

  /* ---- Pointing at a finding in the text ---- */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#mark-"]');
    if (link) {
      var number = link.getAttribute("href").slice(6);
      document.querySelectorAll("mark.finding").forEach(function (mark) {
        var hit = mark.getAttribute("data-findings").split(" ").indexOf(number) >= 0;
        mark.classList.toggle("flash-target", hit);
      });
    }
    if (event.target.closest && event.target.closest("[data-help]")) { toggleHelp(); }
    if (event.target.hasAttribute && event.target.hasAttribute("data-add-pair")) {
      addPair(event.target.previousElementSibling);
    }
  });

  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.classList.contains("filters") && event.target.tagName === "SELECT") {
      if (form.requestSubmit) { form.requestSubmit(); }
    }
  });

  /* Parts of a page that only exist with JavaScript; run again after a region is swapped. */
  function enhance() {
    document.querySelectorAll("[data-faq]").forEach(function (container) {
      var next = container.nextElementSibling;
      if (next && next.hasAttribute("data-add-pair")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "Add another question";
      button.setAttribute("data-add-pair", "");
      container.after(button);
    });
    document.querySelectorAll("[data-limit]").forEach(count);
  }

  function init() {
    var help = document.querySelector("[data-help]");
    if (help) { help.hidden = false; }
    enhance();
    startPolling();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
