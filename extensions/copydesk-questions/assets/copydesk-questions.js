/* Copydesk's product questions block: shows the approved FAQ, sends a logged-in customer's
   question through the app proxy, and shows their earlier questions with the shop's approved
   replies. Text only (textContent), never HTML from the network. */
(function () {
  "use strict";

  function storageKey(productId) { return "copydesk-questions:" + productId; }

  function remembered(productId) {
    try { return JSON.parse(window.localStorage.getItem(storageKey(productId)) || "[]"); } catch (e) { return []; }
  }

  function remember(productId, id) {
    var ids = remembered(productId).filter(function (known) { return known !== id; });
    ids.push(id);
    try { window.localStorage.setItem(storageKey(productId), JSON.stringify(ids.slice(-10))); } catch (e) { /* private mode */ }
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  function showFaq(section, items) {
    var list = section.querySelector("[data-faq]");
    var empty = section.querySelector("[data-faq-empty]");
    items.forEach(function (item) {
      var details = document.createElement("details");
      details.className = "copydesk-questions__item";
      var summary = document.createElement("summary");
      summary.textContent = item.question;
      var answer = document.createElement("p");
      answer.textContent = item.answer;
      details.appendChild(summary);
      details.appendChild(answer);
      list.appendChild(details);
    });
    empty.hidden = items.length > 0;
  }

  function showMine(section, question) {
    var box = section.querySelector("[data-mine]");
    var li = document.createElement("li");
    var asked = document.createElement("p");
    asked.textContent = question.question;
    var reply = document.createElement("p");
    reply.className = "copydesk-questions__reply";
    reply.textContent = question.reply ? question.reply : "The shop has not answered yet.";
    li.appendChild(asked);
    li.appendChild(reply);
    box.querySelector("[data-mine-list]").appendChild(li);
    box.hidden = false;
  }

  function start(section) {
    var endpoint = section.getAttribute("data-endpoint");
    var productId = section.getAttribute("data-product-id");
    getJson(endpoint + "?product_id=" + encodeURIComponent(productId)).then(function (data) {
      showFaq(section, data ? data.faq : []);
    });
    remembered(productId).forEach(function (id) {
      getJson(endpoint + "/" + encodeURIComponent(id)).then(function (question) {
        if (question) { showMine(section, question); }
      });
    });
    var form = section.querySelector("[data-ask]");
    if (!form) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = form.querySelector("[data-status]");
      var field = form.querySelector("[name=question]");
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(endpoint, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ product_id: productId, question: field.value })
      }).then(function (response) {
        return response.json().then(function (data) { return { status: response.status, data: data }; });
      }).then(function (result) {
        button.disabled = false;
        if (result.status === 202) {
          remember(productId, result.data.id);
          status.textContent = "Thank you. The shop's answer will appear here once it has replied.";
          showMine(section, { question: field.value, reply: null });
          field.value = "";
        } else if (result.status === 401) {
          status.textContent = "Please log in to ask a question.";
        } else {
          status.textContent = (result.data.error || {}).message || "That did not work; please try again.";
        }
      }).catch(function () {
        button.disabled = false;
        status.textContent = "That did not work; please try again.";
      });
    });
  }

  function init() { document.querySelectorAll("[data-copydesk-questions]").forEach(start); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
