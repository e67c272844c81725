// Beyond Budapest: runs before the app starts. Where the browser blocks
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
