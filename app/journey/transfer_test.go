package journey

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestProgressLinkMovesAnswersToAnotherProfile answers two questions in one
// browser profile, restores them from a saved progress file in a second,
// fresh profile, then forgets them there and opens that profile's "continue on another device" link in
// a second, fresh profile, restores it there and finds the same answers and
// place; a damaged link is refused with a clear message and restores
// nothing.
func TestProgressLinkMovesAnswersToAnotherProfile(t *testing.T) {
	srv, l := startApp(t)
	from := newBrowser(t, 1280, 900)
	openApp(t, from, srv.URL+"/quiz")
	var answered []string
	for i := 0; i < 2; i++ {
		q, _ := takeQuestion(t, from, l, rightResponse)
		answered = append(answered, q.ID)
	}
	openApp(t, from, srv.URL+"/settings")
	waitFor(t, from, "the progress link", `document.getElementById("progress-link")`)
	link := eval[string](t, from, `document.getElementById("progress-link").value`)
	if !strings.HasPrefix(link, srv.URL+"/settings#progress=") {
		t.Fatalf("the progress link is %q, want %s/settings#progress=…", link, srv.URL)
	}
	screenshot(t, from, "desktop-settings-progress-link")

	to := newBrowser(t, 1280, 900)
	// A damaged link first: cut short, as a chat app might.
	// The same progress as a file, saved in one profile and restored in
	// the other.
	file := eval[string](t, from, `decodeURIComponent(document.getElementById("progress-save").getAttribute("href").replace(/^data:[^,]*,/, ""))`)
	path := filepath.Join(t.TempDir(), "beyond-budapest-progress.json")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	openApp(t, to, srv.URL+"/settings")
	do(t, to, "choose the progress file", chromedp.SetUploadFiles(chromedp.ID("progress-file"), []string{path}))
	waitFor(t, to, "the file's restore message", `document.getElementById("transfer-message")`)
	if msg := text(t, to, "#transfer-message"); !strings.Contains(msg, "2 answers kept") {
		t.Errorf("after restoring the file, the page says %q, want 2 answers kept", msg)
	}
	// Forget it again, so that the link below has to bring the answers.
	do(t, to, "forget", chromedp.Evaluate[chromedp.Void](`localStorage.removeItem("beyond-budapest/progress/v1")`))

	do(t, to, "leave", chromedp.Navigate("about:blank"))
	openApp(t, to, link[:len(link)-25])
	waitFor(t, to, "the refusal", `document.getElementById("transfer-message")`)
	if msg := text(t, to, "#transfer-message"); !strings.Contains(msg, "damaged") || !strings.Contains(msg, "nothing was restored") {
		t.Errorf("a damaged link says %q, want it to say it is damaged and nothing was restored", msg)
	}
	if eval[bool](t, to, `!!document.getElementById("restore-link")`) {
		t.Error("a damaged link still offers to restore")
	}

	// A new page load, as from a chat app: the same page with only another
	// fragment would not load again.
	do(t, to, "leave", chromedp.Navigate("about:blank"))
	openApp(t, to, link)
	if strings.Contains(eval[string](t, to, `location.href`), "progress=") {
		t.Error("the progress stays in the address bar after the page read it")
	}
	do(t, to, "restore", chromedp.Click(chromedp.ID("restore-link")))
	waitFor(t, to, "the restore message", `document.getElementById("transfer-message")`)
	if msg := text(t, to, "#transfer-message"); !strings.Contains(msg, "2 answers kept") {
		t.Errorf("after restoring, the page says %q, want 2 answers kept", msg)
	}
	screenshot(t, to, "desktop-settings-restored")

	openApp(t, to, srv.URL+"/quiz")
	waitFor(t, to, "the third question", fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question 3 of %d"`, len(l.Questions)))
	saved := eval[string](t, to, fmt.Sprintf(`localStorage.getItem(%q)`, "beyond-budapest/progress/v1"))
	for _, id := range answered {
		if !strings.Contains(saved, `"`+id+`":{`) {
			t.Errorf("the second profile's progress has no answer to %s: %.300s", id, saved)
		}
	}
}
