// Beyond Budapest: runs before the app starts, to do what go-app's own
// script cannot be told to do.
//
// Before anything else, the language. A page's language is its address
// (/learn, /uk/learn); the head links to the page in each language
// (app/server/head.go, alternates). lang= in the address (a link's or an
// embed's setting) wins; otherwise the language the learner chose with a
// language switch (app/ui/lang_switch.go; the key is in app/ui/storage.go)
// does, except in a frame or an embed, where the teacher's address chose,
// and in a SCORM package, which reads its own lang=. location.replace
// leaves no entry in the history, and the page is hidden so it is never
// painted. It cannot loop: the new address is already in that language,
// and an address is never sent to itself (a host that answers every path
// with the start page).
(function () {
  var key = "beyond-budapest/lang/v1";
  try {
    var want = new URLSearchParams(location.search).get("lang");
    var path = location.pathname;
    if (/\/index_lms\.html$/.test(path)) {
      return;
    }
    if (!want && window.self === window.top && !/\/embed(\/results)?$/.test(path)) {
      want = JSON.parse(localStorage.getItem(key));
    }
    var alt = want && want !== document.documentElement.lang &&
      document.querySelector('link[rel="alternate"][hreflang="' + want + '"]');
    var to = alt && new URL(alt.href).pathname;
    if (to && to !== path) {
      document.documentElement.style.display = "none";
      location.replace(to + location.search + location.hash);
      return;
    }
  } catch (e) {
    // Blocked storage or an odd value: the page stays as it is.
  }
  // Until the app runs, a language switch is followed by the browser, and
  // the choice is remembered here; once it runs, the switch's own handler
  // does it and this never sees the click.
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest && e.target.closest("a[data-bb-lang]");
    if (a) {
      try { localStorage.setItem(key, JSON.stringify(a.getAttribute("data-bb-lang"))); } catch (x) { /* blocked storage */ }
      a.hash = location.hash;
    }
  });
})();

// 0. Apply the learner's display preferences (text size, contrast, theme,
// motion, scores) before anything is painted, so a page never flashes in
// the wrong style. The app writes them under the same key (app/ui/prefs.go).
(function () {
  try {
    var p = JSON.parse(window.localStorage.getItem("beyond-budapest/prefs/v1") || "{}") || {};
    var root = document.documentElement;
    if ([125, 150, 200].indexOf(p.textSize) >= 0) root.setAttribute("data-text-size", String(p.textSize));
    if (p.contrast === "high") root.setAttribute("data-contrast", "high");
    if (p.theme === "light" || p.theme === "dark") root.setAttribute("data-theme", p.theme);
    if (p.motion === "reduce") root.setAttribute("data-motion", "reduce");
    if (p.hideScores === true) root.setAttribute("data-scores", "hidden");
  } catch (e) {
    // Blocked or damaged storage: the defaults apply.
  }
})();

// 1. Register the service worker only once the app is running. go-app
// registers it at once (pkg/app/gen/app.js, goappInitServiceWorker), and
// the worker's install then downloads app.wasm a second time while the
// page is still downloading its own copy: on a slow phone connection that
// halves the bandwidth for the one download the student waits for. Once
// the app runs, the worker's precache revalidates from the HTTP cache
// instead. If the app has not started after 30 s, register anyway, so a
// very slow first visit still ends up working offline.
(function () {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  var container = navigator.serviceWorker;
  var register = container.register.bind(container);
  var started;
  var appStarted = new Promise(function (resolve) { started = resolve; });
  window.bbAppStarted = started;
  setTimeout(started, 30000);
  container.register = function () {
    var args = arguments;
    return appStarted.then(function () {
      // Not after register(): with a stuck registration its promise may
      // wait behind the stuck install for ever.
      container.getRegistration().then(function (r) {
        if (r) {
          watchInstall(r);
        } else {
          forgetInstalling(); // an install that failed left nothing behind
        }
      }).catch(function () {});
      return register.apply(null, args);
    });
  };

  // A registration that stays "installing" is stuck. The worker gives up
  // an install after a minute (installTimeout, app/server/worker.go), and
  // the next registration starts afresh. But in WebKit a reload during the
  // first install can leave the registration "installing" for the rest of
  // the browser session (WebKit bug 294391): measured with WebKitGTK 2.50,
  // the worker's own timeout, unregister() and a new registration all
  // wait behind it, and only a restart of the browser ends it. When this
  // page or an earlier one (the time is kept in localStorage) saw it
  // installing more than stalledAfter ago, say so, so the Settings page
  // can tell the student what ends it instead of "still being saved".
  // stalledAfter is the worker's timeout and a margin; a Go test
  // (app/server) keeps the two in step.
  var stalledAfter = 75000;
  var sinceKey = "beyond-budapest/worker-installing-since";
  function forgetInstalling() {
    try { window.localStorage.removeItem(sinceKey); } catch (e) { /* blocked storage */ }
  }
  function watchInstall(r) {
    var stuck = function () { return r.installing && !r.active && !r.waiting; };
    var storage;
    try { storage = window.localStorage; } catch (e) { return; }
    if (!stuck()) {
      storage.removeItem(sinceKey);
      return;
    }
    var since = +storage.getItem(sinceKey) || 0;
    if (!since || Date.now() - since > 86400000) { // a day: not this session
      since = Date.now();
      storage.setItem(sinceKey, String(since));
    }
    setTimeout(function () {
      container.getRegistration().then(function (now) {
        if (now && now.installing && !now.active && !now.waiting) {
          window.bbInstallStalled = true;
        } else {
          storage.removeItem(sinceKey);
        }
      }).catch(function () {});
    }, Math.max(0, since + stalledAfter - Date.now()));
  }

  // bbOfflineStatus says whether this device has an offline copy of the
  // running release, for the Settings page: "ready", "installing",
  // "stalled" (installing for longer than the worker allows itself),
  // "none" or "unsupported" (no service worker or no Cache API, as in some
  // private windows).
  window.bbOfflineStatus = function (version) {
    if (!window.caches) {
      return Promise.resolve("unsupported");
    }
    // A page that a worker controls, with this release's cache, is
    // offline-ready (the install stores the whole precache or fails).
    var controller = container.controller;
    return caches.keys().then(function (keys) {
      if (controller && keys.indexOf("beyond-budapest-" + version) >= 0) {
        return "ready";
      }
      return container.getRegistration().then(function (r) {
        if (r && r.installing && window.bbInstallStalled) {
          return "stalled";
        }
        return r && (r.installing || r.waiting || r.active) ? "installing" : "none";
      });
    }).catch(function () { return "unsupported"; });
  };
  // go-app's update check calls registration.update() without a catch
  // (pkg/app/gen/app.js:74-79, v10.1.11): offline, Firefox reports the
  // rejected promise as an uncaught error. The app calls this instead.
  window.bbTryUpdate = function () {
    container.getRegistration().then(function (r) { return r && r.update(); }).catch(function () {});
  };
})();

// 2. Where the browser blocks
// localStorage (sandboxed frames, strict privacy modes), every access
// throws, and go-app fails at start-up: it walks storage without catching
// exceptions (pkg/app/storage.go, jsStorage.ForEach). Put an in-memory
// stand-in in its place and tell the app, which then says that progress
// will not outlive the page.
(function () {
  try {
    var probe = "beyond-budapest/probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return;
  } catch (e) {
    // A full store still reads fine; the app reports failed writes itself.
    if (e && e.name === "QuotaExceededError") {
      return;
    }
  }
  var data = {};
  var has = function (k) { return Object.prototype.hasOwnProperty.call(data, k); };
  var memory = {
    getItem: function (k) { return has(k) ? data[k] : null; },
    setItem: function (k, v) { data[k] = String(v); },
    removeItem: function (k) { delete data[k]; },
    clear: function () { data = {}; },
    key: function (i) { var keys = Object.keys(data); return i < keys.length ? keys[i] : null; },
  };
  Object.defineProperty(memory, "length", { get: function () { return Object.keys(data).length; } });
  try {
    Object.defineProperty(window, "localStorage", { configurable: true, value: memory });
  } catch (e) {
    return;
  }
  window.bbStorageUnavailable = true;
})();

// 3. The first question works before the app has loaded.
//
// The server prerenders the quiz's first question with its controls
// disabled, since nothing can handle them until app.wasm has arrived and
// started (seconds on a slow phone connection). For a visitor with no
// saved progress, on a link whose settings leave that question as it is,
// this enables it: the student can choose or type an answer and press
// Check. Check never submits the form (a reload would start the download
// over); it says that the answer will be checked once the quiz has loaded.
// It lives here rather than in a file of its own so that a first visit
// on a slow connection waits for no extra request.
//
// Nothing is graded here. When the app starts, the quiz page calls
// bbEarly.take() before it replaces the prerendered page, and the Go
// engine checks the answer (app/ui/early_answer.go). The form carries
// what this needs to know (data-early…), so none of the app's rules are
// copied here.
(function () {
  "use strict";

  function allowedSettings(allowed) {
    var names = (allowed || "").split(" ");
    var query = window.location.search.replace(/^\?/, "");
    if (query === "") {
      return true;
    }
    return query.split("&").every(function (part) {
      var name = decodeURIComponent(part.split("=")[0].replace(/\+/g, " "));
      return name === "" || names.indexOf(name) >= 0;
    });
  }

  // Any saved progress means the app may resume elsewhere than the first
  // question, so the prerendered one is left alone.
  function hasProgress(prefix) {
    try {
      var store = window.localStorage;
      for (var i = 0; i < store.length; i++) {
        var key = store.key(i);
        if (key && key.indexOf(prefix) === 0) {
          return true;
        }
      }
    } catch (e) {
      // Storage that cannot be read holds no progress.
    }
    return false;
  }

  function start() {
    var form = document.querySelector("form[data-early]");
    // Not in a SCORM package (its LMS holds the progress), and not once
    // the app runs (its own form carries no data-early).
    if (!form || window.bbLMS || window.bbEarly) {
      return;
    }
    var fieldset = form.querySelector("fieldset.question");
    var check = document.getElementById("check");
    // Order questions move items with buttons that only the app drives.
    if (!fieldset || !check || fieldset.classList.contains("kind-order")) {
      return;
    }
    if (!allowedSettings(form.getAttribute("data-early-settings")) || hasProgress(form.getAttribute("data-early"))) {
      return;
    }

    var taken = false;
    var checked = false;
    // Whether the student has done anything to the question yet: on most
    // warm visits the app runs before they have, and the hand-over then
    // has nothing to read.
    var touched = false;
    ["pointerdown", "keydown", "input", "change", "focusin"].forEach(function (type) {
      form.addEventListener(type, function () { touched = true; }, true);
    });

    fieldset.disabled = false;
    check.disabled = false;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (taken || checked) {
        return;
      }
      // As after a live Check, the answer is given: the inputs lock and
      // the status line says what happens next.
      checked = true;
      fieldset.disabled = true;
      check.disabled = true;
      var region = document.getElementById("feedback");
      if (region) {
        var status = document.createElement("p");
        status.className = "early-status";
        status.tabIndex = -1;
        status.textContent = form.getAttribute("data-early-waiting");
        region.appendChild(status);
        status.focus();
      }
    });

    function read() {
      var state = {
        question: fieldset.getAttribute("data-question"),
        checked: checked,
        layout: [],
        choices: [],
        focus: "",
        selStart: 0,
        selEnd: 0,
      };
      var inputs = fieldset.querySelectorAll('input[name="answer"]');
      for (var i = 0; i < inputs.length; i++) {
        state.layout.push(Number(inputs[i].value));
        if (inputs[i].checked) {
          state.choices.push(Number(inputs[i].value));
        }
      }
      var selects = fieldset.querySelectorAll("select");
      if (selects.length > 0) {
        state.matches = [];
        for (var j = 0; j < selects.length; j++) {
          state.matches.push(Number(selects[j].value));
        }
        var options = selects[0].options;
        for (var k = 0; k < options.length; k++) {
          if (options[k].value !== "-1") {
            state.layout.push(Number(options[k].value));
          }
        }
      }
      var text = document.getElementById("answer-text");
      if (text) {
        state.text = text.value;
        state.selStart = text.selectionStart || 0;
        state.selEnd = text.selectionEnd || 0;
      }
      var active = document.activeElement;
      if (active && active.id && (fieldset.contains(active) || active === check)) {
        state.focus = active.id;
      }
      return state;
    }

    // The app takes the answer over once; after that this script is done.
    window.bbEarly = {
      take: function () {
        if (taken) {
          return null;
        }
        taken = true;
        return touched || checked ? JSON.stringify(read()) : null;
      },
    };
  }

  // Start as soon as the question and the region after it are parsed,
  // not at DOMContentLoaded, which waits for every deferred script
  // (wasm_exec.js, app.js) to arrive: on a slow connection they share it
  // with app.wasm.
  var started = false;
  function once() {
    if (!started) {
      started = true;
      start();
    }
  }
  if (document.getElementById("feedback") || document.readyState !== "loading") {
    once();
    return;
  }
  var parsed = new MutationObserver(function () {
    if (document.getElementById("feedback")) {
      parsed.disconnect();
      once();
    }
  });
  parsed.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () {
    parsed.disconnect();
    once();
  });
})();
