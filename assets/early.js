// Beyond Budapest: the first question works before the app has loaded.
//
// The server prerenders the quiz's first question with its controls
// disabled, since nothing can handle them until app.wasm has arrived and
// started (seconds on a slow phone connection). For a visitor with no
// saved progress, on a link whose settings leave that question as it is,
// this script enables it: the student can choose or type an answer and
// press Check. Check never submits the form (a reload would start the
// download over); it says that the answer will be checked once the quiz
// has loaded.
//
// Nothing is graded here. When the app starts, the quiz page calls
// bbEarly.take() before it replaces the prerendered page, and the Go
// engine checks the answer (app/ui/early_answer.go). The form carries
// what this script needs to know (data-early…), so none of the app's
// rules are copied here.
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
        return JSON.stringify(read());
      },
    };
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
