// Beyond Budapest in a learning platform (LMS): the SCORM run-time bridge.
// Only SCORM packages load it (make scorm), before go-app's own script.
//
// It does four things:
// 1. Says where the package is. An LMS serves a package from a path no
//    build can know (/pluginfile.php/…/content/3/), so the package's
//    app.js asks for window.bbBase instead of a fixed prefix
//    (app/server/relocatable.go rewrites it).
// 2. Finds the LMS's API (SCORM 2004's API_1484_11 or 1.2's API) in this
//    window, its parents or its opener, and opens the session at once:
//    an LMS expects Initialize soon after launch.
// 3. Records the time spent when the quiz is finished (recordTime) and
//    closes the session when the page goes away, with the time again.
// 4. Keeps every address the app shows one that the LMS can serve again
//    on a reload (keepAddressesLoadable).
//
// What to record is decided by the app (app/report, app/ui/lms.go), which
// calls window.bbLMS: version ("2004", "1.2", or "" with no LMS), query
// (the launch parameters), get(element), set(element, value), commit()
// and commitSoon(); set and commit return "" or the LMS's error.
(function () {
  var base = window.location.pathname.replace(/\/[^\/]*$/, "");
  var launch = window.location.pathname;
  window.bbBase = base;

  // launchQuery is the launch parameters (the quiz settings and lang=,
  // the package's language), without the page the app keeps in the
  // address (below); every address folded below keeps them.
  function launchQuery() {
    var p = new URLSearchParams(window.location.search);
    p.delete("bbpage");
    var q = p.toString();
    return q ? "?" + q : "";
  }

  // keepAddressesLoadable: go-app moves between pages by changing the
  // address (history.pushState) to paths such as …/content/7/learn that
  // exist only inside the app. An LMS serves the package's files and
  // nothing else, so reloading such an address (F5 in a pop-up window)
  // would show the LMS's "not found". Every address the app sets is
  // rewritten to the launch page with the app's page in bbpage=
  // (index_lms.html?pass=70&bbpage=%2Flearn#istanbul), which the app routes
  // back to that page (app/ui/routes.go, lmsPage).
  function keepAddressesLoadable() {
    var settings = launchQuery();
    function fold(url) {
      if (url === null || url === undefined) {
        return url;
      }
      var u = new URL(String(url), window.location.href);
      if (u.origin !== window.location.origin || u.pathname === launch || u.pathname.indexOf(base + "/") !== 0) {
        return url;
      }
      var p = new URLSearchParams(settings);
      // The start page too: the bare launch address shows the quiz.
      p.set("bbpage", u.pathname.slice(base.length) + u.search);
      var q = p.toString();
      return launch + (q ? "?" + q : "") + u.hash;
    }
    // The launch page's own links, prerendered as ./learn and so on,
    // are followed by the browser until the app runs (and for good if
    // app.wasm cannot load): they get the same form. Files (./web/…) are
    // left as they are.
    document.addEventListener("DOMContentLoaded", function () {
      var links = document.querySelectorAll("a[href]");
      for (var i = 0; i < links.length; i++) {
        var href = links[i].getAttribute("href");
        var u = new URL(href, window.location.href);
        if (u.origin === window.location.origin && /^[^.]*$/.test(u.pathname.slice(u.pathname.lastIndexOf("/")))) {
          links[i].setAttribute("href", fold(href));
        }
      }
    });
    var push = history.pushState.bind(history);
    var replace = history.replaceState.bind(history);
    history.pushState = function (state, title, url) { return push(state, title, fold(url)); };
    history.replaceState = function (state, title, url) { return replace(state, title, fold(url)); };
  }

  keepAddressesLoadable();

  var meta = document.querySelector('meta[name="scorm-edition"]');
  var wanted = meta ? meta.getAttribute("content") : "";

  // find looks for name in win and up to ten of its parents. A parent on
  // another origin throws on access; the search goes on above it.
  function find(win, name) {
    for (var depth = 0; win && depth < 10; depth++) {
      try {
        if (win[name]) {
          return win[name];
        }
      } catch (e) {}
      if (win.parent === win) {
        break;
      }
      win = win.parent;
    }
    return null;
  }
  function lookup(name) {
    var api = find(window, name);
    if (!api && window.opener) {
      try {
        api = find(window.opener, name);
      } catch (e) {}
    }
    return api;
  }

  var calls2004 = { init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate", err: "GetLastError", text: "GetErrorString", diag: "GetDiagnostic" };
  var calls12 = { init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish", err: "LMSGetLastError", text: "LMSGetErrorString", diag: "LMSGetDiagnostic" };

  var api = null, calls = null, version = "";
  if (wanted !== "1.2" && (api = lookup("API_1484_11"))) {
    calls = calls2004;
    version = "2004";
  } else if (wanted !== "2004" && (api = lookup("API"))) {
    calls = calls12;
    version = "1.2";
  }

  var bridge = {
    version: "",
    query: launchQuery(),
    error: "no LMS API found",
    get: function () { return ""; },
    set: function () { return "no LMS"; },
    commit: function () { return "no LMS"; },
  };
  window.bbLMS = bridge;
  if (!api) {
    return;
  }

  // lastError describes the LMS's last error, or "" if the call worked.
  function lastError() {
    var code = String(api[calls.err]());
    if (code === "0" || code === "") {
      return "";
    }
    var text = "";
    try {
      text = String(api[calls.text](code));
      var diag = String(api[calls.diag](code));
      if (diag && diag !== text) {
        text += " (" + diag + ")";
      }
    } catch (e) {}
    return code + " " + text;
  }
  function call(name, a, b) {
    try {
      var ok = b === undefined ? api[calls[name]](a) : api[calls[name]](a, b);
      if (String(ok) === "true") {
        return "";
      }
      return lastError() || "refused";
    } catch (e) {
      return String(e);
    }
  }

  var failed = call("init", "");
  if (failed) {
    bridge.error = "the LMS did not open the session: " + failed;
    return;
  }
  var started = Date.now();
  var open = true;

  bridge.version = version;
  bridge.error = "";
  bridge.get = function (element) {
    if (!open) {
      return "";
    }
    try {
      var v = api[calls.get](element);
      return v === null || v === undefined ? "" : String(v);
    } catch (e) {
      return "";
    }
  };
  bridge.set = function (element, value) {
    return open ? call("set", element, String(value)) : "the session is closed";
  };
  bridge.commit = function () {
    return open ? call("commit", "") : "the session is closed";
  };

  // commitSoon commits once the current task is over, folding the several
  // changes of one answer into one commit. Many LMSs commit with a
  // synchronous request (Moodle's SCORM player does), which blocks the
  // page: after the feedback is shown, and once, is the least it can
  // cost. A failure is kept in commitError for the app's next call.
  var commitTimer = null;
  bridge.commitError = "";
  bridge.commitSoon = function () {
    if (!open || commitTimer !== null) {
      return;
    }
    commitTimer = setTimeout(function () {
      commitTimer = null;
      if (open) {
        bridge.commitError = call("commit", "");
      }
    }, 0);
  };

  // sessionTime formats the time since launch as each edition wants it.
  function sessionTime() {
    var cs = Math.round((Date.now() - started) / 10);
    var h = Math.floor(cs / 360000), m = Math.floor((cs % 360000) / 6000), s = (cs % 6000) / 100;
    if (version === "1.2") {
      var two = function (n) { return (n < 10 ? "0" : "") + n; };
      var hh = String(h);
      while (hh.length < 4) {
        hh = "0" + hh;
      }
      var ss = s.toFixed(2);
      return hh + ":" + two(m) + ":" + (s < 10 ? "0" : "") + ss;
    }
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + Number(s.toFixed(2)) + "S";
  }

  // recordTime sets the session time so far; "" or the LMS's error. The
  // app calls it with the final score, committed at once: the commit on
  // pagehide often never reaches the LMS's server (Moodle's 2004 player
  // kept the previous session's time), so the finish must carry it too.
  // In review mode the LMS shows an earlier attempt; nothing is recorded.
  bridge.recordTime = function () {
    if (!open) {
      return "the session is closed";
    }
    if (bridge.get(version === "1.2" ? "cmi.core.lesson_mode" : "cmi.mode") === "review") {
      return "";
    }
    return call("set", version === "1.2" ? "cmi.core.session_time" : "cmi.session_time", sessionTime());
  };

  // finish closes the session once: pagehide fires when the student
  // leaves, closes the tab, or the LMS removes the frame.
  function finish() {
    if (!open) {
      return;
    }
    if (commitTimer !== null) {
      clearTimeout(commitTimer);
      commitTimer = null;
    }
    bridge.recordTime();
    call("commit", "");
    call("finish", "");
    open = false;
  }
  window.addEventListener("pagehide", finish);
  bridge.finish = finish;
})();
