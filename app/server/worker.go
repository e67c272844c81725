package server

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cachePrefix names this app's caches. go-app's worker deletes every cache
// on the origin but its own when it activates, which wipes any other app
// hosted on the same origin (a GitHub Pages user site, a school's server);
// ours deletes only caches with this prefix. The UI reads the same names
// to tell a real update from the first install.
const cachePrefix = ui.CachePrefix

// workerPatches replace parts of go-app's service worker template
// (pkg/app/gen/app-worker.js, exposed as app.DefaultAppWorkerJS). The
// template is patched rather than rewritten so go-app's placeholders and
// its notification handlers stay as upstream ships them; if upstream text
// changes, ServiceWorker fails and its test names the part that moved.
var workerPatches = []struct {
	name, old, new string
}{
	{
		name: "cache name",
		old:  `const cacheName = "app-" + "{{.Version}}";`,
		new:  `const cachePrefix = "` + cachePrefix + `";` + "\n" + `const cacheName = cachePrefix + "{{.Version}}";`,
	},
	{
		// Upstream awaits the precache outside event.waitUntil, so a failed
		// download is only logged and the worker activates with a partial
		// cache, broken offline. Inside waitUntil a failure fails the
		// install, and the browser tries again on the next visit.
		name: "install",
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await installWorker();
    await self.skipWaiting();
  })());
});`,
	},
	{
		name: "activate",
		old: `self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		new: `self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await deletePreviousCaches();
    await self.clients.claim();
  })());
});`,
	},
	{
		// A precache request that stalls (a connection that hangs without
		// failing) would keep the install, and every later registration
		// waiting behind it, going for the rest of the browser session.
		// Give up when no data has arrived for installTimeout: the install
		// fails, the browser drops a first registration (or keeps the
		// active worker, for an update), and the next registration (the
		// app registers on every load) starts afresh. A slow connection
		// that keeps delivering is never cut off. The requests are aborted
		// rather than left running.
		name: "precache",
		old: `async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}`,
		new: `const installTimeout = ` + installTimeoutMark + `;

async function installWorker() {
  const cache = await caches.open(cacheName);
  const abort = new AbortController();
  let timer;
  const progressed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(new Error("no data for " + installTimeout + " ms")), installTimeout);
  };
  progressed();
  try {
    // Every file is downloaded before any is stored, so a failed
    // download stores nothing; the install then fails, as with addAll.
    const responses = await Promise.all(resourcesToCache.map(async (url) => {
      const response = await fetch(url, { signal: abort.signal });
      progressed();
      if (!response.ok) {
        throw new Error(url + ": HTTP " + response.status);
      }
      const chunks = [];
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        chunks.push(value);
        progressed();
      }
      return new Response(new Blob(chunks), response);
    }));
    await Promise.all(responses.map((response, i) => cache.put(resourcesToCache[i], response)));
  } finally {
    clearTimeout(timer);
  }
}`,
	},
	{
		name: "cache cleanup",
		old:  `      if (key !== cacheName) {`,
		new:  `      if (key.startsWith(cachePrefix) && key !== cacheName) {`,
	},
	{
		// Upstream matches the exact URL, query string included, and has no
		// fallback: /?utm_source=x, a page not precached, or a project root
		// that the host redirects all fail offline.
		name: "fetch",
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `async function fetchWithCache(request) {
  const cache = await caches.open(cacheName);
  if (request.mode !== "navigate") {
    const cached = await cache.match(request);
    return cached || fetch(request);
  }
  // Pages: the precached page whatever the query string; else the network;
  // else the start page, which routes the path itself once the app runs.
  let page = await cache.match(request, { ignoreSearch: true });
  if (!page) {
    try {
      return await fetch(request);
    } catch (err) {
      const root = new URL(self.registration.scope).pathname;
      page = (await cache.match(root, { ignoreSearch: true })) ||
        (await cache.match(root.replace(/\/$/, "") || "/", { ignoreSearch: true }));
      if (!page) {
        throw err;
      }
    }
  }
  return plainResponse(page);
}

// A cached response that was redirected (a host sending /repo to /repo/)
// cannot answer a navigation; rebuild it as a plain one.
async function plainResponse(response) {
  if (!response.redirected) {
    return response;
  }
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}`,
	},
}

// DefaultInstallTimeout is how long the service worker's install may go
// without receiving any data before it gives up. The app registers the
// worker only once it runs, so a first precache normally comes from the
// HTTP cache in seconds; an update downloads the new app.wasm, which on a
// slow link takes long but keeps delivering.
const DefaultInstallTimeout = time.Minute

// installTimeoutMark stands for the timeout in the patched template.
const installTimeoutMark = "BB_INSTALL_TIMEOUT_MS"

// ServiceWorker returns go-app's worker template with this app's fixes
// applied, for app.Handler.ServiceWorkerTemplate; an install gives up
// after installTimeout.
func ServiceWorker(installTimeout time.Duration) (string, error) {
	js, err := patchWorker(app.DefaultAppWorkerJS)
	if err != nil {
		return "", err
	}
	return strings.Replace(js, installTimeoutMark, strconv.FormatInt(installTimeout.Milliseconds(), 10), 1), nil
}

func patchWorker(js string) (string, error) {
	for _, p := range workerPatches {
		if strings.Count(js, p.old) != 1 {
			return "", fmt.Errorf("server: go-app's service worker template changed: the %s part to patch was not found once; review workerPatches in app/server/worker.go", p.name)
		}
		js = strings.Replace(js, p.old, p.new, 1)
	}
	return js, nil
}
