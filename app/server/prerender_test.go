package server_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

// falseBoolean finds a boolean attribute written with the value "false".
// HTML treats any present boolean attribute as true, so checked="false"
// checks a box and disabled="false" disables a control.
var falseBoolean = regexp.MustCompile(`\s(allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|formnovalidate|hidden|inert|ismap|itemscope|loop|multiple|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected)=("false"|'false'|false\b)`)

// TestNoPrerenderedBooleanIsFalse reads every page as a browser first
// gets it, from the server, from the static site and from the SCORM
// package, and fails on any boolean attribute set to "false".
func TestNoPrerenderedBooleanIsFalse(t *testing.T) {
	srv := newServer(t, []byte("\x00asm fake module for the test"))
	pages := map[string]string{}
	for _, p := range ui.Pages {
		for _, query := range []string{"", "?pass=70&shuffle=1"} {
			_, body := get(t, srv.URL+p.Path+query)
			pages["served "+p.Path+query] = body
		}
	}

	cfg := testConfig(t, []byte("\x00asm-test"))
	static := t.TempDir()
	if err := server.Static(static, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	scorm := t.TempDir()
	if err := server.Relocatable(scorm, cfg); err != nil {
		t.Fatal(err)
	}
	for name, dir := range map[string]string{"static": static, "scorm": scorm} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			pages[name+" "+rel] = string(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(pages) < 2*len(ui.Pages)+len(ui.Pages) {
		t.Fatalf("only %d pages were read", len(pages))
	}
	for name, html := range pages {
		if m := falseBoolean.FindString(html); m != "" {
			t.Errorf("%s has %q", name, strings.TrimSpace(m))
		}
	}
}

// TestPrerenderedQuizIsInertUntilScripts checks the first question as
// the server sends it: its controls disabled (nothing handles them before
// the app or boot.js runs), nothing selected, a note for browsers without
// scripts, and the marks boot.js needs.
func TestPrerenderedQuizIsInertUntilScripts(t *testing.T) {
	srv := newServer(t, []byte("\x00asm fake module for the test"))
	for _, path := range []string{"/quiz", "/embed"} {
		_, html := get(t, srv.URL+path)
		for _, want := range []string{
			`<noscript>`,
			`data-early="beyond-budapest/progress/v1"`,
			`data-early-settings="origins pass explanations lang"`,
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
		fieldset := regexp.MustCompile(`<fieldset[^>]*class="question[^>]*>`).FindString(html)
		if !strings.Contains(fieldset, " disabled") {
			t.Errorf("%s: the question's fieldset is not disabled: %s", path, fieldset)
		}
		check := regexp.MustCompile(`<button[^>]*id="check"[^>]*>`).FindString(html)
		if !strings.Contains(check, " disabled") {
			t.Errorf("%s: Check is not disabled: %s", path, check)
		}
		if regexp.MustCompile(`<input[^>]*\schecked[\s>=]`).MatchString(html) {
			t.Errorf("%s: an option is prerendered as selected", path)
		}
	}
}

// TestStaticPagesLinkWithinTheSite: under a base path every link to a page
// of the site carries the base, and in a SCORM package none starts at the
// server's root, which the LMS does not serve. Raw markup (a glossary term
// in a question, ui.glued) once kept "/terms#…" in both.
func TestStaticPagesLinkWithinTheSite(t *testing.T) {
	cfg := testConfig(t, []byte("\x00asm-test"))
	static, scorm := t.TempDir(), t.TempDir()
	if err := server.Static(static, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	if err := server.Relocatable(scorm, cfg); err != nil {
		t.Fatal(err)
	}
	rootLink := regexp.MustCompile(`(?:href|src)="(/[^/"][^"]*|/)"`)
	checked := 0
	for name, dir := range map[string]string{"static": static, "scorm": scorm} {
		pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for _, p := range pages {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			for _, m := range rootLink.FindAllStringSubmatch(string(b), -1) {
				if name == "scorm" || (m[1] != "/beyond-budapest" && !strings.HasPrefix(m[1], "/beyond-budapest/")) {
					t.Errorf("%s %s links to %s, off the site", name, filepath.Base(p), m[1])
				}
			}
		}
	}
	if checked < len(ui.Pages)+1 {
		t.Fatalf("only %d pages were read", checked)
	}
}
