package server

import (
	"bytes"
	"encoding/json"
	"fmt"

	"beyondbudapest/app/ui"
)

// appJSPatches change how go-app's generated app.js (pkg/app/gen/app.js,
// go-app v10.1.11) loads app.wasm. They are applied to every app.js the
// project publishes: the live server's, the static site's and the SCORM
// package's. If upstream text changes, patchAppJS fails and its test names
// the part that moved.
var appJSPatches = []struct {
	name, old, new string
}{
	{
		// Upstream (pkg/app/gen/app.js:222-228) compiles with
		// WebAssembly.instantiateStreaming, which refuses any response
		// whose Content-Type is not application/wasm. An LMS serves files
		// with the type it stored when it unpacked the package (Moodle:
		// document/unknown), and many Apache and nginx set-ups send
		// application/octet-stream: the page then waited for ever. The
		// bytes are compiled whatever their type (streaming only when it
		// is application/wasm).
		name: "instantiate",
		old: `  let instantiateStreaming = WebAssembly.instantiateStreaming;
  if (!instantiateStreaming) {
    instantiateStreaming = async (resp, importObject) => {
      const source = await (await resp).arrayBuffer();
      return await WebAssembly.instantiate(source, importObject);
    };
  }
`,
		new: `  // Beyond Budapest: any Content-Type, gzip inside (app/server/wasm_loader.go).
  const instantiateStreaming = bbInstantiate;
`,
	},
	{
		// Upstream (pkg/app/gen/app.js:247-251) writes the error into the
		// loader's label, which our stylesheet shows as a slim bar: a
		// student saw "Loading the quiz… 100 %" and nothing else. The
		// loader becomes a plain message with a Try again button.
		name: "failure",
		old: `  } catch (err) {
    loaderIcon.className = "goapp-logo";
    loaderLabel.innerText = err;
    console.error("loading wasm failed: ", err);
  }
}`,
		new: `  } catch (err) {
    console.error("loading wasm failed: ", err);
    bbWasmFailed(loader);
  }
}`,
	},
	{
		// go-app writes the handler's one LoadingLabel into app.js
		// (pkg/app/gen/app.js:17), which every page shares; the label
		// follows the page's language (bbLoadingLabel, loadingLabels).
		name: "loading label",
		old:  `const goappLoadingLabel = "`,
		new:  `const goappLoadingLabel = bbLoadingLabel(document.documentElement.lang) || "`,
	},
	{
		// The loaded bytes can exceed the expected total when a server
		// decompresses a file the progress bar counted compressed.
		name: "progress",
		old:  `    progess(Math.round((loaded * 100) / total));`,
		new:  `    progess(Math.min(100, Math.round((loaded * 100) / total)));`,
	},
}

// wasmLoaderJS is appended to app.js: the functions the patches call.
const wasmLoaderJS = `
// -----------------------------------------------------------------------------
// Beyond Budapest: loading app.wasm anywhere (app/server/wasm_loader.go)
// -----------------------------------------------------------------------------

// bbInstantiate compiles app.wasm from a response whatever its
// Content-Type. Served as application/wasm (our server, a well-set host),
// it is compiled while it downloads, as upstream does; otherwise the bytes
// are read first. A body that starts with gzip's magic bytes (a SCORM
// package ships app.wasm.gz, since an LMS seldom compresses an unknown
// type) is decompressed with DecompressionStream, which every current
// browser supports for gzip.
async function bbInstantiate(pending, importObject) {
  const response = await pending;
  if (!response.ok) {
    throw new Error("app.wasm: HTTP " + response.status);
  }
  const type = (response.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();
  if (type === "application/wasm" && WebAssembly.instantiateStreaming) {
    return await WebAssembly.instantiateStreaming(response, importObject);
  }
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const unzipped = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    bytes = await new Response(unzipped).arrayBuffer();
  }
  return await WebAssembly.instantiate(bytes, importObject);
}

// bbWasmFailed turns go-app's loader into a plain message with a retry,
// whatever went wrong: the network, a refused type, a truncated file.
// Try again runs the loader again, without reloading the page (which,
// inside an LMS, would open a second session).
function bbWasmFailed(loader) {
  loader.classList.add("wasm-failed");
  loader.setAttribute("role", "alert");
  const box = document.createElement("div");
  box.id = "wasm-failed";
  const p = document.createElement("p");
  const words = bbFailedWords(document.documentElement.lang);
  p.textContent = words[0];
  const retry = document.createElement("button");
  retry.type = "button";
  retry.id = "wasm-retry";
  retry.className = "button";
  retry.textContent = words[1];
  retry.addEventListener("click", () => {
    box.remove();
    loader.classList.remove("wasm-failed");
    loader.removeAttribute("role");
    goappInitWebAssembly();
  });
  box.append(p, retry);
  loader.append(box);
}
`

// patchAppJS applies appJSPatches to go-app's generated app.js.
func patchAppJS(js []byte) ([]byte, error) {
	for _, p := range appJSPatches {
		if n := bytes.Count(js, []byte(p.old)); n != 1 {
			return nil, fmt.Errorf("server: go-app's app.js changed: the %s part to patch was found %d times, want once; review appJSPatches in app/server/wasm_loader.go", p.name, n)
		}
		js = bytes.Replace(js, []byte(p.old), []byte(p.new), 1)
	}
	return append(append(js, wasmLoaderJS...), loadingLabels()...), nil
}

// loadingLabels is bbLoadingLabel, appended to app.js: the loader's label
// in each language but English (the handler's own), by <html lang>. A
// function declaration, so that app.js can call it before this point.
func loadingLabels() string {
	labels := map[string]string{}
	for _, l := range ui.Languages[1:] {
		labels[l.Code] = ui.LoadingLabelIn(l.Code)
	}
	b, _ := json.Marshal(labels)
	failed := map[string][2]string{}
	for _, l := range ui.Languages {
		msg, retry := ui.WasmFailedIn(l.Code)
		failed[l.Code] = [2]string{msg, retry}
	}
	f, _ := json.Marshal(failed)
	return "\n// The loader's label in the page's language (app/server/wasm_loader.go).\nfunction bbLoadingLabel(lang) {\n  return " + string(b) + "[lang];\n}\n" +
		"\n// The failure message and its button, in the page's language, English by default.\nfunction bbFailedWords(lang) {\n  const words = " + string(f) + ";\n  return words[lang] || words.en;\n}\n"
}
