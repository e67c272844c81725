// Beyond Budapest: runs before the app starts, to do two things go-app's
// own script cannot be told to do.
//
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
          watchInstall(r, args);
        }
      }).catch(function () {});
      return register.apply(null, args);
    });
  };

  // A registration that stays "installing" is stuck: in WebKit, a reload
  // while the first install runs can leave it so for the rest of the
  // browser session (WebKit bug 294391), and the student silently gets no
  // offline copy. When this page or an earlier one (the time is kept in
  // localStorage) saw it installing more than stuckAfter ago, unregister
  // it and register again. An install normally takes a few seconds here:
  // the worker is registered only once the app runs, so its precache comes
  // from the HTTP cache.
  var stuckAfter = 30000;
  var sinceKey = "beyond-budapest/worker-installing-since";
  function watchInstall(r, args) {
    var stuck = function () { return r.installing && !r.active && !r.waiting; };
    var storage;
    try { storage = window.localStorage; } catch (e) { return; }
    if (!stuck()) {
      storage.removeItem(sinceKey);
      return;
    }
    var since = +storage.getItem(sinceKey) || 0;
    if (!since) {
      since = Date.now();
      storage.setItem(sinceKey, String(since));
    }
    setTimeout(function () {
      if (!stuck()) {
        storage.removeItem(sinceKey);
        return;
      }
      storage.removeItem(sinceKey);
      window.bbWorkerRecovered = true;
      console.warn("The service worker was stuck installing; registering it again.");
      r.unregister().then(function () { return register.apply(null, args); }).then(function (again) {
        window.bbWorkerRecovered = "registered";
        return again;
      }).catch(function (err) {
        console.warn("Registering the service worker again failed:", err);
      });
    }, Math.max(0, since + stuckAfter - Date.now()));
  }

  // bbOfflineStatus says whether this device has an offline copy of the
  // running release, for the Settings page: "ready", "installing", "none"
  // or "unsupported" (no service worker or no Cache API, as in some
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
