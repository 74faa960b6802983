// Keeps a queue table current: polls the same-origin JSON feed every 10 seconds and redraws
// the rows with textContent only, so tip data can never become markup.
(function () {
  "use strict";
  var PERIOD = 10000;
  var table = document.querySelector("table[data-live]");
  if (!table) { return; }
  var showQueue = table.getAttribute("data-show-queue") === "yes";
  var empty = document.querySelector("p.empty");
  var status = document.querySelector(".live-status");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function cell(label, child) {
    var td = el("td");
    td.setAttribute("data-label", label);
    if (typeof child === "string") { td.textContent = child; } else if (child) { td.appendChild(child); }
    return td;
  }

  function tipCell(row) {
    var td = cell("Tip");
    var link = el("a", "ref", row.reference);
    link.setAttribute("href", row.href);
    td.appendChild(link);
    if (row.escalated) { td.appendChild(document.createTextNode(" ")); td.appendChild(el("span", "flag flag-danger", "escalated")); }
    if (row.status !== "open") {
      var said = row.status + (row.claimed_by ? " by " + row.claimed_by : "");
      td.appendChild(document.createTextNode(" "));
      td.appendChild(el("span", "status", said));
    }
    return td;
  }

  function flagCell(row) {
    var td = cell("Flags");
    if (row.danger) { td.appendChild(el("span", "flag flag-danger", "danger now")); }
    if (row.minor) { td.appendChild(el("span", "flag flag-minor", "minor involved")); }
    return td;
  }

  function drawRow(row) {
    var tr = el("tr", row.overdue ? "overdue" : "");
    tr.appendChild(cell("Urgency", el("span", "badge badge-" + row.urgency, row.urgency)));
    tr.appendChild(tipCell(row));
    if (showQueue) { tr.appendChild(cell("Queue", row.queue)); }
    tr.appendChild(cell("Category", row.category));
    tr.appendChild(cell("Language", row.language));
    tr.appendChild(cell("Waiting", row.waiting));
    tr.appendChild(flagCell(row));
    return tr;
  }

  function draw(data) {
    var body = el("tbody");
    data.rows.forEach(function (row) { body.appendChild(drawRow(row)); });
    table.replaceChild(body, table.tBodies[0]);
    table.hidden = data.rows.length === 0;
    if (empty) { empty.hidden = data.rows.length !== 0; }
    document.querySelectorAll("[data-row-count]").forEach(function (node) {
      node.textContent = String(data.rows.length);
    });
    document.querySelectorAll("[data-queue-count]").forEach(function (node) {
      var name = node.getAttribute("data-queue-count");
      node.textContent = String(data.counts[name] || 0);
    });
    if (status) { status.textContent = "Updated " + new Date().toLocaleTimeString() + "; updates every 10 seconds."; }
  }

  function poll() {
    fetch(table.getAttribute("data-live"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok || response.redirected) { throw new Error("signed out or refused"); }
        return response.json();
      })
      .then(draw)
      .catch(function () {
        if (status) { status.textContent = "Could not update; reload the page to sign in again."; }
      });
  }

  window.setInterval(poll, PERIOD);
})();
