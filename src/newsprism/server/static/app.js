/* newsprism web UI: keyboard shortcuts, evidence toggles, highlight filters, ingest with live progress.
   The pages work without this file. Data from the server is only ever put into the page with
   textContent (never innerHTML): sources, reasons and titles are hostile text. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var TOKEN_KEY = "newsprism-token";
  var tokenMeta = document.querySelector('meta[name="newsprism-token"]');
  var tokenRequired = tokenMeta && tokenMeta.content === "required";

  function token() {
    var input = document.querySelector("[data-token-input]");
    if (input && input.value) {
      try { sessionStorage.setItem(TOKEN_KEY, input.value); } catch (e) { /* storage off: fine */ }
      return input.value;
    }
    try { return sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  function authHeaders() {
    var t = tokenRequired ? token() : null;
    return t ? { "Authorization": "Bearer " + t } : {};
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function errorMessage(body, status) {
    if (body && body.error) return "[" + body.error.code + "] " + body.error.message;
    return "request failed (HTTP " + status + ")";
  }

  // ------------------------------------------------------------ keyboard
  var claimButtons = function () { return Array.prototype.slice.call(document.querySelectorAll(".claim-toggle")); };

  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (typing) {
      if (e.key === "Escape") t.blur();
      return;
    }
    if (e.key === "/") {
      var search = document.getElementById("search");
      if (search) { e.preventDefault(); search.focus(); search.select(); }
    } else if (e.key === "j" || e.key === "k") {
      var buttons = claimButtons();
      if (!buttons.length) return;
      var i = buttons.indexOf(document.activeElement);
      i = e.key === "j" ? Math.min(buttons.length - 1, i + 1) : Math.max(0, i - 1);
      e.preventDefault();
      buttons[i].focus();
      buttons[i].scrollIntoView({ block: "nearest" });
    }
  });

  // ------------------------------------------------------------ claims: evidence on click
  function toggleClaim(button, open) {
    var row = document.getElementById(button.getAttribute("aria-controls"));
    if (!row) return;
    var isOpen = open === undefined ? button.getAttribute("aria-expanded") !== "true" : open;
    button.setAttribute("aria-expanded", String(isOpen));
    row.classList.toggle("open", isOpen);
  }

  document.addEventListener("click", function (e) {
    var button = e.target.closest(".claim-toggle");
    if (button) { toggleClaim(button); return; }
    var cell = e.target.closest("tr.claim-row td");
    if (cell) {
      var b = cell.parentElement.querySelector(".claim-toggle");
      if (b) { toggleClaim(b); b.focus(); }
      return;
    }
    var all = e.target.closest("[data-expand-all]");
    if (all) {
      var table = document.getElementById(all.getAttribute("data-expand-all"));
      var open = all.getAttribute("data-open") !== "true";
      table.querySelectorAll(".claim-toggle").forEach(function (b2) { toggleClaim(b2, open); });
      all.setAttribute("data-open", String(open));
      all.textContent = open ? "Collapse all" : "Expand all";
    }
  });

  // ------------------------------------------------------------ highlight filters
  document.querySelectorAll("input[data-hl]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-hl-" + box.getAttribute("data-hl"), !box.checked);
    });
  });

  // ------------------------------------------------------------ two-step confirmation (no dialogs)
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (e) {
      if (button.getAttribute("data-armed") === "true") return;
      e.preventDefault();
      button.setAttribute("data-armed", "true");
      button.dataset.label = button.textContent;
      button.textContent = button.getAttribute("data-confirm");
      setTimeout(function () {
        button.removeAttribute("data-armed");
        button.textContent = button.dataset.label;
      }, 5000);
    });
  });

  // ------------------------------------------------------------ jobs
  function renderJob(panel, job) {
    panel.textContent = "";
    var line = el("p");
    line.appendChild(el("span", "state state-" + job.state, job.state));
    var step = job.finished ? "" : " " + (job.step || "waiting");
    if (!job.finished && job.total) step += " " + job.done + " / " + job.total;
    line.appendChild(document.createTextNode(step));
    panel.appendChild(line);
    if (!job.finished) {
      var bar = el("progress");
      if (job.total) { bar.max = job.total; bar.value = job.done; }
      panel.appendChild(bar);
    }
    if (job.message) panel.appendChild(el("p", "job-message", job.message));
    if (job.errors && job.errors.length) {
      panel.appendChild(el("h3", null, "Refused (" + job.errors.length + ")"));
      var list = el("ul", "errors");
      job.errors.forEach(function (err) {
        var li = el("li");
        li.appendChild(el("code", null, "[" + err.code + "]"));
        li.appendChild(document.createTextNode(" " + (err.shown || err.source) + ": " + err.reason));
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    if (job.finished) {
      var links = el("p", "job-links");
      var a = el("a", null, "See the stories →");
      a.href = "/";
      links.appendChild(a);
      var j = el("a", "muted", "job details");
      j.href = "/jobs/" + encodeURIComponent(job.id);
      links.appendChild(document.createTextNode(" · "));
      links.appendChild(j);
      panel.appendChild(links);
    }
  }

  function pollJob(panel, id, onDone) {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { panel.textContent = errorMessage(res.body, res.status); return; }
        renderJob(panel, res.body);
        panel.setAttribute("data-state", res.body.state);
        if (res.body.finished) { if (onDone) onDone(res.body); }
        else setTimeout(function () { pollJob(panel, id, onDone); }, 400);
      })
      .catch(function () { setTimeout(function () { pollJob(panel, id, onDone); }, 1500); });
  }

  document.querySelectorAll(".job-panel[data-job]").forEach(function (panel) {
    pollJob(panel, panel.getAttribute("data-job"));
  });

  // forms that have an API twin: send them with the token header, then follow the job
  function sendForm(form, body) {
    var method = form.getAttribute("data-api-method") || "POST";
    return fetch(form.getAttribute("data-api-url"), {
      method: method, body: method === "DELETE" ? undefined : body, headers: authHeaders(),
    }).then(function (r) {
      return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; });
    });
  }

  document.querySelectorAll("form[data-api-url]").forEach(function (form) {
    if (form.id === "ingest-form") return;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      sendForm(form, new FormData(form)).then(function (res) {
        if (res.ok) { window.location.href = "/jobs/" + encodeURIComponent(res.body.id); return; }
        var note = form.querySelector(".form-error") || form.appendChild(el("p", "form-error"));
        note.textContent = errorMessage(res.body, res.status);
      });
    });
  });

  // ------------------------------------------------------------ ingest page
  var form = document.getElementById("ingest-form");
  if (form) {
    var input = document.getElementById("files");
    var drop = document.getElementById("drop");
    var list = document.getElementById("file-list");
    var panel = document.getElementById("job-panel");
    var submit = document.getElementById("ingest-submit");

    var showFiles = function () {
      list.textContent = "";
      Array.prototype.forEach.call(input.files, function (f) {
        list.appendChild(el("li", null, f.name + " (" + Math.max(1, Math.round(f.size / 1024)) + " KB)"));
      });
    };
    input.addEventListener("change", showFiles);
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; showFiles(); }
    });

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      submit.disabled = true;
      panel.textContent = "";
      panel.appendChild(el("p", null, "Uploading…"));
      sendForm(form, new FormData(form)).then(function (res) {
        if (!res.ok) {
          panel.textContent = "";
          panel.appendChild(el("p", "form-error", errorMessage(res.body, res.status)));
          submit.disabled = false;
          return;
        }
        pollJob(panel, res.body.id, function () {
          submit.disabled = false;
          form.reset();
          showFiles();
        });
      }).catch(function (err) {
        panel.textContent = "";
        panel.appendChild(el("p", "form-error", "upload failed: " + err));
        submit.disabled = false;
      });
    });
  }
})();
