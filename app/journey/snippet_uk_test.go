package journey

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestUkrainianSnippetShowsTheUkrainianQuizOnAnotherSite: on /uk/teachers
// the quiz's language starts as Ukrainian; the copied snippet embeds
// /uk/embed with a Ukrainian frame title, which a course page on another
// site shows (the server lets any site frame it, as /embed); choosing
// English gives the English embed.
func TestUkrainianSnippetShowsTheUkrainianQuizOnAnotherSite(t *testing.T) {
	srv, _ := startApp(t)
	var snippet string
	course := serveAt(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, coursePageWith, snippet)
	}))
	courseOrigin := "http://" + course.addrAs("localhost")
	ctx := newBrowser(t, 1000, 1600)

	openApp(t, ctx, srv.URL+"/uk/teachers")
	if got := text(t, ctx, "#embed-sites"); !strings.Contains(got, "будь-якому сайті") {
		t.Errorf("/uk/teachers says %q about where the quiz can be embedded", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("quiz-lang-uk").checked`) {
		t.Error("on /uk/teachers the quiz's language does not start as Ukrainian")
	}
	do(t, ctx, "choose English", chromedp.Click(chromedp.CSS(`label[for="quiz-lang-en"]`)))
	waitFor(t, ctx, "the English snippet", `document.getElementById("snippet").value.includes("/embed\"") && !document.getElementById("snippet").value.includes("/uk/")`)
	if href := eval[string](t, ctx, `document.getElementById("worksheet-link").getAttribute("href")`); !strings.HasPrefix(href, "/worksheet?") || !strings.Contains(href, "lang=en") {
		t.Errorf("with an English quiz the worksheet is at %s, want /worksheet saying lang=en", href)
	}
	do(t, ctx, "choose Ukrainian", chromedp.Click(chromedp.CSS(`label[for="quiz-lang-uk"]`)))
	waitFor(t, ctx, "the Ukrainian snippet", `document.getElementById("snippet").value.includes("/uk/embed\"") && document.getElementById("snippet").value.includes('title="Тест Beyond Budapest"')`)
	if href := eval[string](t, ctx, `document.getElementById("worksheet-link").getAttribute("href")`); !strings.HasPrefix(href, "/uk/worksheet?") || strings.Contains(href, "lang=") {
		t.Errorf("with a Ukrainian quiz the worksheet is at %s", href)
	}
	snippet = eval[string](t, ctx, `document.getElementById("snippet").value`)

	do(t, ctx, "open the course page", chromedp.Navigate(courseOrigin+"/"))
	fctx := frameContext(t, ctx, srv.URL+"/uk")
	waitFor(t, fctx, "a question", `document.querySelector("fieldset[data-question]")`)
	if lang := eval[string](t, fctx, `document.documentElement.lang`); lang != "uk" {
		t.Errorf("the embedded quiz is in %q, want uk", lang)
	}
	if prompt := eval[string](t, fctx, `document.querySelector("fieldset[data-question] legend").innerText`); !strings.ContainsAny(prompt, "абвгдеєжиіїклмнопрстуфхцчшщюя") {
		t.Errorf("the embedded quiz asks %q, want the Ukrainian lesson", prompt)
	}

	// The English worksheet, followed from the Ukrainian page on a device
	// that chose Ukrainian, opens in English, loaded afresh.
	openApp(t, ctx, srv.URL+"/uk/teachers")
	do(t, ctx, "choose Ukrainian on this device", chromedp.Evaluate[chromedp.Void](`localStorage.setItem("beyond-budapest/lang/v1", '"uk"'); window.beforeTheLink = true`))
	do(t, ctx, "choose English", chromedp.Click(chromedp.CSS(`label[for="quiz-lang-en"]`)))
	waitFor(t, ctx, "the English worksheet link", `document.getElementById("worksheet-link").getAttribute("href").startsWith("/worksheet?")`)
	do(t, ctx, "open the worksheet", chromedp.Click(chromedp.ID("worksheet-link")))
	waitFor(t, ctx, "the English worksheet loaded afresh", `location.pathname === "/worksheet" && !window.beforeTheLink && document.getElementById("app-ready")`)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "en" {
		t.Errorf("the English worksheet opened in %q", lang)
	}
	if got := eval[string](t, ctx, `localStorage.getItem("beyond-budapest/lang/v1")`); got != `"uk"` {
		t.Errorf("opening the English worksheet changed the device's language to %s", got)
	}
}
