package quiz

import (
	"fmt"
	"io"
)

// WriteStale names the entries of translation t whose English changed
// since they were translated (t.Stale), at most ten of them, for `app
// check` and `make content-report`: the app shows them in English until a
// translator updates them and stamps them again. It writes nothing when
// every entry is up to date.
func WriteStale(w io.Writer, t Translation) {
	if len(t.Stale) == 0 {
		return
	}
	fmt.Fprintf(w, "%s/: %d entries changed in English since they were translated, and are shown in English until updated:\n", t.Dir, len(t.Stale))
	for i, s := range t.Stale {
		if i == 10 {
			fmt.Fprintf(w, "  … and %d more\n", len(t.Stale)-i)
			break
		}
		fmt.Fprintf(w, "  %s\n", s)
	}
	fmt.Fprintf(w, "  after updating them, run: make translation-stamp TRANSLATION=%s IDS=\"id …\" (questions/README.md)\n", t.Lang)
}
