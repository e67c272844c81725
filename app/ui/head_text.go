package ui

// The words the server writes into pages outside the components: the
// site's description in each page's head, and the loader's label while
// app.wasm downloads. go-app has one of each per handler (pkg/app/http.go,
// Handler.Description and LoadingLabel, go-app v10.1.11); the server
// writes each page's language's (app/server/head.go). They take the
// language as an argument rather than from the page being rendered,
// because the server fixes pages after rendering them.

// inLang returns a function that translates into language code. Callers
// name it L, so that the catalogue test finds the strings they give it.
func inLang(code string) func(string) string {
	return func(s string) string {
		if t, ok := catalogues[code][s]; ok {
			return t
		}
		return s
	}
}

// DescriptionIn is the site's description in language code.
func DescriptionIn(code string) string {
	L := inLang(code)
	return L("A short explainer and quiz on why Ukraine refuses another Budapest-style memorandum and asks for ratified security guarantees instead.")
}

// LoadingLabelIn is the loader's label in language code, with
// "{progress}" where go-app's script writes the percentage.
func LoadingLabelIn(code string) string {
	L := inLang(code)
	return L("Loading the quiz… {progress}%")
}

// WasmFailedIn is what the loader says, in language code, when app.wasm
// did not arrive whole, and the label of its button that tries again.
func WasmFailedIn(code string) (message, retry string) {
	L := inLang(code)
	return L("The interactive quiz could not start: its program did not download completely. The text on this page still works."), L("Try again")
}
