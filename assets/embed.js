// Beyond Budapest: when the app runs inside an iframe, tell the embedding
// page how tall the content is, so that the page can size the frame. Three
// dialects, so that most hosts need nothing from us:
//   - ours:   {type: "beyond-budapest:resize", height}
//   - Canvas: {subject: "lti.frameResize", height}
//   - H5P's resizer (h5p-resizer.js): hello, prepareResize, resize.
// These messages carry the height only, so they go to any parent ("*").
// Results never do: the app posts those only to origins a teacher listed.
(function () {
  if (window.parent === window) {
    return;
  }
  var h5p = false;
  var last = 0;
  var post = function (msg) {
    try { window.parent.postMessage(msg, "*"); } catch (e) { /* detached */ }
  };
  var height = function () {
    var page = document.querySelector(".page") || document.body;
    return Math.ceil(page.getBoundingClientRect().height);
  };
  var send = function () {
    var h = height();
    if (!h || h === last) {
      return;
    }
    last = h;
    post({ type: "beyond-budapest:resize", height: h });
    post({ subject: "lti.frameResize", height: h });
    if (h5p) {
      post({ context: "h5p", action: "prepareResize", scrollHeight: h, clientHeight: document.documentElement.clientHeight });
    }
  };
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || d.context !== "h5p") {
      return;
    }
    switch (d.action) {
      case "ready":
        post({ context: "h5p", action: "hello" });
        break;
      case "hello":
        h5p = true;
        last = 0;
        send();
        break;
      case "resizePrepared":
        post({ context: "h5p", action: "resize", scrollHeight: height() });
        break;
      case "resize":
        last = 0;
        send();
        break;
    }
  });
  post({ context: "h5p", action: "hello" });
  if ("ResizeObserver" in window) {
    new ResizeObserver(send).observe(document.documentElement);
  }
  window.addEventListener("load", send);
  document.addEventListener("DOMContentLoaded", send);
})();
